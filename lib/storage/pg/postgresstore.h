#pragma once

#include "storage/registerstore.h"

#include <memory>

namespace qw {

class CauseRepository;
class ServerProbe;
class EntryRepository;
class InteractionRepository;
class ReviewRepository;
class SettingsRepository;
class SnapshotRepository;

// A register kept in a database on a PostgreSQL server, shared by a team (see
// RegisterLocation::parseServer for its address). Opened through Qt's QPSQL driver; the
// schema is PostgresSchema's; entries, interactions, causes, reviews and snapshots are read
// and written by the same repositories as a register file's, in the server's own
// transactions (READ COMMITTED: each writer's change is one, and nobody's is lost). Its
// backups are the server's business (pg_dump), not QuickWins'.
class PostgresStore final : public RegisterStore
{
public:
    static std::unique_ptr<PostgresStore> open(const QString &location, QString *error, bool readOnly);
    ~PostgresStore() override;

    QString location() const override;
    QString reopenLocation() const override { return m_openedAs; }
    bool isNew() const override;
    ReadOnlyReason readOnlyReason() const override;
    bool isShared() const override { return true; }
    QString userName() const override;
    bool begin(QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    bool isDamage(const QString &detail) const override;
    bool isDiskFull(const QString &detail) const override;
    EntryStore &entries() override;
    InteractionStore &interactions() override;
    SnapshotStore &snapshots() override;
    SettingsStore &settings() override;
    CauseStore &causes() override;
    ReviewStore &reviews() override;
    QString checkWhole(const std::atomic<bool> *cancel) const override;
    QString describeDamage(const QString &problem, QString *healthyBackup,
                           const std::atomic<bool> *cancel) const override;
    bool saveCopyAs(const QString &target, QString *error) const override;
    bool restoreFrom(const QString &backup, QString *error) override;
    QList<BackupRecord> backups() const override;
    QString backupsFolder() const override;
    std::function<bool(QString *error)> dailyBackup() const override;
    void prefetchEntrySummaries() override;
    std::optional<QList<EntrySummary>> takePrefetched() override;
    QSqlDatabase connection() const override;
    bool grant(const QString &user, Role role, QString *error) override;
    bool watch(std::function<void(const ElsewhereChange &)> changed, QString *error) override;
    bool isReachable(QString *detail) const override;
    bool reconnect(QString *error) override;

private:
    PostgresStore(QString connectionName, QString location);

    QString m_connectionName;
    QString m_location; // as shown: never with its password
    QString m_openedAs; // as given: with its password, if one was (reopenLocation())
    QString m_user;     // the database user the server knows this connection as
    qint64 m_backendPid = 0; // the server's process serving this connection (its changes are ours)
    QString m_listenerName;  // the connection that listens for others' changes, if any
    std::unique_ptr<ServerProbe> m_probe; // asks the server whether it answers, while watching
    ReadOnlyReason m_readOnly = ReadOnlyReason::None;
    quint64 m_commits = 0; // transactions committed through this store
    bool m_inTransaction = false;
    struct Prefetch;
    std::unique_ptr<Prefetch> m_prefetch;
    bool m_created = false;
    std::unique_ptr<EntryRepository> m_entries;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<SnapshotRepository> m_snapshots;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<CauseRepository> m_causes;
    std::unique_ptr<ReviewRepository> m_reviews;
};

} // namespace qw
