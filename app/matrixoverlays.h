#pragma once

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
