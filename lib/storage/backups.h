#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace qw {

// Copies of a register in a folder beside it ("team.qwr backups" for team.qwr; "team" and
// "team.qwr" are two registers with two folders): one a day when
// the register is opened (the last seven kept), one before every upgrade of its format and
// one before every restore. Each is a consistent copy (VACUUM INTO), never a file copy of a
// register in use.
namespace Backups {

enum class Kind { Daily, BeforeUpgrade, BeforeRestore };

struct Backup
{
    QString path;
    QDateTime taken;   // local time; when it was taken (a name dated in the future is not believed)
    Kind kind = Kind::Daily;
    bool legacy = false; // in the folder of an earlier version
    bool dated = true;   // false: its name is dated in the future, so taken is when it was written
};

constexpr int dailyKept = 7;

QString folderFor(const QString &registerPath);
// Newest first, by the time each was taken: the time in its name, or, for a name dated in the
// future (a clock that was wrong, a file copied in), the time the file was written. Backups in
// the folder earlier versions used ("team backups") are listed too, and never pruned.
QList<Backup> list(const QString &registerPath);
QList<Backup> list(const QString &registerPath, const QDateTime &now);
// A sentence for people: "Tuesday 24 November 2026, 09:12 (daily)".
QString describe(const Backup &backup);

// Today's backup, unless there is one already; then only the last seven daily ones are kept.
// Leftovers of a backup that never finished (a process killed while writing it) go first.
// Opens a connection of its own, so it may run on any thread. True when there is one for today.
bool takeDaily(const QString &registerPath, QString *error, const QDateTime &now = QDateTime::currentDateTime());
// A copy through an open connection (before an upgrade, before a restore).
bool take(const QSqlDatabase &db, const QString &registerPath, Kind kind, QString *error,
          const QDateTime &now = QDateTime::currentDateTime());

// The register's file as it is (its log folded in first), as the backup before a restore,
// for a register too damaged for take().
bool keepAsIs(const QSqlDatabase &db, const QString &registerPath, QString *error,
              const QDateTime &now = QDateTime::currentDateTime());

} // namespace Backups

} // namespace qw
