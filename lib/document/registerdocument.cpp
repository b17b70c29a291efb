#include "registerdocument.h"

#include "elsewhere.h"
#include "placing.h"

#include "domain/fieldlimits.h"
#include "storage/registerstore.h"

#include <QDir>
#include <QLocale>
#include <QSet>
#include <QThread>
#include <QUndoStack>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace qw {

RegisterDocument::RegisterDocument(std::unique_ptr<RegisterStore> store)
    : m_store(std::move(store)),
      m_entries(&m_store->entries()),
      m_interactions(&m_store->interactions()),
      m_snapshots(&m_store->snapshots()),
      m_settings(&m_store->settings()),
      m_causes(&m_store->causes()),
      m_reviews(&m_store->reviews()),
      m_undoStack(new QUndoStack(this))
{
    // A server register's history records the database user; a file's, the system user.
    m_userName = m_store->userName();
    if (m_userName.isEmpty())
        m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_userName.isEmpty())
        m_userName = tr("unknown");
}

struct RegisterDocument::Check
{
    struct Result
    {
        QString problem;
        QString damage;        // as people are told it
        QString healthyBackup;
    };
    std::unique_ptr<QThread> thread;
    std::atomic<bool> cancel{false}; // the document is going: stop checking
};

RegisterDocument::~RegisterDocument()
{
    if (m_check && m_check->thread) {
        m_check->cancel = true;
        m_check->thread->wait();
    }
    // Commands may refer to the storage: let them go before it does.
    delete m_undoStack;
    m_undoStack = nullptr;
}

std::unique_ptr<RegisterDocument> RegisterDocument::open(const QString &location, QString *error,
                                                         bool readOnly)
{
    auto store = RegisterStore::open(location, error, readOnly);
    if (!store)
        return nullptr;
    std::unique_ptr<RegisterDocument> document(new RegisterDocument(std::move(store)));
    document->m_poorRule = document->m_interactions->poorRule();
    document->readRunningReview();
    return document;
}

void RegisterDocument::readRunningReview()
{
    if (const auto reviews = m_reviews->all()) {
        m_runningReview.reset();
        if (!reviews->isEmpty() && reviews->first().isRunning())
            m_runningReview = reviews->first();
    }
}

bool RegisterDocument::restoreFrom(const QString &backupPath, QString *error)
{
    if (!m_store->restoreFrom(backupPath, error))
        return false;
    m_undoStack->clear();
    m_placing.reset(); // another register's grouping now
    return true;
}

QString RegisterDocument::filePath() const
{
    return m_store->location();
}

bool RegisterDocument::isReadOnly() const
{
    return m_store->isReadOnly() || m_health == Health::Checking || m_health == Health::Damaged || isServerLost();
}

QString RegisterDocument::readOnlyReason() const
{
    const QString shown = QDir::toNativeSeparators(filePath());
    if (m_health == Health::Damaged)
        return m_damage;
    if (isServerLost())
        return tr("The server of “%1” has not answered since %2 (%3). What was read is shown, and nothing can be "
                  "changed until QuickWins is connected again, which it tries by itself every second.")
            .arg(shown, QLocale().toString(m_serverLost.time(), QLocale::ShortFormat), m_serverLostDetail);
    switch (m_store->readOnlyReason()) {
    case RegisterStore::ReadOnlyReason::DiskFull:
        return tr("“%1” is read-only for now: the disk is full, so no change could be saved. Free some space and "
                  "open it again.").arg(shown);
    case RegisterStore::ReadOnlyReason::NotWritable:
        return tr("You may look at “%1” but not change it: the file or its folder is write-protected.").arg(shown);
    case RegisterStore::ReadOnlyReason::NotPermitted:
        return tr("You may look at “%1” and export it but not change it: your database user (%2) is a viewer of this "
                  "register. Its owner can make you an editor (quickwins --grant).").arg(shown, m_store->userName());
    case RegisterStore::ReadOnlyReason::Asked:
        return tr("You may look at “%1” but not change it: it was opened read-only.").arg(shown);
    case RegisterStore::ReadOnlyReason::None:
        break;
    }
    if (m_health == Health::Checking)
        return tr("Checking “%1” is whole before it can be changed…").arg(shown);
    return {};
}

bool RegisterDocument::canRestore() const
{
    return !m_store->isReadOnly() && m_health != Health::Checking;
}

