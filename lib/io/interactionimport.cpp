#include "interactionimport.h"

#include "csvreader.h"
#include "textdecoding.h"
#include "document/registerdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

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

// The export is read twice: once for its header and its date and score columns (the date
// order and the scale are decided from whole columns), then row by row, each row becoming an
// interaction as it is read and handed on at once, so that memory follows the text of the
// file, not the number of its rows.
class RowReader final
{
public:
    using Progress = std::function<bool(double)>;

    RowReader(const ImportOptions &options, ImportReport *report) : m_options(options), m_report(*report) {}

    // The first pass: false with report.error (or report.cancelled) set when the file cannot be imported.
    bool open(const QByteArray &bytes, const RegisterDocument *document, const Progress &progress);
    // The second pass: add(interaction) for each row that becomes an interaction;
    // rejected rows and warnings go to the report. False when progress() cancelled or add() stopped.
    bool forEachRow(const std::function<bool(const Interaction &)> &add, const Progress &progress);

    const QStringList &header() const { return m_header; }
    QString settingValue() const { return m_report.mapping; }

private:
    // Skips blank lines before the header and the header itself; false on an empty file.
    bool readHeader(CsvReader &reader, CsvRecord *record);
    QString cell(const CsvRecord &r, std::optional<int> column) const
    {
        return column && *column < r.fields.size() ? r.fields.at(*column) : QString();
    }

    const ImportOptions &m_options;
    ImportReport &m_report;
    QString m_text;
    QChar m_delimiter;
    QStringList m_header;
    ColumnMapping m_mapping;
    std::optional<int> m_dateColumn;
    std::optional<int> m_scoreColumn;
    ValueParsing::DateOrder m_order = ValueParsing::DateOrder::Undecided;
    ValueParsing::ScaleGuess m_scale;
    ValueParsing::LocalClock m_clock;
};

bool RowReader::readHeader(CsvReader &reader, CsvRecord *record)
{
    while (reader.next(record)) {
        if (record->fields.size() == 1 && record->fields.first().trimmed().isEmpty())
            continue; // blank lines before the header
        return true;
    }
    return false;
}

bool RowReader::open(const QByteArray &bytes, const RegisterDocument *document, const Progress &progress)
{
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.error.isEmpty()) {
        m_report.error = decoded.error;
        return false;
    }
    m_report.encoding = decoded.encoding;
    m_text = decoded.text;
    CsvReader reader(m_text);
    m_delimiter = reader.delimiter();
    m_report.delimiter = m_delimiter;
    CsvRecord record;
    if (!readHeader(reader, &record)) {
        m_report.error = reader.error().isEmpty() ? ImportText::tr("The file is empty.") : reader.error();
        return false;
    }
    m_header = record.fields;

    m_mapping = ColumnMapping::detect(m_header);
    m_report.source = m_mapping.source();
    // A correction made for this source before applies again, if its columns are still there.
    if (document) {
        const QString saved = document->setting(settingKey(m_mapping.source()));
        for (const QString &assignment : saved.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            m_mapping.apply(assignment, m_header);
    }
    for (const QString &assignment : m_options.mappings) {
        const QString error = m_mapping.apply(assignment, m_header);
        if (!error.isEmpty()) {
            m_report.error = error;
            return false;
        }
    }
    m_report.mapping = m_mapping.toText(m_header);
    m_dateColumn = m_mapping.column(ImportField::Date);
    m_scoreColumn = m_mapping.column(ImportField::Score);
    if (!m_dateColumn || !m_scoreColumn) {
        m_report.error = ImportText::tr("No column for the %1 was found in the header; name it with --map %2=COLUMN.")
                             .arg(!m_dateColumn ? ImportText::tr("date") : ImportText::tr("satisfaction score"),
                                  !m_dateColumn ? QStringLiteral("date") : QStringLiteral("score"));
        return false;
    }

    QStringList dates;
    QStringList scores;
    reader.setColumns({*m_dateColumn, *m_scoreColumn});
    for (int n = 1; reader.next(&record); ++n) {
        dates << cell(record, m_dateColumn);
        scores << cell(record, m_scoreColumn);
        if (progress && n % 5000 == 0 && !progress(reader.progress() * 0.2)) {
            m_report.cancelled = true;
            return false;
        }
    }
    if (!reader.error().isEmpty()) {
        m_report.error = reader.error();
        return false;
    }
    m_order = ValueParsing::dateOrder(dates);
    if (m_order == ValueParsing::DateOrder::Conflicting) {
        m_report.error = ImportText::tr("The dates in column %1 mix day/month and month/day order.")
                             .arg(columnName(m_header, *m_dateColumn));
        return false;
    }
    if (m_order == ValueParsing::DateOrder::Undecided)
        m_order = m_options.dateOrder;
    m_scale = ValueParsing::guessScale(scores);
    return true;
}

