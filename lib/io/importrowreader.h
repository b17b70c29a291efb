#pragma once

#include "columnmapping.h"
#include "interactionimport.h"
#include "recordreader.h"
#include "valueparsing.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryFile;

namespace qw {

class RegisterDocument;

// An export larger than this is refused before it is read (it would take several times its
// size in memory as text).
inline constexpr qint64 maxExportSize = qint64(1) << 30;

// The setting that remembers a source's column mapping.
QString importMappingSettingKey(ExportSource source);

// The export is read twice: once for its header and its date and score columns (the date
// order and the scale are decided from whole columns), then row by row, each row becoming an
// interaction as it is read and handed on at once, so that memory follows the text of the
// file, not the number of its rows.
class ImportRowReader final
{
public:
    using Progress = std::function<bool(double)>;

    ImportRowReader(const ImportOptions &options, ImportReport *report);
    ~ImportRowReader();
    Q_DISABLE_COPY_MOVE(ImportRowReader)

    // The first pass: false with report.error (or report.cancelled) set when the file cannot be imported.
    bool open(const ImportInput &input, const RegisterDocument *document, const Progress &progress);
    // The second pass: add(interaction) for each row that becomes an interaction;
    // rejected rows and warnings go to the report. False when progress() cancelled or add() stopped.
    bool forEachRow(const std::function<bool(const Interaction &)> &add, const Progress &progress);

    const QStringList &header() const { return m_header; }
    QString settingValue() const { return m_report.mapping; }
    const PoorRule &poorRule() const { return m_rule; }

private:
    std::unique_ptr<RecordReader> makeReader();
    // Skips blank lines before the header and the header itself; false on an empty file.
    bool readHeader(RecordReader &reader, CsvRecord *record);
    QString cell(const CsvRecord &r, std::optional<int> column) const
    {
        return column && *column < r.fields.size() ? r.fields.at(*column) : QString();
    }
    // The field's column, else its fallbacks in turn, where the cell says nothing.
    QString cellOrFallback(const CsvRecord &r, ImportField field) const;
    // A bad row: rejected, or left out with --skip-bad-rows.
    void bad(int line, const QString &message);
    bool convert(const CsvRecord &r, Interaction *i, QHash<QString, int> *unknownChannels);
    // The survey's date as its identity: the time as written on the clock (or in UTC when the
    // cell names its zone), whatever the format (Excel re-saves 2024-03-13 10:00:00 as
    // 13/03/2024 10:00) and whatever this machine's time zone.
    QString wallClock(const QString &dateText)
    {
        return ValueParsing::isoUtc(ValueParsing::parseDate(dateText, m_order, &m_wallClock));
    }

    const ImportOptions &m_options;
    ImportReport &m_report;
    bool m_xlsx = false;
    QString m_xlsxPath;
    std::unique_ptr<QTemporaryFile> m_copy; // a workbook given as bytes
    QByteArray m_copyOfBytes;               // a file that could not be mapped, while it is decoded
    QString m_text;
    QChar m_delimiter;
    QStringList m_header;
    ColumnMapping m_mapping;
    std::optional<int> m_dateColumn;
    std::optional<int> m_scoreColumn;
    bool m_dateInKey = false;
    bool m_legacyKeys = false;
    QString m_sourceKey;
    ValueParsing::DateOrder m_order = ValueParsing::DateOrder::Undecided;
    ValueParsing::ScaleGuess m_scale;
    ValueParsing::LocalClock m_clock;
    ValueParsing::LocalClock m_wallClock = ValueParsing::LocalClock::wallClock();
    PoorRule m_rule = PoorRule::defaults();
};

} // namespace qw
