#include "registerdatabase.h"

#include "io/exporttarget.h"

#include "backups.h"
#include "registerlock.h"
#include "schema.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace qw {

namespace {

// Gives these free functions a translation context of their own.
struct RegisterDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterDatabase)
};

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("quickwins-register-%1").arg(++counter);
}

// Closes and forgets a connection; every QSqlQuery on it must be gone by now.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

enum class FileKind { Register, MaybeRegister, Folder, Empty, Unreadable, NotSqlite, ForeignSqlite };

// Looks at the first bytes of the file only: nothing here can change it.
FileKind classify(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return FileKind::Folder;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    if (file.size() == 0)
        return FileKind::Empty;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return FileKind::NotSqlite;
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    // A register whose first transactions still sit in its write-ahead log (another connection
    // has it open, or it crashed) has no id in its header yet: its tables will tell.
    if (applicationId == 0 && QFileInfo::exists(path + QStringLiteral("-wal")))
        return FileKind::MaybeRegister;
    if (applicationId != RegisterDatabase::ApplicationId)
        return FileKind::ForeignSqlite;
    return FileKind::Register;
}

bool execPragma(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

RegisterDatabase::RegisterDatabase(QString connectionName, QString filePath, bool readOnly,
                                   bool created)
    : m_connectionName(std::move(connectionName)), m_filePath(std::move(filePath)),
      m_readOnly(readOnly), m_created(created)
{
}

RegisterDatabase::~RegisterDatabase()
{
    dropConnection(m_connectionName);
}

QSqlDatabase RegisterDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<RegisterDatabase> RegisterDatabase::open(const QString &path, QString *error,
                                                         Mode mode)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool exists = info.exists();

    const FileKind kind = exists ? classify(path) : FileKind::Register;
    if (exists) {
        switch (kind) {
        case FileKind::Register:
        case FileKind::MaybeRegister:
            break;
        case FileKind::Folder:
            *error = RegisterDatabaseText::tr("“%1” is a folder, not a QuickWins register.").arg(shown);
            return nullptr;
        case FileKind::Empty:
            *error = RegisterDatabaseText::tr("“%1” is an empty file, not a QuickWins register. It was left as it is.").arg(shown);
            return nullptr;
        case FileKind::Unreadable:
            *error = RegisterDatabaseText::tr("“%1” cannot be read: you do not have permission to open it.").arg(shown);
            return nullptr;
        case FileKind::NotSqlite:
            *error = RegisterDatabaseText::tr("“%1” is not a QuickWins register. It was left as it is.").arg(shown);
            return nullptr;
        case FileKind::ForeignSqlite:
            *error = RegisterDatabaseText::tr("“%1” is a database of another program, not a QuickWins register. "
                        "It was left as it is.").arg(shown);
            return nullptr;
        }
    } else {
        if (mode == Mode::ReadOnly) {
            *error = RegisterDatabaseText::tr("“%1” does not exist.").arg(shown);
            return nullptr;
        }
        if (!info.absoluteDir().exists()) {
            *error = RegisterDatabaseText::tr("The folder “%1” does not exist, so the register cannot be created there.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
            return nullptr;
        }
    }

    // A register we may not write (or whose folder cannot hold the write-ahead log) opens
    // read-only rather than not at all.
    // The permission bits count too: a file marked read-only stays read-only even for root.
    // (WriteUser is not a bit but what access() says for the current user, so it is left out.)
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const bool writable = !exists
        || (info.isWritable() && (info.permissions() & writeBits)
            && QFileInfo(info.absolutePath()).isWritable());
    const bool readOnly = mode == Mode::ReadOnly || !writable;

    int version = -1;
    if (exists) {
        // Read the format version through a read-only connection first, so that a register
        // this version cannot handle is never written to, not even by a pragma.
        const QString probeName = newConnectionName();
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            // Without a write-ahead log beside it, the file alone is the whole register: read it
            // as immutable, so that not even a -wal or -shm file appears next to a file we refuse.
            const bool hasLog = QFileInfo::exists(path + QStringLiteral("-wal"));
            if (hasLog) {
                probe.setDatabaseName(path);
                probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            } else {
                probe.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                                      + QStringLiteral("?immutable=1"));
                probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            }
            if (probe.open())
                version = Schema::readVersion(probe);
        }
        dropConnection(probeName);
        if (version < 0) {
            *error = RegisterDatabaseText::tr("“%1” looks like a QuickWins register but cannot be read; it may be damaged "
                        "or incomplete. It was left as it is.").arg(shown);
            return nullptr;
        }
        if (version > SchemaVersion) {
            *error = RegisterDatabaseText::tr("“%1” was written by a newer version of QuickWins (register format %2; this "
                        "version understands up to format %3). It was not opened and not changed.")
                         .arg(shown).arg(version).arg(SchemaVersion);
            return nullptr;
        }
        if (version < SchemaVersion && readOnly) {
            *error = RegisterDatabaseText::tr("“%1” needs an upgrade to be opened by this version, but it is read-only.")
                         .arg(shown);
            return nullptr;
        }
    }

    // Two copies of QuickWins writing one register would each undo the other's work.
    std::shared_ptr<RegisterLock> lock;
    if (!readOnly) {
        QString holder;
        lock = RegisterLock::acquire(path, &holder);
        if (!lock) {
            *error = RegisterDatabaseText::tr("“%1” is open in another QuickWins (%2). It can be opened read-only, or "
                        "closed there first.").arg(shown, holder);
            return nullptr;
        }
    }

    const QString name = newConnectionName();
    std::unique_ptr<RegisterDatabase> result(new RegisterDatabase(name, path, readOnly, !exists));
    result->m_lock = lock;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    else
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = RegisterDatabaseText::tr("“%1” could not be opened: %2").arg(shown, db.lastError().text());
        return nullptr;
    }

    QString detail;
    // Statement journals in memory: each statement of an import (32 rows) journals the pages it
    // changes so that it alone can be undone, and in a file that was 87,000 writes of 100,000
    // rows (strace), a tenth of the import's time.
    if (!execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), &detail)
        || !execPragma(db, QStringLiteral("PRAGMA temp_store = MEMORY"), &detail)) {
        *error = RegisterDatabaseText::tr("“%1” could not be opened: %2").arg(shown, detail);
        return nullptr;
    }
    if (!readOnly) {
        // WAL keeps the file consistent if we are killed mid-write; FULL makes every commit
        // durable before the user is told it is done.
        // An older format is upgraded only after a backup of it as it was.
        const bool upgrade = exists && version < SchemaVersion;
        if (!execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &detail)
            || !execPragma(db, QStringLiteral("PRAGMA synchronous = FULL"), &detail)
            || (upgrade && !Backups::take(db, path, Backups::Kind::BeforeUpgrade, &detail))
            || !Schema::migrate(db, &detail)
            // Put the header (with the register's id) and the schema into the file itself now,
            // so that the file alone is recognised even while this connection stays open.
            || !execPragma(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &detail)) {
            *error = RegisterDatabaseText::tr("“%1” could not be prepared for use: %2").arg(shown, detail);
            db = QSqlDatabase();
            result.reset();
            if (!exists)
                QFile::remove(path);
            return nullptr;
        }
    }
    return result;
}

