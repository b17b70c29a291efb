#include "importrowreader.h"

#include "domain/fieldlimits.h"

#include "csvreader.h"
#include "textdecoding.h"
#include "xlsxreader.h"
#include "document/registerdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cstring>

#include <sys/mman.h>
#include <unistd.h>

namespace qw {

namespace {


// Gives this file a translation context of its own.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};


QString columnName(const QStringList &header, int column)
{
    return QStringLiteral("%1 (“%2”)").arg(column + 1).arg(header.value(column));
}

QString normalised(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// Date columns that move whenever the ticket is touched (Zendesk's "Updated at"): never part
// of a response's identity.
bool movingDate(const QString &header)
{
    static const QStringList moving{QStringLiteral("updatedat"), QStringLiteral("satisfactionupdatedat"),
                                    QStringLiteral("sysupdatedon"), QStringLiteral("updated"),
                                    QStringLiteral("lastupdated"), QStringLiteral("updatedon"),
                                    QStringLiteral("modified"), QStringLiteral("modifiedat"),
                                    QStringLiteral("lastmodified"), QStringLiteral("updatedtime")};
    return moving.contains(normalised(header));
}

// Compares the columns that were read (the others are null).
bool sameAsHeader(const QStringList &fields, const QStringList &header)
{
    if (fields.size() != header.size())
        return false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!fields.at(i).isNull() && fields.at(i).trimmed().compare(header.at(i).trimmed(), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

QString hashKey(const char *prefix, QByteArrayView bytes, QCryptographicHash::Algorithm algorithm)
{
    return QLatin1String(prefix) + QString::fromLatin1(QCryptographicHash::hash(bytes, algorithm).toHex());
}

// A row's cells as written, as 64 bits of their MD5 (the index of such keys stays small enough
// to stay in SQLite's page cache during a large import; 64 bits make two different rows of a
// register of millions share one with a chance of about one in ten million). Never 0.
qint64 rowHash(QByteArrayView bytes)
{
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Md5);
    qint64 value = 0;
    std::memcpy(&value, digest.constData(), sizeof value);
    return value == 0 ? 1 : value;
}

} // namespace

QString importMappingSettingKey(ExportSource source)
{
    return QStringLiteral("import-mapping/%1").arg(int(source));
}

ImportRowReader::ImportRowReader(const ImportOptions &options, ImportReport *report)
    : m_options(options), m_report(*report)
{
}

ImportRowReader::~ImportRowReader() = default;

std::unique_ptr<RecordReader> ImportRowReader::makeReader()
{
    if (!m_xlsx)
        return std::make_unique<CsvReader>(m_text, m_delimiter);
    auto reader = std::make_unique<XlsxReader>(m_xlsxPath);
    if (!reader->open() || !reader->selectSheet(m_options.sheet)) {
        m_report.error = reader->error();
        return nullptr;
    }
    return reader;
}

bool ImportRowReader::readHeader(RecordReader &reader, CsvRecord *record)
{
    while (reader.next(record)) {
        const bool blank = std::all_of(record->fields.cbegin(), record->fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue; // blank lines before the header
        return true;
    }
    return false;
}

bool ImportRowReader::open(const ImportInput &input, const RegisterDocument *document, const Progress &progress)
{
    // A file named without its bytes is read here: a workbook by the workbook reader, CSV text
    // mapped into memory and decoded a chunk at a time, each chunk's pages dropped once
    // decoded, so that memory holds the text, not the bytes and the text.
    QFile file;
    uchar *mapped = nullptr;
    QByteArrayView bytes = input.bytes;
    if (input.bytes.isEmpty() && !input.path.isEmpty()) {
        file.setFileName(input.path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_report.error = ImportText::tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(input.path), file.errorString());
            return false;
        }
        m_xlsx = XlsxReader::looksLikeXlsx(file.peek(8));
        if (!m_xlsx && file.size() > 0) {
            mapped = file.map(0, file.size());
            if (mapped) {
                bytes = QByteArrayView(mapped, file.size());
            } else {
                m_copyOfBytes = file.read(maxExportSize + 1);
                bytes = m_copyOfBytes;
            }
        }
    } else {
        m_xlsx = XlsxReader::looksLikeXlsx(input.bytes.first(std::min<qsizetype>(8, input.bytes.size())));
    }
    if (m_xlsx) {
        m_xlsxPath = input.path;
        if (m_xlsxPath.isEmpty()) {
            // A workbook's bytes (the fuzzer, the tests): read from a private copy.
            m_copy = std::make_unique<QTemporaryFile>();
            if (!m_copy->open() || m_copy->write(input.bytes) != input.bytes.size() || !m_copy->flush()) {
                m_report.error = ImportText::tr("A temporary copy of the workbook could not be written: %1")
                                     .arg(m_copy->errorString());
                return false;
            }
            m_xlsxPath = m_copy->fileName();
        }
        m_report.encoding = QStringLiteral("UTF-8");
    } else {
        const qsizetype page = qsizetype(::sysconf(_SC_PAGESIZE));
        qsizetype released = 0;
        const DecodedText decoded = decodeText(bytes, m_options.encoding, [&](qsizetype upTo) {
            if (!mapped)
                return;
            const qsizetype end = upTo / page * page;
            if (end > released)
                ::madvise(mapped + released, size_t(end - released), MADV_DONTNEED);
            released = std::max(released, end);
        });
        if (mapped)
            file.unmap(mapped);
        m_copyOfBytes.clear();
        if (!decoded.error.isEmpty()) {
            m_report.error = decoded.error;
            return false;
        }
        m_report.encoding = decoded.encoding;
        m_report.encodingChosen = decoded.chosen;
        m_text = decoded.text;
        m_delimiter = CsvReader::detectDelimiter(m_text);
        m_report.delimiter = m_delimiter;
    }
    std::unique_ptr<RecordReader> reader = makeReader();
    if (!reader)
        return false;
    if (m_xlsx) {
        m_report.sheet = m_options.sheet.isEmpty() ? static_cast<XlsxReader *>(reader.get())->sheetNames().value(0)
                                                   : m_options.sheet;
    }
    CsvRecord record;
    if (!readHeader(*reader, &record)) {
        m_report.error = reader->error().isEmpty() ? ImportText::tr("The file is empty.") : reader->error();
        return false;
    }
    m_header = record.fields;
    for (QString &name : m_header) {
        if (name.isNull())
            name = QStringLiteral(""); // a sheet's empty header cell
    }

    m_mapping = ColumnMapping::detect(m_header);
    m_report.source = m_mapping.source();
    m_sourceKey = exportSourceKey(m_mapping.source());
    if (document) {
        m_rule = document->poorRule();
        m_legacyKeys = document->hasLegacyImportKeys();
        // A correction made for this source before applies again, if its columns are still there.
        const QString saved = document->setting(importMappingSettingKey(m_mapping.source()));
        for (const QString &assignment : saved.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            m_mapping.apply(assignment, m_header, ColumnMapping::Origin::Remembered);
    }
    for (const QString &assignment : m_options.mappings) {
        const QString error = m_mapping.apply(assignment, m_header);
        if (!error.isEmpty()) {
            m_report.error = error;
            return false;
        }
    }
    m_report.mapping = m_mapping.toText(m_header);
    m_report.mappingLines = m_mapping.describe(m_header);
    for (int c : m_mapping.unusedColumns(m_header))
        m_report.unusedColumns << columnName(m_header, c);
    for (const QString &ambiguity : m_mapping.ambiguities()) {
        m_report.warnings.append({0, ImportText::tr("%1, so neither was recognised; choose one with --map FIELD=NUMBER")
                                         .arg(ambiguity)});
    }
    m_dateColumn = m_mapping.column(ImportField::Date);
    m_scoreColumn = m_mapping.column(ImportField::Score);
    if (!m_dateColumn || !m_scoreColumn) {
        // Every missing field at once, with the command that names each.
        QStringList missing;
        QStringList maps;
        if (!m_dateColumn) {
            missing << ImportText::tr("the date");
            maps << QStringLiteral("--map date=COLUMN");
        }
        if (!m_scoreColumn) {
            missing << ImportText::tr("the satisfaction score");
            maps << QStringLiteral("--map score=COLUMN");
        }
        m_report.error = ImportText::tr("No column was found for %1 in the header (%2); name %3 with %4.")
                             .arg(missing.join(ImportText::tr(" or ")), m_header.join(QStringLiteral(", ")),
                                  missing.size() > 1 ? ImportText::tr("them") : ImportText::tr("it"),
                                  maps.join(QLatin1Char(' ')));
        return false;
    }
    // The survey's own date is part of a response's identity (a ticket may be surveyed twice),
    // unless the export has the response's own id, or the date moves with the ticket, or the
    // tool keeps one rating per ticket (Zendesk: a new rating replaces the old).
    m_dateInKey = !m_mapping.column(ImportField::Response) && !movingDate(m_header.value(*m_dateColumn))
        && m_mapping.source() != ExportSource::Zendesk;

    QStringList dates;
    QStringList scores;
    reader->setColumns({*m_dateColumn, *m_scoreColumn});
    for (int n = 1; reader->next(&record); ++n) {
        dates << cell(record, m_dateColumn);
        scores << cell(record, m_scoreColumn);
        if (progress && n % 5000 == 0 && !progress(reader->progress() * 0.2)) {
            m_report.cancelled = true;
            return false;
        }
    }
    if (!reader->error().isEmpty()) {
        m_report.error = reader->error();
        return false;
    }
    m_order = ValueParsing::dateOrder(dates);
    if (m_order == ValueParsing::DateOrder::Conflicting) {
        m_report.error = ImportText::tr("The dates in column %1 mix day/month and month/day order.")
                             .arg(columnName(m_header, *m_dateColumn));
        return false;
    }
    if (m_order != ValueParsing::DateOrder::Undecided) {
        m_report.dateOrder = m_order == ValueParsing::DateOrder::DayFirst
            ? ImportText::tr("day/month (decided from the column)") : ImportText::tr("month/day (decided from the column)");
        if (m_options.dateOrder != ValueParsing::DateOrder::Undecided && m_options.dateOrder != m_order) {
            m_report.error = ImportText::tr("The dates in column %1 can only be read %2, not as chosen.")
                                 .arg(columnName(m_header, *m_dateColumn), m_report.dateOrder);
            return false;
        }
    } else {
        m_order = m_options.dateOrder;
        m_report.dateOrder = m_order == ValueParsing::DateOrder::DayFirst ? ImportText::tr("day/month (as chosen)")
            : m_order == ValueParsing::DateOrder::MonthFirst              ? ImportText::tr("month/day (as chosen)")
                                                                          : ImportText::tr("not needed");
    }
    if (m_options.scale) {
        m_scale = {*m_options.scale, true};
        m_report.scaleChosen = true;
    } else {
        m_scale = ValueParsing::guessScale(scores);
    }
    if (!m_scale.known && std::any_of(scores.cbegin(), scores.cend(), [](const QString &s) { return !ValueParsing::isMissing(s); })) {
        m_report.error = ImportText::tr("The scores in column %1 fit none of the scales QuickWins knows (1-5, 1-10, 0-10, "
                                        "0-3, bad/good, unhappy/neutral/happy); choose one with --scale.")
                             .arg(columnName(m_header, *m_scoreColumn));
        return false;
    }
    m_report.scale = m_scale.scale;
    m_report.poorRule = m_rule.describe(m_scale.scale);
    return true;
}

QString ImportRowReader::cellOrFallback(const CsvRecord &r, ImportField field) const
{
    QString text = cell(r, m_mapping.column(field)).trimmed();
    const QList<int> fallbacks = m_mapping.fallbacks(field);
    for (qsizetype n = 0; n < fallbacks.size() && ValueParsing::isMissing(text); ++n)
        text = cell(r, fallbacks.at(n)).trimmed();
    // A missing marker in the last column tried ("?" in every one) is no value.
    return !fallbacks.isEmpty() && ValueParsing::isMissing(text) ? QString() : text;
}

void ImportRowReader::bad(int line, const QString &message)
{
    (m_options.skipBadRows ? m_report.leftOut : m_report.rejected).append({line, message});
}

bool ImportRowReader::convert(const CsvRecord &r, Interaction *out, QHash<QString, int> *unknownChannels)
{
    Interaction &i = *out;
    const QString dateColumn = columnName(m_header, *m_dateColumn);
    const QString dateText = cell(r, m_dateColumn);
    if (ValueParsing::isMissing(dateText)) {
        bad(r.line, ImportText::tr("column %1: no date").arg(dateColumn));
        return false;
    }
    i.occurredAt = ValueParsing::parseDate(dateText, m_order, &m_clock);
    if (!i.occurredAt.isValid()) {
        const bool ambiguous = m_order == ValueParsing::DateOrder::Undecided
            && ValueParsing::parseDate(dateText, ValueParsing::DateOrder::DayFirst).isValid();
        bad(r.line, ambiguous
            ? ImportText::tr("column %1: “%2” could be day/month or month/day, and the file does not say "
                             "which; choose with --date-order DMY or MDY").arg(dateColumn, dateText)
            : ImportText::tr("column %1: “%2” is not a date and time QuickWins can read whole").arg(dateColumn, dateText));
        return false;
    }
    i.scale = m_scale.scale;
    const QString scoreText = cell(r, m_scoreColumn);
    const std::optional<int> score = m_scale.known ? ValueParsing::parseScore(scoreText, m_scale.scale)
                                                   : std::optional<int>(-1);
    if (!score) {
        const std::optional<int> number = ValueParsing::scoreNumber(scoreText);
        bad(r.line, number
            ? ImportText::tr("column %1: %2 is outside the scale %3 that the column's other scores use")
                  .arg(columnName(m_header, *m_scoreColumn)).arg(*number).arg(scaleName(m_scale.scale))
            : ImportText::tr("column %1: “%2” is not a satisfaction score").arg(columnName(m_header, *m_scoreColumn), scoreText));
        return false;
    }
    i.score = *score;
    // Identifiers and names: their ends trimmed, missing markers are no value. Free text
    // (reason, comment) is kept exactly as written.
    const auto identifier = [&](ImportField field) {
        const QString text = cell(r, m_mapping.column(field)).trimmed();
        return ValueParsing::isMissing(text) ? QString() : text;
    };
    i.ticket = identifier(ImportField::Ticket);
    i.service = cellOrFallback(r, ImportField::Service);
    i.team = cell(r, m_mapping.column(ImportField::Team)).trimmed();
    i.agent = cell(r, m_mapping.column(ImportField::Agent)).trimmed();
    i.reason = cell(r, m_mapping.column(ImportField::Reason));
    i.comment = cell(r, m_mapping.column(ImportField::Comment));
    i.customer = cellOrFallback(r, ImportField::Customer);
    if (const QString tooLong = FieldLimits::checkInteraction(i); !tooLong.isEmpty()) {
        bad(r.line, tooLong);
        return false;
    }
    const QString channelText = cell(r, m_mapping.column(ImportField::Channel));
    i.channel = Channel::Unknown;
    if (const auto channel = ValueParsing::parseChannel(channelText))
        i.channel = *channel;
    else if (!ValueParsing::isMissing(channelText))
        ++(*unknownChannels)[channelText.trimmed()];
    const QString repeatText = cell(r, m_mapping.column(ImportField::Repeat));
    const std::optional<bool> repeat = ValueParsing::parseRepeat(repeatText);
    if (!repeat) {
        bad(r.line, ImportText::tr("column %1: “%2” is not yes or no for a repeat contact")
                        .arg(columnName(m_header, *m_mapping.column(ImportField::Repeat)), repeatText));
        return false;
    }
    i.repeatContact = *repeat;

    // A response's identity comes from its source: the tool and the response's own id, or its
    // ticket (and the survey's own date); never from values computed with the time zone or the
    // mapping. Every row also keeps a hash of its cells as written, so that a response first
    // imported without an id is the same response when a later import names one.
    const QString response = identifier(ImportField::Response);
    if (!response.isEmpty())
        i.importKey = m_sourceKey + QStringLiteral("|response:") + response;
    else if (!i.ticket.isEmpty())
        i.importKey = m_sourceKey + QStringLiteral("|ticket:") + i.ticket
            + (m_dateInKey ? QLatin1Char('|') + wallClock(dateText) : QString());
    if (!r.raw.isEmpty()) {
        i.rowKey = rowHash(QByteArrayView(reinterpret_cast<const char *>(r.raw.data()), r.raw.size() * 2));
    } else {
        const QString joined = r.fields.join(QChar(0x1f));
        i.rowKey = rowHash(QByteArrayView(reinterpret_cast<const char *>(joined.constData()), joined.size() * 2));
    }
    if (m_legacyKeys) {
        // The key an earlier QuickWins gave the same row, so that it is found, not doubled.
        i.previousKey = !i.ticket.isEmpty()
            ? QString(QStringLiteral("t:") + i.ticket + QLatin1Char('|') + QString::number(i.occurredAt.toSecsSinceEpoch()))
            : hashKey("r:", r.fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    }
    return true;
}

bool ImportRowReader::forEachRow(const std::function<bool(const Interaction &)> &add, const Progress &progress)
{
    std::unique_ptr<RecordReader> reader = makeReader();
    if (!reader)
        return false;
    CsvRecord r;
    readHeader(*reader, &r);
    // The mapped columns only, unless an older QuickWins' keys need all of them, or the row's
    // hash does: a sheet has no raw text, so its hash is of all its cells, mapped or not.
    if (!m_xlsx && (!m_legacyKeys || m_mapping.column(ImportField::Ticket))) {
        QList<int> columns;
        for (ImportField field : allImportFields()) {
            if (const auto column = m_mapping.column(field))
                columns << *column;
            columns << m_mapping.fallbacks(field);
        }
        reader->setColumns(columns);
    }
    QHash<QString, int> unknownChannels;
    bool stopped = false;
    for (int n = 1; !stopped && reader->next(&r); ++n) {
        if (progress && n % 2000 == 0 && !progress(0.2 + 0.8 * reader->progress())) {
            m_report.cancelled = true;
            return false;
        }
        const bool blank = std::all_of(r.fields.cbegin(), r.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue; // (or blank in every column the import reads)
        if (m_xlsx) {
            // A sheet leaves out the empty cells at a row's end.
            while (r.fields.size() > m_header.size() && r.fields.constLast().isEmpty())
                r.fields.removeLast();
            while (r.fields.size() < m_header.size())
                r.fields.append(QString());
        }
        if (sameAsHeader(r.fields, m_header)) {
            m_report.warnings.append({r.line, ImportText::tr("the header is repeated here; the line was skipped")});
            continue;
        }
        ++m_report.rowsRead;
        if (r.fields.size() != m_header.size()) {
            // Its values would land in other fields (a score read from a comment's column).
            bad(r.line, ImportText::tr("%1 fields where the header has %2; the row cannot be read safely")
                            .arg(r.fields.size()).arg(m_header.size()));
            continue;
        }
        Interaction i;
        if (!convert(r, &i, &unknownChannels))
            continue;
        if (m_options.poorOnly && !i.isPoor(m_rule)) {
            ++m_report.notPoor;
            continue;
        }
        stopped = !add(i);
    }
    if (!reader->error().isEmpty()) {
        m_report.error = reader->error();
        return false;
    }
    for (auto it = unknownChannels.cbegin(); it != unknownChannels.cend(); ++it) {
        m_report.warnings.append({0, ImportText::tr("channel “%1” (%n row(s)) was not recognised and recorded as unknown",
                                                    nullptr, it.value()).arg(it.key())});
    }
    return !stopped;
}


} // namespace qw
