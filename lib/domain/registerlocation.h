#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace qw::RegisterLocation {

// Whether a register's location names a PostgreSQL server (postgresql://USER@HOST:PORT/DB, or
// postgres://) rather than a file.
bool isServer(const QString &location);

// The location as it may be shown, printed or remembered: a password in it (USER:PASSWORD@, or
// password= among its options) is left out, whatever the scheme.
QString shown(const QString &location);

// A server's address taken apart, each part as meant (percent-decoding undone).
struct ServerAddress
{
    QString host;     // a name, an address, or a folder holding the server's socket
    int port = 0;     // 0: libpq's default (PGPORT, else 5432)
    QString database; // empty: libpq's default (PGDATABASE, else the user's name)
    QString user;     // empty: libpq's default (PGUSER, else the system user's name)
    QString password; // empty: none given (libpq then reads PGPASSWORD or ~/.pgpass)
    QList<std::pair<QString, QString>> options; // sslmode=require, connect_timeout=5, host=/run/...
};

// postgresql://[USER[:PASSWORD]@][HOST][:PORT][/DATABASE][?KEY=VALUE&...] taken apart as libpq
// reads it; nullopt with *error (in English, for a sentence of the caller's) when it is not one.
std::optional<ServerAddress> parseServer(const QString &location, QString *error);

// The location of a server's register, as parseServer() reads it back (each part
// percent-encoded), with its password when it has one: to open it, never to show it.
QString serverLocation(const ServerAddress &address);

} // namespace qw::RegisterLocation