void RegisterDocument::startCheck()
{
    if (m_health != Health::Unchecked)
        return;
    m_health = Health::Checking;
    m_check = std::make_unique<Check>();
    const std::atomic<bool> *cancel = &m_check->cancel;
    const RegisterStore *store = m_store.get();
    m_check->thread.reset(QThread::create([this, cancel, store] {
        // Niced: the check reads the whole register (240 MB in about 0.65 s at 1,000,000
        // interactions) and must not slow the window's first paint on a 2-core machine; it is
        // never starved either, as an idle-priority thread would be on a busy one.
        ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10);
        Check::Result result;
        result.problem = store->checkWhole(cancel);
        if (!result.problem.isEmpty())
            result.damage = store->describeDamage(result.problem, &result.healthyBackup, cancel);
        if (cancel->load())
            return;
        // Delivered on the document's thread; dropped with the document if it is gone first.
        QMetaObject::invokeMethod(this, [this, result] {
            if (m_health != Health::Checking)
                return;
            if (result.problem.isEmpty()) {
                m_health = Health::Whole;
            } else {
                m_health = Health::Damaged;
                m_damage = result.damage;
                m_healthyBackup = result.healthyBackup;
            }
            Q_EMIT healthChanged();
        }, Qt::QueuedConnection);
    }));
    m_check->thread->start();
}

bool RegisterDocument::checkNow()
{
    if (m_health == Health::Whole)
        return true;
    if (m_health == Health::Damaged)
        return false;
    const QString problem = m_store->checkWhole(nullptr);
    if (problem.isEmpty()) {
        m_health = Health::Whole;
    } else {
        m_health = Health::Damaged;
        m_damage = m_store->describeDamage(problem, &m_healthyBackup);
    }
    Q_EMIT healthChanged();
    return m_health == Health::Whole;
}

void RegisterDocument::markDamaged(const QString &problem) const
{
    if (m_health == Health::Damaged)
        return;
    m_health = Health::Damaged;
    m_damage = m_store->describeDamage(problem, &m_healthyBackup);
    auto *self = const_cast<RegisterDocument *>(this);
    Q_EMIT self->healthChanged();
    Q_EMIT self->errorOccurred(m_damage);
}

void RegisterDocument::noteReadError(const QString &error) const
{
    if (error.isEmpty())
        return;
    ++m_readFailures;
    if (m_store->isDamage(error)) {
        markDamaged(error);
        return;
    }
    // A server gone: said once (and then by readOnlyReason()), not for each read that fails.
    if (isServerLost())
        return;
    if (QString detail; !m_store->isReachable(&detail)) {
        markServerLost(detail);
        Q_EMIT const_cast<RegisterDocument *>(this)->errorOccurred(
            tr("“%1” could not be read whole, so what is shown is incomplete: its server stopped answering (%2).")
                .arg(filePath(), detail));
        return;
    }
    auto *self = const_cast<RegisterDocument *>(this);
    Q_EMIT self->errorOccurred(tr("“%1” could not be read whole, so what is shown is incomplete: %2")
                                   .arg(QDir::toNativeSeparators(filePath()), error));
}

bool RegisterDocument::isNew() const
{
    return m_store->isNew();
}

QList<EntrySummary> RegisterDocument::entrySummaries() const
{
    if (std::optional<QList<EntrySummary>> read = m_store->takePrefetched())
        return *std::move(read);
    QList<EntrySummary> result = m_entries->summaries();
    noteReadError(m_entries->lastError());
    return result;
}

QList<EntrySummary> RegisterDocument::entrySummaries(const QList<qint64> &ids, bool *ok) const
{
    QList<EntrySummary> result = m_entries->summaries(ids);
    if (ok)
        *ok = m_entries->lastError().isEmpty();
    noteReadError(m_entries->lastError());
    return result;
}

void RegisterDocument::prefetchEntrySummaries()
{
    // On a shared register, others' changes are listened for before the read, so that none
    // falls between what was read and what is heard.
    if (m_store->isShared())
        followOthers();
    m_store->prefetchEntrySummaries();
}

std::optional<Entry> RegisterDocument::entry(qint64 id) const
{
    std::optional<Entry> found = m_entries->find(id);
    if (!found)
        noteReadError(m_entries->lastError()); // none, or a read that failed
    return found;
}

std::optional<QList<Entry>> RegisterDocument::entries() const
{
    std::optional<QList<Entry>> all = m_entries->all();
    if (!all)
        noteReadError(m_entries->lastError());
    return all;
}

bool RegisterDocument::isInRegister(qint64 entryId) const
{
    return m_entries->isInRegister(entryId);
}

