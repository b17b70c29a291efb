#pragma once

#include "domain/quadrant.h"
#include "matrix/markcolours.h"
#include "matrix/matrixscene.h"
#include "matrix/snapshotcomparison.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>

class QGraphicsItem;

namespace qw {

class MarkItem;

// What the matrix draws over its marks and beside its plot, as graphics items owned by parent.
namespace MatrixOverlays {

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

// An arrow from where each moved entry stood in the snapshot to its mark now.
QList<QGraphicsItem *> movementArrows(QGraphicsItem *parent, const SnapshotComparison &comparison,
                                      const QHash<qint64, MarkItem *> &marks,
                                      const MatrixGeometry &geometry, const QColor &colour,
                                      bool large);

} // namespace MatrixOverlays

} // namespace qw
