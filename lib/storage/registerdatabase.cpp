#include "registerdatabase.h"

#include "io/exporttarget.h"

#include "backups.h"
#include "registerfiles.h"
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
#include <QStorageInfo>
#include <QTemporaryDir>
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

// Points a connection at the register: the file alone (immutable, read-only, no lock taken and
// nothing made beside it), or the file with its log, read-only or not.
void configure(QSqlDatabase &db, const QString &file, bool immutable, bool readOnly)
{
    if (immutable) {
        db.setDatabaseName(RegisterFiles::uri(file, true));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        return;
    }
    db.setDatabaseName(file);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
}

// Whether a failed write met a full disk (SQLite says "database or disk is full"; making
// the -shm on a full tmpfs fails as an I/O error with no room left).
bool diskIsFull(const QString &path, const QString &detail)
{
    if (detail.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("No space left"), Qt::CaseInsensitive))
        return true;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
}

// Where to turn when a register is damaged: its newest backup, said in a sentence.
QString newestBackupHint(const QString &path)
{
    const QList<Backups::Backup> backups = Backups::list(path);
    if (backups.isEmpty())
        return {};
    return QLatin1Char(' ') + RegisterDatabaseText::tr("Its newest backup is “%1”, taken %2: File ▸ Restore from Backup "
                                                       "puts it back.")
                                  .arg(QDir::toNativeSeparators(backups.constFirst().path),
                                       Backups::describe(backups.constFirst()));
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
    return open(path, error, mode, false);
}

