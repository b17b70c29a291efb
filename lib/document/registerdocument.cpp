#include "registerdocument.h"

#include "domain/fieldlimits.h"
#include "storage/integritycheck.h"
#include "storage/interactionrepository.h"
#include "storage/registerdatabase.h"
#include "storage/settingsrepository.h"
#include "storage/snapshotrepository.h"

#include "storage/sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUndoStack>

#include <sqlite3.h>

#include <future>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace qw {

RegisterDocument::RegisterDocument(std::unique_ptr<RegisterDatabase> database)
    : m_database(std::move(database)),
      m_entries(std::make_unique<EntryRepository>(m_database->connectionName())),
      m_interactions(std::make_unique<InteractionRepository>(m_database->connectionName())),
      m_snapshots(std::make_unique<SnapshotRepository>(m_database->connectionName())),
      m_settings(std::make_unique<SettingsRepository>(m_database->connectionName())),
      m_undoStack(new QUndoStack(this))
{
    m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_userName.isEmpty())
        m_userName = tr("unknown");
}

struct RegisterDocument::Prefetch
{
    std::future<std::optional<QList<EntrySummary>>> summaries;
    sqlite3_int64 changesBefore = 0; // this connection's changes when it started
};

struct RegisterDocument::Check
{
    struct Result
    {
        QString problem;
        std::optional<Backups::Backup> healthy;
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

std::unique_ptr<RegisterDocument> RegisterDocument::open(const QString &path, QString *error,
                                                         bool readOnly)
{
    auto database = RegisterDatabase::open(path, error,
                                           readOnly ? RegisterDatabase::Mode::ReadOnly
                                                    : RegisterDatabase::Mode::ReadWrite);
    if (!database)
        return nullptr;
    std::unique_ptr<RegisterDocument> document(new RegisterDocument(std::move(database)));
    document->m_poorRule = document->m_interactions->poorRule();
    return document;
}

bool RegisterDocument::restoreFrom(const QString &backupPath, QString *error)
{
    if (!m_database->restoreFrom(backupPath, error))
        return false;
    m_undoStack->clear();
    return true;
}

QString RegisterDocument::filePath() const
{
    return m_database->filePath();
}

bool RegisterDocument::isReadOnly() const
{
    return m_database->isReadOnly() || m_health == Health::Checking || m_health == Health::Damaged;
}

QString RegisterDocument::readOnlyReason() const
{
    const QString shown = QDir::toNativeSeparators(filePath());
    if (m_health == Health::Damaged)
        return m_damage;
    switch (m_database->readOnlyReason()) {
    case RegisterDatabase::ReadOnlyReason::DiskFull:
        return tr("“%1” is read-only for now: the disk is full, so no change could be saved. Free some space and "
                  "open it again.").arg(shown);
    case RegisterDatabase::ReadOnlyReason::NotWritable:
        return tr("You may look at “%1” but not change it: the file or its folder is write-protected.").arg(shown);
    case RegisterDatabase::ReadOnlyReason::Asked:
        return tr("You may look at “%1” but not change it: it was opened read-only.").arg(shown);
    case RegisterDatabase::ReadOnlyReason::None:
        break;
    }
    if (m_health == Health::Checking)
        return tr("Checking “%1” is whole before it can be changed…").arg(shown);
    return {};
}

bool RegisterDocument::canRestore() const
{
    return !m_database->isReadOnly() && m_health != Health::Checking;
}

void RegisterDocument::startCheck()
{
    if (m_health != Health::Unchecked)
        return;
    m_health = Health::Checking;
    m_check = std::make_unique<Check>();
    const std::atomic<bool> *cancel = &m_check->cancel;
    m_check->thread.reset(QThread::create([this, cancel, uri = m_database->readerUri(), path = filePath()] {
        // Niced: the check reads the whole register (240 MB in about 0.65 s at 1,000,000
        // interactions) and must not slow the window's first paint on a 2-core machine; it is
        // never starved either, as an idle-priority thread would be on a busy one.
        ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10);
        Check::Result result;
        result.problem = IntegrityCheck::run(uri, cancel);
        if (!result.problem.isEmpty())
            result.healthy = IntegrityCheck::newestHealthyBackup(path, cancel);
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
                m_damage = IntegrityCheck::describeDamage(filePath(), result.problem, result.healthy);
                m_healthyBackup = result.healthy ? result.healthy->path : QString();
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
    const QString problem = IntegrityCheck::run(m_database->readerUri());
    if (problem.isEmpty()) {
        m_health = Health::Whole;
    } else {
        const std::optional<Backups::Backup> healthy = IntegrityCheck::newestHealthyBackup(filePath());
        m_health = Health::Damaged;
        m_damage = IntegrityCheck::describeDamage(filePath(), problem, healthy);
        m_healthyBackup = healthy ? healthy->path : QString();
    }
    Q_EMIT healthChanged();
    return m_health == Health::Whole;
}

void RegisterDocument::markDamaged(const QString &problem) const
{
    if (m_health == Health::Damaged)
        return;
    const std::optional<Backups::Backup> healthy = IntegrityCheck::newestHealthyBackup(filePath());
    m_health = Health::Damaged;
    m_damage = IntegrityCheck::describeDamage(filePath(), problem, healthy);
    m_healthyBackup = healthy ? healthy->path : QString();
    auto *self = const_cast<RegisterDocument *>(this);
    Q_EMIT self->healthChanged();
    Q_EMIT self->errorOccurred(m_damage);
}

void RegisterDocument::noteReadError(const QString &error) const
{
    if (error.isEmpty())
        return;
    if (IntegrityCheck::isDamage(error)) {
        markDamaged(error);
        return;
    }
    auto *self = const_cast<RegisterDocument *>(this);
    Q_EMIT self->errorOccurred(tr("“%1” could not be read whole, so what is shown is incomplete: %2")
                                   .arg(QDir::toNativeSeparators(filePath()), error));
}

bool RegisterDocument::isNew() const
{
    return m_database->isNew();
}

QList<EntrySummary> RegisterDocument::entrySummaries() const
{
    if (m_prefetch) {
        const std::unique_ptr<Prefetch> prefetch = std::move(m_prefetch);
        std::optional<QList<EntrySummary>> read = prefetch->summaries.get();
        // Nothing else writes while the register is locked to this document: when this
        // connection changed nothing since, what was read is what is there.
        sqlite3 *connection = Sql::nativeHandle(m_database->connection());
        if (read && connection && sqlite3_total_changes64(connection) == prefetch->changesBefore)
            return *std::move(read);
    }
    QList<EntrySummary> result = m_entries->summaries();
    noteReadError(m_entries->lastError());
    return result;
}

QList<EntrySummary> RegisterDocument::entrySummaries(const QList<qint64> &ids) const
{
    QList<EntrySummary> result = m_entries->summaries(ids);
    noteReadError(m_entries->lastError());
    return result;
}

void RegisterDocument::prefetchEntrySummaries()
{
    sqlite3 *connection = Sql::nativeHandle(m_database->connection());
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

std::optional<Entry> RegisterDocument::entry(qint64 id) const
{
    return m_entries->find(id);
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

bool RegisterDocument::saveCopyAs(const QString &target, QString *error) const
{
    return m_database->saveCopyAs(target, error);
}

QList<Snapshot> RegisterDocument::snapshots() const
{
    return m_snapshots->all();
}

QList<SnapshotEntry> RegisterDocument::snapshotEntries(qint64 snapshotId) const
{
    return m_snapshots->entries(snapshotId);
}

QString RegisterDocument::setting(const QString &key) const
{
    return m_settings->value(key);
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
    return m_interactions->monthlySatisfaction(service);
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
    std::tie(result.responsesAfter, result.averageAfter) =
        m_interactions->satisfactionBetween(entry.service, entry.doneOn, entry.doneOn.addDays(windowDays));
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
    if (!m_database->isReadOnly() && m_health != Health::Damaged)
        m_interactions->purgeSetAside();
}

} // namespace qw
