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

namespace {

// Rectangles by the cells of a grid over the plot, so that a candidate is tested against what is
// near it, not against every mark and label (a thousand marks, each with dozens of candidates).
class Buckets
{
public:
    Buckets(const QRectF &area, double size) : m_area(area), m_size(size)
    {
        m_columns = std::max(1, int(std::ceil(area.width() / size)));
        m_rows = std::max(1, int(std::ceil(area.height() / size)));
        m_cells.resize(qsizetype(m_columns) * m_rows);
    }
    void insert(qsizetype index, const QRectF &rect)
    {
        if (index >= m_seen.size())
            m_seen.resize(index + 1, 0);
        forCells(rect, [&](QList<qsizetype> &cell) { cell.append(index); return false; });
    }
    // Whether test is true of any rectangle inserted in the cells rect touches (each tried once).
    template<typename Test>
    bool any(const QRectF &rect, Test &&test)
    {
        ++m_stamp;
        return forCells(rect, [&](QList<qsizetype> &cell) {
            for (qsizetype index : std::as_const(cell)) {
                if (m_seen[index] == m_stamp)
                    continue;
                m_seen[index] = m_stamp;
                if (test(index))
                    return true;
            }
            return false;
        });
    }

private:
    template<typename Each>
    bool forCells(const QRectF &rect, Each &&each)
    {
        const auto column = [&](double x) { return std::clamp(int((x - m_area.left()) / m_size), 0, m_columns - 1); };
        const auto row = [&](double y) { return std::clamp(int((y - m_area.top()) / m_size), 0, m_rows - 1); };
        for (int r = row(rect.top()); r <= row(rect.bottom()); ++r) {
            for (int c = column(rect.left()); c <= column(rect.right()); ++c) {
                if (each(m_cells[qsizetype(r) * m_columns + c]))
                    return true;
            }
        }
        return false;
    }

    QRectF m_area;
    double m_size;
    int m_columns = 1;
    int m_rows = 1;
    QList<QList<qsizetype>> m_cells;
    QList<quint32> m_seen;
    quint32 m_stamp = 0;
};

} // namespace

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

    constexpr double BucketSize = 40;
    Buckets placed(bounds, BucketSize); // obstacles: names, marks, then the labels placed
    for (qsizetype i = 0; i < obstacles.size(); ++i)
        placed.insert(i, obstacles.at(i));
    Buckets discs(bounds, BucketSize); // marks, by the square around each
    double largest = 0;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const double r = radii.value(i);
        largest = std::max(largest, r);
        discs.insert(i, QRectF(marks.at(i).x() - r, marks.at(i).y() - r, 2 * r, 2 * r));
    }

    const QRectF *within = &bounds;
    const auto isFree = [&](const QRectF &candidate) {
        if (!within->contains(candidate))
            return false;
        return !placed.any(candidate, [&](qsizetype o) { return obstacles.at(o).intersects(candidate); });
    };
    // As isUnambiguous, against the marks near the candidate only.
    const auto readsAsOwn = [&](const QRectF &candidate, qsizetype self) {
        const double own = edgeDistance(marks.at(self), radii.value(self), candidate);
        const double reach = own + candidate.height() / 2;
        return !discs.any(candidate.adjusted(-reach, -reach, reach, reach), [&](qsizetype j) {
            return j != self && edgeDistance(marks.at(j), radii.value(j), candidate) < reach;
        });
    };

    // A leader line from a mark to a label set apart must not pass over another mark.
    const auto leaderIsClear = [&](qsizetype self, const QPointF &from, const QRectF &label) {
        const QPointF to(std::clamp(from.x(), label.left(), label.right()), std::clamp(from.y(), label.top(), label.bottom()));
        const QRectF span = QRectF(from, to).normalized().adjusted(-largest - 1, -largest - 1, largest + 1, largest + 1);
        return !discs.any(span, [&](qsizetype j) {
            if (j == self)
                return false;
            // The distance from mark j's centre to the segment.
            const QPointF p = marks.at(j);
            const QPointF v = to - from;
            const double length2 = v.x() * v.x() + v.y() * v.y();
            const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - from, v) / length2, 0.0, 1.0) : 0.0;
            const QPointF nearest = from + t * v;
            return std::hypot(p.x() - nearest.x(), p.y() - nearest.y()) < radii.value(j) + 1;
        });
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
                        && (ring == 0 ? readsAsOwn(candidate, i) : leaderIsClear(i, m, candidate))) {
                        placement = {candidate, int(a), ring == 1};
                        placed.insert(obstacles.size(), candidate);
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
