#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qw {

// A cause in triage: poor responses, linked to no entry, that say the same thing in their own
// words (found by CauseGrouping, corrected by the user), as the Triage view shows it.
struct CauseGroupInfo
{
    qint64 id = 0;
    QString label;          // the words found, " · " between them
    QString name;           // the user's name for it ('' : none given)
    bool pinned = false;    // kept as it is when causes are found again
    QList<qint64> examples; // responses most like its middle
    int responses = 0;      // poor, unlinked, not removed
    int customers = 0;      // distinct customers named among them
    QStringList services;   // the most frequent first
    QDate first;            // UTC days of the first and the latest response
    QDate last;
    int recent = 0;         // responses in the last 30 days (to today, UTC)
    int earlier = 0;        // and in the 30 days before those

    QString shownName() const { return name.isEmpty() ? label : name; }
    // More in the last 30 days than in the 30 before (and at least three more).
    bool isGrowing() const { return recent >= earlier + 3 && recent > earlier * 5 / 4; }
};

// Where a response stands in the causes: its group (0: none), and whether the user put it there
// (or out of every group); present false: the machine has not placed it at all.
struct CauseMembership
{
    qint64 interactionId = 0;
    qint64 groupId = 0;
    bool fixed = false;
    bool present = true;
    friend bool operator==(const CauseMembership &, const CauseMembership &) = default;
};

// A group as found by a grouping, to be written: id 0 is a new group.
struct FoundCause
{
    qint64 id = 0;
    QString label;
    QList<qint64> examples;
    QList<qint64> members;
};

} // namespace qw
