#include "markitem.h"

#include <QFont>
#include <QCursor>
#include <QPainter>

#include <cmath>

namespace qw {

namespace {
// Relative luminance per WCAG 2, to pick black or white text on a fill.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

MarkItem::MarkItem(qint64 id, int rank, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_id(id), m_rank(rank)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
}

void MarkItem::setRadius(qreal radius)
{
    prepareGeometryChange();
    m_radius = radius;
}

void MarkItem::setColors(const QColor &fill, const QColor &outline, bool hollow)
{
    m_fill = fill;
    m_outline = outline;
    m_hollow = hollow;
    update();
}

void MarkItem::setSelectedMark(bool selected)
{
    m_selected = selected;
    setZValue(selected ? 30 : 20);
    update();
}

QRectF MarkItem::boundingRect() const
{
    const qreal r = m_radius + 5;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

void MarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF disc(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius);
    if (m_selected) {
        painter->setPen(QPen(m_outline, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(disc.adjusted(-4, -4, 4, 4));
    }
    const QColor background = m_hollow ? m_fill.lighter(100) : m_fill;
    painter->setPen(QPen(m_hollow ? m_fill : m_outline, m_hollow ? 2.5 : 1));
    painter->setBrush(m_hollow ? QBrush(Qt::NoBrush) : QBrush(m_fill));
    painter->drawEllipse(disc);

    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(m_radius * (m_rank >= 100 ? 0.8 : 1.05)));
    painter->setFont(font);
    QColor text = m_outline;
    if (!m_hollow)
        text = luminance(background) > 0.25 ? QColor(Qt::black) : QColor(Qt::white);
    painter->setPen(text);
    painter->drawText(disc, Qt::AlignCenter, QString::number(m_rank));
}

LabelItem::LabelItem(qint64 id, QGraphicsItem *parent) : QGraphicsItem(parent), m_id(id)
{
    setZValue(15);
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_plate);
    painter->drawRoundedRect(m_rect, 3, 3);
    painter->setFont(m_font);
    painter->setPen(m_textColor);
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

} // namespace qw
