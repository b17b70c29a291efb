#pragma once

#include "backups.h"

#include <QString>

#include <atomic>
#include <optional>

namespace qw::IntegrityCheck {

// SQLite's quick_check of the database at uri (a file: URI, read-only, on a connection of its
// own, so any thread may run it): empty when the register is whole, otherwise what is wrong,
// in SQLite's words (the first few problems).
// A cancel flag set from another thread stops it at once (the result is then not to be used).
QString run(const QString &uri, const std::atomic<bool> *cancel = nullptr);

// The newest backup of the register that passes the same check, if any.
std::optional<Backups::Backup> newestHealthyBackup(const QString &registerPath,
                                                   const std::atomic<bool> *cancel = nullptr);

// A sentence for people: what is wrong with the register and what can be done.
QString describeDamage(const QString &registerPath, const QString &problem,
                       const std::optional<Backups::Backup> &healthy);

// Whether SQLite's message is one of damage (SQLITE_CORRUPT, SQLITE_NOTADB) rather than of a
// change that could not be made.
bool isDamage(const QString &message);

} // namespace qw::IntegrityCheck
