#pragma once

#include "registerchange.h"

#include "domain/backuprecord.h"
#include "domain/cause.h"
#include "domain/entry.h"
#include "domain/entrysummary.h"
#include "domain/history.h"
#include "domain/importrecord.h"
#include "domain/interaction.h"
#include "domain/quadrant.h"
#include "domain/review.h"
#include "domain/satisfaction.h"
#include "domain/satisfactiontrend.h"
#include "domain/snapshot.h"
#include "domain/triage.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace qw {

class CauseStore;
struct CauseDocument;
enum class TextLanguage;
class EntryStore;
class InteractionStore;
class RegisterStore;
class ReviewStore;
class SettingsStore;
class SnapshotStore;

// An interaction and the entry it is linked to (0: none).
struct Link
{
    qint64 interactionId = 0;
    qint64 entryId = 0;
    friend bool operator==(const Link &, const Link &) = default;
};

// The open register: owns its store (see RegisterStore: a register file today, a server's
// register next) and its undo stack. Every change goes through one of the write functions
// below, each of which is one transaction: when it returns true the change is stored and
// changed() has said what it changed; when it returns false nothing changed and
// errorOccurred() has said why. Undo commands are the only callers of the write functions in
// the application.
class RegisterDocument final : public QObject
{
    Q_OBJECT
public:
    ~RegisterDocument() override;

    // Opens or creates the register at location (a file's path); null and *error set when it
    // cannot.
    static std::unique_ptr<RegisterDocument> open(const QString &location, QString *error,
                                                  bool readOnly = false);
    // The same register, read-only, for reading on another thread while this one goes on (an
    // import's preview counts its rows against the register). Null and *error when it cannot.
    // May be called on that thread (it opens a connection of the calling thread's).
    std::unique_ptr<RegisterDocument> openReader(QString *error) const;
    // Whether another running QuickWins has the register at location open for changes
    // (*holder: which, "process 1234 on host").
    static bool isInUseElsewhere(const QString &location, QString *holder);

    // Where the register is: a file's path.
    QString filePath() const;
    // Read-only: opened so, not writable, being checked, or damaged.
    bool isReadOnly() const;
    // Why it is read-only, as a sentence for people (empty when it is not).
    QString readOnlyReason() const;

