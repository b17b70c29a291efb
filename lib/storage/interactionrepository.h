#pragma once

#include "domain/interaction.h"
#include "domain/satisfactiontrend.h"
#include "domain/triage.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <QDateTime>
#include <QString>

#include <optional>

namespace qw {

// An import hands its rows over one at a time: feed(add) calls add() for each row as it is
// read and returns false to have everything rolled back. add() returns false when the row
// could not be written.
using InteractionFeed = std::function<bool(const std::function<bool(const Interaction &)> &add)>;

// One import of one export, as the register records it: what was read, by whom, and what it
// did. An import is one undo step, and can be removed later (its responses are set aside).
struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString source;          // "Zendesk", "a generic export"
    QString encoding;
    QString mapping;         // "ticket=number;date=opened_at"
    QString importedBy;
    QDateTime importedAt;    // UTC
    int rowsRead = 0;
    int added = 0;
    int poorAdded = 0;       // of the added (not stored)
    int updated = 0;
    int unchanged = 0;       // already there as they are, or twice in the file
    bool inRegister = true;  // false once undone or removed
};

// Reads and writes interactions. Lists are read a page at a time, newest first, so that a
// register of a million interactions is never loaded whole. No transactions here: the
// document wraps every user change in one.
class InteractionRepository final
{
public:
    explicit InteractionRepository(QString connectionName)
        : m_connectionName(std::move(connectionName)) {}

    bool insert(Interaction &interaction);
    bool update(const Interaction &interaction);
    // Inserts imported rows as feed() hands them over. A row that is already in the register
    // (the same import key, the same cells, or an earlier QuickWins' key) updates it where the
    // export changed it (kept in import_updates, to be undone) and is otherwise skipped, as is
    // one earlier in the feed. record: its id (0: none recorded) in; the counts out. False on
    // failure or when feed() returned false.
    bool insertImported(const InteractionFeed &feed, const PoorRule &rule, ImportRecord *record);
    // The response in the register that an imported row is (see insertImported), if any.
    std::optional<Interaction> findImported(const Interaction &row) const;
    // Whether an import would change a response it finds: the fields an export fills.
    static bool importedFieldsDiffer(const Interaction &a, const Interaction &b);
    bool hasLegacyImportKeys() const;
    // The import's record, written before its rows; its counts once they are in.
    bool addImport(ImportRecord *record);
    bool finishImport(const ImportRecord &record);
    QList<ImportRecord> imports() const;
    // Sets an import's responses aside (undone, or removed from the history) or puts them back:
    // what it added leaves the register, what it changed gets its values from before, unless
    // changed again since (*keptChanged counts those, left as they are).
    bool setImportInRegister(qint64 importId, bool inRegister, int *keptChanged);
    // Set-aside responses of imports nobody can put back any more (the undo history is gone).
    bool purgeSetAside();
    PoorRule poorRule() const;
    // Writes the rule and counts everything that depends on it again.
    bool setPoorRule(const PoorRule &rule);
    // Every interaction, oldest first, a page at a time for an export: false from each() stops.
    bool forEach(const std::function<bool(const Interaction &)> &each) const;
    bool setRemoved(qint64 id, bool removed);
    bool erase(qint64 id);
    bool setEntry(qint64 interactionId, qint64 entryId);

    std::optional<Interaction> find(qint64 id) const;
    int count() const;
    QList<Interaction> page(int offset, int limit) const;
    // The next page after an interaction already read, in the same order: found through the
    // index on (occurred_at, id), so reading further down costs the page, not the rows before.
    QList<Interaction> pageAfter(const Interaction &last, int limit) const;
    // The position of an interaction in page order, or -1.
    int rowOf(qint64 id) const;
    QList<qint64> idsLinkedTo(qint64 entryId) const;
    // Aggregates by SQL (an index scan, not a loop over rows in C++); service empty: all.
    QList<MonthlySatisfaction> monthlySatisfaction(const QString &service) const;
    QList<TriageGroup> unlinkedPoorGroups() const;
    // Triage's counts cover the interactions up to a mark; rows added later are read as they
    // are until this counts them in (in the caller's transaction) and moves the mark.
    bool countNewIntoTriage();
    bool hasUncountedTriage() const;
    // A triage group's interactions: all of them in the order they were added, or (latest > 0)
    // that many of the latest, newest first.
    QList<qint64> unlinkedPoorIds(const QString &service, const QString &reason, int latest = 0) const;
    // The services interactions name, the most used first.
    QStringList services() const;
    // Responses and average satisfaction of a service in [from, to).
    std::pair<int, double> satisfactionBetween(const QString &service, const QDate &from, const QDate &to) const;

    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace qw
