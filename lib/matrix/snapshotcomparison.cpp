#include "snapshotcomparison.h"

#include <QHash>

namespace qw {

SnapshotComparison SnapshotComparison::compare(const QList<SnapshotEntry> &before,
                                               const QList<EntrySummary> &shown,
                                               const QList<EntrySummary> &all)
{
    SnapshotComparison result;
    QHash<qint64, const SnapshotEntry *> then;
    for (const SnapshotEntry &e : before)
        then.insert(e.entryId, &e);
    QHash<qint64, const EntrySummary *> now;
    for (const EntrySummary &e : all)
        now.insert(e.id, &e);

    for (const EntrySummary &e : shown) {
        const SnapshotEntry *old = then.value(e.id);
        if (!old)
            result.added.append(e.id);
        else if (old->impact != e.impact || old->effort != e.effort)
            result.moved.append({e.id, old->impact, old->effort, e.impact, e.effort});
    }
    for (const SnapshotEntry &old : before) {
        if (!isOpen(old.status))
            continue;
        const EntrySummary *current = now.value(old.entryId);
        if (!current)
            result.gone.append({old.entryId, old.title, false});
        else if (!isOpen(current->status))
            result.gone.append({old.entryId, current->title, true});
    }
    return result;
}

} // namespace qw
