#pragma once

#include "domain/entrysummary.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace qw {

// Where an entry's mark goes on the matrix, in score units: x is effort, y is impact, and
// the cell of a score pair is the unit square centred on it.
struct MarkPlacement
{
    qint64 id = 0;
    int rank = 0;        // 1-based priority rank, as in the list
    QPointF position;
};

// The matrix layout maths, free of any widget so that it can be tested and benchmarked.
namespace MatrixLayout {

// Fraction of a cell that spread marks may use, so that neighbouring cells stay apart.
constexpr double CellUse = 0.8;

// Places every entry in the cell of its scores. Entries sharing a cell are spread on a
// grid inside it, in priority order from the top left, so that none hides another and the
// arrangement is the same every time. The entries must already be in priority order.
QList<MarkPlacement> placeMarks(const QList<EntrySummary> &prioritised);

// The grid of a cell holding count marks: as many columns as suit the cell's shape (aspect:
// its width over its height in pixels), the steps between neighbours in score units.
struct CellGrid
{
    int columns = 1;
    int rows = 1;
    double stepX = CellUse;
    double stepY = CellUse;
};
CellGrid gridFor(int count, double aspect = 1.0);

// The least distance between neighbouring marks in a cell holding count marks, in score units.
double spacingFor(int count, double aspect = 1.0);

// Where the index-th (0-based, in priority order) of count marks sharing the cell of
// (effort, impact) goes: a grid centred in the cell, filled from the top left.
QPointF gridPosition(int effort, int impact, int index, int count, double aspect = 1.0);

// Where a label went, and which of its texts fitted there (-1 and an empty rectangle: none did;
// the mark still shows its rank).
struct LabelPlacement
{
    QRectF rect;
    int alternative = -1;
    bool leader = false; // set apart from its mark, joined to it by a line
};

// Places labels next to their marks (all in pixels) without covering a mark (a disc of its
// radius) or another label. Labels are placed in the order given (priority order: the most
// important entries get the best places). Each label has alternative texts, longest first
// ("CI-0042 Call-back…", then "CI-0042"); each text tries the right, left, above, below and the
// diagonals of its mark; where none is free, the same a little further out, joined to the mark
// by a leader line that crosses no other mark (unless leaders is false: then the mark shows
// only its number). Nor do labels cover the fixed obstacles (the quadrants' names).
// A label against its mark must read as that mark's: no other mark may be nearly as close to it
// (see isUnambiguous), else it is not put there.
// labelBounds: where each label must stay (its mark's quadrant), else bounds.
QList<LabelPlacement> placeLabels(const QList<QPointF> &marks, const QList<double> &radii,
                                  const QList<QList<QSizeF>> &labelSizes, const QRectF &bounds,
                                  const QList<QRectF> &obstacles = {}, const QList<QRectF> &labelBounds = {},
                                  bool leaders = true);

// The distance from a disc's edge to a rectangle (0 where they meet).
double edgeDistance(const QPointF &centre, double radius, const QRectF &rect);

// Whether a label at rect reads as the label of mark self: no other mark's edge is within
// half the label's height of being as near to it as self's.
bool isUnambiguous(const QRectF &rect, qsizetype self, const QList<QPointF> &marks, const QList<double> &radii);

} // namespace MatrixLayout

} // namespace qw
