#pragma once

#include "category.h"
#include "quadrant.h"
#include "status.h"

#include "storedvalues.h"

#include <QDate>
#include <QString>

namespace qw {

// What the list and the matrix need of an entry: small enough to hold every entry of a large
// register in memory, unlike the entries' long texts and their linked interactions.
struct EntrySummary
{
    qint64 id = 0;
    QString title;
    int impact = 3;
    int effort = 3;
    Status status = Status::Proposed;
    Category category = Category::Process;
    QString service;
    QString owner;
    QDate raisedOn;
    int linkedCount = 0;
    QDate doneOn;
    StoredValues stored; // what was read but is not a value QuickWins knows

    friend bool operator==(const EntrySummary &, const EntrySummary &) = default;
};

} // namespace qw

// Its members move by memcpy: a list of ten thousand grows without copying each summary.
Q_DECLARE_TYPEINFO(qw::EntrySummary, Q_RELOCATABLE_TYPE);
