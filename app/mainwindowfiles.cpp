// MainWindow, continued: registers and files (new, open, save a copy, import, export). The
// rest is in mainwindow.cpp.
#include "mainwindow.h"

#include "domain/registerlocation.h"

#include "importdialog.h"
#include "matrixview.h"
#include "noticebar.h"
#include "recentfolders.h"
#include "recentregisters.h"

#include "document/registerdocument.h"
#include "models/entrymodel.h"
#include "demo/demoscenario.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>

namespace qw {

namespace {
const QString registerFilter()
{
    return QCoreApplication::translate("qw::MainWindow", "QuickWins registers (*.qwr);;All files (*)");
}
} // namespace

bool MainWindow::openRegister(const QString &path, QString *error)
{
    auto document = RegisterDocument::open(path, error);
    QString holder;
    if (!document && m_persistent && RegisterDocument::isInUseElsewhere(path, &holder)) {
        // Open in another QuickWins: say so, and offer to read it without changing it.
        QMessageBox box(QMessageBox::Question, tr("Register in Use"), *error, QMessageBox::Cancel, this);
        QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(readOnly);
        box.exec();
        error->clear(); // said already
        if (box.clickedButton() != readOnly)
            return false;
        document = RegisterDocument::open(path, error, true);
    }
    if (!document)
        return false;
    showDocument(std::move(document));
    return true;
}

void MainWindow::showDocument(std::unique_ptr<RegisterDocument> document)
{
    setDocument(std::move(document));
    m_document->forgetSetAside();
    m_recent->add(m_document->filePath());
    m_backupWanted = m_persistent && !m_document->isNew();
    updateHealth();
}

void MainWindow::startDailyBackup()
{
    if (m_backup)
        m_backup->wait();
    auto error = std::make_shared<QString>();
    m_backup.reset(QThread::create([task = m_document->dailyBackup(), error] { task(error.get()); }));
    connect(m_backup.get(), &QThread::finished, this, [this, error] {
        if (!error->isEmpty())
            statusBar()->showMessage(tr("Today’s backup could not be made: %1").arg(*error));
    });
    m_backup->start(QThread::LowPriority);
}

void MainWindow::restoreFromBackup()
{
    const QString path = m_document->filePath();
    const QList<RegisterDocument::Backup> backups = m_document->backups();
    if (backups.isEmpty()) {
        QMessageBox::information(this, tr("Restore from Backup"),
                                 tr("There is no backup of this register yet. QuickWins makes one a day, in "
                                    "“%1”.").arg(QDir::toNativeSeparators(m_document->backupsFolder())));
        return;
    }
    QStringList choices;
    for (const RegisterDocument::Backup &b : backups)
        choices << b.description;
    QInputDialog chooser(this);
    chooser.setWindowTitle(tr("Restore from Backup"));
    chooser.setLabelText(tr("Replace what “%1” holds with the backup of:").arg(QFileInfo(path).fileName()));
    chooser.setComboBoxItems(choices);
    chooser.setComboBoxEditable(false);
    chooser.setOkButtonText(tr("&Restore…"));
    // A damaged register offers its newest healthy backup first.
    for (const RegisterDocument::Backup &b : backups) {
        if (b.location == m_document->healthyBackup())
            chooser.setTextValue(b.description);
    }
    if (chooser.exec() != QDialog::Accepted)
        return;
    const RegisterDocument::Backup &backup = backups.at(std::max<qsizetype>(0, choices.indexOf(chooser.textValue())));
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace everything in “%1” with the backup of %2?\n\nWhat the register holds now is backed up "
           "first, so this too can be undone by restoring that backup.")
            .arg(QFileInfo(path).fileName(), backup.description),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_document->restoreFrom(backup.location, &error) || !openRegister(path, &error)) {
        showError(error);
        return;
    }
    statusBar()->showMessage(tr("Restored the backup of %1.").arg(backup.description), 10000);
}

void MainWindow::openChosen(const QString &path)
{
    QString error;
    if (openRegister(path, &error) || error.isEmpty())
        return;
    // A team register whose server wants a password it was not given: asked for, as it is
    // opened from its dialog.
    if (RegisterLocation::isServer(path) && isPasswordRefusal(error)) {
        QString ignored;
        if (const auto address = RegisterLocation::parseServer(path, &ignored)) {
            openTeamRegister(*address, passwordProblem(error, address->user));
            return;
        }
    }
    showError(error);
}

void MainWindow::openDemonstration()
{
    const QString path = demonstrationRegisterPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    if (!openRegister(path, &error)) {
        if (!error.isEmpty())
            showError(error);
        return;
    }
    // Filled once; what the user changes in it afterwards stays. The demonstration is small:
    // its check is waited for here, so that it can be filled at once.
    m_document->checkNow();
    if (m_document->entryCount() == 0 && m_document->interactionCount() == 0 && !m_document->isReadOnly()) {
        DemoScenario demo = makeDemoScenario(QDate::currentDate());
        if (!m_document->addInBulk(demo.entries, demo.interactions))
            return;
        statusBar()->showMessage(tr("The demonstration register: a year of a service desk's survey, in a file of "
                                    "its own"), 8000);
    }
}

