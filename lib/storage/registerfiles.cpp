#include "registerfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qw::RegisterFiles {

namespace {

struct FilesText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterDatabase)
};

// Runs one statement that yields a single text value (or none).
QString singleText(sqlite3 *db, const char *sql, bool *ok)
{
    sqlite3_stmt *statement = nullptr;
    QString value;
    *ok = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK;
    if (*ok) {
        const int step = sqlite3_step(statement);
        if (step == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        *ok = step == SQLITE_ROW || step == SQLITE_DONE;
    }
    sqlite3_finalize(statement);
    return value;
}

QString identityOf(sqlite3 *db)
{
    bool ok = false;
    return singleText(db, "SELECT identity FROM register_identity", &ok);
}

} // namespace

QString identity(const QString &path)
{
    sqlite3 *db = nullptr;
    QString identity;
    const QByteArray name = uri(path, true).toUtf8();
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK)
        identity = identityOf(db);
    sqlite3_close(db);
    return identity;
}

QString plainProblem(const QString &problem)
{
    QString text = problem;
    text.remove(QStringLiteral("*** in database main ***"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified().left(200);
}

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

QString shmPath(const QString &path)
{
    return path + QStringLiteral("-shm");
}

QString uri(const QString &path, bool immutable)
{
    QString result = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (immutable)
        result += QStringLiteral("?immutable=1");
    return result;
}

void removeCreated(const QString &path)
{
    for (const QString &file : QStringList{path, walPath(path), shmPath(path), path + QStringLiteral("-journal")})
        QFile::remove(file);
}

QString linkedNameWithLog(const QString &path)
{
    struct stat own;
    if (::stat(QFile::encodeName(path).constData(), &own) != 0 || own.st_nlink < 2)
        return {};
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    const QStringList logs = folder.entryList({QStringLiteral("*-wal")}, QDir::Files | QDir::Hidden);
    for (const QString &log : logs) {
        const QString name = folder.filePath(log.chopped(4));
        struct stat other;
        if (QFileInfo(name).fileName() == info.fileName()
            || ::stat(QFile::encodeName(name).constData(), &other) != 0)
            continue;
        if (other.st_dev == own.st_dev && other.st_ino == own.st_ino)
            return name;
    }
    return {};
}

bool checkLog(const QString &path, const QString &folder, QString *merged, QString *problem)
{
    const QString shownLog = QDir::toNativeSeparators(QFileInfo(walPath(path)).absoluteFilePath());
    const QString copy = QDir(folder).filePath(QStringLiteral("register.qwr"));
    QFile::remove(copy);
    QFile::remove(walPath(copy));
    if (!QFile::copy(path, copy) || !QFile::copy(walPath(path), walPath(copy))) {
        *problem = FilesText::tr("The changes in “%1” could not be checked: no room for a copy of the register "
                                 "in “%2”. Nothing was changed.")
                       .arg(shownLog, QDir::toNativeSeparators(folder));
        return false;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(walPath(copy), QFile::ReadOwner | QFile::WriteOwner);

    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(copy);
    bool ok = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    QString integrity;
    QString merged_identity;
    if (ok) {
        sqlite3_exec(db, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
        integrity = singleText(db, "PRAGMA integrity_check(1)", &ok);
        merged_identity = identityOf(db);
        sqlite3_exec(db, "PRAGMA query_only = 0", nullptr, nullptr, nullptr);
        // The copy whole in one file, for a reader that may not write beside the register.
        if (ok && sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) != SQLITE_OK)
            ok = false;
    }
    sqlite3_close(db);
    if (!ok || integrity != QLatin1String("ok")) {
        *problem = FilesText::tr("The write-ahead log “%1” beside the register does not fit it: with its changes "
                                 "the register would be damaged (%2). It may belong to another register. "
                                 "Nothing was changed; move the log away to open the register as it is.")
                       .arg(shownLog, integrity.isEmpty() ? FilesText::tr("it cannot be read") : plainProblem(integrity));
        return false;
    }
    // A register of an earlier format has no identity yet: a log that brings one is another's.
    const QString own = identity(path);
    if (merged_identity != own) {
        *problem = FilesText::tr("The write-ahead log “%1” beside the register belongs to another register. "
                                 "Nothing was changed; move the log away to open the register as it is.")
                       .arg(shownLog);
        return false;
    }
    *merged = copy;
    return true;
}

} // namespace qw::RegisterFiles
