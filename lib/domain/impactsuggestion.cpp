#include "impactsuggestion.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

// Gives this file a translation context of its own.
struct SuggestionText
{
    Q_DECLARE_TR_FUNCTIONS(ImpactSuggestion)
};

// 0 for the best answer of the scale, 1 for the worst.
double badness(const Interaction &i)
{
    const int lo = scaleMinimum(i.scale);
    const int hi = scaleMaximum(i.scale);
    return hi > lo ? double(hi - i.score) / double(hi - lo) : 0.0;
}

} // namespace

std::optional<ImpactSuggestion> suggestImpact(const QList<Interaction> &linked, const QDate &today,
                                              const PoorRule &rule)
{
    QList<Interaction> poor;
    for (const Interaction &i : linked) {
        if (i.isPoor(rule))
            poor.append(i);
    }
    if (poor.isEmpty())
        return std::nullopt;

    ImpactSuggestion s;
    int recent = 0;
    int repeats = 0;
    double worst = 0;
    QHash<QString, int> perCustomer;
    for (const Interaction &i : std::as_const(poor)) {
        recent += i.occurredAt.date().daysTo(today) <= 90 ? 1 : 0;
        repeats += i.repeatContact ? 1 : 0;
        worst += badness(i);
        if (!i.customer.trimmed().isEmpty())
            ++perCustomer[i.customer.trimmed().toLower()];
    }
    const int older = int(poor.size()) - recent;
    const double weighted = recent + 0.5 * older;
    double score = weighted < 2 ? 1 : weighted < 4 ? 2 : weighted < 8 ? 3 : weighted < 16 ? 4 : 5;
    s.reasons << SuggestionText::tr("poor interactions linked: %1; %2 in the last 90 days, %3 older "
                                    "(counted half): volume level %4")
                     .arg(poor.size()).arg(recent).arg(older).arg(int(score));

    const double meanBadness = worst / double(poor.size());
    if (meanBadness >= 0.8) {
        score += 0.5;
        s.reasons << SuggestionText::tr("very poor scores (on average in the worst fifth of the scale): +0.5");
    }
    if (repeats * 10 >= int(poor.size()) * 3) {
        score += 0.5;
        s.reasons << SuggestionText::tr("%1 of %2 were repeat contacts (30 % or more): +0.5").arg(repeats).arg(poor.size());
    }
    const int largestShare = perCustomer.isEmpty() ? 0 : *std::max_element(perCustomer.cbegin(), perCustomer.cend());
    if (perCustomer.size() >= 5) {
        score += 0.5;
        s.reasons << SuggestionText::tr("%1 different customers (5 or more): +0.5").arg(perCustomer.size());
    } else if (perCustomer.size() == 1 && largestShare >= 3) {
        score -= 0.5;
        s.reasons << SuggestionText::tr("all from one customer: −0.5");
    }
    s.impact = std::clamp(int(std::floor(score + 0.5)), 1, 5);
    return s;
}

} // namespace qw
