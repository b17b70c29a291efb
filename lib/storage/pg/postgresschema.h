#pragma once

#include <QSqlDatabase>
#include <QString>

namespace qw::PostgresSchema {

// What a database on a PostgreSQL server holds of a register.
enum class State {
    Empty,        // no register's table in it: one may be created
    Register,     // a register of format Version() or older
    Newer,        // a register a newer QuickWins wrote: refused, left as it is
    NotRegister,  // tables of something else
    Unreadable,   // the server did not answer the question
};

// Looks at what the database holds; *version: the register's format (Register, Newer);
// *problem: why it is not a register, or the server's words (Unreadable).
State inspect(const QSqlDatabase &db, int *version, QString *problem);

// Creates the register (format RegisterDatabase::SchemaVersion) in an empty database, or
// upgrades an older one, in one transaction under an advisory lock, so that two QuickWins
// opening a new server register at once create it once. Another QuickWins that created or
// upgraded it meanwhile is seen, not repeated. False with *error a sentence for people.
bool createOrUpgrade(QSqlDatabase &db, QString *error);


} // namespace qw::PostgresSchema
