#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

struct sqlite3;

namespace qw::Sql {

// SQLite's own handle of a connection Qt's QSQLITE driver opened, for the few hot paths that
// bind and read through SQLite's C API (an import's inserts, the entries' summaries, a
// restore); null if the driver gives none.
sqlite3 *nativeHandle(const QSqlDatabase &db);

// Prepares sql on query, binds values to its placeholders in order and executes it. Returns
// false and sets *error to the database's words when any step fails. Every statement of the
// register goes through here or through prepare() with bound values: none is built from data.
// (On success *error is cleared: it is always the last statement's.)
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
// The id an INSERT ... RETURNING id just executed on query gave its row (SQLite and PostgreSQL
// alike; QPSQL's lastInsertId() is the session's last sequence value, which a trigger may
// have moved). False with *error when it gave none.
bool returnedId(QSqlQuery &query, qint64 *id, QString *error);
// Whether the connection is to a PostgreSQL server (where a statement's words differ).
bool isPostgres(const QSqlDatabase &db);

// After reading rows with next(): false, and *error set, when the reading stopped at an error
// (a damaged page) rather than at the end. A read cut short is never taken for all there is.
bool readToEnd(const QSqlQuery &query, QString *error);

// Text columns are NOT NULL: a null QString is stored as the empty text it means.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace qw::Sql
