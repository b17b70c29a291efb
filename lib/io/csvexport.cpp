#include "csvexport.h"

#include "domain/personaldata.h"

#include <QHash>

#include "exporttarget.h"

#include "document/registerdocument.h"
#include "domain/priority.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStringList>

#include <functional>

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

namespace {

QString csvRow(const QStringList &cells)
{
    QStringList line;
    for (const QString &cell : cells)
        line << quote(neutralise(cell));
    return QString(line.join(QLatin1Char(',')) + QLatin1String("\r\n"));
}

// Rows written out as UTF-8 a megabyte at a time (an export of a million rows is never held
// whole), after a byte-order mark; the first failure is kept in *error.
class ChunkedRows
{
public:
    ChunkedRows(QIODevice *out, QString *error) : m_out(out), m_error(error) { m_text = QChar(0xfeff); }
    bool add(const QStringList &cells)
    {
        m_text += csvRow(cells);
        return m_text.size() < (1 << 20) || flush();
    }
    bool flush()
    {
        const QByteArray bytes = m_text.toUtf8();
        m_text.clear();
        if (m_written && m_out->write(bytes) != bytes.size()) {
            *m_error = m_out->errorString();
            m_written = false;
        }
        return m_written;
    }
    bool failed() const { return !m_written; }

private:
    QIODevice *m_out;
    QString *m_error;
    QString m_text;
    bool m_written = true;
};

} // namespace

bool writeInteractions(const RegisterDocument *document, QIODevice *out, bool hidePersonalData, QString *error)
{
    ChunkedRows rows(out, error);
    rows.add({ExportText::tr("Time (UTC)"), ExportText::tr("Channel"), ExportText::tr("Service"),
              ExportText::tr("Team"), ExportText::tr("Agent"), ExportText::tr("Ticket"), ExportText::tr("Scale"),
              ExportText::tr("Score"), ExportText::tr("Poor"), ExportText::tr("Reason"), ExportText::tr("Comment"),
              ExportText::tr("Customer"), ExportText::tr("Repeat contact"), ExportText::tr("Entry"),
              ExportText::tr("Import")});
    QHash<qint64, QString> codes;
    QHash<qint64, QString> imports;
    for (const ImportRecord &r : document->imports())
        imports.insert(r.id, QStringLiteral("%1 (%2)").arg(r.id).arg(r.fileName));
    const PoorRule rule = document->poorRule();
    const bool read = document->forEachInteraction([&](const Interaction &i) {
        QString code;
        if (i.entryId != 0) {
            auto it = codes.find(i.entryId);
            if (it == codes.end()) {
                const std::optional<Entry> e = document->entry(i.entryId);
                it = codes.insert(i.entryId, e ? e->code() : QString());
            }
            code = *it;
        }
        return rows.add({i.occurredAt.toUTC().toString(Qt::ISODate), channelName(i.channel), i.service, i.team, i.agent,
                         i.ticket, scaleName(i.scale), i.hasScore() ? QString::number(i.score) : QString(),
                         i.isPoor(rule) ? ExportText::tr("poor") : QString(),
                         hidePersonalData ? PersonalData::masked(i.reason, i.customer) : i.reason,
                         hidePersonalData ? PersonalData::masked(i.comment, i.customer) : i.comment,
                         hidePersonalData ? QString() : i.customer,
                         i.repeatContact ? ExportText::tr("yes") : ExportText::tr("no"), code,
                         imports.value(i.importId)});
    });
    if (!read) {
        // Stopped by a write that failed (its words are in *error already), or by the read.
        if (!rows.failed())
            *error = ExportText::tr("The interactions could not be read from the register.");
        return false;
    }
    return rows.flush();
}

bool writeInteractions(const RegisterDocument *document, const QString &path, bool hidePersonalData, QString *error)
{
    return ExportTarget::save(path, document->filePath(), [&](QIODevice *out, QString *detail) {
        return writeInteractions(document, out, hidePersonalData, detail);
    }, error);
}

