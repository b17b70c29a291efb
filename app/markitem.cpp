#include "markitem.h"

#include <QCursor>
#include <QPainter>

#include <cmath>

namespace qw {

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QColor readableTextOn(const QColor &background)
{
    return contrastRatio(background, Qt::black) >= contrastRatio(background, Qt::white)
        ? QColor(Qt::black) : QColor(Qt::white);
}

MarkItem::MarkItem(Kind kind, qint64 id, const QString &text, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_kind(kind), m_id(id), m_text(text)
{
    setAcceptHoverEvents(true);
    setCursor(kind == Kind::Entry ? Qt::OpenHandCursor : Qt::PointingHandCursor);
    setZValue(20);
}

void MarkItem::setRadius(qreal radius)
{
    if (radius == m_radius)
        return;
    prepareGeometryChange();
    m_radius = radius;
}

int MarkItem::textPixelSize() const
{
    const int fit = int(m_radius * (m_text.size() >= 3 ? 0.8 : 1.05));
    return std::max(m_textPixels, fit);
}

void MarkItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void MarkItem::setColours(const QColor &fill, const QColor &outline, bool hollow)
{
    if (fill == m_fill && outline == m_outline && hollow == m_hollow)
        return;
    m_fill = fill;
    m_outline = outline;
    m_hollow = hollow;
    update();
}

void MarkItem::setSelectedMark(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setZValue(selected ? 30 : 20);
    update();
}

QRectF MarkItem::boundingRect() const
{
    const qreal r = m_radius + 6;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

void MarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF disc(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius);
    if (m_selected) {
        painter->setPen(QPen(m_outline, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(disc.adjusted(-4.5, -4.5, 4.5, 4.5));
    }
    if (m_new) {
        painter->setPen(QPen(m_outline, 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(disc.adjusted(-4.5, -4.5, 4.5, 4.5));
    }
    if (m_kind == Kind::Badge) {
        // A stack: two discs peeking out behind the front one.
        painter->setPen(QPen(m_outline, 1));
        painter->setBrush(m_fill.darker(130));
        painter->drawEllipse(disc.translated(4, -4));
        painter->drawEllipse(disc.translated(2, -2));
    }
    painter->setPen(QPen(m_hollow ? m_fill : m_outline, m_hollow ? 2.5 : 1));
    painter->setBrush(m_hollow ? QBrush(Qt::NoBrush) : QBrush(m_fill));
    painter->drawEllipse(disc);

    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(textPixelSize());
    painter->setFont(font);
    painter->setPen(m_hollow ? m_outline : readableTextOn(m_fill));
    painter->drawText(disc.adjusted(-6, -6, 6, 6), Qt::AlignCenter, m_text);
    if (m_stale) {
        // A clock face at the upper right of the rim: the entry waits.
        const qreal r = qMax<qreal>(4.5, m_radius * 0.42);
        const QPointF centre(m_radius * 0.72, -m_radius * 0.72);
        painter->setPen(QPen(m_outline, 1.2));
        painter->setBrush(QColor(0xf3, 0xf1, 0xe8));
        painter->drawEllipse(centre, r, r);
        painter->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.3, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(centre, centre + QPointF(0, -r * 0.65));
        painter->drawLine(centre, centre + QPointF(r * 0.5, 0));
    }
}

LabelItem::LabelItem(qint64 id, QGraphicsItem *parent) : QGraphicsItem(parent), m_id(id)
{
    setZValue(15);
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_leader.isNull()) {
        painter->setPen(QPen(m_textColour, 1.2));
        painter->drawLine(m_leader);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_plate);
    painter->drawRoundedRect(m_rect, 3, 3);
    painter->setFont(m_font);
    painter->setPen(m_textColour);
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

} // namespace qw