bool RowReader::forEachRow(const std::function<bool(const Interaction &)> &add,
                           const Progress &progress)
{
    CsvReader reader(m_text, m_delimiter);
    CsvRecord r;
    readHeader(reader, &r);
    // The mapped columns only, unless a row without a ticket needs all of them for its key.
    if (m_mapping.column(ImportField::Ticket)) {
        QList<int> columns;
        for (ImportField field : allImportFields()) {
            if (const auto column = m_mapping.column(field))
                columns << *column;
        }
        reader.setColumns(columns);
    }
    const QString dateColumn = columnName(m_header, *m_dateColumn);
    QHash<QString, int> unknownChannels;
    bool stopped = false;
    for (int n = 1; !stopped && reader.next(&r); ++n) {
        if (progress && n % 2000 == 0 && !progress(0.2 + 0.8 * reader.progress())) {
            m_report.cancelled = true;
            return false;
        }
        const bool blank = std::all_of(r.fields.cbegin(), r.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue; // (or blank in every column the import reads)
        if (sameAsHeader(r.fields, m_header)) {
            m_report.warnings.append({r.line, ImportText::tr("the header is repeated here; the line was skipped")});
            continue;
        }
        ++m_report.rowsRead;
        if (r.fields.size() < m_header.size()) {
            m_report.warnings.append({r.line, ImportText::tr("%1 of %2 columns; the missing ones were read as empty")
                                                  .arg(r.fields.size()).arg(m_header.size())});
        } else if (r.fields.size() > m_header.size()) {
            m_report.warnings.append({r.line, ImportText::tr("%1 columns, %2 more than the header; the extra ones were ignored")
                                                  .arg(r.fields.size()).arg(r.fields.size() - m_header.size())});
        }

        Interaction i;
        const QString dateText = cell(r, m_dateColumn);
        if (ValueParsing::isMissing(dateText)) {
            m_report.rejected.append({r.line, ImportText::tr("column %1: no date").arg(dateColumn)});
            continue;
        }
        i.occurredAt = ValueParsing::parseDate(dateText, m_order, &m_clock);
        if (!i.occurredAt.isValid()) {
            const bool ambiguous = m_order == ValueParsing::DateOrder::Undecided
                && ValueParsing::parseDate(dateText, ValueParsing::DateOrder::DayFirst).isValid();
            m_report.rejected.append({r.line, ambiguous
                ? ImportText::tr("column %1: “%2” could be day/month or month/day, and the file does not say "
                     "which; choose with --date-order DMY or MDY").arg(dateColumn, dateText)
                : ImportText::tr("column %1: “%2” is not a date").arg(dateColumn, dateText)});
            continue;
        }
        i.scale = m_scale.scale;
        const QString scoreText = cell(r, m_scoreColumn);
        const std::optional<int> score = m_scale.known ? ValueParsing::parseScore(scoreText, m_scale.scale)
                                                       : std::optional<int>(ValueParsing::isMissing(scoreText) ? -1 : -2);
        if (!score || *score == -2) {
            m_report.rejected.append({r.line, ImportText::tr("column %1: “%2” is not a satisfaction score")
                                                  .arg(columnName(m_header, *m_scoreColumn), scoreText)});
            continue;
        }
        i.score = *score;
        i.ticket = cell(r, m_mapping.column(ImportField::Ticket)).trimmed();
        i.service = cell(r, m_mapping.column(ImportField::Service)).trimmed();
        i.team = cell(r, m_mapping.column(ImportField::Team)).trimmed();
        i.agent = cell(r, m_mapping.column(ImportField::Agent)).trimmed();
        i.reason = cell(r, m_mapping.column(ImportField::Reason)).trimmed();
        i.comment = cell(r, m_mapping.column(ImportField::Comment)).trimmed();
        i.customer = cell(r, m_mapping.column(ImportField::Customer)).trimmed();
        for (QString *text : {&i.ticket, &i.service, &i.team, &i.agent, &i.reason, &i.comment, &i.customer}) {
            if (ValueParsing::isMissing(*text))
                text->clear();
        }
        const QString channelText = cell(r, m_mapping.column(ImportField::Channel));
        if (const auto channel = ValueParsing::parseChannel(channelText))
            i.channel = *channel;
        else if (!ValueParsing::isMissing(channelText))
            ++unknownChannels[channelText.trimmed()];
        const QString repeatText = cell(r, m_mapping.column(ImportField::Repeat));
        const std::optional<bool> repeat = ValueParsing::parseRepeat(repeatText);
        if (!repeat) {
            m_report.warnings.append({r.line, ImportText::tr("“%1” is not yes or no for a repeat contact; read as no").arg(repeatText)});
        }
        i.repeatContact = repeat.value_or(false);

        if (!i.isPoor() && !m_options.allResponses) {
            ++m_report.notPoor;
            continue;
        }
        // The same response always gets the same key, whichever export it comes in.
        i.importKey = !i.ticket.isEmpty()
            ? QString(QStringLiteral("t:") + i.ticket + QLatin1Char('|') + QString::number(i.occurredAt.toSecsSinceEpoch()))
            : QStringLiteral("r:") + QString::fromLatin1(QCryptographicHash::hash(
                  r.fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
        stopped = !add(i);
    }
    for (auto it = unknownChannels.cbegin(); it != unknownChannels.cend(); ++it) {
        m_report.warnings.append({0, ImportText::tr("channel “%1” (%n row(s)) was not recognised and recorded as phone", nullptr, it.value())
                                         .arg(it.key())});
    }
    return !stopped;
}

// Rows handed from the reading thread to the writing one a batch at a time, at most a few
// batches ahead, so that memory stays flat however large the file.
class RowQueue final
{
public:
    // The reader's side: false once the writer has stopped taking rows.
    bool push(QList<Interaction> &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= maxBatches && !m_stopped)
            m_taken.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_batches.append(std::move(batch));
        m_added.wakeOne();
        return true;
    }
    // The reader has no more rows.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_added.wakeOne();
    }
    // The writer's side: false once the reader has closed the queue and every batch is taken.
    bool pop(QList<Interaction> *batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.isEmpty() && !m_closed)
            m_added.wait(&m_mutex);
        if (m_batches.isEmpty())
            return false;
        *batch = m_batches.takeFirst();
        m_taken.wakeOne();
        return true;
    }
    // The writer takes no more rows.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_taken.wakeOne();
    }

