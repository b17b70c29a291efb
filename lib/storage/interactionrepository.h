#pragma once

#include "registerstore.h"

#include <QSqlDatabase>

#include "domain/importrecord.h"
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

// Reads and writes interactions. Lists are read a page at a time, newest first, so that a
// register of a million interactions is never loaded whole. No transactions here: the
// document wraps every user change in one.
class InteractionRepository final : public InteractionStore
{
public:
    explicit InteractionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool insert(Interaction &interaction) override;
    bool update(const Interaction &interaction) override;
    // Inserts imported rows as feed() hands them over. A row that is already in the register
    // (the same import key, the same cells, or an earlier QuickWins' key) updates it where the
    // export changed it (kept in import_updates, to be undone) and is otherwise skipped, as is
    // one earlier in the feed. record: its id (0: none recorded) in; the counts out. False on
    // failure or when feed() returned false.
    bool insertImported(const InteractionFeed &feed, const PoorRule &rule, ImportRecord *record) override;
    // The response in the register that an imported row is (see insertImported), if any.
    std::optional<Interaction> findImported(const Interaction &row) const override;
    bool hasLegacyImportKeys() const override;
    // The import's record, written before its rows; its counts once they are in.
    bool addImport(ImportRecord *record) override;
    bool finishImport(const ImportRecord &record);
    QList<ImportRecord> imports() const override;
    // Sets an import's responses aside (undone, or removed from the history) or puts them back:
    // what it added leaves the register, what it changed gets its values from before, unless
    // changed again since (*keptChanged counts those, left as they are).
    bool setImportInRegister(qint64 importId, bool inRegister, int *keptChanged) override;
    // Set-aside responses of imports nobody can put back any more (the undo history is gone).
    bool purgeSetAside() override;
    PoorRule poorRule() const override;
    // Writes the rule and counts everything that depends on it again.
    bool setPoorRule(const PoorRule &rule) override;
    // Every interaction, oldest first, a page at a time for an export: false from each() stops.
    bool forEach(const std::function<bool(const Interaction &)> &each) const override;
    bool setRemoved(qint64 id, bool removed) override;
    bool erase(qint64 id) override;
    bool setEntry(qint64 interactionId, qint64 entryId) override;

    std::optional<Interaction> find(qint64 id) const override;
    std::optional<bool> isInRegister(qint64 id) const override;
    int count() const override;
    QList<Interaction> page(int offset, int limit) const override;
    // The next page after an interaction already read, in the same order: found through the
    // index on (occurred_at, id), so reading further down costs the page, not the rows before.
    QList<Interaction> pageAfter(const Interaction &last, int limit) const override;
    // The position of an interaction in page order, or -1.
    int rowOf(qint64 id) const override;
    QList<qint64> idsLinkedTo(qint64 entryId) const override;
    // Aggregates by SQL (an index scan, not a loop over rows in C++); service empty: all.
    QList<MonthlySatisfaction> monthlySatisfaction(const QString &service) const override;
    QList<TriageGroup> unlinkedPoorGroups() const override;
    int unlinkedPoorCount() const override;
    // Triage's counts cover the interactions up to a mark; rows added later are read as they
    // are until this counts them in (in the caller's transaction) and moves the mark.
    bool countNewIntoTriage() override;
    bool hasUncountedTriage() const override;
    // A triage group's interactions: all of them in the order they were added, or (latest > 0)
    // that many of the latest, newest first.
    QList<qint64> unlinkedPoorIds(const QString &service, const QString &reason, int latest = 0) const override;
    // The services interactions name, the most used first.
    QStringList services() const override;
    // Responses and average satisfaction of a service in [from, to).
    std::pair<int, double> satisfactionBetween(const QString &service, const QDate &from, const QDate &to) const override;
    std::optional<QList<ServiceMonthCounts>> countsByServiceAndMonth(const QDate &from, const QDate &to) const override;

    QString lastError() const override { return m_lastError; }

private:
    QSqlDatabase m_db; // the store's connection
    mutable QString m_lastError;
};

} // namespace qw
