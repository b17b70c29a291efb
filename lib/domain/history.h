#pragma once

#include <QDateTime>
#include <QString>

namespace qw {

// One recorded change of one field of an entry (or an interaction linked to it or unlinked).
struct HistoryRecord
{
    QDateTime changedAt;
    QString changedBy;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace qw
