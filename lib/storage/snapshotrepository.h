#pragma once

#include "domain/snapshot.h"

#include <QList>
#include <QString>

namespace qw {

// Reads and writes snapshots of the matrix. No transactions here: the document wraps every
// change in one.
class SnapshotRepository final
{
public:
    explicit SnapshotRepository(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    // Records every entry's scores and status now; an id of 0 gets a new id.
    bool take(Snapshot &snapshot);
    // Puts back a snapshot exactly as it was (for redo).
    bool restore(const Snapshot &snapshot, const QList<SnapshotEntry> &entries);
    bool erase(qint64 id);

    QList<Snapshot> all() const;   // newest first
    QList<SnapshotEntry> entries(qint64 snapshotId) const;

    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace qw
