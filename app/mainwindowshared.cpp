#include "mainwindow.h"

#include "actions/registeractions.h"
#include "document/registerdocument.h"
#include "domain/entry.h"
#include "models/entrymodel.h"

#include "keyring.h"
#include "teamregisterdialog.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace qw {

void MainWindow::followOthers()
{
    if (!m_elsewhereLabel) {
        m_elsewhereLabel = new QLabel(this);
        m_elsewhereLabel->setObjectName(QStringLiteral("elsewhereLabel"));
        statusBar()->addWidget(m_elsewhereLabel);
    }
    m_elsewhereLabel->clear();
    // (setDocument() had the document follow others before its models read it.)
    if (!m_document->isShared())
        return;
    connect(m_document.get(), &RegisterDocument::changedElsewhere, this, &MainWindow::sayChangedElsewhere);
}

void MainWindow::sayChangedElsewhere(const QString &user, const RegisterChange &change, const QDateTime &when)
{
    const QString at = QLocale().toString(when.time(), QLocale::ShortFormat);
    QString said;
    const QList<qint64> entries = change.entriesAdded + change.entriesChanged + change.entriesRemoved;
    if (change.allEntries || entries.size() > 1) {
        said = change.allEntries ? tr("%1 changed entries at %2").arg(user, at)
                                 : tr("%1 changed %n entries at %2", nullptr, int(entries.size())).arg(user, at);
    } else if (entries.size() == 1) {
        // The title as the list shows it (hidden when personal data is).
        const QList<EntrySummary> &all = m_entryModel->allEntries();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const EntrySummary &e) { return e.id == entries.first(); });
        const QString code = Entry::codeFor(entries.first());
        said = it == all.cend() ? tr("%1 removed %2 at %3").arg(user, code, at)
                                : tr("%1 changed %2 “%3” at %4").arg(user, code, it->title, at);
    } else if (change.reviews) {
        said = m_document->runningReview() ? tr("%1 changed the review at %2").arg(user, at)
                                           : tr("%1 changed reviews or actions at %2").arg(user, at);
    } else if (change.touchesInteractions()) {
        said = !change.allInteractions && change.interactionsChanged.isEmpty() && change.interactionsRemoved.isEmpty()
            ? tr("%1 added %n interactions at %2", nullptr, int(change.interactionsAdded.size())).arg(user, at)
            : tr("%1 changed interactions at %2").arg(user, at);
    } else if (change.causes) {
        said = tr("%1 changed triage's causes at %2").arg(user, at);
    } else if (change.snapshots) {
        said = tr("%1 changed the snapshots at %2").arg(user, at);
    } else {
        return;
    }
    m_elsewhereLabel->setText(said);
}

