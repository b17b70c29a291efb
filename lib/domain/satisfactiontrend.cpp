#include "satisfactiontrend.h"

#include <QCoreApplication>

namespace qw {

BeforeAfter::Verdict BeforeAfter::judge(int before, double averageBefore, int after, double averageAfter)
{
    if (before < MinimumResponses || after < MinimumResponses)
        return Verdict::NotEnoughData;
    const double change = averageAfter - averageBefore;
    // A hair under the threshold still counts, so that 0.55 -> 0.60 is not lost to rounding.
    if (change >= Threshold - 1e-9)
        return Verdict::Improved;
    if (change <= -Threshold + 1e-9)
        return Verdict::Worse;
    return Verdict::NoChange;
}

QString verdictName(BeforeAfter::Verdict verdict)
{
    switch (verdict) {
    case BeforeAfter::Verdict::Improved: return QCoreApplication::translate("qw::BeforeAfter", "improved");
    case BeforeAfter::Verdict::NoChange: return QCoreApplication::translate("qw::BeforeAfter", "no change");
    case BeforeAfter::Verdict::Worse: return QCoreApplication::translate("qw::BeforeAfter", "worse");
    case BeforeAfter::Verdict::NotEnoughData: return QCoreApplication::translate("qw::BeforeAfter", "not enough data");
    }
    return {};
}

} // namespace qw
