#pragma once

#include "entrysummary.h"
#include "quadrant.h"

#include <QList>

namespace qw {

// The one priority order of the register, used by the list, the numbers on the chart and
// every export: quick wins first, then major projects, fill-ins and thankless tasks; inside a
// quadrant higher impact first, then lower effort, then more linked interactions, then older
// (earlier raised). The entry ID settles what is still tied, so the order is total.
bool priorityLess(const EntrySummary &a, const EntrySummary &b, const QuadrantRule &rule = {});

void sortByPriority(QList<EntrySummary> &entries, const QuadrantRule &rule = {});

} // namespace qw
