#pragma once

#include "domain/entry.h"
#include "domain/entrysummary.h"
#include "domain/history.h"
#include "domain/triage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct sqlite3;

namespace qw {

// Reads and writes entries and their history. Every statement is prepared with bound values.
// It does not open transactions: RegisterDocument wraps each user change in one.
class EntryRepository final
{
public:
    explicit EntryRepository(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    // Inserts the entry; an id of 0 gets a new id, any other id is restored as it was.
    bool insert(Entry &entry, const QString &who);
    // Writes every field that differs from what is stored, and records each in the history.
    bool update(const Entry &entry, const QString &who);
    bool setRemoved(qint64 id, bool removed, const QString &who);
    // Deletes the entry for good: only for undoing its creation.
    bool erase(qint64 id);

    std::optional<Entry> find(qint64 id) const; // removed ones too (for undo and history)
    // Every entry not removed, whole, in one query (an export); nullopt when the read failed.
    std::optional<QList<Entry>> all() const;
    bool isInRegister(qint64 id) const;         // there, and not removed
    QList<EntrySummary> summaries() const;
    // Those of the entries named that are in the register.
    QList<EntrySummary> summaries(const QList<qint64> &ids) const;
    // The same through any SQLite connection to a register (one of another thread's own);
    // *error set when they could not be read. ids: only those.
    static QList<EntrySummary> readSummaries(sqlite3 *connection, QString *error,
                                             const QList<qint64> *ids = nullptr);
    QList<HistoryRecord> history(qint64 id) const;
    // Open entries of the same service or whose text matches (FTS5, best match first).
    QList<EntrySuggestion> suggest(const QString &service, const QString &text, int limit) const;
    int count() const;

    QString lastError() const { return m_lastError; }

    // A line of an entry's history that is not a field of the entry (an interaction linked
    // or unlinked, say), in the caller's transaction.
    bool addHistory(qint64 id, const QString &who, const QString &field, const QString &oldValue,
                    const QString &newValue);

private:

    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace qw
