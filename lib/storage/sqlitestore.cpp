#include "sqlitestore.h"

#include "backups.h"
#include "causerepository.h"
#include "reviewrepository.h"
#include "entryrepository.h"
#include "integritycheck.h"
#include "interactionrepository.h"
#include "registerdatabase.h"
#include "domain/registerlocation.h"
#include "registerlock.h"
#include "pg/postgresstore.h"
#include "settingsrepository.h"
#include "snapshotrepository.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace qw {

namespace {
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterStore)
};
} // namespace

std::unique_ptr<RegisterStore> RegisterStore::open(const QString &location, QString *error, bool readOnly)
{
    if (RegisterLocation::isServer(location))
        return PostgresStore::open(location, error, readOnly);
    if (location.contains(QLatin1String("://"))) {
        *error = StoreText::tr("“%1” is neither a register file nor a register on a PostgreSQL server "
                               "(postgresql://USER@HOST:PORT/DATABASE).").arg(RegisterLocation::shown(location));
        return nullptr;
    }
    return SqliteStore::open(location, error, readOnly);
}

bool RegisterStore::grant(const QString &, Role, QString *error)
{
    *error = StoreText::tr("“%1” is a register file: who may change it is said by the file's permissions, not by "
                           "QuickWins.").arg(location());
    return false;
}

bool RegisterStore::isInUseElsewhere(const QString &location, QString *holder)
{
    return !location.contains(QLatin1String("://")) && RegisterLock::isHeldElsewhere(location, holder);
}

SqliteStore::SqliteStore(std::unique_ptr<RegisterDatabase> database)
    : m_database(std::move(database)),
      m_entries(std::make_unique<EntryRepository>(m_database->connection())),
      m_interactions(std::make_unique<InteractionRepository>(m_database->connection())),
      m_snapshots(std::make_unique<SnapshotRepository>(m_database->connection())),
      m_settings(std::make_unique<SettingsRepository>(m_database->connection())),
      m_causes(std::make_unique<CauseRepository>(m_database->connection())),
      m_reviews(std::make_unique<ReviewRepository>(m_database->connection()))
{
}

SqliteStore::~SqliteStore()
{
    // The thread reading ahead first, then the repositories (they hold the connection), then
    // the connection itself.
    m_prefetch.reset();
    m_reviews.reset();
    m_causes.reset();
    m_settings.reset();
    m_snapshots.reset();
    m_interactions.reset();
    m_entries.reset();
}

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, QString *error, bool readOnly)
{
    auto database = RegisterDatabase::open(path, error,
                                           readOnly ? RegisterDatabase::Mode::ReadOnly : RegisterDatabase::Mode::ReadWrite);
    if (!database)
        return nullptr;
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(database)));
}

QString SqliteStore::location() const
{
    return m_database->filePath();
}

bool SqliteStore::isNew() const
{
    return m_database->isNew();
}

RegisterStore::ReadOnlyReason SqliteStore::readOnlyReason() const
{
    return m_database->readOnlyReason();
}

bool SqliteStore::begin(QString *error)
{
    QSqlDatabase db = m_database->connection();
    if (db.transaction())
        return true;
    *error = db.lastError().text();
    return false;
}

bool SqliteStore::commit(QString *error)
{
    QSqlDatabase db = m_database->connection();
    if (db.commit())
        return true;
    *error = db.lastError().text();
    db.rollback();
    return false;
}

void SqliteStore::rollback()
{
    m_database->connection().rollback();
}

bool SqliteStore::isDamage(const QString &detail) const
{
    return IntegrityCheck::isDamage(detail);
}

bool SqliteStore::isDiskFull(const QString &detail) const
{
    return detail.contains(QLatin1String("database or disk is full"));
}

EntryStore &SqliteStore::entries()
{
    return *m_entries;
}

InteractionStore &SqliteStore::interactions()
{
    return *m_interactions;
}

SnapshotStore &SqliteStore::snapshots()
{
    return *m_snapshots;
}

SettingsStore &SqliteStore::settings()
{
    return *m_settings;
}

CauseStore &SqliteStore::causes()
{
    return *m_causes;
}

ReviewStore &SqliteStore::reviews()
{
    return *m_reviews;
}

QString SqliteStore::checkWhole(const std::atomic<bool> *cancel) const
{
    return IntegrityCheck::run(m_database->readerUri(), cancel);
}

QString SqliteStore::describeDamage(const QString &problem, QString *healthyBackup,
                                    const std::atomic<bool> *cancel) const
{
    const std::optional<Backups::Backup> healthy = IntegrityCheck::newestHealthyBackup(location(), cancel);
    *healthyBackup = healthy ? healthy->path : QString();
    return IntegrityCheck::describeDamage(location(), problem, healthy);
}

bool SqliteStore::saveCopyAs(const QString &target, QString *error) const
{
    return m_database->saveCopyAs(target, error);
}

bool SqliteStore::restoreFrom(const QString &backup, QString *error)
{
    return m_database->restoreFrom(backup, error);
}

QList<BackupRecord> SqliteStore::backups() const
{
    QList<BackupRecord> result;
    for (const Backups::Backup &b : Backups::list(location()))
        result.append({b.path, Backups::describe(b)});
    return result;
}

QString SqliteStore::backupsFolder() const
{
    return Backups::folderFor(location());
}

std::function<bool(QString *error)> SqliteStore::dailyBackup() const
{
    // Through a connection of its own (see Backups::takeDaily): any thread.
    return [path = location()](QString *error) { return Backups::takeDaily(path, error); };
}

QSqlDatabase SqliteStore::connection() const
{
    return m_database->connection();
}

sqlite3 *SqliteStore::handle() const
{
    return Sql::nativeHandle(m_database->connection());
}

void SqliteStore::prefetchEntrySummaries()
{
    sqlite3 *connection = handle();
    if (!connection || m_prefetch)
        return;
    auto prefetch = std::make_unique<Prefetch>();
    prefetch->changesBefore = sqlite3_total_changes64(connection);
    prefetch->summaries = std::async(std::launch::async, [file = m_database->readerUri().toUtf8()] {
        std::optional<QList<EntrySummary>> result;
        sqlite3 *reader = nullptr;
        if (sqlite3_open_v2(file.constData(), &reader, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                            nullptr) == SQLITE_OK) {
            QString error;
            QList<EntrySummary> read = EntryRepository::readSummaries(reader, &error);
            if (error.isEmpty())
                result = std::move(read);
        }
        sqlite3_close(reader);
        return result;
    });
    m_prefetch = std::move(prefetch);
}

std::optional<QList<EntrySummary>> SqliteStore::takePrefetched()
{
    if (!m_prefetch)
        return std::nullopt;
    const std::unique_ptr<Prefetch> prefetch = std::move(m_prefetch);
    std::optional<QList<EntrySummary>> read = prefetch->summaries.get();
    // Nothing else writes while the register is locked to this store: when this connection
    // changed nothing since, what was read is what is there.
    sqlite3 *connection = handle();
    if (read && connection && sqlite3_total_changes64(connection) == prefetch->changesBefore)
        return read;
    return std::nullopt;
}

} // namespace qw