private:
    static constexpr qsizetype maxBatches = 8;
    QMutex m_mutex;
    QWaitCondition m_added;
    QWaitCondition m_taken;
    QList<QList<Interaction>> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace

Plan read(const QByteArray &bytes, const ImportOptions &options, const RegisterDocument *document,
          const std::function<bool(double)> &progress)
{
    Plan plan;
    RowReader reader(options, &plan.report);
    if (!reader.open(bytes, document, progress))
        return plan;
    plan.header = reader.header();
    QSet<QString> keysInFile;
    reader.forEachRow([&](const Interaction &i) {
        if (keysInFile.contains(i.importKey)) {
            ++plan.report.duplicates;
            return true;
        }
        keysInFile.insert(i.importKey);
        plan.interactions.append(i);
        return true;
    }, progress);
    return plan;
}

ImportReport run(RegisterDocument *document, const QByteArray &bytes, const ImportOptions &options,
                 const std::function<bool(double)> &progress)
{
    if (options.dryRun) {
        // A dry run reports what would be imported, from a plan that touches nothing.
        Plan plan = read(bytes, options, document, progress);
        ImportReport &report = plan.report;
        if (!report.error.isEmpty() || report.cancelled || !report.rejected.isEmpty())
            return report;
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
        return report;
    }

    ImportReport report;
    RowReader reader(options, &report);
    if (!reader.open(bytes, document, progress))
        return report;
    // Each row is written as soon as it is read, in one transaction: the reading (decoding,
    // parsing, converting) runs on a thread of its own, side by side with SQLite's writing on
    // this one. A rejected row stops the writing (the rest is still read, to report every
    // rejected row) and rolls it all back. Rows imported before, or twice in the file, are
    // skipped by the register's unique index.
    RowQueue queue;
    bool read = false;
    const std::unique_ptr<QThread> reading(QThread::create([&] {
        constexpr qsizetype batchSize = 512;
        QList<Interaction> batch;
        read = reader.forEachRow([&](const Interaction &i) {
            if (!report.rejected.isEmpty())
                return true;
            batch.append(i);
            return batch.size() < batchSize || queue.push(std::exchange(batch, {}));
        }, progress);
        if (read && !batch.isEmpty())
            read = queue.push(std::move(batch));
        queue.close();
    }));
    reading->start();
    int handedOver = 0;
    int added = 0;
    int poorAdded = 0;
    const auto result = document->importInteractions([&](const auto &add) {
        bool written = true;
        QList<Interaction> batch;
        while (written && queue.pop(&batch)) {
            for (const Interaction &i : std::as_const(batch)) {
                ++handedOver;
                if (!add(i)) {
                    written = false;
                    break;
                }
            }
        }
        queue.stop();
        reading->wait();
        return written && read && report.rejected.isEmpty();
    }, {{settingKey(report.source), reader.settingValue()}}, &added, &poorAdded);
    queue.stop(); // in case the transaction never began: the reader must not wait for it
    reading->wait();
    if (report.cancelled || !report.error.isEmpty() || !report.rejected.isEmpty())
        return report;
    if (result != RegisterDocument::ImportResult::Done) {
        report.error = ImportText::tr("The import could not be saved; nothing was imported.");
        return report;
    }
    report.imported = added;
    report.poor = poorAdded;
    report.duplicates = handedOver - added;
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
