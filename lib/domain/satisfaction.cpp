#include "satisfaction.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace qw {

QList<SatisfactionScale> allSatisfactionScales()
{
    return {SatisfactionScale::OneToFive, SatisfactionScale::OneToTen,
            SatisfactionScale::ZeroToThree, SatisfactionScale::BadGood,
            SatisfactionScale::UnhappyNeutralHappy, SatisfactionScale::ZeroToTen};
}

QString scaleName(SatisfactionScale scale)
{
    switch (scale) {
    case SatisfactionScale::OneToFive: return QCoreApplication::translate("qw::Satisfaction", "1 to 5");
    case SatisfactionScale::OneToTen: return QCoreApplication::translate("qw::Satisfaction", "1 to 10");
    case SatisfactionScale::ZeroToThree: return QCoreApplication::translate("qw::Satisfaction", "0 to 3");
    case SatisfactionScale::BadGood: return QCoreApplication::translate("qw::Satisfaction", "Bad / good");
    case SatisfactionScale::UnhappyNeutralHappy:
        return QCoreApplication::translate("qw::Satisfaction", "Unhappy / neutral / happy");
    case SatisfactionScale::ZeroToTen: return QCoreApplication::translate("qw::Satisfaction", "0 to 10");
    }
    return {};
}

bool scaleFromInt(int value, SatisfactionScale *scale)
{
    if (value < int(SatisfactionScale::OneToFive) || value > int(SatisfactionScale::ZeroToTen))
        return false;
    *scale = SatisfactionScale(value);
    return true;
}

QString scaleKey(SatisfactionScale scale)
{
    switch (scale) {
    case SatisfactionScale::OneToFive: return QStringLiteral("1-5");
    case SatisfactionScale::OneToTen: return QStringLiteral("1-10");
    case SatisfactionScale::ZeroToThree: return QStringLiteral("0-3");
    case SatisfactionScale::BadGood: return QStringLiteral("bad-good");
    case SatisfactionScale::UnhappyNeutralHappy: return QStringLiteral("unhappy-happy");
    case SatisfactionScale::ZeroToTen: return QStringLiteral("0-10");
    }
    return {};
}

std::optional<SatisfactionScale> scaleFromKey(const QString &key)
{
    for (SatisfactionScale scale : allSatisfactionScales()) {
        if (scaleKey(scale) == key.trimmed().toLower())
            return scale;
    }
    return std::nullopt;
}

int scaleMinimum(SatisfactionScale scale)
{
    switch (scale) {
    case SatisfactionScale::OneToFive:
    case SatisfactionScale::OneToTen:
        return 1;
    case SatisfactionScale::ZeroToThree:
    case SatisfactionScale::BadGood:
    case SatisfactionScale::UnhappyNeutralHappy:
    case SatisfactionScale::ZeroToTen:
        return 0;
    }
    return 0;
}

double normalisedScore(SatisfactionScale scale, int score)
{
    return double(score - scaleMinimum(scale)) / double(scaleMaximum(scale) - scaleMinimum(scale));
}

int scaleMaximum(SatisfactionScale scale)
{
    switch (scale) {
    case SatisfactionScale::OneToFive: return 5;
    case SatisfactionScale::OneToTen: return 10;
    case SatisfactionScale::ZeroToThree: return 3;
    case SatisfactionScale::BadGood: return 1;
    case SatisfactionScale::UnhappyNeutralHappy: return 2;
    case SatisfactionScale::ZeroToTen: return 10;
    }
    return 0;
}

QString scoreText(SatisfactionScale scale, int score)
{
    switch (scale) {
    case SatisfactionScale::BadGood:
        return score == 0 ? QCoreApplication::translate("qw::Satisfaction", "bad")
                          : QCoreApplication::translate("qw::Satisfaction", "good");
    case SatisfactionScale::UnhappyNeutralHappy:
        if (score == 0)
            return QCoreApplication::translate("qw::Satisfaction", "unhappy");
        return score == 1 ? QCoreApplication::translate("qw::Satisfaction", "neutral")
                          : QCoreApplication::translate("qw::Satisfaction", "happy");
    default:
        return QCoreApplication::translate("qw::Satisfaction", "%1 of %2")
            .arg(score).arg(scaleMaximum(scale));
    }
}

PoorRule PoorRule::defaults()
{
    PoorRule rule;
    rule.setPoorUpTo(SatisfactionScale::OneToFive, 2);
    rule.setPoorUpTo(SatisfactionScale::OneToTen, 4);
    rule.setPoorUpTo(SatisfactionScale::ZeroToThree, 1); // 0 is "Unknown": no answer
    rule.setPoorUpTo(SatisfactionScale::BadGood, 0);
    rule.setPoorUpTo(SatisfactionScale::UnhappyNeutralHappy, 0);
    rule.setPoorUpTo(SatisfactionScale::ZeroToTen, 6);
    return rule;
}

void PoorRule::setPoorUpTo(SatisfactionScale scale, int upTo)
{
    m_upTo[std::size_t(scale)] = std::clamp(upTo, scaleMinimum(scale) - 1, scaleMaximum(scale));
}

QString PoorRule::describe(SatisfactionScale scale) const
{
    const int upTo = poorUpTo(scale);
    // On 0-3, 0 is "Unknown" (no answer): the poor points start at 1.
    const int from = scale == SatisfactionScale::ZeroToThree ? 1 : scaleMinimum(scale);
    if (upTo < from)
        return QCoreApplication::translate("qw::Satisfaction", "%1: no response is poor").arg(scaleName(scale));
    if (scale == SatisfactionScale::BadGood || scale == SatisfactionScale::UnhappyNeutralHappy) {
        QStringList labels;
        for (int s = from; s <= upTo; ++s)
            labels << QStringLiteral("“%1”").arg(scoreText(scale, s));
        return (labels.size() == 1 ? QCoreApplication::translate("qw::Satisfaction", "%1: %2 is poor")
                                   : QCoreApplication::translate("qw::Satisfaction", "%1: %2 are poor"))
            .arg(scaleName(scale), labels.join(QStringLiteral(", ")));
    }
    if (upTo == from)
        return QCoreApplication::translate("qw::Satisfaction", "%1: %2 is poor").arg(scaleName(scale)).arg(upTo);
    return QCoreApplication::translate("qw::Satisfaction", "%1: %2 to %3 are poor")
        .arg(scaleName(scale)).arg(from).arg(upTo);
}

bool isPoor(SatisfactionScale scale, int score)
{
    static const PoorRule rule = PoorRule::defaults();
    return rule.isPoor(scale, score);
}

} // namespace qw
