#pragma once

#include "domain/entry.h"
#include "domain/interaction.h"

#include <QDate>
#include <QList>

namespace qw {

// A realistic IT service desk scenario for demonstrations and screenshots: a university desk
// with eight services, about forty poor interactions from the last four months (among them a
// call that went to voice mail during an international video conference) and fifteen
// improvement entries spread over all four quadrants, some sharing the same scores. Most of
// the interactions are linked to the entry that addresses their cause; the rest wait for
// triage. All people are fictional.
struct DemoScenario
{
    QList<Entry> entries;            // ids preassigned 1..N (the register is empty when it is used)
    QList<Interaction> interactions; // id 0; entryId refers to the entries' ids, or 0 when not linked
};

// Builds the scenario relative to `today` (dates fall in the months before it), deterministically.
DemoScenario makeDemoScenario(const QDate &today);

} // namespace qw
