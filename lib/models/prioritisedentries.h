#pragma once

#include "domain/entrysummary.h"
#include "domain/quadrant.h"

#include <QAbstractTableModel>
#include <QList>

namespace qw {

// Entries in the register's one priority order, as the matrix draws them: the register's list
// (EntryModel), and what shows a part of it (a review meeting's agenda). Rows are the entries,
// in order; entriesUpdated() follows the row signals of each change, once.
class PrioritisedEntries : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // The entries shown, in priority order (row r is rank r + 1).
    virtual const QList<EntrySummary> &entries() const = 0;
    virtual QuadrantRule rule() const = 0;
    virtual int rowOf(qint64 id) const = 0;
    // The number an entry's mark and row carry: its rank (row + 1), or during a review the
    // number it had when the review started (an entry with none gets the next free ones).
    virtual int numberOf(qint64 id, int rank) const
    {
        Q_UNUSED(id);
        return rank;
    }
    // What the numbers are, said beside the matrix.
    virtual QString numbersMeaning() const { return {}; }
    // Why an entry is stale (see Agenda::staleReason), empty when it is not.
    virtual QString staleReason(qint64 id) const
    {
        Q_UNUSED(id);
        return {};
    }

Q_SIGNALS:
    // The rows have been brought up to date with a change (once a change, after its row
    // signals): for what shows the entries as a whole (the matrix, counts).
    void entriesUpdated();
};

} // namespace qw
