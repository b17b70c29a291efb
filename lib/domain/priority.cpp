#include "priority.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace qw {

bool priorityLess(const EntrySummary &a, const EntrySummary &b, const QuadrantRule &rule)
{
    // An entry with no date raised counts as the newest: it has no claim to seniority.
    const auto dayOf = [](const EntrySummary &e) {
        return e.raisedOn.isValid() ? e.raisedOn.toJulianDay() : std::numeric_limits<qint64>::max();
    };
    const auto key = [&](const EntrySummary &e) {
        return std::tuple(int(rule.quadrant(e.impact, e.effort)), -e.impact, e.effort,
                          -e.linkedCount, dayOf(e), e.id);
    };
    return key(a) < key(b);
}

void sortByPriority(QList<EntrySummary> &entries, const QuadrantRule &rule)
{
    std::sort(entries.begin(), entries.end(), [&](const EntrySummary &a, const EntrySummary &b) {
        return priorityLess(a, b, rule);
    });
}

} // namespace qw