    // Whether the register is whole. Opening it in the window starts SQLite's quick_check on a
    // thread of its own (startCheck()), and the register is read-only until it passes; the
    // command line checks before it does anything (checkNow()). A failed check, or damage
    // SQLite meets at any time, leaves the register read-only for good, with damage() saying
    // what is wrong and naming the newest healthy backup. Restoring a backup stays possible.
    enum class Health { Unchecked, Checking, Whole, Damaged };
    Health health() const { return m_health; }
    QString damage() const { return m_damage; }
    QString healthyBackup() const { return m_healthyBackup; } // the newest backup that passes, if any
    void startCheck();
    bool checkNow();
    bool canRestore() const;
    bool isNew() const; // created by this open
    QUndoStack *undoStack() const { return m_undoStack; }
    QuadrantRule quadrantRule() const { return {}; }
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }
    // Who the history says made a change: the user, and while a review runs "Ann, in the review
    // of 3 Dec 2026" (its facilitator), so that an entry's history shows what a review decided.
    QString historyAuthor() const;

    // Reading.
    QList<EntrySummary> entrySummaries() const;
    // Starts reading the entries' summaries on a thread of its own, through a read-only
    // connection of its own, while the caller goes on (QuickWins builds its window meanwhile).
    // The next entrySummaries() takes them, unless the register was changed in between, when
    // it reads them again.
    void prefetchEntrySummaries();
    // The summaries of the entries named that are in the register (a change's).
    // *ok (if given): false when they could not all be read (the error has been said).
    QList<EntrySummary> entrySummaries(const QList<qint64> &ids, bool *ok = nullptr) const;
    std::optional<Entry> entry(qint64 id) const; // removed ones too, for undo and history
    // Every entry of the register, whole, in one read (exports); nullopt when the read failed.
    std::optional<QList<Entry>> entries() const;
    bool isInRegister(qint64 entryId) const;     // there and not removed: what people can see
    QList<HistoryRecord> history(qint64 entryId) const;
    int entryCount() const;
    std::optional<Interaction> interaction(qint64 id) const;
    int interactionCount() const;
    QList<Interaction> interactionPage(int offset, int limit) const;
    QList<Interaction> interactionsAfter(const Interaction &last, int limit) const;
    int interactionRow(qint64 id) const;
    QList<qint64> interactionsLinkedTo(qint64 entryId) const;
    bool saveCopyAs(const QString &target, QString *error) const;
    // The whole register copied, row by row with every id, to target: a new register file or a
    // register on a server that holds nothing yet (see RegisterCopy).
    bool copyTo(const QString &target, QString *error) const;
    // Whether the register is kept on a server and shared with others.
    bool isShared() const;
    // Gives a database user a role on a server's register: viewer, editor or owner.
    bool grant(const QString &user, const QString &role, QString *error);
    // The register's backups, newest first: each a location and a description for people
    // (one a day when it is opened, the last seven kept; one before each upgrade and restore).
    using Backup = BackupRecord;
    QList<Backup> backups() const;
    QString backupsFolder() const;
    // Takes today's backup unless there is one: a task to run on any thread.
    std::function<bool(QString *error)> dailyBackup() const;
    // Replaces the register's content by a backup's, after a backup of the present content;
    // the undo history is cleared. Open the register again afterwards.
    bool restoreFrom(const QString &backupPath, QString *error);
    // How many reads have failed since the register was opened: what composes a whole document
    // from many reads (minutes, a report, the agenda) compares it before and after, so that one
    // failed read makes the whole fail instead of leaving a part out.
    quint64 readFailures() const { return m_readFailures; }
    QList<Snapshot> snapshots() const;
    QList<SnapshotEntry> snapshotEntries(qint64 snapshotId) const;
    QString setting(const QString &key) const;
    QList<TriageGroup> triageGroups() const;
    // Counts the interactions added since triage last did into its groups (its own small
    // transaction, no change to announce); the groups are right without it, only slower to
    // read while many are uncounted. Does nothing read-only or when none are new.
    void countNewIntoTriage();
    QList<qint64> triageInteractions(const TriageGroup &group) const;
    QList<EntrySuggestion> suggestEntries(const TriageGroup &group, int limit = 8) const;
    QList<MonthlySatisfaction> monthlySatisfaction(const QString &service = {}) const;
    // The services the register names (its interactions' and entries'), each spelling once
    // whatever its case (the most used one), in alphabetical order: for completing a service.
    QStringList knownServices() const;
    // Each service's responses in each month of [from, to); nullopt: the read failed (said).
    std::optional<QList<ServiceMonthCounts>> countsByServiceAndMonth(const QDate &from, const QDate &to) const;
    // Satisfaction of the entry's service in equal windows before and after its date done.
    std::optional<BeforeAfter> beforeAfter(const Entry &entry, int windowDays = 90) const;
    // The response in the register that an imported row is, if any (see InteractionRepository).
    std::optional<Interaction> findImported(const Interaction &row) const;
    bool hasLegacyImportKeys() const;
    QList<ImportRecord> imports() const;
    // Which responses are poor: the register's rule, per scale.
    PoorRule poorRule() const { return m_poorRule; }
    // Every interaction not removed, oldest first, without loading them all.
    bool forEachInteraction(const std::function<bool(const Interaction &)> &each) const;

    // Triage's causes (CauseGrouping): poor responses linked to no entry, grouped by what they
    // say. Reading counts again the groups whose responses changed (writing the counts when it
    // can, in a small transaction of its own). nullopt: the read failed (and was said).
    std::optional<QList<CauseGroupInfo>> causeGroups() const;
    // Poor responses linked to no entry, in all (those in no cause too).
    int triageTotal() const;
    QList<qint64> causeMembers(qint64 groupId) const;
    // Up to three responses of a group, its examples first, in triage.
    QList<Interaction> causeExamples(const CauseGroupInfo &group) const;
    QList<EntrySuggestion> suggestEntries(const CauseGroupInfo &group, int limit = 8) const;
    std::optional<CauseGroupInfo> causeGroup(qint64 id) const;
    std::optional<QList<CauseMembership>> causeMemberships(const QList<qint64> &interactionIds) const;
    std::optional<QList<CauseMembership>> causeMemberships() const; // every response's
    std::optional<QList<CauseMembership>> causeMembershipsOfGroup(qint64 groupId) const;
    // The register's language for causes (setting "cause_language"), nullopt: each response's
    // is detected (English where it cannot be told).
    std::optional<TextLanguage> causeLanguage() const;
    // Whether causes were ever found in this register.
    bool hasFoundCauses() const;
    // What a grouping found, to be written by applyFoundCauses().
    struct FoundCauses
    {
        QList<FoundCause> groups;
        QByteArray placer;
        int responses = 0;   // read
        int ungrouped = 0;   // of them in no group
        QList<qint64> ungroupedIds;
        qint64 upTo = 0;     // the last response when they were read
    };
    // Reads every response in triage and groups them, respecting the user's corrections
    // (pinned groups and responses placed by hand stay): on any thread, through a reader.
    // nullopt: cancelled, or the read failed (*error).
    std::optional<FoundCauses> findCauses(const std::function<void(qsizetype, qsizetype)> &progress,
                                          const std::atomic<bool> *cancel, QString *error) const;
    // Writes what a grouping found (one transaction): a group whose members mostly stay keeps
    // its identity (its id, name and pin), the user's placements stay, responses added since are
    // placed.
    bool applyFoundCauses(FoundCauses &found);

    // Reviews (see domain/review.h). nullopt: the read failed (and was said).
    std::optional<QList<Review>> reviews() const; // newest first
    std::optional<Review> review(qint64 id) const;
    // The review running now, if any.
    std::optional<Review> runningReview() const { return m_runningReview; }
    std::optional<QList<ReviewItem>> reviewItems(qint64 reviewId) const;
    // The numbers the marks carried when the running review started (empty: none runs); an
    // entry raised since has none (see PrioritisedEntries::numberOf()).
    QHash<qint64, int> reviewNumbers() const;
    std::optional<QList<ActionItem>> actionItems() const; // every action, oldest first
    std::optional<ActionItem> actionItem(qint64 id) const;
    // The register's rule for stale entries (settings "stale_reviews", "stale_days").
    StaleRule staleRule() const;
    // The agenda a review starting on today would have.
    std::optional<QList<ReviewItem>> agenda(const QDate &today) const;
    // Of the entries given (the register's, as its list holds them), those stale on today, and
    // why (for the badge on the matrix and the list's column).
    std::optional<QHash<qint64, QString>> staleEntries(const QList<EntrySummary> &entries, const QDate &today) const;
    // What a review decided: each entry's fields it changed, as they were before it and as it
    // left them (a change undone during it is not one).
    struct Decision
    {
        qint64 entryId = 0;
        QString field;    // as the history stores it ("status", "target_on")
        QString before;
        QString after;
    };
    std::optional<QList<Decision>> reviewDecisions(const Review &review) const;
    // Names of everybody who attended an earlier review, the most frequent first.
    QStringList knownAttendees() const;

    // Writing: each is one transaction.
    bool addEntry(Entry &entry, const QList<qint64> &linkInteractions = {});
    bool eraseEntry(qint64 id, const QList<Link> &restoreLinks = {});
    // current: the entry as it is in the register, when the caller has just read it (an undo
    // step reads it to see what changed since), so that it is not read twice.
    bool updateEntry(const Entry &entry, const Entry *current = nullptr);
    bool setEntryRemoved(qint64 id, bool removed);
    bool addInteraction(Interaction &interaction);
    bool eraseInteraction(qint64 id);
    bool updateInteraction(const Interaction &interaction);
    bool setInteractionRemoved(qint64 id, bool removed);
    bool setInteractionsRemoved(const QList<qint64> &ids, bool removed);
    bool setLinks(const QList<Link> &links);
    // Triage's corrections: groups put back (with their ids), responses placed, groups erased
    // (their responses left as memberships say), in this order.
    // mergedInto: the causes erased were merged into it (responses like them go there next).
    bool changeCauses(const QList<CauseGroupInfo> &restore, const QList<CauseMembership> &memberships,
                      const QList<qint64> &erase, qint64 mergedInto = 0);
    bool setCauseName(qint64 id, const QString &name);
    bool setCausePinned(qint64 id, bool pinned);
    // The register's language for causes (nullopt: each response's detected); causes are best
    // found again after.
    bool setCauseLanguage(std::optional<TextLanguage> language);
    bool takeSnapshot(Snapshot &snapshot);
    bool restoreSnapshot(const Snapshot &snapshot, const QList<SnapshotEntry> &entries);
    bool eraseSnapshot(qint64 id);
    // A review starts with its agenda (review.id set) and the numbers the marks carry now (they
    // stay while it runs); one runs at a time.
    bool startReview(Review &review, const QList<ReviewItem> &items, const QHash<qint64, int> &numbers = {});
    bool setReviewItems(qint64 reviewId, const QList<ReviewItem> &items);
    bool setReviewItem(qint64 reviewId, int position, const ReviewItem &item);
    bool setReviewAttendees(qint64 reviewId, const QStringList &attendees);
    // Ends the running review: a snapshot of the matrix, what each cause counts, when it ended
    // and its minutes (review.minutes, written by the caller from what it decided), in one
    // transaction.
    bool endReview(Review &review);
    // An action (id 0: a new id), changed, or erased (undoing its creation).
    bool addAction(ActionItem &action);
    bool updateAction(const ActionItem &action);
    bool eraseAction(qint64 id);
    // Imports interactions in one transaction, as feed() hands them over, skipping rows
    // imported before (same import key), and remembers settings (the source's column mapping)
    // in the same transaction. *added says how many were new. When feed() returns false
    // (cancelled, or a row was rejected) nothing is written and the result is Stopped.
    enum class ImportResult { Done, Stopped, Failed };
    ImportResult importInteractions(const InteractionFeed &feed,
                                    const QList<std::pair<QString, QString>> &settings, int *added,
                                    int *poorAdded);
    // The same, recorded as an import: record gives the file, source, encoding and mapping, and
    // gets its id and counts; rows already in the register are updated where they changed.
    ImportResult importInteractions(const InteractionFeed &feed,
                                    const QList<std::pair<QString, QString>> &settings, ImportRecord *record);
    // Sets an import's responses aside (undo, removal from the history) or puts them back.
    // *keptChanged: responses it had changed that were changed again since, left as they are.
    bool setImportInRegister(qint64 importId, bool inRegister, int *keptChanged = nullptr);
    // Responses set aside by undone or removed imports can come back only through the undo
    // history that set them aside. The document that owns the register's history (the window's,
    // the command line's) calls this once opened: the history of any earlier session is gone.
    // (Never the wizard's connection of its own: the window's history may still need them.)
    void forgetSetAside();
    // Changes the rule for poor responses and counts everything that depends on it again.
    bool setPoorRule(const PoorRule &rule);
    // Adds many at once (demo data, later imports), outside the undo history.
    bool addInBulk(QList<Entry> &entries, QList<Interaction> &interactions);
    // Entries and then the interactions feed() hands over, in one transaction (--generate: a
    // kill at any moment leaves all of it or none). *added: the interactions written.
    bool addGenerated(QList<Entry> &entries, const InteractionFeed &feed, int *added);
    // Another connection (an import on its own thread, later another person's) changed the
    // register: tells the views what, as for a change of this document's own.
    void announce(const RegisterChange &change);
    // On a shared register (a server's), others' changes are announced as they commit, as
    // changed() and then changedElsewhere(), from the event loop: what this document keeps of
    // the register (the rule for poor, the running review) is read again first. False when
    // nobody else can change the register, or the server cannot tell (said as an error).
    // It also notices, within a second, a server that went away (stopped, restarted, the
    // network cut): the register is read-only while it is gone (readOnlyReason() says so), and
    // once QuickWins is connected again, by itself, everything is read again.
    bool followOthers();
    // Whether the server of a shared register could not be reached (since when, and why).
    bool isServerLost() const { return m_serverLost.isValid(); }
    // Something a change could not do as asked, said as errors are (errorOccurred()).
    void warn(const QString &message) { Q_EMIT errorOccurred(message); }

