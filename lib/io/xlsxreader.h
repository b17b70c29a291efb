#pragma once

#include "recordreader.h"

#include <QByteArray>

#include <memory>

namespace qw {

// Reads one worksheet of an Excel workbook (.xlsx) row by row, each row a record of cell
// texts, for the import. Responsible for finding the sheet through the workbook's parts, for
// turning each cell into the text a person sees in Excel (shared and inline strings, numbers,
// booleans, errors, and numbers with a date or time format as "yyyy-MM-dd HH:mm:ss" in either
// date system) and for saying clearly, with the sheet and row, why a file cannot be read. The
// sheet's XML is streamed out of the archive, so memory follows one row, not the sheet.
class XlsxReader final : public RecordReader
{
public:
    explicit XlsxReader(const QString &path);
    ~XlsxReader() override;

    // Opens the archive and reads the workbook (its sheets, its date system), the shared
    // strings and the styles. False and error() set when the file is not a readable workbook.
    bool open();
    QStringList sheetNames() const;
    // Chooses the sheet to read (empty name: the first sheet) and starts at its first row.
    // False with error() set when there is no sheet of that name; the message lists the
    // sheet names.
    bool selectSheet(const QString &name);

    // The next row present in the sheet: record->line is the sheet's own row number (1-based)
    // and the fields are the cell texts in column order, a missing cell an empty string. A row
    // written without cells is a record without fields. next() selects the first sheet when
    // none was chosen.
    bool next(CsvRecord *record) override;
    QString error() const override;
    // The part of the sheet's uncompressed XML read so far, 0..1 (1 at the end of the sheet).
    double progress() const override;
    // Only these columns (0-based) are converted; the others are left null. Empty: all.
    void setColumns(const QList<int> &columns) override;

    // Whether a file's first bytes are a zip archive's (an .xlsx is one).
    static bool looksLikeXlsx(const QByteArray &firstBytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qw
