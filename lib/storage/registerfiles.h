#pragma once

#include <QString>

namespace qw::RegisterFiles {

// What SQLite keeps beside a register in WAL mode: the write-ahead log (REGISTER-wal), its
// index (REGISTER-shm), and in rollback mode a journal.
QString walPath(const QString &path);
QString shmPath(const QString &path);

// A file: URI for SQLITE_OPEN_URI. Immutable: the file alone is read, nothing is created
// beside it, and no lock is taken; right when no process can be changing it.
QString uri(const QString &path, bool immutable);

// After a creation that failed: the file and everything SQLite made beside it.
void removeCreated(const QString &path);

// The identity of the register file alone (its log not applied), or empty when it has none
// (a register of an earlier format, or not a register).
QString identity(const QString &path);

// SQLite's report of a problem as one line ("*** in database main ***" and line breaks gone).
QString plainProblem(const QString &problem);

// Another name of the same file (a hard link) in the same folder that has a write-ahead log
// beside it, or empty. SQLite finds a register's log by its name, so a log under another
// name is invisible through this one.
QString linkedNameWithLog(const QString &path);

// The register's -wal holds changes no running process is making (one was killed, or the log
// was put there). Copies register and log into folder and lets SQLite apply the log to the
// copy, leaving the register itself untouched, then checks the result: still the same register
// (its identity) and whole (integrity_check). Returns false with *problem, a sentence, when the
// log does not belong to the register; otherwise *merged is the copy, whole in one file.
bool checkLog(const QString &path, const QString &folder, QString *merged, QString *problem);

} // namespace qw::RegisterFiles
