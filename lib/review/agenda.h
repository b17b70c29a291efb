#pragma once

#include "domain/cause.h"
#include "domain/entry.h"
#include "domain/review.h"
#include "domain/satisfactiontrend.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace qw::Agenda {

// What an agenda is built from, read from the register by RegisterDocument::agendaInput().
struct Input
{
    QDate today;
    QList<Entry> entries;                    // those in the register (not removed)
    QHash<qint64, QDateTime> lastChanged;    // entry → its latest line of history
    QList<Review> endedReviews;              // newest first
    QList<ActionItem> actions;               // every action, open and done
    QList<CauseGroupInfo> causes;            // triage's causes now
    QHash<qint64, int> causesAtLastReview;   // cause → its responses when the last review ended
    StaleRule stale;
    // The verdict of a done entry (nullopt: none can be said).
    std::function<std::optional<BeforeAfter>(const Entry &)> verdict;
    // Who raised an entry, when entries holds only what the list reads of them (asked only of
    // the entries on the agenda); unset: the entries' raisedBy.
    std::function<QString(qint64)> raisedBy;
};

// At most this many causes are put on an agenda as new evidence, the most grown first; and at
// most MaxPerPart entries in each of the parts 3 to 6 (an item then says how many more there
// are): a meeting walks an agenda, not a register.
constexpr int MaxNewEvidence = 10;
constexpr int MaxPerPart = 12;

// The agenda a review starting on input.today has, in the order it is walked:
// 1. open actions, overdue first (then by due date, undated last);
// 2. causes that gained poor responses since the last review (every cause with responses in
//    the last 30 days when there was none), the most gained first;
// 3. entries raised since the last review (the last 30 days when there was none) still
//    proposed, the newest first;
// 4. quick wins not started (proposed or approved), highest impact and lowest effort first;
// 5. stale entries: in progress past the target date (first), or open and unchanged for
//    stale.reviews reviews or stale.days days (the longest unchanged first);
// 6. done entries awaiting verification, the most recently done first, with their verdict.
// An entry is on it once, in the first part that takes it.
QList<ReviewItem> compose(const Input &input);

// Why an entry is stale on today (empty: it is not).
QString staleReason(const Entry &entry, const QDateTime &lastChanged, const QList<Review> &endedReviews,
                    const StaleRule &rule, const QDate &today);

// A verdict as the agenda and the minutes say it: "improved: 3.1 → 3.9 of 5 (42 → 51 responses)".
QString verdictText(const std::optional<BeforeAfter> &verdict);

} // namespace qw::Agenda
