#include "postgrescopy.h"

#include "libpqconnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <libpq-fe.h>

namespace qw::PostgresCopy {

namespace {

struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(PostgresCopy)
};

QString words(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).simplified();
}

} // namespace

void appendText(QByteArray &row, const char *utf8, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        const char c = utf8[i];
        switch (c) {
        case '\\': row += "\\\\"; break;
        case '\t': row += "\\t"; break;
        case '\n': row += "\\n"; break;
        case '\r': row += "\\r"; break;
        default: row += c; break;
        }
    }
}

void appendNumber(QByteArray &row, qint64 value)
{
    row += QByteArray::number(value);
}

void appendNull(QByteArray &row)
{
    row += "\\N";
}

bool copyIn(const QSqlDatabase &db, const QByteArray &statement, const QByteArray &rows, QString *error)
{
    PGconn *connection = LibpqConnection::of(db);
    if (!connection) {
        *error = CopyText::tr("Qt's PostgreSQL driver did not give access to its connection.");
        return false;
    }
    PGresult *started = PQexec(connection, statement.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    if (!copying)
        *error = words(connection);
    PQclear(started);
    if (!copying)
        return false;
    // In pieces of a megabyte: libpq buffers what the server has not read yet.
    constexpr qsizetype piece = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < rows.size(); at += piece)
        sent = PQputCopyData(connection, rows.constData() + at, int(std::min(piece, rows.size() - at))) == 1;
    if (!sent)
        *error = words(connection);
    // Ended either way (a failure ends it with an error, so that nothing of it is kept).
    if (PQputCopyEnd(connection, sent ? nullptr : "QuickWins could not send every row") != 1 && sent) {
        *error = words(connection);
        sent = false;
    }
    bool done = sent;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && done) {
            *error = QString::fromUtf8(PQresultErrorMessage(result)).simplified();
            done = false;
        }
        PQclear(result);
    }
    return done;
}

} // namespace qw::PostgresCopy
