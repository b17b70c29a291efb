#include "csvexport.h"

#include "document/registerdocument.h"
#include "domain/priority.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStringList>

namespace qw::CsvExport {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return formula ? QLatin1Char('\'') + cell : cell;
}

QString quote(const QString &cell)
{
    const bool needed = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!needed)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool writeEntries(const RegisterDocument *document, QIODevice *out, QString *error)
{
    const auto row = [](const QStringList &cells) {
        QStringList line;
        for (const QString &cell : cells)
            line << quote(neutralise(cell));
        return QString(line.join(QLatin1Char(',')) + QLatin1String("\r\n"));
    };
    QString text = QChar(0xfeff);
    text += row({ExportText::tr("Rank"), ExportText::tr("ID"), ExportText::tr("Title"), ExportText::tr("Quadrant"),
                 ExportText::tr("Impact"), ExportText::tr("Effort"), ExportText::tr("Status"),
                 ExportText::tr("Category"), ExportText::tr("Service"), ExportText::tr("ITIL practice"),
                 ExportText::tr("Owner"), ExportText::tr("Raised by"), ExportText::tr("Raised on"),
                 ExportText::tr("Target date"), ExportText::tr("Done on"), ExportText::tr("Linked interactions"),
                 ExportText::tr("Description"), ExportText::tr("Cause"), ExportText::tr("Expected benefit"),
                 ExportText::tr("Notes")});
    QList<EntrySummary> summaries = document->entrySummaries();
    sortByPriority(summaries, document->quadrantRule());
    int rank = 0;
    for (const EntrySummary &summary : std::as_const(summaries)) {
        const std::optional<Entry> e = document->entry(summary.id);
        if (!e)
            continue;
        text += row({QString::number(++rank), e->code(), e->title,
                     quadrantName(document->quadrantRule().quadrant(e->impact, e->effort)),
                     QString::number(e->impact), QString::number(e->effort), statusName(e->status),
                     categoryName(e->category), e->service,
                     e->practice.isEmpty() ? QString() : itilPracticeName(e->practice), e->owner, e->raisedBy,
                     date(e->raisedOn), date(e->targetOn), date(e->doneOn), QString::number(summary.linkedCount),
                     e->description, e->cause, e->expectedBenefit, e->notes});
    }
    const QByteArray bytes = text.toUtf8();
    if (out->write(bytes) != bytes.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

bool writeEntries(const RegisterDocument *document, const QString &path, QString *error)
{
    // Written beside and renamed over the old file, so that a failure leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ExportText::tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString detail;
    if (!writeEntries(document, &file, &detail) || !file.commit()) {
        *error = ExportText::tr("“%1” cannot be written: %2")
                     .arg(QDir::toNativeSeparators(path), detail.isEmpty() ? file.errorString() : detail);
        return false;
    }
    return true;
}

} // namespace qw::CsvExport
