#pragma once

#include "registerstore.h"

#include <QSqlDatabase>

#include "domain/snapshot.h"

#include <QList>
#include <QString>

namespace qw {

// Reads and writes snapshots of the matrix. No transactions here: the document wraps every
// change in one.
class SnapshotRepository final : public SnapshotStore
{
public:
    explicit SnapshotRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Records every entry's scores and status now; an id of 0 gets a new id.
    bool take(Snapshot &snapshot) override;
    // Puts back a snapshot exactly as it was (for redo).
    bool restore(const Snapshot &snapshot, const QList<SnapshotEntry> &entries) override;
    bool erase(qint64 id) override;

    QList<Snapshot> all() const override;   // newest first
    QList<SnapshotEntry> entries(qint64 snapshotId) const override;

    QString lastError() const override { return m_lastError; }

private:
    QSqlDatabase m_db; // the store's connection
    mutable QString m_lastError;
};

} // namespace qw