std::unique_ptr<RegisterDatabase> RegisterDatabase::open(const QString &given, QString *error, Mode mode,
                                                         bool diskFull)
{
    // Through a symbolic link, SQLite keeps the log beside the file the link points to: every
    // look at the register's files goes there too.
    const QFileInfo givenInfo(given);
    const QString path = givenInfo.isSymLink() && givenInfo.exists() ? givenInfo.canonicalFilePath() : given;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(givenInfo.absoluteFilePath());
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

    // SQLite's own files beside it must be files (it opens them without following links): a
    // folder or a link there is refused before anything reads through it.
    for (const QString &side : {RegisterFiles::walPath(path), RegisterFiles::shmPath(path)}) {
        const QFileInfo sideInfo(side);
        if (exists && (sideInfo.isSymLink() || (sideInfo.exists() && !sideInfo.isFile()))) {
            *error = RegisterDatabaseText::tr("“%1” cannot be opened: “%2” beside it is not a file SQLite can use "
                                              "(a folder, a link or a device). Nothing was changed; move it away.")
                         .arg(shown, QDir::toNativeSeparators(side));
            return nullptr;
        }
    }

    // Who else may be changing the register decides how it is read. A writer takes the lock
    // first, so that no one else can start writing while its files are looked at.
    std::shared_ptr<RegisterLock> lock;
    bool otherWriter = false;
    if (!readOnly) {
        QString holder;
        lock = RegisterLock::acquire(path, &holder, &otherWriter); // (this process's own writer)
        if (!lock) {
            *error = RegisterDatabaseText::tr("“%1” is open in another QuickWins (%2). It can be opened read-only, or "
                        "closed there first.").arg(shown, holder);
            return nullptr;
        }
    } else if (exists) {
        QString holder;
        otherWriter = RegisterLock::isHeldInThisProcess(path) || RegisterLock::isHeldElsewhere(path, &holder);
    }

    // Where the register is read from. With nobody writing it, a register without changes in
    // its log is the file alone (read as immutable: no -shm is needed, nothing is made beside
    // it, a read-only folder or a full disk does not matter); a log left with changes in it
    // is first applied to a private copy and checked there, so that a log that is not the
    // register's own is refused before anything is written.
    auto scratch = std::make_unique<QTemporaryDir>();
    QString readFrom = path;
    bool immutable = false;
    // SQLite finds the log by the name it is given: through a hard link, a log kept under the
    // file's other name is out of sight, and reading or writing past it would lose or undo it.
    const QString linked = exists ? RegisterFiles::linkedNameWithLog(path) : QString();
    if (!linked.isEmpty() && otherWriter) {
        readFrom = linked;
    } else if (!linked.isEmpty() && QFileInfo(RegisterFiles::walPath(linked)).size() > 0) {
        *error = RegisterDatabaseText::tr("“%1” has changes waiting in “%2”, the write-ahead log of another name of "
                                          "the same file. Open it once as “%3” so that they are put into the file. "
                                          "Nothing was changed.")
                     .arg(shown, QDir::toNativeSeparators(RegisterFiles::walPath(linked)),
                          QDir::toNativeSeparators(linked));
        return nullptr;
    }
    if (exists && !otherWriter) {
        const QFileInfo wal(RegisterFiles::walPath(path));
        if (wal.exists() && wal.size() > 0) {
            QString merged;
            QString problem;
            if (!scratch->isValid() || !RegisterFiles::checkLog(path, scratch->path(), &merged, &problem)) {
                *error = scratch->isValid() ? problem
                    : RegisterDatabaseText::tr("“%1” cannot be read safely: no temporary folder to check its "
                                               "write-ahead log in. Nothing was changed.").arg(shown);
                return nullptr;
            }
            readFrom = merged;
            immutable = true;
        } else {
            immutable = true;
        }
    }

    int version = -1;
    if (exists) {
        // Read the format version through a read-only connection first, so that a register
        // this version cannot handle is never written to, not even by a pragma.
        const QString probeName = newConnectionName();
        QString problem;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            configure(probe, readFrom, immutable, true);
            if (probe.open()) {
                version = Schema::checkedVersion(probe, &problem);
            } else {
                version = Schema::Unreadable;
                problem = probe.lastError().text();
            }
        }
        dropConnection(probeName);
        if (version == Schema::Unreadable) {
            *error = RegisterDatabaseText::tr("“%1” cannot be read: %2. It was left as it is.").arg(shown, problem);
            return nullptr;
        }
        if (version < 0) {
            *error = RegisterDatabaseText::tr("“%1” looks like a QuickWins register but is damaged: %2. It was "
                        "left as it is.").arg(shown, problem) + newestBackupHint(path);
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
    // A writer applies the log to the register itself (the check above found it its own). A
    // reader reads the register itself too, so that a writer who comes later is seen (and
    // SQLite's locks keep the two apart), unless no -shm can be made beside it (a read-only
    // folder or file system, a full disk): then the file alone or the checked copy is read.
    const bool snapshot = readOnly && exists && !otherWriter && (!writable || diskFull);
    if (!snapshot) {
        if (readFrom != linked || linked.isEmpty())
            readFrom = path;
        immutable = false;
        scratch.reset();
    }

    const QString name = newConnectionName();
    std::unique_ptr<RegisterDatabase> result(new RegisterDatabase(name, path, readOnly, !exists));
    result->m_lock = lock;
    result->m_scratch = std::move(scratch);
    result->m_readUri = RegisterFiles::uri(readFrom, immutable);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    configure(db, readFrom, immutable, readOnly);
    if (!db.open()) {
        *error = RegisterDatabaseText::tr("“%1” could not be opened: %2").arg(shown, db.lastError().text());
        db = QSqlDatabase();
        result.reset();
        if (!exists)
            RegisterFiles::removeCreated(path);
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
            const bool full = diskIsFull(path, detail);
            db = QSqlDatabase();
            result.reset();
            if (!exists) {
                RegisterFiles::removeCreated(path);
                *error = full ? RegisterDatabaseText::tr("“%1” could not be created: the disk is full. Nothing was "
                                                         "left behind; free some space and try again.").arg(shown)
                              : RegisterDatabaseText::tr("“%1” could not be created: %2. Nothing was left behind.")
                                    .arg(shown, detail);
                return nullptr;
            }
            if (full && version == SchemaVersion) {
                // The register is whole; only no change can be written now. It is read, not
                // refused (as the file alone: this process no longer writes it).
                lock.reset();
                auto reader = open(path, error, Mode::ReadOnly, true);
                if (reader)
                    reader->m_readOnlyReason = ReadOnlyReason::DiskFull;
                return reader;
            }
            *error = full ? RegisterDatabaseText::tr("“%1” could not be opened for changes: the disk is full. It was "
                                                     "left as it was; free some space and try again.").arg(shown)
                          : RegisterDatabaseText::tr("“%1” could not be prepared for use: %2").arg(shown, detail);
            return nullptr;
        }
        if (!exists)
            result->m_lock->holdFile(path);
    }
    if (readOnly && result->m_readOnlyReason == ReadOnlyReason::None)
        result->m_readOnlyReason = mode == Mode::ReadOnly ? ReadOnlyReason::Asked : ReadOnlyReason::NotWritable;
    return result;
}

QString RegisterDatabase::readerUri() const
{
    return m_readUri;
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
    // A copy is a register of its own: it gets an identity of its own, so that neither's
    // write-ahead log is ever taken for the other's.
    {
        sqlite3 *copy = nullptr;
        const QByteArray partName = QFile::encodeName(part);
        const bool renewed = sqlite3_open_v2(partName.constData(), &copy, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
            && sqlite3_exec(copy, "UPDATE register_identity SET identity = lower(hex(randomblob(16)))", nullptr,
                            nullptr, nullptr) == SQLITE_OK;
        const QString detail = QString::fromUtf8(copy ? sqlite3_errmsg(copy) : "no connection");
        if (sqlite3_close(copy) != SQLITE_OK || !renewed) {
            QFile::remove(part);
            QFile::remove(part + QStringLiteral("-journal"));
            *error = ExportTarget::describeWriteError(target, detail);
            return false;
        }
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
    // A damaged register may not copy itself page by page: then its file is kept as it is.
    if (!Backups::take(db, m_filePath, Backups::Kind::BeforeRestore, error)
        && !Backups::keepAsIs(db, m_filePath, error))
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
