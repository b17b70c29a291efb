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
#include <QHash>
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

QList<QGraphicsItem *> movementArrows(QGraphicsItem *parent, const QList<MovementRoute> &routes,
                                      const SnapshotComparison &comparison, const QColor &colour, bool large)
{
    QColor arrowColour = colour;
    arrowColour.setAlphaF(0.75f);
    const QPen pen(arrowColour, large ? 3 : 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QHash<qint64, const SnapshotComparison::Move *> moves;
    for (const SnapshotComparison::Move &move : comparison.moved)
        moves.insert(move.id, &move);
    QList<QGraphicsItem *> result;
    for (const MovementRoute &route : routes) {
        const SnapshotComparison::Move *move = moves.value(route.id);
        if (!move || route.path.size() < 2)
            continue;
        QPainterPath path(route.path.first());
        for (qsizetype i = 1; i < route.path.size(); ++i)
            path.lineTo(route.path.at(i));
        // The head points along the last stretch, into the mark.
        const QPointF tip = route.path.constLast();
        const QPointF before = route.path.at(route.path.size() - 2);
        const double angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
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
                              .arg(Entry::codeFor(move->id)).arg(move->fromImpact).arg(move->fromEffort)
                              .arg(move->toImpact).arg(move->toEffort));
        const QPointF from = route.from;
        auto *origin = new QGraphicsEllipseItem(from.x() - 3, from.y() - 3, 6, 6, parent);
        origin->setBrush(arrowColour);
        origin->setPen(Qt::NoPen);
        origin->setZValue(18);
        result.append(arrow);
        result.append(origin);
    }
    return result;
}

QList<QGraphicsItem *> key(QGraphicsItem *parent, const QString &heading, const QList<MatrixKeyRow> &rows,
                           const std::function<QColor(qint64)> &colourOf, const QString &moreHint,
                           const QFont &font, const QPalette &palette, const QRectF &rect, int *shown)
{
    QList<QGraphicsItem *> result;
    const QColor text = palette.color(QPalette::Text);
    QFont headingFont = font;
    headingFont.setBold(true);
    auto *title = new QGraphicsSimpleTextItem(heading, parent);
    title->setFont(headingFont);
    title->setBrush(text);
    title->setPos(rect.topLeft());
    result.append(title);

    const QFontMetricsF metrics(font);
    const double top = rect.top() + QFontMetricsF(headingFont).height() + 6;
    // Two lines for each title where every row still fits (zoomed into a quadrant, often).
    const bool twoLines = MatrixKey::rowsThatFit(int(rows.size()), rect.bottom() - top, 2 * metrics.height() + 6) == rows.size();
    const double rowHeight = (twoLines ? 2 : 1) * metrics.height() + 6;
    const int fit = MatrixKey::rowsThatFit(int(rows.size()), rect.bottom() - top, rowHeight);
    *shown = fit;
    const double disc = metrics.height() + 2;
    QFont numberFont = font;
    numberFont.setBold(true);
    numberFont.setPixelSize(std::max(9, int(font.pixelSize() * 0.8)));
    const QFontMetricsF numberMetrics(numberFont);
    const double textLeft = rect.left() + disc + 8;
    for (int i = 0; i < fit; ++i) {
        const MatrixKeyRow &row = rows.at(i);
        const double y = top + i * rowHeight;
        const QColor fill = colourOf(row.id);
        const double chipTop = twoLines ? y + 3 + (metrics.height() - disc) / 2 : y + (rowHeight - disc) / 2;
        auto *chip = new QGraphicsEllipseItem(rect.left(), chipTop, disc, disc, parent);
        chip->setBrush(fill);
        chip->setPen(QPen(text, 0.8));
        result.append(chip);
        const QString number = QString::number(row.number);
        auto *numberItem = new QGraphicsSimpleTextItem(number, parent);
        numberItem->setFont(numberFont);
        numberItem->setBrush(readableTextOn(fill));
        numberItem->setData(0, fill); // what it is read against
        numberItem->setPos(rect.left() + (disc - numberMetrics.horizontalAdvance(number)) / 2,
                           chipTop + (disc - numberMetrics.height()) / 2);
        result.append(numberItem);
        // One counted in a badge has no mark with its number: the key says where it is.
        const QString whole = Entry::codeFor(row.id) + QStringLiteral("  ")
            + (row.inBadge > 0 ? QCoreApplication::translate("qw::MatrixView", "(in the ×%1) ").arg(row.inBadge) : QString())
            + row.title;
        const double width = rect.right() - textLeft;
        QString shownText = metrics.elidedText(whole, Qt::ElideRight, width);
        if (twoLines && shownText != whole) {
            // Broken at the last space that fits, the rest on the second line.
            qsizetype cut = whole.size();
            while (cut > 0 && (whole.at(cut - 1) != QLatin1Char(' ') || metrics.horizontalAdvance(whole.left(cut).trimmed()) > width))
                --cut;
            if (cut <= 0)
                cut = shownText.size() - 1;
            shownText = whole.left(cut).trimmed() + QLatin1Char('\n')
                + metrics.elidedText(whole.mid(cut).trimmed(), Qt::ElideRight, width);
        }
        auto *label = new QGraphicsSimpleTextItem(shownText, parent);
        label->setFont(font);
        label->setBrush(text);
        label->setPos(textLeft, y + 3);
        label->setToolTip(Entry::codeFor(row.id) + QStringLiteral("  ") + row.title);
        result.append(label);
    }
    if (fit < rows.size()) {
        const QString more = QCoreApplication::translate("qw::MatrixView", "… and %n more", nullptr, int(rows.size() - fit))
            + (moreHint.isEmpty() ? QString() : QStringLiteral(" · ") + moreHint);
        auto *moreItem = new QGraphicsSimpleTextItem(metrics.elidedText(more, Qt::ElideRight, rect.width()), parent);
        QFont italic = font;
        italic.setItalic(true);
        moreItem->setFont(italic);
        moreItem->setBrush(text);
        moreItem->setPos(rect.left(), top + fit * rowHeight + (rowHeight - metrics.height()) / 2);
        moreItem->setToolTip(more);
        result.append(moreItem);
    }
    for (QGraphicsItem *item : std::as_const(result))
        item->setZValue(12);
    return result;
}

} // namespace qw::MatrixOverlays
