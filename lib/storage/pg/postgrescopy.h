#pragma once

#include <QByteArray>
#include <QString>

class QSqlDatabase;

// Rows sent to a PostgreSQL server through COPY … FROM STDIN, on the connection Qt's QPSQL
// driver opened (and inside its transaction), through libpq's own calls: what psql's \copy
// does, a stream of rows with no statement for each.
namespace qw::PostgresCopy {

// A field of the text format appended to a row being built: backslash, tab, newline and
// carriage return escaped, as COPY reads them back.
void appendText(QByteArray &row, const char *utf8, qsizetype length);
void appendNumber(QByteArray &row, qint64 value);
void appendNull(QByteArray &row);
// Between fields, and at the end of each row.
inline void endField(QByteArray &row) { row += '\t'; }
inline void endRow(QByteArray &row) { row += '\n'; }

// Runs statement (COPY table (columns) FROM STDIN) with rows (the text format, each ending in a
// newline). False with *error the server's words.
bool copyIn(const QSqlDatabase &db, const QByteArray &statement, const QByteArray &rows, QString *error);

} // namespace qw::PostgresCopy
