#pragma once

#include <QString>

namespace qw {

// Impact and effort are scored on a 1..5 scale; every level has a short rubric that people
// read while they choose, so that two people mean the same thing by "4".
namespace Score {
constexpr int Minimum = 1;
constexpr int Maximum = 5;

constexpr bool isValid(int score) { return score >= Minimum && score <= Maximum; }

QString impactRubric(int score);
QString effortRubric(int score);
} // namespace Score

} // namespace qw
