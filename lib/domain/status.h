#pragma once

#include <QList>
#include <QString>

namespace qw {

// The lifecycle of an improvement entry. The integer values are stored in the register:
// never renumber them, only append.
enum class Status {
    Proposed = 0,
    Approved = 1,
    InProgress = 2,
    Done = 3,
    Verified = 4,
    Deferred = 5,
    Rejected = 6,
};

QList<Status> allStatuses();
QString statusName(Status status);            // translated, for people
bool isOpen(Status status);                   // still to be worked on or decided
bool statusFromInt(int value, Status *status);

} // namespace qw
