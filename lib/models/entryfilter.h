#pragma once

#include "domain/category.h"
#include "domain/entrysummary.h"
#include "domain/status.h"

#include <QDate>
#include <QList>
#include <QString>

namespace qw {

// Which entries the list and the matrix show. They share one filter, so what a meeting sees
// on the matrix is exactly what the list ranks. By default only open entries are shown.
struct EntryFilter
{
    bool openOnly = true;
    QList<Status> statuses;        // empty: any
    QList<Category> categories;    // empty: any
    QString service;               // empty: any
    QString owner;                 // empty: any
    QDate raisedFrom;              // invalid: no lower bound
    QDate raisedTo;                // invalid: no upper bound
    QString text;                  // matched, case-insensitively, against ID, title, service, owner

    bool accepts(const EntrySummary &entry) const;
    bool isDefault() const { return *this == EntryFilter(); }
    friend bool operator==(const EntryFilter &, const EntryFilter &) = default;
};

} // namespace qw
