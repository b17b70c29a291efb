// MainWindow, continued: registers and files (new, open, save a copy, import, export). The
// rest is in mainwindow.cpp.
#include "mainwindow.h"

#include "importdialog.h"
#include "matrixview.h"

#include "document/registerdocument.h"
#include "models/entrymodel.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStatusBar>

namespace qw {

namespace {
const QString registerFilter()
{
    return QCoreApplication::translate("qw::MainWindow", "QuickWins registers (*.qwr);;All files (*)");
}
} // namespace

void MainWindow::openChosen(const QString &path)
{
    QString error;
    if (!openRegister(path, &error))
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
    ImportDialog dialog(m_document->filePath(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->notifyChangedElsewhere();
    statusBar()->showMessage(dialog.lastReport().summary(), 8000);
}

} // namespace qw
