#pragma once

#include "domain/entrysummary.h"
#include "domain/quadrant.h"
#include "matrixlayout.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>

namespace qw {

// Maps scores to pixels and back for a plot rectangle: effort grows to the right, impact
// grows upwards, and each score owns the unit cell centred on it.
// minimum, maximum: the effort axis; impactMinimum, impactMaximum: the impact axis (the whole
// matrix by default; one quadrant when zoomed into it, see zoomedInto()).
// band: room above and below the scores on the impact axis (in score units) that holds the
// quadrants' names, where no mark ever goes.
struct MatrixGeometry
{
    QRectF plot;
    double minimum = 0.5;
    double maximum = 5.5;
    double band = 0;
    double impactMinimum = 0.5;
    double impactMaximum = 5.5;

    QPointF toPixel(const QPointF &value) const;
    QPointF toValue(const QPointF &pixel) const;
    double cellWidth() const { return plot.width() / (maximum - minimum); }
    double cellHeight() const { return plot.height() / (impactMaximum - impactMinimum + 2 * band); }
    // Whether the cell of these scores is on the plot.
    bool holds(int effort, int impact) const
    {
        return effort > minimum && effort < maximum && impact > impactMinimum && impact < impactMaximum;
    }
    // The band that holds a name of this height in pixels (and its margins) on a plot this high.
    static double bandFor(double nameHeight, double plotHeight, double scores = 5);
    // The plot filled with one quadrant's cells.
    static MatrixGeometry zoomedInto(Quadrant quadrant, const QuadrantRule &rule, const QRectF &plot, double band = 0);
};

// Everything the matrix draws, in pixels, decided without any widget: the marks, the count
// badges that stand for crowded cells, and the labels.
struct MatrixScene
{
    struct Mark
    {
        qint64 id = 0;
        int rank = 0;
        QPointF centre;
        double radius = 0;
    };
    // A cell too crowded for its marks to stay readable: one badge with the count, whose
    // members (in priority order) open on click. Nothing is hidden: it says how many.
    struct Badge
    {
        int impact = 0;
        int effort = 0;
        QList<qint64> members;
        QPointF centre;
        double radius = 0;
    };
    struct Label
    {
        int mark = -1;  // index into marks, or -1 for a badge's label
        int badge = -1; // index into badges
        QString text;
        QRectF rect;
        bool leader = false; // set apart: a line joins it to its mark
    };

    QList<Mark> marks;
    QList<Badge> badges;
    QList<Label> labels;
};

struct MatrixSceneStyle
{
    double maxRadius = 13;      // a lone mark
    double minRadius = 8;       // below this a rank number cannot be read: the cell becomes a badge
    int maxPerCell = 24;        // more marks than this in one cell cannot be told apart: a badge
    double labelPadding = 4;    // around a label's text, each side
    double titleChars = 22;     // a long label holds the ID and about this many characters of title
    // A key beside the matrix lists every mark's title: a label that cannot sit against its
    // mark is left to it rather than set apart on a leader line.
    bool keyShown = false;
    // A label may be wrapped onto up to this many lines to hold the whole title (zoomed into
    // one quadrant, there is room for that).
    int wrapLines = 1;
    bool sizeByEvidence = false; // marks of entries with more linked interactions are larger
    std::function<double(const QString &)> textWidth;
    double textHeight = 14;
};

namespace MatrixLayout {

// Lays out the whole matrix: entries in priority order, on the plot of geometry, avoiding the
// fixed obstacles (the quadrants' names). Every entry is either a mark or a member of a badge.
MatrixScene buildScene(const QList<EntrySummary> &prioritised, const MatrixGeometry &geometry,
                       const MatrixSceneStyle &style, const QList<QRectF> &obstacles = {});

} // namespace MatrixLayout

} // namespace qw
