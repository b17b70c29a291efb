#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace qw {

// Copies of a register in a folder beside it ("team backups" for team.qwr): one a day when
// the register is opened (the last seven kept), one before every upgrade of its format and
// one before every restore. Each is a consistent copy (VACUUM INTO), never a file copy of a
// register in use.
namespace Backups {

enum class Kind { Daily, BeforeUpgrade, BeforeRestore };

struct Backup
{
    QString path;
    QDateTime taken;   // local time
    Kind kind = Kind::Daily;
};

constexpr int dailyKept = 7;

QString folderFor(const QString &registerPath);
// Newest first.
QList<Backup> list(const QString &registerPath);
// A sentence for people: "Tuesday 24 November 2026, 09:12 (daily)".
QString describe(const Backup &backup);

// Today's backup, unless there is one already; then only the last seven daily ones are kept.
// Opens a connection of its own, so it may run on any thread. True when there is one for today.
bool takeDaily(const QString &registerPath, QString *error, const QDateTime &now = QDateTime::currentDateTime());
// A copy through an open connection (before an upgrade, before a restore).
bool take(const QSqlDatabase &db, const QString &registerPath, Kind kind, QString *error,
          const QDateTime &now = QDateTime::currentDateTime());

} // namespace Backups

} // namespace qw
