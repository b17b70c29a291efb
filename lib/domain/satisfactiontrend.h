#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace qw {

// Satisfaction over time, computed by the database from all responses with a score (not only
// the poor ones: import them all to measure). Scores of different scales are put on one
// footing: 0 is the worst answer of the response's scale, 1 the best.
struct MonthlySatisfaction
{
    QDate month;          // the first day of the month
    int responses = 0;
    double average = 0;   // 0..1
    double poorShare = 0; // 0..1
};

// What a service's responses counted in a month (of a period): the report's figures.
struct ServiceMonthCounts
{
    QString service;
    QDate month;          // the first day of the month
    int responses = 0;    // scored
    double scoreSum = 0;  // their satisfaction, 0..1 each
    int poor = 0;
};

// Satisfaction of a service in equal windows before and after an improvement was done.
struct BeforeAfter
{
    enum class Verdict { Improved, NoChange, Worse, NotEnoughData };

    int responsesBefore = 0;
    int responsesAfter = 0;
    double averageBefore = 0;
    double averageAfter = 0;
    Verdict verdict = Verdict::NotEnoughData;

    // The rule: each window needs at least MinimumResponses responses; then a change of the
    // average by at least Threshold (5 points of 100) either way is improved or worse, anything
    // smaller is no change.
    static constexpr int MinimumResponses = 10;
    static constexpr double Threshold = 0.05;
    static Verdict judge(int before, double averageBefore, int after, double averageAfter);
};

QString verdictName(BeforeAfter::Verdict verdict);

} // namespace qw
