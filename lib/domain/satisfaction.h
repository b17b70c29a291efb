#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace qw {

// The satisfaction scales that service desk surveys use. Stored as integers: only append.
enum class SatisfactionScale {
    OneToFive = 0,
    OneToTen = 1,
    ZeroToThree = 2,
    BadGood = 3,            // 0 = bad, 1 = good
    UnhappyNeutralHappy = 4, // 0 = unhappy, 1 = neutral, 2 = happy
    ZeroToTen = 5           // net promoter style: 0..10
};

QList<SatisfactionScale> allSatisfactionScales();
QString scaleName(SatisfactionScale scale);
bool scaleFromInt(int value, SatisfactionScale *scale);
// "1-5", "1-10", "0-10", "0-3", "bad-good", "unhappy-happy": as the command line names them.
QString scaleKey(SatisfactionScale scale);
std::optional<SatisfactionScale> scaleFromKey(const QString &key);
int scaleMinimum(SatisfactionScale scale);
int scaleMaximum(SatisfactionScale scale);
// A score on the 0..1 footing every average is taken on: (score - minimum) / (maximum - minimum).
// The register's SQL says the same (storage/scoresql.h); tst_satisfactiontrend checks every
// point of every scale through each way the register counts it.
double normalisedScore(SatisfactionScale scale, int score);
// How a score on the scale reads to a person: "2 of 5", "bad", "unhappy".
QString scoreText(SatisfactionScale scale, int score);

// Which responses are poor: a rule of the register, per scale, "poor up to and including
// this point". Its defaults (PRODUCT.md): 1-5: 1-2; 1-10: 1-4; 0-10: 0-6 (the detractors);
// 0-3 labelled: 1, the lowest label that is not "Unknown"; bad; unhappy. The register keeps
// its own (table poor_rule), which people can see and change.
class PoorRule
{
public:
    static PoorRule defaults();
    int poorUpTo(SatisfactionScale scale) const { return m_upTo[std::size_t(scale)]; }
    void setPoorUpTo(SatisfactionScale scale, int upTo);
    bool isPoor(SatisfactionScale scale, int score) const
    {
        return score >= 0 && score <= poorUpTo(scale);
    }
    // "1 to 2 of 5 are poor", "0 to 6 of 10 are poor", "“bad” is poor".
    QString describe(SatisfactionScale scale) const;
    friend bool operator==(const PoorRule &, const PoorRule &) = default;

private:
    std::array<int, 6> m_upTo{};
};

// The default rule (PoorRule::defaults()); the register's own rule is RegisterDocument::poorRule().
bool isPoor(SatisfactionScale scale, int score);

} // namespace qw