Q_SIGNALS:
    // A transaction committed: what it changed (one a transaction).
    void changed(const qw::RegisterChange &change);
    void errorOccurred(const QString &message);
    // health() changed: a check finished, or damage was found.
    void healthChanged();
    // Someone else committed a change to a shared register (see followOthers()): who (their
    // database user), what (as changed() said it, just before) and when it was heard.
    void changedElsewhere(const QString &user, const qw::RegisterChange &change, const QDateTime &when);

private:
    // Links an interaction to an entry (0: to none), in the caller's transaction, and says so
    // in the history of the entries it leaves and joins.
    bool relink(qint64 interactionId, qint64 entryId, QString *error, RegisterChange *change);
    // An interaction leaving the register (erased or set aside), and the entry it counted for.
    RegisterChange interactionGoing(qint64 id) const;
    static RegisterChange snapshotChange();
    static RegisterChange reviewChange();
    // Places the responses added since the last grouping or placement into the causes found
    // (in the caller's transaction).
    bool placeNewResponses(QString *error);
    // Reads each response in triage as a CauseDocument (its reason and comment, its language).
    bool forEachCauseDocument(const std::function<bool(const CauseDocument &)> &each, bool onlyUnplaced,
                              QString *error) const;
    explicit RegisterDocument(std::unique_ptr<RegisterStore> store);
    // quiet: when it points to true after a failure, the failure was wanted (a cancel).
    // Damage found (by the check or by SQLite at any time): the register becomes read-only.
    void markDamaged(const QString &problem) const;
    // After a read: an error is said, never shown as an empty register.
    void noteReadError(const QString &error) const;
    mutable quint64 m_readFailures = 0;
    // Says why a change with a field longer than it may be was not saved (true when refused).
    bool refuseTooLong(const QString &what, const QString &problem);
    // Runs work in one transaction and, once committed, announces change (which work may fill
    // in as it finds what it changes).
    bool transact(const RegisterChange &change, const std::function<bool(QString *error)> &work,
                  const bool *quiet = nullptr);

    std::unique_ptr<RegisterStore> m_store;
    EntryStore *m_entries;             // the store's parts
    InteractionStore *m_interactions;
    SnapshotStore *m_snapshots;
    SettingsStore *m_settings;
    CauseStore *m_causes;
    ReviewStore *m_reviews;
    std::optional<Review> m_runningReview; // as last written or read
    struct Placing;
    std::unique_ptr<Placing> m_placing; // what the last grouping learned, as last read
    QUndoStack *m_undoStack = nullptr;
    QString m_userName;
    PoorRule m_poorRule = PoorRule::defaults();
    mutable Health m_health = Health::Unchecked;
    mutable QString m_damage;
    mutable QString m_healthyBackup;
    struct Check;
    std::unique_ptr<Check> m_check;
    struct Elsewhere;
    std::unique_ptr<Elsewhere> m_elsewhere; // others' changes heard, to announce
    void applyElsewhere();
    // The review running now, as the register has it (m_runningReview).
    void readRunningReview();
    // The server was found gone (detail: what failed): read-only until connected again.
    void markServerLost(const QString &detail) const;
    // Every second: whether the server still answers, or again.
    void checkServer();
    bool m_transacting = false; // inside transact()
    mutable QDateTime m_serverLost; // when the server stopped answering (invalid: it answers)
    mutable QString m_serverLostDetail;
};

} // namespace qw
