#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace qw::Schema {

// The version recorded in the register's schema_version table, or -1 when there is none.
int readVersion(const QSqlDatabase &db);

// The version of a register that is whole enough to open: exactly one integer version row and
// every table that version has. Otherwise -1, and *problem says what is wrong ("its table
// “entries” is missing").
// Unreadable: the file could not be read at all (*problem has SQLite's words), which is not
// damage.
constexpr int Unreadable = -2;
int checkedVersion(const QSqlDatabase &db, QString *problem);

// Brings the schema from its current version up to RegisterDatabase::SchemaVersion, one
// migration at a time, each in its own transaction.
bool migrate(QSqlDatabase &db, QString *error);

// The tables a register of that format has (a register missing one is damaged, whatever its
// version row says), in the order a whole copy writes them: a table whose rows triggers count
// comes after the rows they count (see RegisterCopy).
QStringList tables(int format);

} // namespace qw::Schema
