#include "matrixlayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace qw::MatrixLayout {

CellGrid gridFor(int count, double aspect)
{
    count = qMax(1, count);
    CellGrid grid;
    grid.columns = std::clamp(int(std::ceil(std::sqrt(count * std::clamp(aspect, 0.25, 4.0)))), 1, count);
    grid.rows = (count + grid.columns - 1) / grid.columns;
    grid.stepX = CellUse / grid.columns;
    grid.stepY = CellUse / grid.rows;
    return grid;
}

double spacingFor(int count, double aspect)
{
    const CellGrid grid = gridFor(count, aspect);
    return std::min(grid.stepX, grid.stepY);
}

QPointF gridPosition(int effort, int impact, int index, int count, double aspect)
{
    const CellGrid grid = gridFor(count, aspect);
    // Rows go downwards: higher impact is up.
    return {effort + (index % grid.columns - (grid.columns - 1) / 2.0) * grid.stepX,
            impact - (index / grid.columns - (grid.rows - 1) / 2.0) * grid.stepY};
}

QList<MarkPlacement> placeMarks(const QList<EntrySummary> &prioritised)
{
    // Count first, so each cell knows its grid before placing its first mark.
    QHash<int, int> cellCount;
    const auto cellKey = [](const EntrySummary &e) { return e.impact * 100 + e.effort; };
    for (const EntrySummary &e : prioritised)
        ++cellCount[cellKey(e)];

    QHash<int, int> cellNext;
    QList<MarkPlacement> result;
    result.reserve(prioritised.size());
    for (qsizetype i = 0; i < prioritised.size(); ++i) {
        const EntrySummary &e = prioritised.at(i);
        // Impact 99 has no place on the matrix: listed and said, not drawn off the chart.
        if (!isValidScore(e.impact) || !isValidScore(e.effort))
            continue;
        const int key = cellKey(e);
        const QPointF position = gridPosition(e.effort, e.impact, cellNext[key]++, cellCount.value(key));
        result.append({e.id, int(i) + 1, position});
    }
    return result;
}

double edgeDistance(const QPointF &centre, double radius, const QRectF &rect)
{
    const double dx = std::max({rect.left() - centre.x(), 0.0, centre.x() - rect.right()});
    const double dy = std::max({rect.top() - centre.y(), 0.0, centre.y() - rect.bottom()});
    return std::max(0.0, std::hypot(dx, dy) - radius);
}

bool isUnambiguous(const QRectF &rect, qsizetype self, const QList<QPointF> &marks, const QList<double> &radii)
{
    const double own = edgeDistance(marks.at(self), radii.value(self), rect);
    const double margin = rect.height() / 2;
    const double reach = own + margin;
    for (qsizetype j = 0; j < marks.size(); ++j) {
        if (j == self)
            continue;
        const QPointF &c = marks.at(j);
        const double r = radii.value(j);
        // Most marks are far away: a cheap test first.
        if (c.x() + r < rect.left() - reach || c.x() - r > rect.right() + reach
            || c.y() + r < rect.top() - reach || c.y() - r > rect.bottom() + reach)
            continue;
        if (edgeDistance(c, r, rect) < reach)
            return false;
    }
    return true;
}

QList<LabelPlacement> placeLabels(const QList<QPointF> &marks, const QList<double> &radii,
                                  const QList<QList<QSizeF>> &labelSizes, const QRectF &bounds,
                                  const QList<QRectF> &fixedObstacles, const QList<QRectF> &labelBounds,
                                  bool leaders)
{
    QList<QRectF> obstacles = fixedObstacles;
    obstacles.reserve(obstacles.size() + marks.size() * 2);
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const QPointF m = marks.at(i);
        const double r = radii.value(i);
        obstacles.append(QRectF(m.x() - r, m.y() - r, 2 * r, 2 * r));
    }

    const QRectF *within = &bounds;
    const auto isFree = [&](const QRectF &candidate) {
        if (!within->contains(candidate))
            return false;
        for (const QRectF &o : std::as_const(obstacles)) {
            if (o.intersects(candidate))
                return false;
        }
        return true;
    };

    // A leader line from a mark to a label set apart must not pass over another mark.
    const auto leaderIsClear = [&](qsizetype self, const QPointF &from, const QRectF &label) {
        const QPointF to(std::clamp(from.x(), label.left(), label.right()), std::clamp(from.y(), label.top(), label.bottom()));
        for (qsizetype j = 0; j < marks.size(); ++j) {
            if (j == self)
                continue;
            // The distance from mark j's centre to the segment.
            const QPointF p = marks.at(j);
            const QPointF v = to - from;
            const double length2 = v.x() * v.x() + v.y() * v.y();
            const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - from, v) / length2, 0.0, 1.0) : 0.0;
            const QPointF nearest = from + t * v;
            if (std::hypot(p.x() - nearest.x(), p.y() - nearest.y()) < radii.value(j) + 1)
                return false;
        }
        return true;
    };

    constexpr double gap = 2.0;
    constexpr double apart = 16.0; // the second ring: a leader line this long
    QList<LabelPlacement> result;
    result.reserve(marks.size());
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const QPointF m = marks.at(i);
        LabelPlacement placement;
        within = i < labelBounds.size() ? &labelBounds.at(i) : &bounds;
        const QList<QSizeF> alternatives = labelSizes.value(i);
        for (int ring = 0; ring < (leaders ? 2 : 1) && placement.alternative < 0; ++ring) {
            const double r = radii.value(i) + gap + (ring == 0 ? 0.0 : apart);
            const double d = r * 0.7; // diagonal offset
            for (qsizetype a = 0; a < alternatives.size() && placement.alternative < 0; ++a) {
                const double w = alternatives.at(a).width();
                const double h = alternatives.at(a).height();
                const QRectF candidates[] = {
                    QRectF(m.x() + r, m.y() - h / 2, w, h),
                    QRectF(m.x() - r - w, m.y() - h / 2, w, h),
                    QRectF(m.x() - w / 2, m.y() - r - h, w, h),
                    QRectF(m.x() - w / 2, m.y() + r, w, h),
                    QRectF(m.x() + d, m.y() - d - h, w, h),
                    QRectF(m.x() + d, m.y() + d, w, h),
                    QRectF(m.x() - d - w, m.y() - d - h, w, h),
                    QRectF(m.x() - d - w, m.y() + d, w, h),
                };
                // A long text centred above or below its mark spans its neighbours too, and
                // reads as theirs: only the shortest text (the ID) goes there.
                const bool shortest = a == alternatives.size() - 1;
                for (int c = 0; c < 8; ++c) {
                    const QRectF &candidate = candidates[c];
                    if ((c == 2 || c == 3) && !shortest)
                        continue;
                    if (isFree(candidate)
                        && (ring == 0 ? isUnambiguous(candidate, i, marks, radii) : leaderIsClear(i, m, candidate))) {
                        placement = {candidate, int(a), ring == 1};
                        obstacles.append(candidate);
                        break;
                    }
                }
            }
        }
        result.append(placement);
    }
    return result;
}

} // namespace qw::MatrixLayout
