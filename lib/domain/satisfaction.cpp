#include "satisfaction.h"

#include <QCoreApplication>

namespace qw {

QList<SatisfactionScale> allSatisfactionScales()
{
    return {SatisfactionScale::OneToFive, SatisfactionScale::OneToTen,
            SatisfactionScale::ZeroToThree, SatisfactionScale::BadGood,
            SatisfactionScale::UnhappyNeutralHappy};
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
    }
    return {};
}

bool scaleFromInt(int value, SatisfactionScale *scale)
{
    if (value < int(SatisfactionScale::OneToFive) || value > int(SatisfactionScale::UnhappyNeutralHappy))
        return false;
    *scale = SatisfactionScale(value);
    return true;
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
        return 0;
    }
    return 0;
}

int scaleMaximum(SatisfactionScale scale)
{
    switch (scale) {
    case SatisfactionScale::OneToFive: return 5;
    case SatisfactionScale::OneToTen: return 10;
    case SatisfactionScale::ZeroToThree: return 3;
    case SatisfactionScale::BadGood: return 1;
    case SatisfactionScale::UnhappyNeutralHappy: return 2;
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

bool isPoor(SatisfactionScale scale, int score)
{
    switch (scale) {
    case SatisfactionScale::BadGood:
    case SatisfactionScale::UnhappyNeutralHappy:
        return score == scaleMinimum(scale);
    default:
        return score <= scaleMinimum(scale) + 1;
    }
}

} // namespace qw
