#include "priority.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

namespace qw {

namespace {

// The order, as one tuple compared element by element.
auto priorityKey(const EntrySummary &e, const QuadrantRule &rule)
{
    // An entry with no date raised counts as the newest: it has no claim to seniority.
    const qint64 day = e.raisedOn.isValid() ? e.raisedOn.toJulianDay() : std::numeric_limits<qint64>::max();
    return std::tuple(int(rule.quadrant(e.impact, e.effort)), -e.impact, e.effort, -e.linkedCount, day, e.id);
}

} // namespace

bool priorityLess(const EntrySummary &a, const EntrySummary &b, const QuadrantRule &rule)
{
    return priorityKey(a, rule) < priorityKey(b, rule);
}

void sortByPriority(QList<EntrySummary> &entries, const QuadrantRule &rule)
{
    // The same order as priorityLess(), each key worked out once and packed into one number
    // (quadrant, impact, effort, links, day raised) with the id to break ties: ten thousand
    // entries sort in a fraction of the time of comparing summaries.
    struct Keyed
    {
        quint64 key;
        qint64 id;
        qsizetype index;
    };
    constexpr qint64 MaxLinks = (qint64(1) << 24) - 1; // more links than this sort as equal
    constexpr qint64 NoDay = (qint64(1) << 32) - 1;
    std::vector<Keyed> keys;
    keys.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const EntrySummary &e = entries.at(i);
        const qint64 day = e.raisedOn.isValid() ? std::clamp(e.raisedOn.toJulianDay(), qint64(0), NoDay - 1) : NoDay;
        const quint64 key = quint64(rule.quadrant(e.impact, e.effort)) << 62
            | quint64(std::clamp(5 - e.impact, 0, 7)) << 59 | quint64(std::clamp(e.effort, 0, 7)) << 56
            | quint64(MaxLinks - std::clamp(qint64(e.linkedCount), qint64(0), MaxLinks)) << 32
            | quint64(day);
        keys.push_back({key, e.id, i});
    }
    std::sort(keys.begin(), keys.end(), [](const Keyed &a, const Keyed &b) {
        return a.key != b.key ? a.key < b.key : a.id < b.id;
    });
    QList<EntrySummary> sorted;
    sorted.reserve(entries.size());
    for (const Keyed &k : keys)
        sorted.append(std::move(entries[k.index]));
    entries = std::move(sorted);
}

} // namespace qw
