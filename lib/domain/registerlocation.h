#pragma once

#include <QString>

namespace qw::RegisterLocation {

// Whether a register's location names a PostgreSQL server (postgresql://USER@HOST:PORT/DB, or
// postgres://) rather than a file.
bool isServer(const QString &location);

// The location as it may be shown, printed or remembered: a password in it (USER:PASSWORD@, or
// password= among its options) is left out, whatever the scheme.
QString shown(const QString &location);

} // namespace qw::RegisterLocation
