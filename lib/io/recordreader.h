#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace qw {

// One record of an export (a CSV record or a worksheet row) and the line (or sheet row,
// 1-based) it starts on, so that a problem can be reported where a person finds it.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QStringView raw; // the record's text as written, where the format has one (CSV); valid until the next read
};

// Reads an export record by record, whatever its format: the import reads CSV text and Excel
// worksheets through this one interface.
class RecordReader
{
public:
    // What one record may take: more is an error, not a gigabyte of memory.
    static constexpr qsizetype maxFieldLength = 4 * 1024 * 1024; // characters
    static constexpr qsizetype maxFields = 16384;                 // Excel's columns

    virtual ~RecordReader() = default;
    // The next record, or false at the end (or at an error, then error() says which).
    virtual bool next(CsvRecord *record) = 0;
    virtual QString error() const = 0;
    // How far through the export the reader is, 0..1.
    virtual double progress() const = 0;
    // Only these columns (0-based) need to be read; the others may be left null. Empty: all.
    virtual void setColumns(const QList<int> &columns) { Q_UNUSED(columns); }
};

} // namespace qw