bool RegisterDatabase::saveCopyAs(const QString &target, QString *error) const
{
    const QFileInfo targetInfo(target);
    // Never over the register itself or another register, a device or a folder (ExportTarget);
    // written whole beside the target and renamed over it, so a failure leaves what was there.
    if (!ExportTarget::check(target, m_filePath, error))
        return false;
    const QString part = targetInfo.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(part);
    QSqlQuery query(connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = query.lastError().text();
        return false;
    }
    query.addBindValue(part);
    if (!query.exec()) {
        QFile::remove(part);
        *error = ExportTarget::describeWriteError(target, query.lastError().text());
        return false;
    }
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(targetInfo.absoluteFilePath()).constData()) != 0) {
        const QString detail = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(part);
        *error = ExportTarget::describeWriteError(target, detail);
        return false;
    }
    return true;
}

bool RegisterDatabase::restoreFrom(const QString &backupPath, QString *error)
{
    const QString shown = QDir::toNativeSeparators(backupPath);
    if (m_readOnly) {
        *error = RegisterDatabaseText::tr("This register is open read-only, so it cannot be restored.");
        return false;
    }
    // The backup must be a register this version can open (an older format is upgraded after).
    const QString probeName = newConnectionName();
    int version = -1;
    if (classify(backupPath) == FileKind::Register) {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(backupPath);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (probe.open())
            version = Schema::readVersion(probe);
    }
    dropConnection(probeName);
    if (version < 1 || version > SchemaVersion) {
        *error = RegisterDatabaseText::tr("“%1” is not a backup this version of QuickWins can restore.").arg(shown);
        return false;
    }
    QSqlDatabase db = connection();
    if (!Backups::take(db, m_filePath, Backups::Kind::BeforeRestore, error))
        return false;

    // SQLite's backup API copies the backup's pages into the register through this connection,
    // as one write transaction: a crash half way leaves the register as it was.
    sqlite3 *target = Sql::nativeHandle(db);
    sqlite3 *source = nullptr;
    const QByteArray sourceName = QFile::encodeName(backupPath);
    int status = target ? sqlite3_open_v2(sourceName.constData(), &source, SQLITE_OPEN_READONLY, nullptr) : SQLITE_MISUSE;
    if (status == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (!backup) {
            status = sqlite3_errcode(target);
        } else {
            status = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
    }
    const QString detail = QString::fromUtf8(target ? sqlite3_errmsg(target) : "no connection");
    sqlite3_close(source);
    if (status != SQLITE_DONE) {
        *error = RegisterDatabaseText::tr("The register could not be restored from “%1”; it was left as it was. %2")
                     .arg(shown, detail);
        return false;
    }
    QString checkpoint;
    execPragma(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &checkpoint);
    return true;
}

} // namespace qw
