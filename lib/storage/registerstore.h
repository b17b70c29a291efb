#pragma once

// The seam between the register document and where a register is kept. The document speaks to
// a RegisterStore and its four parts (entries, interactions, snapshots, settings) and to
// nothing else of storage; what one kind of store needs (SQLite's pragmas, FTS5, its C API,
// VACUUM INTO, the lock file) stays behind it, in the store (sqlitestore.h for a register
// file). A second kind (a register on a PostgreSQL server) implements the same.
//
// Rules every store keeps: nothing here opens a transaction but begin(); every write happens
// inside the document's transaction; a read that fails says so in lastError() (never an empty
// result taken for an empty register); every statement is prepared with bound values.

#include "domain/backuprecord.h"
#include "domain/cause.h"
#include "domain/entry.h"
#include "domain/entrysummary.h"
#include "domain/history.h"
#include "domain/importrecord.h"
#include "domain/interaction.h"
#include "domain/review.h"
#include "domain/satisfaction.h"
#include "domain/satisfactiontrend.h"
#include "domain/snapshot.h"
#include "domain/triage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace qw {

// Entries and their history.
class EntryStore
{
public:
    virtual ~EntryStore() = default;
    // Inserts the entry; an id of 0 gets a new id, any other id is restored as it was.
    virtual bool insert(Entry &entry, const QString &who) = 0;
    // Writes every field that differs from what is stored, and records each in the history.
    // stored: the entry as stored, when the caller read it just before on this connection and
    // nobody else writes the register meanwhile (a file locked to this QuickWins); a store
    // shared with others reads it again inside the transaction.
    virtual bool update(const Entry &entry, const QString &who, const Entry *stored = nullptr) = 0;
    virtual bool setRemoved(qint64 id, bool removed, const QString &who) = 0;
    // Deletes the entry for good: only for undoing its creation.
    virtual bool erase(qint64 id) = 0;
    virtual std::optional<Entry> find(qint64 id) const = 0; // removed ones too (for undo and history)
    // Every entry not removed, whole, in one read (an export); nullopt when the read failed.
    virtual std::optional<QList<Entry>> all() const = 0;
    virtual bool isInRegister(qint64 id) const = 0; // there, and not removed
    virtual QList<EntrySummary> summaries() const = 0;
    // Those of the entries named that are in the register.
    virtual QList<EntrySummary> summaries(const QList<qint64> &ids) const = 0;
    virtual QList<HistoryRecord> history(qint64 id) const = 0;
    // Open entries of the same service or whose text matches, best match first.
    virtual QList<EntrySuggestion> suggest(const QString &service, const QString &text, int limit) const = 0;
    virtual int count() const = 0;
    // A line of an entry's history that is not a field of the entry (an interaction linked
    // or unlinked, say), in the caller's transaction.
    virtual bool addHistory(qint64 id, const QString &who, const QString &field, const QString &oldValue,
                            const QString &newValue) = 0;
    virtual QString lastError() const = 0;
};

