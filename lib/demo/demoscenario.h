#pragma once

#include "domain/entry.h"
#include "domain/interaction.h"

#include <QDate>
#include <QList>

namespace qw {

// A realistic IT service desk scenario for demonstrations and screenshots: a university desk
// with eight services; every response of its satisfaction survey over thirteen months (about
// four thousand, most of them good, the poor share moving with the academic year and the
// improvements made), among them forty-two poor interactions told in full from the last four
// months (a call that went to voice mail during an international video conference, say); and
// fifteen improvement entries spread over all four quadrants, some sharing the same scores,
// two of them done: one whose service improved after it, one whose service did not change.
// Most poor interactions are linked to the entry that addresses their cause; the rest wait
// for triage. All people are fictional.
struct DemoScenario
{
    QList<Entry> entries;            // ids preassigned 1..N (the register is empty when it is used)
    QList<Interaction> interactions; // id 0; entryId refers to the entries' ids, or 0 when not linked
    qsizetype stories = 0;           // the first interactions: the poor ones told in full
};

// Builds the scenario relative to `today` (dates fall in the months before it), deterministically.
DemoScenario makeDemoScenario(const QDate &today);

} // namespace qw