bool writeEntries(const RegisterDocument *document, QIODevice *out, QString *error, bool hidePersonalData)
{
    const auto shown = [hidePersonalData](const QString &text) {
        return hidePersonalData ? PersonalData::masked(text) : text;
    };
    const auto row = csvRow;
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
    // Every entry in one read (it was one query an entry), in the summaries' priority order.
    const std::optional<QList<Entry>> all = document->entries();
    if (!all) {
        *error = ExportText::tr("the entries could not be read");
        return false;
    }
    QHash<qint64, const Entry *> byId;
    byId.reserve(all->size());
    for (const Entry &entry : *all)
        byId.insert(entry.id, &entry);
    int rank = 0;
    for (const EntrySummary &summary : std::as_const(summaries)) {
        const Entry *e = byId.value(summary.id);
        if (!e) {
            *error = ExportText::tr("entry %1 could not be read").arg(Entry::codeFor(summary.id));
            return false;
        }
        // Values written outside QuickWins are exported as stored, with no rank or quadrant
        // they do not have.
        const bool scored = isValidScore(e->impact) && isValidScore(e->effort);
        text += row({scored ? QString::number(++rank) : QString(), e->code(), shown(e->title),
                     scored ? quadrantName(document->quadrantRule().quadrant(e->impact, e->effort)) : QString(),
                     QString::number(e->impact), QString::number(e->effort), shownStatus(statusName(e->status), e->stored),
                     shownCategory(categoryName(e->category), e->stored), e->service,
                     e->practice.isEmpty() ? QString() : itilPracticeName(e->practice), e->owner, e->raisedBy,
                     date(e->raisedOn), date(e->targetOn), date(e->doneOn), QString::number(summary.linkedCount),
                     shown(e->description), shown(e->cause), shown(e->expectedBenefit), shown(e->notes)});
    }
    const QByteArray bytes = text.toUtf8();
    if (out->write(bytes) != bytes.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

bool writeCauses(const RegisterDocument *document, QIODevice *out, QString *error)
{
    const auto groups = document->causeGroups();
    const auto memberships = document->causeMemberships();
    if (!groups || !memberships) {
        *error = ExportText::tr("The causes could not be read from the register.");
        return false;
    }
    QHash<qint64, QString> labels;
    for (const CauseGroupInfo &g : *groups)
        labels.insert(g.id, g.shownName());
    QHash<qint64, qint64> groupOf;
    for (const CauseMembership &m : *memberships) {
        if (m.groupId > 0 && labels.contains(m.groupId))
            groupOf.insert(m.interactionId, m.groupId);
    }
    ChunkedRows rows(out, error);
    rows.add({QStringLiteral("ticket"), QStringLiteral("interaction"), QStringLiteral("group"),
                    QStringLiteral("group label")});
    const PoorRule rule = document->poorRule();
    const bool read = document->forEachInteraction([&](const Interaction &i) {
        if (i.entryId != 0 || !i.isPoor(rule))
            return true;
        const qint64 group = groupOf.value(i.id);
        return rows.add({i.ticket, QString::number(i.id), group > 0 ? QString::number(group) : QString(),
                         labels.value(group)});
    });
    if (!read) {
        // Stopped by a write that failed (its words are in *error already), or by the read.
        if (!rows.failed())
            *error = ExportText::tr("The interactions could not be read from the register.");
        return false;
    }
    return rows.flush();
}

bool writeCauses(const RegisterDocument *document, const QString &path, QString *error)
{
    return ExportTarget::save(path, document->filePath(), [&](QIODevice *out, QString *detail) {
        return writeCauses(document, out, detail);
    }, error);
}

bool writeEntries(const RegisterDocument *document, const QString &path, QString *error, bool hidePersonalData)
{
    return ExportTarget::save(path, document->filePath(), [&](QIODevice *out, QString *detail) {
        return writeEntries(document, out, detail, hidePersonalData);
    }, error);
}

} // namespace qw::CsvExport
