#include "movementroutes.h"

#include "matrixscene.h"

#include <QHash>
#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace qw::MatrixLayout {

namespace {

struct Disc
{
    QPointF centre;
    double radius = 0;
    qint64 owner = 0; // the entry whose mark it is (0: a badge)
};

QPointF bezier(const QPointF &a, const QPointF &control, const QPointF &b, double t)
{
    const double u = 1 - t;
    return u * u * a + 2 * u * t * control + t * t * b;
}

} // namespace

double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF v = b - a;
    const double length2 = QPointF::dotProduct(v, v);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, v) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * v;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

bool segmentMeetsRect(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    if (rect.contains(a) || rect.contains(b))
        return true;
    const QLineF segment(a, b);
    const QLineF edges[] = {QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
                            QLineF(rect.bottomRight(), rect.bottomLeft()), QLineF(rect.bottomLeft(), rect.topLeft())};
    for (const QLineF &edge : edges) {
        if (segment.intersects(edge) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

QList<MovementRoute> routeMovements(const QList<SnapshotComparison::Move> &moves, const MatrixScene &scene,
                                    const MatrixGeometry &geometry, const QList<QRectF> &obstacles)
{
    QList<Disc> discs;
    discs.reserve(scene.marks.size() + scene.badges.size());
    QHash<qint64, qsizetype> markOf;
    for (const MatrixScene::Mark &m : scene.marks) {
        markOf.insert(m.id, discs.size());
        discs.append({m.centre, m.radius, m.id});
    }
    for (const MatrixScene::Badge &b : scene.badges)
        discs.append({b.centre, b.radius, 0});

    // The arrow's line is a few pixels wide: it keeps this far from other marks' edges.
    constexpr double clear = 3.0;
    const QRectF &plot = geometry.plot;
    const auto blocked = [&](const QPointF &a, const QPointF &b, qint64 self) {
        if (!plot.contains(a) || !plot.contains(b))
            return true;
        const QRectF box = QRectF(a, b).normalized();
        for (const Disc &d : std::as_const(discs)) {
            if (d.owner == self && self != 0)
                continue;
            const double reach = d.radius + clear;
            if (d.centre.x() + reach < box.left() || d.centre.x() - reach > box.right()
                || d.centre.y() + reach < box.top() || d.centre.y() - reach > box.bottom())
                continue;
            if (segmentDistance(d.centre, a, b) < reach)
                return true;
        }
        for (const QRectF &o : obstacles) {
            if (segmentMeetsRect(a, b, o))
                return true;
        }
        return false;
    };
    const auto pointIsFree = [&](const QPointF &p, const QList<Disc> &near) {
        if (!plot.contains(p))
            return false;
        for (const Disc &d : near) {
            if (std::hypot(d.centre.x() - p.x(), d.centre.y() - p.y()) < d.radius + clear + 3)
                return false;
        }
        for (const QRectF &o : obstacles) {
            if (o.contains(p))
                return false;
        }
        return true;
    };

    // Where the entries of a cell stood: the free point of the cell nearest its centre, worked out
    // once a cell (against the discs that reach into it).
    QHash<int, std::optional<QPointF>> origins;
    const auto originOf = [&](int effort, int impact) {
        const int key = impact * 10 + effort;
        const auto found = origins.constFind(key);
        if (found != origins.constEnd())
            return *found;
        const QPointF cellCentre = geometry.toPixel(QPointF(effort, impact));
        const double halfW = geometry.cellWidth() * 0.45;
        const double halfH = geometry.cellHeight() * 0.45;
        const QRectF cell(cellCentre - QPointF(halfW, halfH), cellCentre + QPointF(halfW, halfH));
        QList<Disc> near;
        for (const Disc &d : std::as_const(discs)) {
            const double reach = d.radius + clear + 3;
            if (cell.adjusted(-reach, -reach, reach, reach).contains(d.centre))
                near.append(d);
        }
        std::optional<QPointF> from;
        double best = 0;
        constexpr int Steps = 6;
        for (int gx = -Steps; gx <= Steps; ++gx) {
            for (int gy = -Steps; gy <= Steps; ++gy) {
                const QPointF p = cellCentre + QPointF(halfW * gx / Steps, halfH * gy / Steps);
                const double d = std::hypot(p.x() - cellCentre.x(), p.y() - cellCentre.y());
                if ((from && d >= best) || !pointIsFree(p, near))
                    continue;
                from = p;
                best = d;
            }
        }
        origins.insert(key, from);
        return from;
    };

    QList<MovementRoute> routes;
    for (const SnapshotComparison::Move &move : moves) {
        const auto it = markOf.constFind(move.id);
        if (it == markOf.constEnd() || !geometry.holds(move.fromEffort, move.fromImpact))
            continue;
        const Disc &target = discs.at(*it);
        const std::optional<QPointF> from = originOf(move.fromEffort, move.fromImpact);
        if (!from)
            continue;
        const QLineF chord(*from, target.centre);
        if (chord.length() <= target.radius + 8)
            continue;

        // A straight line where it is clear, else curves bent further and further either way.
        const QPointF mid = (*from + target.centre) / 2;
        const QPointF normal(-(target.centre.y() - from->y()) / chord.length(), (target.centre.x() - from->x()) / chord.length());
        constexpr std::array<double, 11> bends = {0, 0.15, -0.15, 0.3, -0.3, 0.45, -0.45, 0.6, -0.6, 0.8, -0.8};
        constexpr int Samples = 32;
        for (double bend : bends) {
            const QPointF control = mid + normal * (bend * chord.length());
            QList<QPointF> path{*from};
            bool ok = true;
            for (int s = 1; s <= Samples && ok; ++s) {
                QPointF p = bezier(*from, control, target.centre, double(s) / Samples);
                const double toTarget = std::hypot(p.x() - target.centre.x(), p.y() - target.centre.y());
                const bool arrived = toTarget <= target.radius + 3;
                if (arrived) {
                    // The tip on the mark's edge, between the last point outside and this one.
                    const QPointF &last = path.constLast();
                    const double lastDistance = std::hypot(last.x() - target.centre.x(), last.y() - target.centre.y());
                    const double t = (lastDistance - (target.radius + 3)) / std::max(1e-9, lastDistance - toTarget);
                    p = last + std::clamp(t, 0.0, 1.0) * (p - last);
                }
                ok = !blocked(path.constLast(), p, move.id);
                path.append(p);
                if (arrived)
                    break;
            }
            if (ok && path.size() >= 2) {
                routes.append({move.id, *from, path});
                break;
            }
        }
    }
    return routes;
}

} // namespace qw::MatrixLayout
