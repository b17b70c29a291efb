#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace qw {

// A review meeting: the team walks an agenda built from the register, decides, and leaves with
// owned actions; its end takes a snapshot (the next review's movement is since it) and freezes
// its minutes.
struct Review
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime endedAt;      // invalid while it runs
    QStringList attendees;
    QString facilitator;
    qint64 snapshotId = 0;  // taken at its end
    QString minutes;        // Markdown, written at its end
    QString author;         // what the history's lines it decided say made them (set as it starts)

    bool isRunning() const { return !endedAt.isValid(); }
    // "review of 3 Dec 2026", as the history of what it decided says it.
    QString name() const;
};

// A day as reviews, minutes and reports write it: "3 Dec 2026" (empty for no date).
QString meetingDay(const QDate &date);

// The six parts of an agenda, in the order they are walked, and an item the facilitator adds.
enum class AgendaKind {
    OpenAction = 0,      // an action of an earlier review not yet done
    NewEvidence = 1,     // a triage cause that gained poor responses since the last review
    NewEntry = 2,        // raised since the last review: to score and approve
    QuickWin = 3,        // a quick win not yet started
    Stale = 4,           // in progress past its target date, or unchanged for long
    AwaitingVerification = 5, // done: verify, or reopen, by its before/after verdict
    Added = 6,           // added by hand
};
QString agendaKindName(AgendaKind kind); // translated: "Open actions", …

// One item of a review's agenda, as it was built (its title and detail frozen then) and as it
// went (discussed or skipped, its note).
struct ReviewItem
{
    AgendaKind kind = AgendaKind::Added;
    qint64 entryId = 0;   // the entry it is about (an action's entry too), 0: none
    qint64 actionId = 0;  // OpenAction
    qint64 causeId = 0;   // NewEvidence
    QString title;        // what the agenda says: the entry's ID and title, the cause's name
    QString detail;       // why it is there: "overdue since 1 Dec", "+12 poor responses", …
    bool skipped = false;
    bool discussed = false;
    QString note;
    friend bool operator==(const ReviewItem &, const ReviewItem &) = default;
};

// Something somebody agreed to do, by a date, for an entry.
struct ActionItem
{
    qint64 id = 0;
    qint64 reviewId = 0;  // the review that agreed it (0: none)
    qint64 entryId = 0;
    QString text;
    QString owner;
    QDate due;            // may be invalid: no date
    QDate doneOn;         // invalid while open
    QDateTime createdAt;

    bool isOpen() const { return !doneOn.isValid(); }
    bool isOverdue(const QDate &today) const { return isOpen() && due.isValid() && due < today; }
    friend bool operator==(const ActionItem &, const ActionItem &) = default;
};

// When an entry is stale: unchanged for this many reviews or this many days (the register's
// settings "stale_reviews" and "stale_days").
struct StaleRule
{
    int reviews = 3;
    int days = 60;
};

} // namespace qw
