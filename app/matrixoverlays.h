#pragma once

#include "domain/quadrant.h"
#include "matrix/markcolours.h"
#include "matrix/matrixkey.h"
#include "matrix/matrixscene.h"
#include "matrix/movementroutes.h"
#include "matrix/snapshotcomparison.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>

#include <functional>

class QGraphicsItem;

namespace qw {

class MarkItem;

// What the matrix draws over its marks and beside its plot, as graphics items owned by parent.
namespace MatrixOverlays {

// The axes' range on the whole matrix: each score owns the unit cell centred on it.
constexpr double AxisMin = 0.5;
constexpr double AxisMax = 5.5;

// The colour rules of the matrix, shared by the drawing and by the checks of what it shows.
bool isDark(const QPalette &palette);
QColor composite(const QColor &over, const QColor &under); // over (with its alpha) on under
QColor shading(Quadrant quadrant, bool dark);               // a quadrant's translucent fill
QColor nameColour(Quadrant quadrant, const QColor &background); // a quadrant's name on its shading

// Rows of colour chips that say what each colour means, filling width from the left and
// ending at bottom. Returns the items; *height is how much room they take.
QList<QGraphicsItem *> legend(QGraphicsItem *parent, const QString &title,
                              const QList<LegendItem> &items, const QFont &font,
                              const QPalette &palette, double left, double width, double bottom,
                              double *height);

// An arrow along each route (MatrixLayout::routeMovements), from where the entry stood in the
// snapshot to its mark now, with a dot where it stood.
QList<QGraphicsItem *> movementArrows(QGraphicsItem *parent, const QList<MovementRoute> &routes,
                                      const SnapshotComparison &comparison, const QColor &colour, bool large);

// The key beside the plot, in rect: a heading, then a row per entry (its number on a disc of
// its mark's colour, its ID and title), as many as fit; the last row says how many more.
// *shown: how many rows it lists.
QList<QGraphicsItem *> key(QGraphicsItem *parent, const QString &heading, const QList<MatrixKeyRow> &rows,
                           const std::function<QColor(qint64)> &colourOf, const QString &moreHint,
                           const QFont &font, const QPalette &palette, const QRectF &rect, int *shown);

} // namespace MatrixOverlays

} // namespace qw