// Interactions, their links to entries, imports, and what is counted of them (triage, trends).
// Lists are read a page at a time, newest first: a register of a million is never loaded whole.
class InteractionStore
{
public:
    virtual ~InteractionStore() = default;
    virtual bool insert(Interaction &interaction) = 0;
    virtual bool update(const Interaction &interaction) = 0;
    // Inserts imported rows as feed() hands them over. A row already in the register (the same
    // import key, the same cells, or an earlier QuickWins' key) updates it where the export
    // changed it (kept, to be undone) and is otherwise skipped, as is one earlier in the feed.
    // record: its id (0: none recorded) in; the counts out. False on failure or when feed()
    // returned false.
    virtual bool insertImported(const InteractionFeed &feed, const PoorRule &rule, ImportRecord *record) = 0;
    // The response in the register that an imported row is (see insertImported), if any.
    virtual std::optional<Interaction> findImported(const Interaction &row) const = 0;
    virtual bool hasLegacyImportKeys() const = 0;
    // The import's record, written before its rows.
    virtual bool addImport(ImportRecord *record) = 0;
    virtual QList<ImportRecord> imports() const = 0;
    // Sets an import's responses aside (undone, or removed from the history) or puts them back:
    // what it added leaves the register, what it changed gets its values from before, unless
    // changed again since (*keptChanged counts those, left as they are).
    virtual bool setImportInRegister(qint64 importId, bool inRegister, int *keptChanged) = 0;
    // Set-aside responses of imports nobody can put back any more (the undo history is gone).
    virtual bool purgeSetAside() = 0;
    virtual PoorRule poorRule() const = 0;
    // Writes the rule and counts everything that depends on it again.
    virtual bool setPoorRule(const PoorRule &rule) = 0;
    // Every interaction, oldest first, a page at a time: false from each() stops.
    virtual bool forEach(const std::function<bool(const Interaction &)> &each) const = 0;
    virtual bool setRemoved(qint64 id, bool removed) = 0;
    virtual bool erase(qint64 id) = 0;
    virtual bool setEntry(qint64 interactionId, qint64 entryId) = 0;
    virtual std::optional<Interaction> find(qint64 id) const = 0; // set aside ones too
    // Whether it is there and not set aside; nullopt: the read failed.
    virtual std::optional<bool> isInRegister(qint64 id) const = 0;
    virtual int count() const = 0;
    virtual QList<Interaction> page(int offset, int limit) const = 0;
    // The next page after an interaction already read, in the same order.
    virtual QList<Interaction> pageAfter(const Interaction &last, int limit) const = 0;
    // The position of an interaction in page order, or -1.
    virtual int rowOf(qint64 id) const = 0;
    virtual QList<qint64> idsLinkedTo(qint64 entryId) const = 0;
    // Service empty: all.
    virtual QList<MonthlySatisfaction> monthlySatisfaction(const QString &service) const = 0;
    virtual QList<TriageGroup> unlinkedPoorGroups() const = 0;
    // How many poor responses are linked to no entry (those groups' counts, summed); -1: the
    // read failed.
    virtual int unlinkedPoorCount() const = 0;
    // Triage's counts may lag behind rows added; this counts them in (in the caller's
    // transaction). The groups are right without it, only slower to read.
    virtual bool countNewIntoTriage() = 0;
    virtual bool hasUncountedTriage() const = 0;
    // A triage group's interactions: all of them in the order they were added, or (latest > 0)
    // that many of the latest, newest first.
    virtual QList<qint64> unlinkedPoorIds(const QString &service, const QString &reason, int latest = 0) const = 0;
    // The services interactions name, the most used first.
    virtual QStringList services() const = 0;
    // Responses and average satisfaction of a service in [from, to).
    virtual std::pair<int, double> satisfactionBetween(const QString &service, const QDate &from,
                                                       const QDate &to) const = 0;
    // Each service's responses in each month of [from, to) (whole days, UTC): nullopt if the
    // read failed.
    virtual std::optional<QList<ServiceMonthCounts>> countsByServiceAndMonth(const QDate &from, const QDate &to) const = 0;
    virtual QString lastError() const = 0;
};

// Snapshots of the matrix.
class SnapshotStore
{
public:
    virtual ~SnapshotStore() = default;
    // Records every entry's scores and status now; an id of 0 gets a new id.
    virtual bool take(Snapshot &snapshot) = 0;
    // Puts back a snapshot exactly as it was (for redo).
    virtual bool restore(const Snapshot &snapshot, const QList<SnapshotEntry> &entries) = 0;
    virtual bool erase(qint64 id) = 0;
    virtual QList<Snapshot> all() const = 0; // newest first
    virtual QList<SnapshotEntry> entries(qint64 snapshotId) const = 0;
    virtual QString lastError() const = 0;
};

// Causes in triage: which group each poor response is in, the groups (their counts kept up to
// date as responses change), the user's corrections, and what the last grouping learned.
class CauseStore
{
public:
    virtual ~CauseStore() = default;
    // Each response in triage (poor, unlinked, not removed) the user has not taken out of every
    // group: each(id, service, reason, comment, customer) until it returns false. False if the
    // read failed.
    virtual bool forEachResponse(const std::function<bool(qint64, const QString &, const QString &, const QString &, const QString &)> &each,
                                 bool onlyUnplaced = false) const = 0;
    // The groups with responses in triage, the most first, with their counts as kept (no
    // response is read); recent and earlier: the 30 days to today and the 30 before.
    virtual std::optional<QList<CauseGroupInfo>> groups(const QDate &today) const = 0;
    // The responses in triage of a group, in the order they were added.
    virtual std::optional<QList<qint64>> members(qint64 groupId) const = 0;
    // Where responses stand (all of them with a row: every response placed or corrected).
    virtual std::optional<QList<CauseMembership>> memberships() const = 0;
    virtual std::optional<QList<CauseMembership>> memberships(const QList<qint64> &interactionIds) const = 0;
    virtual std::optional<QList<CauseMembership>> membershipsOfGroup(qint64 groupId) const = 0;
    virtual bool setMemberships(const QList<CauseMembership> &memberships) = 0;
    virtual std::optional<CauseGroupInfo> group(qint64 id) const = 0; // its kept fields only
    virtual bool insertGroup(CauseGroupInfo &group) = 0;              // id 0: a new id
    virtual bool eraseGroup(qint64 id) = 0;
    virtual bool setName(qint64 id, const QString &name) = 0;
    virtual bool setPinned(qint64 id, bool pinned) = 0;
    // A grouping's outcome: the machine's placements replaced (the user's stay), groups not
    // found again and holding nothing the user placed removed, found ones written (new ones
    // get their ids); the responses it left in no group are marked as considered.
    virtual bool replaceGrouping(QList<FoundCause> &found, const QList<qint64> &ungrouped) = 0;
    // What the grouping learned (CausePlacer::save()), kept to place later responses; the
    // responses up to placedUpTo were seen by it (those after it are placed as new).
    virtual bool setPlacer(const QByteArray &placer, qint64 placedUpTo) = 0;
    virtual std::optional<qint64> lastInteractionId() const = 0;
    // Causes merged into others since the last grouping: merged away → merged into.
    virtual std::optional<QHash<qint64, qint64>> aliases() const = 0;
    virtual bool setAlias(qint64 from, qint64 to) = 0;
    virtual bool removeAlias(qint64 from) = 0;
    // Whether the response is in triage and in the group.
    virtual std::optional<bool> isMemberInTriage(qint64 interactionId, qint64 groupId) const = 0;
    virtual std::optional<QByteArray> placer() const = 0;
    virtual std::optional<qint64> placerGeneration() const = 0; // 0: never grouped
    // Responses placed by the machine after the grouping (new ones of an import).
    virtual bool place(const QList<std::pair<qint64, qint64>> &interactionGroup) = 0;
    virtual bool hasUnplaced() const = 0; // responses added since the last placement
    virtual bool markPlaced() = 0;
    virtual QString lastError() const = 0;
};

