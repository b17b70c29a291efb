#pragma once

#include <QList>
#include <QString>

namespace qw {

// The satisfaction scales that service desk surveys use. Stored as integers: only append.
enum class SatisfactionScale {
    OneToFive = 0,
    OneToTen = 1,
    ZeroToThree = 2,
    BadGood = 3,            // 0 = bad, 1 = good
    UnhappyNeutralHappy = 4 // 0 = unhappy, 1 = neutral, 2 = happy
};

QList<SatisfactionScale> allSatisfactionScales();
QString scaleName(SatisfactionScale scale);
bool scaleFromInt(int value, SatisfactionScale *scale);
int scaleMinimum(SatisfactionScale scale);
int scaleMaximum(SatisfactionScale scale);
// How a score on the scale reads to a person: "2 of 5", "bad", "unhappy".
QString scoreText(SatisfactionScale scale, int score);

// The register's rule for a "poor" response: the lower two points of a numeric scale, or the
// worst label of a labelled scale ("bad", "unhappy").
bool isPoor(SatisfactionScale scale, int score);

} // namespace qw