QList<HistoryRecord> RegisterDocument::history(qint64 entryId) const
{
    return m_entries->history(entryId);
}

int RegisterDocument::entryCount() const
{
    const int count = m_entries->count();
    noteReadError(m_entries->lastError());
    return count;
}

std::optional<Interaction> RegisterDocument::interaction(qint64 id) const
{
    return m_interactions->find(id);
}

int RegisterDocument::interactionCount() const
{
    const int count = m_interactions->count();
    noteReadError(m_interactions->lastError());
    return count;
}

QList<Interaction> RegisterDocument::interactionPage(int offset, int limit) const
{
    QList<Interaction> page = m_interactions->page(offset, limit);
    noteReadError(m_interactions->lastError());
    return page;
}

QList<Interaction> RegisterDocument::interactionsAfter(const Interaction &last, int limit) const
{
    QList<Interaction> page = m_interactions->pageAfter(last, limit);
    noteReadError(m_interactions->lastError());
    return page;
}

int RegisterDocument::interactionRow(qint64 id) const
{
    return m_interactions->rowOf(id);
}

QList<qint64> RegisterDocument::interactionsLinkedTo(qint64 entryId) const
{
    return m_interactions->idsLinkedTo(entryId);
}

std::unique_ptr<RegisterDocument> RegisterDocument::openReader(QString *error) const
{
    return open(m_store->reopenLocation(), error, true);
}

bool RegisterDocument::isInUseElsewhere(const QString &location, QString *holder)
{
    return RegisterStore::isInUseElsewhere(location, holder);
}

QList<RegisterDocument::Backup> RegisterDocument::backups() const
{
    return m_store->backups();
}

QString RegisterDocument::backupsFolder() const
{
    return m_store->backupsFolder();
}

std::function<bool(QString *error)> RegisterDocument::dailyBackup() const
{
    return m_store->dailyBackup();
}

bool RegisterDocument::copyTo(const QString &target, QString *error) const
{
    return m_store->copyTo(target, error);
}

bool RegisterDocument::isShared() const
{
    return m_store->isShared();
}

bool RegisterDocument::grant(const QString &user, const QString &role, QString *error)
{
    const QString key = role.trimmed().toLower();
    RegisterStore::Role chosen = RegisterStore::Role::Viewer;
    if (key == QLatin1String("editor"))
        chosen = RegisterStore::Role::Editor;
    else if (key == QLatin1String("owner"))
        chosen = RegisterStore::Role::Owner;
    else if (key != QLatin1String("viewer")) {
        *error = tr("“%1” is not a role: a user is a viewer, an editor or an owner of a register.").arg(role);
        return false;
    }
    return m_store->grant(user, chosen, error);
}

bool RegisterDocument::saveCopyAs(const QString &target, QString *error) const
{
    return m_store->saveCopyAs(target, error);
}

QList<Snapshot> RegisterDocument::snapshots() const
{
    QList<Snapshot> result = m_snapshots->all();
    noteReadError(m_snapshots->lastError());
    return result;
}

QList<SnapshotEntry> RegisterDocument::snapshotEntries(qint64 snapshotId) const
{
    QList<SnapshotEntry> result = m_snapshots->entries(snapshotId);
    noteReadError(m_snapshots->lastError());
    return result;
}

QString RegisterDocument::setting(const QString &key) const
{
    QString value = m_settings->value(key);
    noteReadError(m_settings->lastError());
    return value;
}

QList<TriageGroup> RegisterDocument::triageGroups() const
{
    return m_interactions->unlinkedPoorGroups();
}

void RegisterDocument::countNewIntoTriage()
{
    if (isReadOnly() || !m_interactions->hasUncountedTriage())
        return;
    const bool quiet = true; // if it cannot be done now, triage reads the new rows as they are
    transact(RegisterChange(), [this](QString *error) {
        if (m_interactions->countNewIntoTriage())
            return true;
        *error = m_interactions->lastError();
        return false;
    }, &quiet);
}

QList<qint64> RegisterDocument::triageInteractions(const TriageGroup &group) const
{
    return m_interactions->unlinkedPoorIds(group.service, group.reason);
}

QList<EntrySuggestion> RegisterDocument::suggestEntries(const TriageGroup &group, int limit) const
{
    // The reason and the customers' own words of the group are what an entry's text may share.
    QString text = group.reason;
    for (qint64 id : m_interactions->unlinkedPoorIds(group.service, group.reason, 20)) {
        if (const auto i = interaction(id))
            text += QLatin1Char(' ') + i->comment;
    }
    return m_entries->suggest(group.service, text, limit);
}