// Review meetings, the agenda each walked, the actions agreed, and what reviews read of the
// entries' history.
class ReviewStore
{
public:
    virtual ~ReviewStore() = default;
    // A review started (id 0: a new id), with its agenda.
    virtual bool insert(Review &review, const QList<ReviewItem> &items) = 0;
    // Its agenda as it now stands (reordered, items skipped, added, discussed, noted).
    virtual bool setItems(qint64 reviewId, const QList<ReviewItem> &items) = 0;
    virtual bool setItem(qint64 reviewId, int position, const ReviewItem &item) = 0;
    virtual bool setAttendees(qint64 reviewId, const QStringList &attendees) = 0;
    // The review ended: when, its snapshot, its minutes, and what each cause counted then.
    virtual bool end(const Review &review, const QList<std::pair<qint64, int>> &causeCounts) = 0;
    virtual bool erase(qint64 reviewId) = 0;
    virtual std::optional<QList<Review>> all() const = 0; // newest first
    virtual std::optional<QList<ReviewItem>> items(qint64 reviewId) const = 0;
    virtual std::optional<QHash<qint64, int>> causeCounts(qint64 reviewId) const = 0;
    // The numbers the marks carried when the review started (entry → number).
    virtual bool setNumbers(qint64 reviewId, const QHash<qint64, int> &numbers) = 0;
    virtual std::optional<QHash<qint64, int>> numbers(qint64 reviewId) const = 0;

    virtual bool insertAction(ActionItem &action) = 0; // id 0: a new id
    virtual bool updateAction(const ActionItem &action) = 0;
    virtual bool eraseAction(qint64 id) = 0;
    virtual std::optional<QList<ActionItem>> actions() const = 0; // every one, oldest first

    // Each entry's latest line of history.
    virtual std::optional<QHash<qint64, QDateTime>> lastChanged() const = 0;
    // The target dates of the entries in progress that have one.
    virtual std::optional<QHash<qint64, QDate>> inProgressTargets() const = 0;
    // The lines of history written by who from since to until (a review's decisions): entry and
    // line.
    virtual std::optional<QList<std::pair<qint64, HistoryRecord>>> historyBy(const QString &who, const QDateTime &since,
                                                                     const QDateTime &until) const = 0;
    virtual QString lastError() const = 0;
};

// Small named values kept in the register itself, so that they travel with it (the column
// mapping of each export source).
class SettingsStore
{
public:
    virtual ~SettingsStore() = default;
    virtual QString value(const QString &key) const = 0;
    virtual bool setValue(const QString &key, const QString &value) = 0;
    virtual QString lastError() const = 0;
};

// One register, where it is kept.
class RegisterStore
{
public:
    virtual ~RegisterStore() = default;

    // Opens (or creates) the register at location: a file's path. On failure null, with
    // *error a sentence for people; the register is left exactly as it was.
    static std::unique_ptr<RegisterStore> open(const QString &location, QString *error, bool readOnly);
    // Whether another running QuickWins has the register open for changes (*holder: who).
    static bool isInUseElsewhere(const QString &location, QString *holder);

