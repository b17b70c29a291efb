#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;
struct pg_conn;

// libpq's own connection under a connection Qt's QPSQL driver opened, for what the driver has
// no call for (COPY, asking whether the connection is still good without a round trip).
namespace qw::LibpqConnection {

pg_conn *of(const QSqlDatabase &db);
// Whether libpq holds the connection as good; asks nothing of the server, so it knows that
// the connection went only once something was read from it (the driver reads a listening
// connection as soon as the server writes to it). *detail: what libpq said, on one line.
bool isGood(const QSqlDatabase &db, QString *detail);
// What the driver's error says, on libpq's first line ("terminating connection due to
// administrator command", "server closed the connection unexpectedly").
QString firstLine(const QSqlError &error);

} // namespace qw::LibpqConnection
