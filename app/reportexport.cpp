#include "reportexport.h"

#include "chartexport.h"

#include "document/registerdocument.h"
#include "io/exporttarget.h"
#include "models/prioritisedentries.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>

namespace qw::ReportExport {

namespace {

// The entries of the matrix at the period's end, in priority order, for the matrix's drawing.
class FixedEntries final : public PrioritisedEntries
{
public:
    explicit FixedEntries(QList<EntrySummary> entries) : m_entries(std::move(entries)) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_entries.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole && index.isValid() ? QVariant(m_entries.at(index.row()).title) : QVariant();
    }
    const QList<EntrySummary> &entries() const override { return m_entries; }
    QuadrantRule rule() const override { return {}; }
    int rowOf(qint64 id) const override
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).id == id)
                return int(i);
        }
        return -1;
    }

private:
    QList<EntrySummary> m_entries;
};

QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray workbookSpec(const QList<Report::Sheet> &sheets)
{
    QString spec;
    for (const Report::Sheet &sheet : sheets) {
        spec += QStringLiteral("sheet\t") + escaped(sheet.name) + QLatin1Char('\n');
        spec += QStringLiteral("header");
        for (const QString &h : sheet.header)
            spec += QLatin1Char('\t') + escaped(h);
        spec += QLatin1Char('\n');
        for (const QList<Report::Cell> &row : sheet.rows) {
            spec += QStringLiteral("row");
            for (const Report::Cell &cell : row) {
                spec += QLatin1Char('\t');
                switch (cell.type) {
                case Report::Cell::Type::Text: spec += QStringLiteral("s:") + escaped(cell.text); break;
                case Report::Cell::Type::Number: spec += QStringLiteral("n:") + QString::number(cell.number, 'g', 15); break;
                case Report::Cell::Type::Date: spec += QStringLiteral("d:") + cell.date.toString(Qt::ISODate); break;
                case Report::Cell::Type::Blank: break;
                }
            }
            spec += QLatin1Char('\n');
        }
    }
    return spec.toUtf8();
}

bool writeXlsx(const Report::Data &data, QIODevice *out, QString *error)
{
    const QString helper = xlsxHelper();
    if (helper.isEmpty()) {
        *error = QApplication::translate("qw::ReportExport", "quickwins-xlsx, which writes workbooks, is not installed "
                                                             "beside QuickWins.");
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = dir.errorString();
        return false;
    }
    const QString temporary = dir.filePath(QStringLiteral("report.xlsx"));
    QProcess process;
    process.start(helper, {temporary});
    if (!process.waitForStarted(10000)) {
        *error = process.errorString();
        return false;
    }
    process.write(workbookSpec(Report::sheets(data)));
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = process.errorString();
        return false;
    }
    QFile written(temporary);
    if (!written.open(QIODevice::ReadOnly)) {
        *error = written.errorString();
        return false;
    }
    const QByteArray bytes = written.readAll();
    if (out->write(bytes) != bytes.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

} // namespace

QString xlsxHelper()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("quickwins-xlsx")),
                                     here.filePath(QStringLiteral("../app/quickwins-xlsx")),
                                     here.filePath(QStringLiteral("../libexec/quickwins/quickwins-xlsx"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

std::optional<Report::Period> period(const QString &from, const QString &to, QString *error)
{
    Report::Period chosen = Report::lastFullQuarter(QDate::currentDate());
    const auto read = [&](const QString &text, QDate *date, const char *option) {
        if (text.isEmpty())
            return true;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            *error = QApplication::translate("qw::ReportExport", "%1 takes a date YYYY-MM-DD, not “%2”.")
                         .arg(QLatin1String(option), text);
        return date->isValid();
    };
    if (!read(from, &chosen.from, "--from") || !read(to, &chosen.to, "--to"))
        return std::nullopt;
    if (chosen.to < chosen.from) {
        *error = QApplication::translate("qw::ReportExport", "The period ends (%1) before it starts (%2).")
                     .arg(chosen.to.toString(Qt::ISODate), chosen.from.toString(Qt::ISODate));
        return std::nullopt;
    }
    return chosen;
}

bool write(const RegisterDocument *document, const Report::Period &period, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx")) {
        *error = QApplication::translate("qw::ReportExport", "“%1” does not end in .pdf or .xlsx, so QuickWins cannot tell "
                                                             "which kind of report to write.").arg(path);
        return false;
    }
    if (!ExportTarget::check(path, document->filePath(), error))
        return false;
    const auto data = Report::compose(*document, period);
    if (!data) {
        *error = QApplication::translate("qw::ReportExport", "The register could not be read, so no report was written.");
        return false;
    }
    QImage matrix;
    if (suffix == QLatin1String("pdf")) {
        FixedEntries entries(data->matrixAtEnd);
        ChartExport::Options options;
        // Drawn at the size of a shared screen, large text: read on paper at a page's width.
        options.size = QSize(1280, 800);
        options.presentation = true;
        options.openRegister = document->filePath();
        matrix = ChartExport::image(&entries, options);
    }
    return ExportTarget::save(path, document->filePath(), [&](QIODevice *out, QString *detail) {
        return suffix == QLatin1String("pdf") ? Report::writePdf(*data, matrix, out, detail) : writeXlsx(*data, out, detail);
    }, error);
}

void exportInteractively(QWidget *parent, const RegisterDocument *document, const QString &folder)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QApplication::translate("qw::ReportExport", "Export Report"));
    auto *form = new QFormLayout(&dialog);
    auto *which = new QComboBox(&dialog);
    const QDate today = QDate::currentDate();
    const Report::Period quarter = Report::lastFullQuarter(today);
    const Report::Period month = Report::lastFullMonth(today);
    which->addItem(QApplication::translate("qw::ReportExport", "Last quarter (%1)").arg(quarter.name()));
    which->addItem(QApplication::translate("qw::ReportExport", "Last month (%1)").arg(month.name()));
    which->addItem(QApplication::translate("qw::ReportExport", "Dates of my own"));
    auto *from = new QDateEdit(quarter.from, &dialog);
    auto *to = new QDateEdit(quarter.to, &dialog);
    from->setCalendarPopup(true);
    to->setCalendarPopup(true);
    from->setEnabled(false);
    to->setEnabled(false);
    form->addRow(QApplication::translate("qw::ReportExport", "&Period:"), which);
    form->addRow(QApplication::translate("qw::ReportExport", "&From:"), from);
    form->addRow(QApplication::translate("qw::ReportExport", "&To:"), to);
    QObject::connect(which, &QComboBox::currentIndexChanged, &dialog, [=](int index) {
        const Report::Period p = index == 1 ? month : quarter;
        if (index < 2) {
            from->setDate(p.from);
            to->setDate(p.to);
        }
        from->setEnabled(index == 2);
        to->setEnabled(index == 2);
    });
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    box->addButton(QApplication::translate("qw::ReportExport", "&Choose File…"), QDialogButtonBox::AcceptRole);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Report::Period chosen{from->date(), to->date()};
    if (chosen.to < chosen.from)
        std::swap(chosen.from, chosen.to);
    QString filter = QApplication::translate("qw::ReportExport", "PDF (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(
        parent, QApplication::translate("qw::ReportExport", "Export Report"),
        QDir(folder).filePath(QApplication::translate("qw::ReportExport", "Report %1.pdf").arg(chosen.name())),
        QApplication::translate("qw::ReportExport", "PDF (*.pdf);;Excel workbook (*.xlsx)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = write(document, chosen, path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(parent, QApplication::translate("qw::ReportExport", "Export Report"), error);
}

} // namespace qw::ReportExport
