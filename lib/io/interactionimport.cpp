#include "interactionimport.h"

#include "csvreader.h"
#include "textdecoding.h"
#include "document/registerdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace qw::InteractionImport {

namespace {

// Gives this file a translation context of its own.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString settingKey(ExportSource source)
{
    return QStringLiteral("import-mapping/%1").arg(int(source));
}

QString columnName(const QStringList &header, int column)
{
    return QStringLiteral("%1 (“%2”)").arg(column + 1).arg(header.value(column));
}

bool sameAsHeader(const QStringList &fields, const QStringList &header)
{
    if (fields.size() != header.size())
        return false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).trimmed().compare(header.at(i).trimmed(), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace

Plan read(const QByteArray &bytes, const ImportOptions &options, const RegisterDocument *document,
          const std::function<bool(double)> &progress)
{
    Plan plan;
    ImportReport &report = plan.report;
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.error.isEmpty()) {
        report.error = decoded.error;
        return plan;
    }
    report.encoding = decoded.encoding;
    CsvReader reader(decoded.text);
    report.delimiter = reader.delimiter();

    // All records first: the date order and the scale are decided from whole columns.
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(&record)) {
        if (records.isEmpty() && record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue; // blank lines before the header
        records.append(record);
        if (progress && records.size() % 5000 == 0 && !progress(reader.progress() * 0.5)) {
            report.cancelled = true;
            return plan;
        }
    }
    if (!reader.error().isEmpty()) {
        report.error = reader.error();
        return plan;
    }
    if (records.isEmpty()) {
        report.error = ImportText::tr("The file is empty.");
        return plan;
    }
    plan.header = records.takeFirst().fields;
    const QStringList &header = plan.header;

    ColumnMapping mapping = ColumnMapping::detect(header);
    report.source = mapping.source();
    // A correction made for this source before applies again, if its columns are still there.
    if (document) {
        const QString saved = document->setting(settingKey(mapping.source()));
        for (const QString &assignment : saved.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            mapping.apply(assignment, header);
    }
    for (const QString &assignment : options.mappings) {
        const QString error = mapping.apply(assignment, header);
        if (!error.isEmpty()) {
            report.error = error;
            return plan;
        }
    }
    report.mapping = mapping.toText(header);
    const auto dateColumn = mapping.column(ImportField::Date);
    const auto scoreColumn = mapping.column(ImportField::Score);
    if (!dateColumn || !scoreColumn) {
        report.error = ImportText::tr("No column for the %1 was found in the header; name it with --map %2=COLUMN.")
                           .arg(!dateColumn ? ImportText::tr("date") : ImportText::tr("satisfaction score"),
                                !dateColumn ? QStringLiteral("date") : QStringLiteral("score"));
        return plan;
    }

    const auto cell = [&](const CsvRecord &r, std::optional<int> column) {
        return column && *column < r.fields.size() ? r.fields.at(*column) : QString();
    };
    QStringList dates;
    QStringList scores;
    for (const CsvRecord &r : std::as_const(records)) {
        dates << cell(r, dateColumn);
        scores << cell(r, scoreColumn);
    }
    ValueParsing::DateOrder order = ValueParsing::dateOrder(dates);
    if (order == ValueParsing::DateOrder::Conflicting) {
        report.error = ImportText::tr("The dates in column %1 mix day/month and month/day order.")
                           .arg(columnName(header, *dateColumn));
        return plan;
    }
    if (order == ValueParsing::DateOrder::Undecided)
        order = options.dateOrder;
    const ValueParsing::ScaleGuess scale = ValueParsing::guessScale(scores);

    QHash<QString, int> unknownChannels;
    QSet<QString> keysInFile;
    for (qsizetype n = 0; n < records.size(); ++n) {
        const CsvRecord &r = records.at(n);
        if (progress && n % 5000 == 0 && !progress(0.5 + 0.4 * double(n) / double(records.size()))) {
            report.cancelled = true;
            return plan;
        }
        const bool blank = std::all_of(r.fields.begin(), r.fields.end(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;
        if (sameAsHeader(r.fields, header)) {
            report.warnings.append({r.line, ImportText::tr("the header is repeated here; the line was skipped")});
            continue;
        }
        ++report.rowsRead;
        if (r.fields.size() < header.size()) {
            report.warnings.append({r.line, ImportText::tr("%1 of %2 columns; the missing ones were read as empty")
                                                .arg(r.fields.size()).arg(header.size())});
        } else if (r.fields.size() > header.size()) {
            report.warnings.append({r.line, ImportText::tr("%1 columns, %2 more than the header; the extra ones were ignored")
                                                .arg(r.fields.size()).arg(r.fields.size() - header.size())});
        }

        Interaction i;
        const QString dateText = cell(r, dateColumn);
        if (ValueParsing::isMissing(dateText)) {
            report.rejected.append({r.line, ImportText::tr("column %1: no date").arg(columnName(header, *dateColumn))});
            continue;
        }
        i.occurredAt = ValueParsing::parseDate(dateText, order);
        if (!i.occurredAt.isValid()) {
            const bool ambiguous = order == ValueParsing::DateOrder::Undecided
                && ValueParsing::parseDate(dateText, ValueParsing::DateOrder::DayFirst).isValid();
            report.rejected.append({r.line, ambiguous
                ? ImportText::tr("column %1: “%2” could be day/month or month/day, and the file does not say "
                     "which; choose with --date-order DMY or MDY").arg(columnName(header, *dateColumn), dateText)
                : ImportText::tr("column %1: “%2” is not a date").arg(columnName(header, *dateColumn), dateText)});
            continue;
        }
        i.scale = scale.scale;
        const QString scoreText = cell(r, scoreColumn);
        const std::optional<int> score = scale.known ? ValueParsing::parseScore(scoreText, scale.scale)
                                                     : std::optional<int>(ValueParsing::isMissing(scoreText) ? -1 : -2);
        if (!score || *score == -2) {
            report.rejected.append({r.line, ImportText::tr("column %1: “%2” is not a satisfaction score")
                                                .arg(columnName(header, *scoreColumn), scoreText)});
            continue;
        }
        i.score = *score;
        i.ticket = cell(r, mapping.column(ImportField::Ticket)).trimmed();
        i.service = cell(r, mapping.column(ImportField::Service)).trimmed();
        i.team = cell(r, mapping.column(ImportField::Team)).trimmed();
        i.agent = cell(r, mapping.column(ImportField::Agent)).trimmed();
        i.reason = cell(r, mapping.column(ImportField::Reason)).trimmed();
        i.comment = cell(r, mapping.column(ImportField::Comment)).trimmed();
        i.customer = cell(r, mapping.column(ImportField::Customer)).trimmed();
        for (QString *text : {&i.ticket, &i.service, &i.team, &i.agent, &i.reason, &i.comment, &i.customer}) {
            if (ValueParsing::isMissing(*text))
                text->clear();
        }
        const QString channelText = cell(r, mapping.column(ImportField::Channel));
        if (const auto channel = ValueParsing::parseChannel(channelText))
            i.channel = *channel;
        else if (!ValueParsing::isMissing(channelText))
            ++unknownChannels[channelText.trimmed()];
        const QString repeatText = cell(r, mapping.column(ImportField::Repeat));
        const std::optional<bool> repeat = ValueParsing::parseRepeat(repeatText);
        if (!repeat) {
            report.warnings.append({r.line, ImportText::tr("“%1” is not yes or no for a repeat contact; read as no").arg(repeatText)});
        }
        i.repeatContact = repeat.value_or(false);

        if (!i.isPoor() && !options.allResponses) {
            ++report.notPoor;
            continue;
        }
        // The same response always gets the same key, whichever export it comes in.
        i.importKey = !i.ticket.isEmpty()
            ? QString(QStringLiteral("t:") + i.ticket + QLatin1Char('|') + QString::number(i.occurredAt.toSecsSinceEpoch()))
            : QStringLiteral("r:") + QString::fromLatin1(QCryptographicHash::hash(
                  r.fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
        if (keysInFile.contains(i.importKey)) {
            ++report.duplicates;
            continue;
        }
        keysInFile.insert(i.importKey);
        plan.interactions.append(i);
    }
    for (auto it = unknownChannels.cbegin(); it != unknownChannels.cend(); ++it) {
        report.warnings.append({0, ImportText::tr("channel “%1” (%n row(s)) was not recognised and recorded as phone", nullptr, it.value())
                                       .arg(it.key())});
    }
    return plan;
}

ImportReport run(RegisterDocument *document, const QByteArray &bytes, const ImportOptions &options,
                 const std::function<bool(double)> &progress)
{
    Plan plan = read(bytes, options, document, progress);
    ImportReport &report = plan.report;
    if (!report.error.isEmpty() || report.cancelled)
        return report;
    if (!report.rejected.isEmpty() || options.dryRun) {
        // A dry run reports what would be imported; a rejected row stops everything.
        if (report.rejected.isEmpty()) {
            QStringList keys;
            for (const Interaction &i : std::as_const(plan.interactions))
                keys << i.importKey;
            const QSet<QString> known = document->existingImportKeys(keys);
            report.duplicates += int(known.size());
            for (const Interaction &i : std::as_const(plan.interactions)) {
                if (!known.contains(i.importKey)) {
                    ++report.imported;
                    report.poor += i.isPoor() ? 1 : 0;
                }
            }
        }
        return report;
    }
    // Rows imported before are skipped by the database itself (their import key is unique).
    int added = 0;
    int poorAdded = 0;
    const qsizetype total = std::max<qsizetype>(1, plan.interactions.size());
    const auto result = document->importInteractions(
        plan.interactions, {{settingKey(report.source), report.mapping}}, &added, &poorAdded, [&](int done) {
            return !progress || progress(0.9 + 0.1 * double(done) / double(total));
        });
    if (result == RegisterDocument::ImportResult::Cancelled) {
        report.cancelled = true;
        return report;
    }
    if (result == RegisterDocument::ImportResult::Failed) {
        report.error = ImportText::tr("The import could not be saved; nothing was imported.");
        return report;
    }
    report.imported = added;
    report.poor = poorAdded;
    report.duplicates += int(plan.interactions.size()) - added;
    return report;
}

} // namespace qw::InteractionImport

namespace qw {

QString ImportReport::summary() const
{
    return QCoreApplication::translate("qw::Import",
                                       "rows read: %1, interactions imported: %2 (poor: %3), duplicates "
                                       "skipped: %4, rows rejected: %5")
        .arg(rowsRead).arg(imported).arg(poor).arg(duplicates).arg(rejected.size());
}

} // namespace qw
