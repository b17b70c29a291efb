#pragma once

#include "interaction.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace qw {

// An impact score suggested by the evidence, with the reasoning a person can check. People
// always have the last word: the editor shows it, and accepting it is one click.
struct ImpactSuggestion
{
    int impact = 0;
    QStringList reasons;
};

// The formula, on the poor interactions linked to an entry:
//   1. Volume, counting interactions of the last 90 days fully and older ones half:
//      under 1 -> 1, under 2 -> 1, under 4 -> 2, under 8 -> 3, under 16 -> 4, 16 or more -> 5
//      (each level is twice the evidence of the one below).
//   2. +0.5 when they are very poor: on average within the worst fifth of their scale.
//   3. +0.5 when at least 30 % are repeat contacts (the customer had to come back).
//   4. +0.5 when they come from 5 or more different customers (a wide problem);
//      -0.5 when three or more come from a single customer (one person's problem).
//   The result is rounded half up and kept within 1..5. No linked interactions: no suggestion.
// rule: the register's (RegisterDocument::poorRule()).
std::optional<ImpactSuggestion> suggestImpact(const QList<Interaction> &linked, const QDate &today,
                                              const PoorRule &rule);

} // namespace qw
