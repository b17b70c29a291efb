#pragma once

#include "recordreader.h"

#include <QChar>

namespace qw {

// Reads CSV as service desk tools and Excel write it: RFC 4180 quoting (with delimiters,
// doubled quotes and line breaks inside quoted fields), CRLF, LF or lone CR line ends, and a
// delimiter detected from the header (comma, semicolon or tab). Lenient where real files are
// sloppy (a stray quote inside an unquoted field is kept as text); an opening quote that is
// never closed is an error with its line and column.
class CsvReader final : public RecordReader
{
public:
    // delimiter: QChar() to detect it from the first record.
    explicit CsvReader(const QString &text, QChar delimiter = QChar());

    QChar delimiter() const { return m_delimiter; }
    // Only these columns (0-based) are read into records; the others are left null, saving a
    // copy of text nobody reads. Empty (the default): every column.
    void setColumns(const QList<int> &columns) override;
    // The next record, or false at the end of the text (or at an error).
    bool next(CsvRecord *record) override;
    QString error() const override { return m_error; }
    // How far through the text the reader is, 0..1.
    double progress() const override;

    static QChar detectDelimiter(const QString &text);

private:
    QString m_text; // a copy (implicitly shared): the reader may outlive the caller's string
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    QList<bool> m_wanted; // by column; empty: all
};

} // namespace qw
