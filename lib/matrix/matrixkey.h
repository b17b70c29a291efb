#pragma once

#include "domain/entrysummary.h"
#include "domain/quadrant.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace qw {

struct MatrixScene;

// The key beside the matrix: for every entry the matrix shows, its number, ID and title, so
// that a mark can be read by its number where its title could not be drawn beside it.
struct MatrixKeyRow
{
    int number = 0;
    qint64 id = 0;
    QString title;
    Quadrant quadrant = Quadrant::QuickWin;
    bool titled = false; // its title is also drawn against its mark
    int inBadge = 0;     // not a mark of its own: one of this many counted in a crowded cell's badge
};

namespace MatrixKey {

// The rows for the entries shown (prioritised; numberOf gives an entry's number from its id and
// rank), in the order of their numbers: those with no place on the matrix (an unknown score)
// are left out, and so, zoomed into a quadrant (only), are the other quadrants' entries.
QList<MatrixKeyRow> rows(const QList<EntrySummary> &prioritised, const std::function<int(qint64, int)> &numberOf,
                         const QuadrantRule &rule, std::optional<Quadrant> only, const MatrixScene &scene);

// How many of count rows of rowHeight fit in height, keeping a row for "and N more" when
// they do not all fit.
int rowsThatFit(int count, double height, double rowHeight);

} // namespace MatrixKey

} // namespace qw
