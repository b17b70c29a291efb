#pragma once

#include "domain/entrysummary.h"
#include "domain/snapshot.h"

#include <QList>

namespace qw {

// What changed between a snapshot and now, for the entries shown now.
struct SnapshotComparison
{
    struct Move
    {
        qint64 id = 0;
        int fromImpact = 0;
        int fromEffort = 0;
        int toImpact = 0;
        int toEffort = 0;
    };
    struct Gone
    {
        qint64 id = 0;
        QString title;
        bool closed = false;   // still in the register, but done, verified or rejected
    };

    QList<Move> moved;         // rescored since the snapshot
    QList<qint64> added;       // not in the snapshot
    QList<Gone> gone;          // open in the snapshot, now closed or removed

    static SnapshotComparison compare(const QList<SnapshotEntry> &before,
                                      const QList<EntrySummary> &shown,
                                      const QList<EntrySummary> &all);
};

} // namespace qw
