#pragma once

#include "registerstore.h"

#include <QSqlDatabase>

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
class EntryRepository final : public EntryStore
{
public:
    explicit EntryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts the entry; an id of 0 gets a new id, any other id is restored as it was.
    bool insert(Entry &entry, const QString &who) override;
    // Writes every field that differs from what is stored, and records each in the history.
    bool update(const Entry &entry, const QString &who, const Entry *stored = nullptr) override;
    bool setRemoved(qint64 id, bool removed, const QString &who) override;
    // Deletes the entry for good: only for undoing its creation.
    bool erase(qint64 id) override;

    std::optional<Entry> find(qint64 id) const override; // removed ones too (for undo and history)
    // Every entry not removed, whole, in one query (an export); nullopt when the read failed.
    std::optional<QList<Entry>> all() const override;
    bool isInRegister(qint64 id) const override;         // there, and not removed
    QList<EntrySummary> summaries() const override;
    // Those of the entries named that are in the register.
    QList<EntrySummary> summaries(const QList<qint64> &ids) const override;
    // The same through any SQLite connection to a register (one of another thread's own);
    // *error set when they could not be read. ids: only those.
    static QList<EntrySummary> readSummaries(sqlite3 *connection, QString *error,
                                             const QList<qint64> *ids = nullptr);
    QList<HistoryRecord> history(qint64 id) const override;
    // Open entries of the same service or whose text matches (FTS5, best match first).
    QList<EntrySuggestion> suggest(const QString &service, const QString &text, int limit) const override;
    int count() const override;

    QString lastError() const override { return m_lastError; }

    // A line of an entry's history that is not a field of the entry (an interaction linked
    // or unlinked, say), in the caller's transaction.
    bool addHistory(qint64 id, const QString &who, const QString &field, const QString &oldValue,
                    const QString &newValue) override;

private:
    QList<EntrySummary> querySummaries(const QList<qint64> *ids) const;

    QSqlDatabase m_db; // the store's connection
    mutable QString m_lastError;
};

} // namespace qw
