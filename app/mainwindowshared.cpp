#include "mainwindow.h"

#include "document/registerdocument.h"
#include "domain/entry.h"
#include "models/entrymodel.h"

#include <QLabel>
#include <QLocale>
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
    if (!m_document->isShared() || !m_document->followOthers())
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

} // namespace qw
