#pragma once

#include "registerstore.h"

#include <future>
#include <memory>

struct sqlite3;

namespace qw {

class CauseRepository;
class ReviewRepository;
class EntryRepository;
class InteractionRepository;
class RegisterDatabase;
class SettingsRepository;
class SnapshotRepository;

// A register kept in one SQLite file (see RegisterDatabase): the store behind the document
// for a file's path. Reads the entries' summaries ahead on a read-only connection of its own,
// checks the file with SQLite's quick_check, copies it with VACUUM INTO.
class SqliteStore final : public RegisterStore
{
public:
    static std::unique_ptr<SqliteStore> open(const QString &path, QString *error, bool readOnly);
    ~SqliteStore() override;

    QString location() const override;
    bool isNew() const override;
    ReadOnlyReason readOnlyReason() const override;
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

private:
    explicit SqliteStore(std::unique_ptr<RegisterDatabase> database);
    sqlite3 *handle() const;

    std::unique_ptr<RegisterDatabase> m_database; // first: the repositories hold its connection
    std::unique_ptr<EntryRepository> m_entries;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<SnapshotRepository> m_snapshots;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<CauseRepository> m_causes;
    std::unique_ptr<ReviewRepository> m_reviews;
    struct Prefetch
    {
        std::future<std::optional<QList<EntrySummary>>> summaries;
        long long changesBefore = 0; // this connection's changes when it started
    };
    std::unique_ptr<Prefetch> m_prefetch; // last: its thread is joined first
};

} // namespace qw
