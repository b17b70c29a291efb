#pragma once

#include "snapshotcomparison.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace qw {

struct MatrixGeometry;
struct MatrixScene;

// How an entry's move since a snapshot is drawn: from a free point in the cell it stood in to the
// edge of its mark now, along a line or a gentle curve that passes over no other mark, badge or
// quadrant name.
struct MovementRoute
{
    qint64 id = 0;
    QPointF from;
    QList<QPointF> path; // from `from` to the tip at the mark's edge
};

namespace MatrixLayout {

// The routes of the moves whose entries have a mark of their own on the scene and whose old
// cell is on the plot. A move with no clear way (its old cell full of marks, or every curve
// blocked) gets none: the list and the mark's tooltip still say it moved.
QList<MovementRoute> routeMovements(const QList<SnapshotComparison::Move> &moves, const MatrixScene &scene,
                                    const MatrixGeometry &geometry, const QList<QRectF> &obstacles = {});

// Whether the segment from a to b meets rect (crosses it or ends in it).
bool segmentMeetsRect(const QPointF &a, const QPointF &b, const QRectF &rect);

// The distance from point p to the segment from a to b.
double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b);

} // namespace MatrixLayout

} // namespace qw