QList<MonthlySatisfaction> RegisterDocument::monthlySatisfaction(const QString &service) const
{
    QList<MonthlySatisfaction> result = m_interactions->monthlySatisfaction(service);
    noteReadError(m_interactions->lastError());
    return result;
}

QStringList RegisterDocument::knownServices() const
{
    QStringList all = m_interactions->services();
    for (const EntrySummary &e : entrySummaries())
        all.append(e.service);
    QStringList result;
    QSet<QString> seen;
    for (const QString &service : std::as_const(all)) {
        const QString key = service.trimmed().toCaseFolded();
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        result.append(service.trimmed());
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

std::optional<BeforeAfter> RegisterDocument::beforeAfter(const Entry &entry, int windowDays) const
{
    if (!entry.doneOn.isValid())
        return std::nullopt;
    BeforeAfter result;
    std::tie(result.responsesBefore, result.averageBefore) =
        m_interactions->satisfactionBetween(entry.service, entry.doneOn.addDays(-windowDays), entry.doneOn);
    noteReadError(m_interactions->lastError());
    std::tie(result.responsesAfter, result.averageAfter) =
        m_interactions->satisfactionBetween(entry.service, entry.doneOn, entry.doneOn.addDays(windowDays));
    noteReadError(m_interactions->lastError());
    result.verdict = BeforeAfter::judge(result.responsesBefore, result.averageBefore,
                                        result.responsesAfter, result.averageAfter);
    return result;
}

std::optional<Interaction> RegisterDocument::findImported(const Interaction &row) const
{
    return m_interactions->findImported(row);
}

bool RegisterDocument::hasLegacyImportKeys() const
{
    return m_interactions->hasLegacyImportKeys();
}

QList<ImportRecord> RegisterDocument::imports() const
{
    return m_interactions->imports();
}

bool RegisterDocument::forEachInteraction(const std::function<bool(const Interaction &)> &each) const
{
    return m_interactions->forEach(each);
}

RegisterDocument::ImportResult RegisterDocument::importInteractions(
    const InteractionFeed &feed, const QList<std::pair<QString, QString>> &settings, int *added,
    int *poorAdded)
{
    ImportRecord record; // not recorded as an import (id 0): generated data
    record.id = -1;
    const ImportResult result = importInteractions(feed, settings, &record);
    *added = record.added;
    *poorAdded = record.poorAdded;
    return result;
}

RegisterDocument::ImportResult RegisterDocument::importInteractions(
    const InteractionFeed &feed, const QList<std::pair<QString, QString>> &settings, ImportRecord *record)
{
    const bool recorded = record->id != -1;
    record->id = 0;
    if (recorded) {
        record->importedBy = m_userName;
        record->importedAt = QDateTime::currentDateTimeUtc();
    }
    bool stopped = false;
    RegisterChange change;
    change.allInteractions = true;
    change.allEntries = true; // rows it updates may be linked to entries
    const bool ok = transact(change, [&](QString *error) {
        for (const auto &[key, value] : settings) {
            if (!m_settings->setValue(key, value)) {
                *error = m_settings->lastError();
                return false;
            }
        }
        if (recorded && !m_interactions->addImport(record)) {
            *error = m_interactions->lastError();
            return false;
        }
        if (!m_interactions->insertImported([&](const auto &add) {
                stopped = !feed(add);
                return !stopped;
            }, m_poorRule, record)) {
            stopped = stopped && m_interactions->lastError().isEmpty();
            *error = m_interactions->lastError();
            return false;
        }
        return true;
    }, &stopped);
    if (!ok)
        record->id = 0;
    if (ok)
        return ImportResult::Done;
    return stopped ? ImportResult::Stopped : ImportResult::Failed;
}

bool RegisterDocument::setImportInRegister(qint64 importId, bool inRegister, int *keptChanged)
{
    int kept = 0;
    RegisterChange change;
    change.allInteractions = true;
    change.allEntries = true;
    const bool ok = transact(change, [&](QString *error) {
        if (!m_interactions->setImportInRegister(importId, inRegister, &kept)) {
            *error = m_interactions->lastError();
            return false;
        }
        return true;
    });
    if (keptChanged)
        *keptChanged = kept;
    return ok;
}

void RegisterDocument::forgetSetAside()
{
    // (While the register is being checked too: the purge is a change like any other.)
    if (!m_store->isReadOnly() && m_health != Health::Damaged)
        m_interactions->purgeSetAside();
}

} // namespace qw
