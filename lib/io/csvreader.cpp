#include "csvreader.h"

#include <QCoreApplication>

namespace qw {

CsvReader::CsvReader(const QString &text, QChar delimiter)
    : m_text(text), m_delimiter(delimiter.isNull() ? detectDelimiter(text) : delimiter)
{
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Count the candidates outside quotes on the first record: the header.
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

void CsvReader::setColumns(const QList<int> &columns)
{
    m_wanted.clear();
    for (int column : columns) {
        if (column >= m_wanted.size())
            m_wanted.resize(column + 1, false);
        m_wanted[column] = true;
    }
}

double CsvReader::progress() const
{
    return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size());
}

bool CsvReader::next(CsvRecord *record)
{
    const qsizetype size = m_text.size();
    if (m_pos >= size || !m_error.isEmpty())
        return false;
    record->line = m_line;
    record->fields.clear();
    const qsizetype recordStart = m_pos;
    const QChar *data = m_text.constData();
    const QChar quote(QLatin1Char('"'));
    const QChar cr(QLatin1Char('\r'));
    const QChar lf(QLatin1Char('\n'));
    // Columns count from the start of the physical line.
    qsizetype lineStart = m_pos;
    while (lineStart > 0 && data[lineStart - 1] != lf && data[lineStart - 1] != cr)
        --lineStart;

    // Fields are sliced out of the text whole where possible: appending character by
    // character costs more than everything else of an import.
    while (true) {
        const qsizetype column = record->fields.size();
        const bool wanted = m_wanted.isEmpty() || (column < m_wanted.size() && m_wanted.at(column));
        QString field;
        if (m_pos < size && data[m_pos] == quote) {
            const int quoteLine = m_line;
            const int quoteColumn = int(m_pos - lineStart) + 1;
            ++m_pos;
            qsizetype start = m_pos;
            bool closed = false;
            while (m_pos < size) {
                if (field.size() + (m_pos - start) > maxFieldLength) {
                    m_error = QCoreApplication::translate("qw::Import",
                                                          "line %1, column %2: a field longer than %3 characters")
                                  .arg(quoteLine).arg(quoteColumn).arg(maxFieldLength);
                    return false;
                }
                const QChar c = data[m_pos];
                if (c == quote) {
                    if (wanted)
                        field += QStringView(data + start, m_pos - start);
                    if (m_pos + 1 < size && data[m_pos + 1] == quote) {
                        if (wanted)
                            field += quote; // a doubled quote is one quote
                        m_pos += 2;
                        start = m_pos;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == cr || c == lf) {
                    // A line break inside quotes belongs to the field, as one \n.
                    if (wanted)
                        field += QStringView(data + start, m_pos - start);
                    if (c == cr && m_pos + 1 < size && data[m_pos + 1] == lf)
                        ++m_pos;
                    if (wanted)
                        field += lf;
                    ++m_pos;
                    ++m_line;
                    lineStart = m_pos;
                    start = m_pos;
                    continue;
                }
                ++m_pos;
            }
            if (!closed) {
                m_error = QCoreApplication::translate("qw::Import",
                                                      "line %1, column %2: this quoted field is never closed")
                              .arg(quoteLine).arg(quoteColumn);
                return false;
            }
        }
        // Unquoted text, or what follows a closing quote before the delimiter (kept, leniently).
        const qsizetype start = m_pos;
        while (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != cr && data[m_pos] != lf)
            ++m_pos;
        if (!wanted)
            field.clear();
        else if (field.isEmpty())
            field = m_text.sliced(start, m_pos - start);
        else
            field += QStringView(data + start, m_pos - start);
        if (field.size() > maxFieldLength || m_pos - start > maxFieldLength) {
            m_error = QCoreApplication::translate("qw::Import", "line %1, field %2: a field longer than %3 characters")
                          .arg(m_line).arg(record->fields.size() + 1).arg(maxFieldLength);
            return false;
        }
        if (record->fields.size() >= maxFields) {
            m_error = QCoreApplication::translate("qw::Import", "line %1: more than %2 fields in one record")
                          .arg(record->line).arg(maxFields);
            return false;
        }
        record->fields.append(field);

        if (m_pos >= size) {
            record->raw = QStringView(data + recordStart, m_pos - recordStart);
            return true;
        }
        const QChar c = data[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            continue;
        }
        record->raw = QStringView(data + recordStart, m_pos - recordStart);
        if (c == cr && m_pos + 1 < size && data[m_pos + 1] == lf)
            ++m_pos;
        ++m_pos;
        ++m_line;
        return true;
    }
}

} // namespace qw
