// MainWindow, continued: registers and files (new, open, save a copy, import, export). The
// rest is in mainwindow.cpp.
#include "mainwindow.h"

#include "importdialog.h"
#include "matrixview.h"
#include "recentregisters.h"

#include "document/registerdocument.h"
#include "models/entrymodel.h"
#include "storage/backups.h"
#include "storage/registerlock.h"

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
    if (!document && m_persistent && RegisterLock::isHeldElsewhere(path, &holder)) {
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
    m_backup.reset(QThread::create([path = m_document->filePath(), error] { Backups::takeDaily(path, error.get()); }));
    connect(m_backup.get(), &QThread::finished, this, [this, error] {
        if (!error->isEmpty())
            statusBar()->showMessage(tr("Today’s backup could not be made: %1").arg(*error));
    });
    m_backup->start(QThread::LowPriority);
}

void MainWindow::restoreFromBackup()
{
    const QString path = m_document->filePath();
    const QList<Backups::Backup> backups = Backups::list(path);
    if (backups.isEmpty()) {
        QMessageBox::information(this, tr("Restore from Backup"),
                                 tr("There is no backup of this register yet. QuickWins makes one a day, in "
                                    "“%1”.").arg(QDir::toNativeSeparators(Backups::folderFor(path))));
        return;
    }
    QStringList choices;
    for (const Backups::Backup &b : backups)
        choices << Backups::describe(b);
    QInputDialog chooser(this);
    chooser.setWindowTitle(tr("Restore from Backup"));
    chooser.setLabelText(tr("Replace what “%1” holds with the backup of:").arg(QFileInfo(path).fileName()));
    chooser.setComboBoxItems(choices);
    chooser.setComboBoxEditable(false);
    chooser.setOkButtonText(tr("&Restore…"));
    // A damaged register offers its newest healthy backup first.
    for (const Backups::Backup &b : backups) {
        if (b.path == m_document->healthyBackup())
            chooser.setTextValue(Backups::describe(b));
    }
    if (chooser.exec() != QDialog::Accepted)
        return;
    const Backups::Backup &backup = backups.at(std::max<qsizetype>(0, choices.indexOf(chooser.textValue())));
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace everything in “%1” with the backup of %2?\n\nWhat the register holds now is backed up "
           "first, so this too can be undone by restoring that backup.")
            .arg(QFileInfo(path).fileName(), Backups::describe(backup)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_document->restoreFrom(backup.path, &error) || !openRegister(path, &error)) {
        showError(error);
        return;
    }
    statusBar()->showMessage(tr("Restored the backup of %1.").arg(Backups::describe(backup)), 10000);
}

void MainWindow::openChosen(const QString &path)
{
    QString error;
    if (!openRegister(path, &error) && !error.isEmpty())
        showError(error);
}

void MainWindow::openFromDialog()
{
    const QString start = m_document ? QFileInfo(m_document->filePath()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Register"), start, registerFilter());
    if (!path.isEmpty())
        openChosen(path);
}

void MainWindow::newRegister()
{
    const QString start = m_document ? QFileInfo(m_document->filePath()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Register"), start, registerFilter());
    if (path.isEmpty())
        return;
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"),
                                                      QFileInfo(m_document->filePath()).absolutePath(),
                                                      registerFilter());
    if (path.isEmpty())
        return;
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
        this, m_entryModel, chartOptions(), QFileInfo(m_document->filePath()).absolutePath());
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(dialog.lastReport().summary(), 8000);
}

} // namespace qw