void MainWindow::openFromDialog()
{
    const QString start = RecentFolders::start(RecentFolders::Kind::Registers,
                                               m_document ? QFileInfo(m_document->filePath()).absolutePath() : QString());
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Register"), start, registerFilter());
    if (path.isEmpty())
        return;
    RecentFolders::remember(RecentFolders::Kind::Registers, path);
    openChosen(path);
}

void MainWindow::newRegister()
{
    const QString start = RecentFolders::start(RecentFolders::Kind::Registers,
                                               m_document ? QFileInfo(m_document->filePath()).absolutePath() : QString());
    QString path = QFileDialog::getSaveFileName(this, tr("New Register"), start, registerFilter());
    if (path.isEmpty())
        return;
    RecentFolders::remember(RecentFolders::Kind::Registers, path);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".qwr");
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” already exists. A new register needs a new file name; to use the "
                     "existing one, open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openChosen(path);
}

void MainWindow::saveCopy()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy As"),
        RecentFolders::start(RecentFolders::Kind::Registers, QFileInfo(m_document->filePath()).absolutePath()),
        registerFilter());
    if (path.isEmpty())
        return;
    RecentFolders::remember(RecentFolders::Kind::Registers, path);
    // A copy is a register: with the extension the Open dialog looks for.
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".qwr");
    QString error;
    if (!m_document->saveCopyAs(path, &error))
        showError(error);
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

ChartExport::Options MainWindow::chartOptions() const
{
    ChartExport::Options options;
    options.size = m_matrix->size();
    options.colourBy = m_matrix->colourBy();
    options.presentation = m_matrix->isPresentation();
    options.openRegister = m_document->filePath();
    return options;
}

void MainWindow::exportChart()
{
    const QString written = ChartExport::exportInteractively(
        this, m_entryModel, chartOptions(),
        RecentFolders::start(RecentFolders::Kind::Exports, QFileInfo(m_document->filePath()).absolutePath()));
    RecentFolders::remember(RecentFolders::Kind::Exports, written);
    if (!written.isEmpty())
        statusBar()->showMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(written)), 5000);
}

void MainWindow::copyChart()
{
    QGuiApplication::clipboard()->setImage(ChartExport::image(m_entryModel, chartOptions()));
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 3000);
}

void MainWindow::importInteractions()
{
    // The import goes through this window's document: one step of its undo history, its
    // changes announced as every edit's are.
    ImportDialog dialog(m_document.get(), this);
    if (isPersonalDataHidden())
        dialog.setPersonalDataHidden();
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(dialog.lastReport().summary(), 8000);
}

void MainWindow::updateHealth()
{
    const bool damaged = m_document->health() == RegisterDocument::Health::Damaged;
    const QString reason = m_document->readOnlyReason().toHtmlEscaped();
    if (damaged)
        m_notice->setNotice(NoticeBar::Kind::Warning, tr("<b>Damaged.</b> %1").arg(reason),
                            m_document->canRestore() ? tr("&Restore from Backup…") : QString());
    else if (!reason.isEmpty())
        m_notice->setNotice(NoticeBar::Kind::Information, tr("<b>Read-only.</b> %1").arg(reason));
    else
        m_notice->setNotice(NoticeBar::Kind::Warning, storedValuesNotice());
    m_matrix->setEditable(!m_document->isReadOnly());
    updateActions();
    updateStatus();
    // Today's backup only of a register found whole: a damaged copy never pushes out a good one.
    if (m_document->health() == RegisterDocument::Health::Whole && m_backupWanted && !m_document->isReadOnly()) {
        m_backupWanted = false;
        startDailyBackup();
    }
}

QString MainWindow::storedValuesNotice() const
{
    QStringList odd;
    for (const EntrySummary &e : m_entryModel->allEntries()) {
        if (!e.stored.isValid() || !isValidScore(e.impact) || !isValidScore(e.effort)) {
            StoredValues stored = e.stored;
            stored.invalid |= (isValidScore(e.impact) ? 0 : StoredValues::Impact) | (isValidScore(e.effort) ? 0 : StoredValues::Effort);
            odd << tr("%1: %2").arg(Entry::codeFor(e.id), describeInvalid(stored, e.impact, e.effort));
        }
    }
    if (odd.isEmpty())
        return {};
    const qsizetype count = odd.size();
    if (count > 3)
        odd = odd.mid(0, 3) << tr("…");
    return tr("<b>%n entries hold values written outside QuickWins</b> (%1). They are marked ⚠ in the list, and one "
              "whose impact or effort is out of range is not on the matrix: open it to choose its values.", nullptr, int(count))
        .arg(odd.join(QStringLiteral("; ")).toHtmlEscaped());
}

} // namespace qw