namespace {

QString keyringKey(const RegisterLocation::ServerAddress &address)
{
    return Keyring::keyFor(address.user, address.host, address.port > 0 ? address.port : 5432, address.database);
}

// Asks where a team register is (its password from the keyring, if kept there); nullopt when
// the user cancelled. *keep: whether to keep the password in the keyring once it worked.
std::optional<RegisterLocation::ServerAddress> askTeamRegister(QWidget *parent, TeamRegisterDialog::Purpose purpose,
                                                               const RegisterLocation::ServerAddress &address,
                                                               const QString &problem, bool *keep)
{
    TeamRegisterDialog dialog(purpose, address, parent);
    dialog.setProblem(problem);
    if (!address.host.isEmpty() && address.password.isEmpty()) {
        Keyring::read(keyringKey(address), &dialog, [&dialog](const QString &password, const QString &) {
            if (!password.isEmpty())
                dialog.setKeptPassword(password);
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    *keep = dialog.keepPassword();
    return dialog.address();
}

} // namespace

QString MainWindow::passwordProblem(const QString &error, const QString &user)
{
    return error.contains(QLatin1String("password authentication failed"))
        ? tr("The server refused that password for %1. Type it again.").arg(user)
        : tr("The server wants the password of %1.").arg(user);
}

bool MainWindow::isPasswordRefusal(const QString &error)
{
    // libpq's words when a password is wanted and missing, or wrong.
    return error.contains(QLatin1String("no password supplied")) || error.contains(QLatin1String("password authentication failed"));
}

void MainWindow::openTeamRegister(const RegisterLocation::ServerAddress &address, const QString &problem)
{
    bool keep = false;
    std::optional<RegisterLocation::ServerAddress> chosen =
        askTeamRegister(this, TeamRegisterDialog::Purpose::Open, address, problem, &keep);
    if (!chosen)
        return;
    const QString location = RegisterLocation::serverLocation(*chosen);
    // Remembered for next time without its password (RegisterLocation::shown).
    QSettings().setValue(QStringLiteral("team/last"), RegisterLocation::shown(location));
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = openRegister(location, &error);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        if (isPasswordRefusal(error)) {
            chosen->password.clear();
            openTeamRegister(*chosen, passwordProblem(error, chosen->user)); // asked again, saying why
        } else if (!error.isEmpty()) {
            showError(error);
        }
        return;
    }
    if (keep) {
        Keyring::write(keyringKey(*chosen), chosen->password, this, [this](const QString &failure) {
            if (!failure.isEmpty())
                showError(tr("The register is open, but its password could not be kept in the keyring: %1").arg(failure));
        });
    }
}

void MainWindow::copyToTeamRegister()
{
    QString ignored;
    bool keep = false;
    const std::optional<RegisterLocation::ServerAddress> chosen = askTeamRegister(
        this, TeamRegisterDialog::Purpose::CopyTo,
        RegisterLocation::parseServer(QSettings().value(QStringLiteral("team/last")).toString(), &ignored)
            .value_or(RegisterLocation::ServerAddress()),
        {}, &keep);
    if (!chosen)
        return;
    const QString location = RegisterLocation::serverLocation(*chosen);
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool copied = m_document->copyTo(location, &error);
    QApplication::restoreOverrideCursor();
    if (!copied) {
        showError(error);
        return;
    }
    QSettings().setValue(QStringLiteral("team/last"), RegisterLocation::shown(location));
    if (keep)
        Keyring::write(keyringKey(*chosen), chosen->password, this, [](const QString &) {});
    const QString shown = RegisterLocation::shown(location);
    QMessageBox box(QMessageBox::Information, tr("Register Copied"),
                    tr("Everything in “%1” is now also in the team register %2. Others open it with File ▸ Open "
                       "Team Register; its owner makes them editors or viewers (quickwins --grant).")
                        .arg(QDir::toNativeSeparators(m_document->filePath()), shown),
                    QMessageBox::Close, this);
    QPushButton *open = box.addButton(tr("&Open the Team Register"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        openChosen(location);
}

bool MainWindow::saveEditedEntry(const Entry &before, const Entry &after)
{
    if (!m_document->isShared())
        return m_actions->editEntry(before, after);
    const std::optional<QList<RegisterActions::EditConflict>> conflicts = m_actions->conflicts(before, after);
    if (!conflicts)
        return false;
    quint32 useYours = 0;
    for (const RegisterActions::EditConflict &conflict : *conflicts) {
        const QString who = conflict.who.isEmpty() ? tr("Someone else") : conflict.who;
        const QString said = conflict.when.isValid()
            ? tr("%1 changed the %2 of %3 to “%4” at %5 while you were editing it. You changed it to “%6”.")
                  .arg(who, conflict.name, before.code(), conflict.theirs,
                       QLocale().toString(conflict.when.toLocalTime().time(), QLocale::ShortFormat), conflict.yours)
            : tr("%1 changed the %2 of %3 to “%4” while you were editing it. You changed it to “%5”.")
                  .arg(who, conflict.name, before.code(), conflict.theirs, conflict.yours);
        QMessageBox box(QMessageBox::Question, tr("Changed While You Were Editing"), said, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("conflict"));
        QPushButton *theirs = box.addButton(tr("Keep &Theirs"), QMessageBox::RejectRole);
        QPushButton *yours = box.addButton(tr("Use &Yours"), QMessageBox::AcceptRole);
        box.setDefaultButton(theirs);
        box.setEscapeButton(theirs);
        box.exec();
        if (box.clickedButton() == yours)
            useYours |= conflict.field;
    }
    return m_actions->editEntry(before, after, *conflicts, useYours);
}

} // namespace qw