    virtual QString location() const = 0;
    // Where to open the same register again (another connection, another thread): location(),
    // or a server's address with the password it was given (kept in memory only, never shown).
    virtual QString reopenLocation() const { return location(); }
    virtual bool isNew() const = 0; // created by this open
    // NotPermitted: a server's register the database user may read and not change (a viewer).
    enum class ReadOnlyReason { None, Asked, NotWritable, DiskFull, NotPermitted };
    virtual ReadOnlyReason readOnlyReason() const = 0;
    bool isReadOnly() const { return readOnlyReason() != ReadOnlyReason::None; }
    // Whether others may write the register while this store has it open (a server's): what
    // was read before a transaction is then read again inside it.
    virtual bool isShared() const { return false; }
    // The name changes are recorded under when the store knows it (a server's database user);
    // empty: the document's own.
    virtual QString userName() const { return {}; }

    // A change another connection committed to a shared register: what it changed (an entry
    // or an interaction, named by its id; many of them; or some of the rest) and the database
    // user who did.
    struct ElsewhereChange
    {
        enum class What {
            Entry, Entries, InteractionAdded, Interaction, InteractionErased, Interactions,
            Snapshots, Reviews, Causes, Settings
        };
        What what = What::Entry;
        qint64 id = 0; // an entry's or interaction's
        QString user;
    };
    // Calls changed() with each change others commit to a shared register, as the server tells
    // of them, on the thread that opened the store (from its event loop); this store's own
    // changes are not told. False when nobody else can change the register (a file, locked to
    // this QuickWins) or the server cannot tell (*error: why).
    virtual bool watch(std::function<void(const ElsewhereChange &)> /*changed*/, QString * /*error*/) { return false; }
    // Whether the server of a shared register answers now (asked with a statement that costs
    // nothing; a file's register always does). *detail: what went wrong when it does not.
    virtual bool isReachable(QString * /*detail*/) const { return true; }
    // After the server went away: connects again (what watches too). False with *error while
    // it cannot.
    virtual bool reconnect(QString * /*error*/) { return true; }

    // One transaction: every change of the document is one.
    virtual bool begin(QString *error) = 0;
    virtual bool commit(QString *error) = 0;
    virtual void rollback() = 0;
    // What a failure's detail (lastError(), begin()'s, commit()'s) means.
    virtual bool isDamage(const QString &detail) const = 0;
    virtual bool isDiskFull(const QString &detail) const = 0;

    virtual EntryStore &entries() = 0;
    virtual InteractionStore &interactions() = 0;
    virtual SnapshotStore &snapshots() = 0;
    virtual SettingsStore &settings() = 0;
    virtual CauseStore &causes() = 0;
    virtual ReviewStore &reviews() = 0;

    // Whether the register is whole. May run on any thread (it reads through a connection of
    // its own); cancel set from another thread stops it. Empty when whole, otherwise what is
    // wrong, in the store's words.
    virtual QString checkWhole(const std::atomic<bool> *cancel) const = 0;
    // What people are told of damage found (problem), naming the newest backup that passes
    // the check, if any (*healthyBackup: its location). May run on any thread.
    virtual QString describeDamage(const QString &problem, QString *healthyBackup,
                                   const std::atomic<bool> *cancel = nullptr) const = 0;

    // A consistent copy of the whole register at target (a file that must not exist yet).
    virtual bool saveCopyAs(const QString &target, QString *error) const = 0;
    // Replaces the register's content by a backup's, after a backup of the present content.
    // The register is then opened again.
    virtual bool restoreFrom(const QString &backup, QString *error) = 0;
    // The backups of this register, newest first, and where they are kept (for people).
    virtual QList<BackupRecord> backups() const = 0;
    virtual QString backupsFolder() const = 0;
    // Takes today's backup unless there is one; a task that may run on any thread.
    virtual std::function<bool(QString *error)> dailyBackup() const = 0;

    // What a database user may do with a server's register: read (and export), change, or
    // also upgrade it and grant others.
    enum class Role { Viewer, Editor, Owner };
    // Gives an existing database user a role on the register, through the server's own
    // privileges. False with *error a sentence for people (a file's register: its file's
    // permissions say who may change it).
    virtual bool grant(const QString &user, Role role, QString *error);

    // The store's connection, for what reads or writes every table alike (a whole copy).
    virtual QSqlDatabase connection() const = 0;
    // The whole register copied, row by row with every id, to target: a new register file or a
    // server's register holding nothing yet (RegisterCopy::copy).
    bool copyTo(const QString &target, QString *error) const;

    // The entries' summaries read on a thread of their own while the caller goes on; the next
    // takePrefetched() returns them unless the register was changed through this store since.
    virtual void prefetchEntrySummaries() = 0;
    virtual std::optional<QList<EntrySummary>> takePrefetched() = 0;
};

} // namespace qw
