#pragma once

#include <QDate>
#include <QString>

namespace qw {

class RegisterDocument;

// A large register for trying QuickWins at scale (--generate): the demonstration scenario's
// services, teams, reasons and entries, scaled to any number of interactions and entries.
// Interactions spread over the three years before today, every survey response (about a
// third of them poor, most of those linked to an entry about their cause), customers from a
// pool of thousands; entries in all four quadrants, a fifth of them done. Deterministic for a
// given seed. Interactions are written in one streamed transaction, so memory stays flat.
namespace Generator {

struct Counts
{
    int interactions = 0;
    int entries = 0;
};

// Fills an empty register; false with *error when it is not empty or cannot be written.
bool fill(RegisterDocument *document, Counts counts, QString *error, const QDate &today = QDate::currentDate(),
          quint32 seed = 2026);

} // namespace Generator

} // namespace qw
