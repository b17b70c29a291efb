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
    QString field;
    bool quoted = false;       // inside a quoted field
    bool wasQuoted = false;    // the current field started with a quote
    int quoteLine = 0;
    int quoteColumn = 0;
    qsizetype lineStart = m_pos;
    // Columns count from the start of the physical line.
    for (qsizetype back = m_pos; back > 0 && m_text.at(back - 1) != QLatin1Char('\n')
                                 && m_text.at(back - 1) != QLatin1Char('\r'); --back)
        lineStart = back - 1;

    while (m_pos < size) {
        const QChar c = m_text.at(m_pos);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < size && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                ++m_pos;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                // A line break inside quotes belongs to the field, as one \n.
                if (c == QLatin1Char('\r') && m_pos + 1 < size && m_text.at(m_pos + 1) == QLatin1Char('\n'))
                    ++m_pos;
                field += QLatin1Char('\n');
                ++m_pos;
                ++m_line;
                lineStart = m_pos;
                continue;
            }
            field += c;
            ++m_pos;
            continue;
        }
        if (c == m_delimiter) {
            record->fields.append(field);
            field.clear();
            wasQuoted = false;
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && m_pos + 1 < size && m_text.at(m_pos + 1) == QLatin1Char('\n'))
                ++m_pos;
            ++m_pos;
            ++m_line;
            record->fields.append(field);
            return true;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = m_line;
            quoteColumn = int(m_pos - lineStart) + 1;
            ++m_pos;
            continue;
        }
        field += c;
        ++m_pos;
    }
    if (quoted) {
        m_error = QCoreApplication::translate("qw::Import",
                                              "line %1, column %2: this quoted field is never closed")
                      .arg(quoteLine).arg(quoteColumn);
        return false;
    }
    record->fields.append(field);
    return true;
}

} // namespace qw
