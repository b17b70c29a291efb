#pragma once

#include "domain/interaction.h"
#include "domain/satisfactiontrend.h"
#include "domain/triage.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <QString>

#include <optional>

namespace qw {

// An import hands its rows over one at a time: feed(add) calls add() for each row as it is
// read and returns false to have everything rolled back. add() returns false when the row
// could not be written.
using InteractionFeed = std::function<bool(const std::function<bool(const Interaction &)> &add)>;

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
    // Inserts imported rows as feed() hands them over, skipping those whose import key is
    // already in the register (or earlier in the feed). Returns how many were added, or -1 on
    // failure or when feed() returned false.
    int insertImported(const InteractionFeed &feed, int *poorAdded);
    QSet<QString> existingImportKeys(const QStringList &keys) const;
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
    // Responses and average satisfaction of a service in [from, to).
    std::pair<int, double> satisfactionBetween(const QString &service, const QDate &from, const QDate &to) const;

    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace qw
