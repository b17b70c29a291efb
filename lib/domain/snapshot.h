#pragma once

#include "status.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qw {

// Where every entry stood at a moment worth remembering, usually a team meeting, so that the
// next meeting can see what moved.
struct Snapshot
{
    qint64 id = 0;
    QString name;
    QDateTime takenAt;
};

struct SnapshotEntry
{
    qint64 entryId = 0;
    QString title;
    int impact = 0;
    int effort = 0;
    Status status = Status::Proposed;
    friend bool operator==(const SnapshotEntry &, const SnapshotEntry &) = default;
};

} // namespace qw
