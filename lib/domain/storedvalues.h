#pragma once

#include <QString>

namespace qw {

// Values a register can hold that QuickWins never writes (put there behind its back: impact
// 99, status 42). They are kept as read, never placed on the matrix or given a meaning they do
// not have (status 42 is not "Proposed"), said wherever the entry is shown, and corrected by
// the user: an edit that sets a valid value clears them.
struct StoredValues
{
    enum Invalid : quint8 { Impact = 1, Effort = 2, Status = 4, Category = 8 };
    quint8 invalid = 0;
    int status = 0;   // as stored, when Status is invalid
    int category = 0; // as stored, when Category is invalid

    bool isValid() const { return invalid == 0; }
    friend bool operator==(const StoredValues &, const StoredValues &) = default;
};

// Impact and effort are 1 to 5.
inline bool isValidScore(int score)
{
    return score >= 1 && score <= 5;
}

// A status or category as shown: its name, or "Unknown (42)" for one QuickWins does not know.
QString shownStatus(const QString &name, const StoredValues &stored);
QString shownCategory(const QString &name, const StoredValues &stored);

// "impact 99 is not 1 to 5; status 42 is not one QuickWins knows".
QString describeInvalid(const StoredValues &stored, int impact, int effort);

} // namespace qw
