#include "status.h"

#include <QCoreApplication>

namespace qw {

QList<Status> allStatuses()
{
    return {Status::Proposed, Status::Approved, Status::InProgress, Status::Done,
            Status::Verified, Status::Deferred, Status::Rejected};
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Proposed: return QCoreApplication::translate("qw::Status", "Proposed");
    case Status::Approved: return QCoreApplication::translate("qw::Status", "Approved");
    case Status::InProgress: return QCoreApplication::translate("qw::Status", "In progress");
    case Status::Done: return QCoreApplication::translate("qw::Status", "Done");
    case Status::Verified: return QCoreApplication::translate("qw::Status", "Verified");
    case Status::Deferred: return QCoreApplication::translate("qw::Status", "Deferred");
    case Status::Rejected: return QCoreApplication::translate("qw::Status", "Rejected");
    }
    return {};
}

bool isOpen(Status status)
{
    return status == Status::Proposed || status == Status::Approved
        || status == Status::InProgress || status == Status::Deferred;
}

bool statusFromInt(int value, Status *status)
{
    if (value < int(Status::Proposed) || value > int(Status::Rejected))
        return false;
    *status = Status(value);
    return true;
}

} // namespace qw
