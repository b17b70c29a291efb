#include "entryfilter.h"

#include "domain/entry.h"

namespace qw {

bool EntryFilter::accepts(const EntrySummary &e) const
{
    if (openOnly && !isOpen(e.status))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(e.status))
        return false;
    if (!categories.isEmpty() && !categories.contains(e.category))
        return false;
    if (!service.isEmpty() && e.service != service)
        return false;
    if (!owner.isEmpty() && e.owner != owner)
        return false;
    if (raisedFrom.isValid() && (!e.raisedOn.isValid() || e.raisedOn < raisedFrom))
        return false;
    if (raisedTo.isValid() && (!e.raisedOn.isValid() || e.raisedOn > raisedTo))
        return false;
    if (!text.isEmpty()) {
        const QString needle = text.trimmed();
        if (!Entry::codeFor(e.id).contains(needle, Qt::CaseInsensitive)
            && !e.title.contains(needle, Qt::CaseInsensitive)
            && !e.service.contains(needle, Qt::CaseInsensitive)
            && !e.owner.contains(needle, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace qw
