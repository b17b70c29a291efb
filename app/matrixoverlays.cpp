#include "matrixoverlays.h"

#include "markitem.h"
#include "domain/entry.h"
#include "matrix/quadrantpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>

#include <cmath>

namespace qw::MatrixOverlays {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor composite(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)),
                            float(over.greenF() * a + under.greenF() * (1 - a)),
                            float(over.blueF() * a + under.blueF() * (1 - a)));
}

QColor shading(Quadrant q, bool dark)
{
    QColor fill = quadrantColour(q);
    // Yellow is light: it needs more of itself to show on a light background.
    const bool yellow = q == Quadrant::FillIn;
    fill.setAlphaF(dark ? (yellow ? 0.22f : 0.30f) : (yellow ? 0.30f : 0.16f));
    return fill;
}

QColor nameColour(Quadrant q, const QColor &background)
{
    const bool dark = background.lightness() < 128;
    const QColor base = quadrantColour(q);
    QColor name = dark ? base.lighter(150) : base.darker(q == Quadrant::FillIn ? 300 : 170);
    // At least 4.5:1 on the quadrant it names (WCAG AA, as presentation mode promises), whatever
    // the desktop's palette: lighter on dark, darker on light, until it is.
    for (int i = 0; i < 24 && contrastRatio(name, background) < 4.8; ++i)
        name = dark ? name.lighter(112) : name.darker(112);
    return name;
}

QList<QGraphicsItem *> legend(QGraphicsItem *parent, const QString &title,
                              const QList<LegendItem> &legendItems, const QFont &font,
                              const QPalette &palette, double left, double width, double bottom,
                              double *height)
{
    const QFontMetricsF metrics(font);
    const double chip = metrics.height() * 0.8;
    QList<std::pair<QString, QColor>> items;
    items.append({title + QLatin1Char(':'), QColor()});
    for (const LegendItem &item : legendItems)
        items.append({item.text, item.colour});
    double x = left;
    int rows = 1;
    QList<QPointF> positions;
    for (const auto &[label, colour] : items) {
        const double w = (colour.isValid() ? chip + 4 : 0) + metrics.horizontalAdvance(label) + 14;
        if (x + w > left + width && x > left) {
            x = left;
            ++rows;
        }
        positions.append(QPointF(x, rows - 1));
        x += w;
    }
    const double rowHeight = metrics.height() + 4;
    *height = rows * rowHeight + 4;
    const double top = bottom - *height;
    QList<QGraphicsItem *> result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto &[label, colour] = items.at(i);
        double px = positions.at(i).x();
        const double py = top + positions.at(i).y() * rowHeight;
        if (colour.isValid()) {
            auto *rect = new QGraphicsRectItem(px, py + (rowHeight - chip) / 2, chip, chip, parent);
            rect->setBrush(colour);
            rect->setPen(QPen(palette.color(QPalette::Text), 0.5));
            result.append(rect);
            px += chip + 4;
        }
        auto *text = new QGraphicsSimpleTextItem(label, parent);
        text->setFont(font);
        text->setBrush(palette.color(QPalette::Text));
        text->setPos(px, py + (rowHeight - metrics.height()) / 2);
        result.append(text);
    }
    return result;
}

QList<QGraphicsItem *> movementArrows(QGraphicsItem *parent, const SnapshotComparison &comparison,
                                      const QHash<qint64, MarkItem *> &marks,
                                      const MatrixGeometry &geometry, const QColor &colour, bool large)
{
    QColor arrowColour = colour;
    arrowColour.setAlphaF(0.75f);
    const QPen pen(arrowColour, large ? 3 : 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QList<QGraphicsItem *> result;
    for (const SnapshotComparison::Move &move : comparison.moved) {
        MarkItem *mark = marks.value(move.id);
        if (!mark)
            continue; // counted in a badge: the notice still counts it as moved
        const QPointF from = geometry.toPixel(QPointF(move.fromEffort, move.fromImpact));
        const QPointF to = mark->pos();
        const QLineF line(from, to);
        if (line.length() <= mark->radius() + 6)
            continue;
        // Stop at the mark's edge; the head points into it.
        const QPointF tip = line.pointAt(1 - (mark->radius() + 3) / line.length());
        QPainterPath path(from);
        path.lineTo(tip);
        const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        const double head = large ? 14 : 10;
        for (double side : {-0.45, 0.45}) {
            path.moveTo(tip);
            path.lineTo(tip - QPointF(std::cos(angle + side) * head, std::sin(angle + side) * head));
        }
        auto *arrow = new QGraphicsPathItem(path, parent);
        arrow->setPen(pen);
        arrow->setZValue(18);
        arrow->setToolTip(QCoreApplication::translate("qw::MatrixView",
                                                      "%1 moved from impact %2, effort %3 to impact %4, effort %5")
                              .arg(Entry::codeFor(move.id)).arg(move.fromImpact).arg(move.fromEffort)
                              .arg(move.toImpact).arg(move.toEffort));
        auto *origin = new QGraphicsEllipseItem(from.x() - 3, from.y() - 3, 6, 6, parent);
        origin->setBrush(arrowColour);
        origin->setPen(Qt::NoPen);
        origin->setZValue(18);
        result.append(arrow);
        result.append(origin);
    }
    return result;
}

} // namespace qw::MatrixOverlays
