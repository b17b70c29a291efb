#include "backups.h"

#include "registerfiles.h"
#include "sqlstatement.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace qw::Backups {

namespace {

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

// File names: "team 2026-11-24 091200.qwr", "team 2026-11-24 091200 before upgrade.qwr",
// "team 2026-11-24 091200 before restore.qwr". Untranslated: they are read back.
const char stamp[] = "yyyy-MM-dd HHmmss";

QString suffix(Kind kind)
{
    switch (kind) {
    case Kind::Daily: return {};
    case Kind::BeforeUpgrade: return QStringLiteral(" before upgrade");
    case Kind::BeforeRestore: return QStringLiteral(" before restore");
    }
    return {};
}

QString targetPath(const QString &registerPath, Kind kind, const QDateTime &now)
{
    const QFileInfo info(registerPath);
    return QDir(folderFor(registerPath)).filePath(info.completeBaseName() + QLatin1Char(' ')
                                                  + now.toString(QLatin1String(stamp)) + suffix(kind)
                                                  + QStringLiteral(".qwr"));
}

// Backups are written one at a time in this process: a cleanup never takes a backup being written.
QMutex writing;

// Earlier versions kept backups in "team backups" for team.qwr.
QString legacyFolderFor(const QString &registerPath)
{
    const QFileInfo info(registerPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(" backups"));
}

void listFolder(const QString &path, const QString &registerPath, bool legacy, const QDateTime &now,
                QList<Backup> *result)
{
    const QString identity = legacy ? RegisterFiles::identity(registerPath) : QString();
    const QString base = QRegularExpression::escape(QFileInfo(registerPath).completeBaseName());
    const QRegularExpression name(QStringLiteral("^%1 (\\d{4}-\\d\\d-\\d\\d \\d{6})( before upgrade| before restore)?\\.qwr$").arg(base));
    const QDir folder(path);
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.qwr")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch m = name.match(file.fileName());
        if (!m.hasMatch())
            continue;
        Backup backup;
        backup.path = file.absoluteFilePath();
        backup.taken = QDateTime::fromString(m.captured(1), QLatin1String(stamp));
        backup.legacy = legacy;
        backup.kind = m.captured(2).isEmpty() ? Kind::Daily
            : m.captured(2) == QLatin1String(" before upgrade") ? Kind::BeforeUpgrade : Kind::BeforeRestore;
        if (!backup.taken.isValid())
            continue;
        if (backup.taken > now.addSecs(60)) {
            backup.taken = qMin(file.lastModified(), now.addSecs(-1));
            backup.dated = false;
        }
        // The folder an earlier version shared between "team" and "team.qwr": only backups of
        // this register (by its identity) or of an earlier format (which cannot tell).
        if (legacy && !identity.isEmpty()) {
            const QString theirs = RegisterFiles::identity(backup.path);
            if (!theirs.isEmpty() && theirs != identity)
                continue;
        }
        result->append(backup);
    }
}

void removeLeftovers(const QString &registerPath)
{
    for (const QString &path : QStringList{folderFor(registerPath), legacyFolderFor(registerPath)}) {
        const QDir folder(path);
        const QStringList parts = folder.entryList({QStringLiteral("*.qwr.part"), QStringLiteral("*.qwr.part-journal")},
                                                   QDir::Files | QDir::Hidden);
        for (const QString &part : parts)
            QFile::remove(folder.filePath(part));
    }
}

bool vacuumInto(const QSqlDatabase &db, const QString &target, QString *error)
{
    const QMutexLocker locker(&writing);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = BackupText::tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()));
        return false;
    }
    // Written under a temporary name and renamed when whole: a backup file is never half a file.
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = query.lastError().text();
        return false;
    }
    query.addBindValue(part);
    if (!query.exec() || !QFile::rename(part, target)) {
        *error = BackupText::tr("The backup “%1” could not be written: %2")
                     .arg(QDir::toNativeSeparators(target),
                          query.lastError().isValid() ? query.lastError().text() : BackupText::tr("renaming it failed"));
        QFile::remove(part);
        return false;
    }
    return true;
}

} // namespace

QString folderFor(const QString &registerPath)
{
    const QFileInfo info(registerPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(" backups"));
}

QList<Backup> list(const QString &registerPath)
{
    return list(registerPath, QDateTime::currentDateTime());
}

QList<Backup> list(const QString &registerPath, const QDateTime &now)
{
    QList<Backup> result;
    listFolder(folderFor(registerPath), registerPath, false, now, &result);
    if (legacyFolderFor(registerPath) != folderFor(registerPath))
        listFolder(legacyFolderFor(registerPath), registerPath, true, now, &result);
    std::stable_sort(result.begin(), result.end(), [](const Backup &a, const Backup &b) { return a.taken > b.taken; });
    return result;
}

QString describe(const Backup &backup)
{
    const QLocale locale;
    const QString when = locale.toString(backup.taken.date(), QLocale::LongFormat) + QStringLiteral(", ")
        + locale.toString(backup.taken.time(), QLocale::ShortFormat);
    switch (backup.kind) {
    case Kind::Daily: return BackupText::tr("%1 (daily)").arg(when);
    case Kind::BeforeUpgrade: return BackupText::tr("%1 (before an upgrade of the register format)").arg(when);
    case Kind::BeforeRestore: return BackupText::tr("%1 (before a restore)").arg(when);
    }
    return when;
}

bool takeDaily(const QString &registerPath, QString *error, const QDateTime &now)
{
    {
        const QMutexLocker locker(&writing);
        removeLeftovers(registerPath);
    }
    const QList<Backup> backups = list(registerPath, now);
    const bool today = std::any_of(backups.cbegin(), backups.cend(), [&](const Backup &b) {
        return b.kind == Kind::Daily && b.dated && b.taken.date() == now.date();
    });
    if (!today) {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("quickwins-backup-%1").arg(++counter);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(registerPath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open())
                *error = db.lastError().text();
            else
                ok = vacuumInto(db, targetPath(registerPath, Kind::Daily, now), error);
        }
        QSqlDatabase::removeDatabase(name);
        if (!ok)
            return false;
    }
    // Only the last seven daily backups stay; those before an upgrade or a restore stay too.
    int daily = 0;
    for (const Backup &b : list(registerPath, now)) {
        if (b.kind == Kind::Daily && !b.legacy && ++daily > dailyKept)
            QFile::remove(b.path);
    }
    return true;
}

bool take(const QSqlDatabase &db, const QString &registerPath, Kind kind, QString *error, const QDateTime &now)
{
    return vacuumInto(db, targetPath(registerPath, kind, now), error);
}

bool keepAsIs(const QSqlDatabase &db, const QString &registerPath, QString *error, const QDateTime &now)
{
    const QMutexLocker locker(&writing);
    // SQLite's backup API copies the pages as they are, through the connection (its log
    // included), without reading them as tables: a damaged register can still be kept whole.
    const QString target = targetPath(registerPath, Kind::BeforeRestore, now);
    const QString part = target + QStringLiteral(".part");
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(part);
    sqlite3 *source = Sql::nativeHandle(db);
    sqlite3 *copy = nullptr;
    const QByteArray partName = QFile::encodeName(part);
    int status = source ? sqlite3_open_v2(partName.constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
                        : SQLITE_MISUSE;
    if (status == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
        status = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(copy);
        if (backup && sqlite3_backup_finish(backup) != SQLITE_OK && status == SQLITE_DONE)
            status = SQLITE_ERROR;
    }
    if (sqlite3_close(copy) != SQLITE_OK && status == SQLITE_DONE)
        status = SQLITE_ERROR;
    if (status != SQLITE_DONE || !QFile::rename(part, target)) {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-journal"));
        *error = BackupText::tr("The backup “%1” could not be written, so nothing was restored.")
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

} // namespace qw::Backups
