#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QString>

namespace qw {

// One entry on the matrix: a disc in its quadrant's colour with the entry's priority rank in
// it. Closed entries (done, verified, rejected) are drawn hollow.
class MarkItem final : public QGraphicsItem
{
public:
    MarkItem(qint64 id, int rank, QGraphicsItem *parent = nullptr);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    qint64 entryId() const { return m_id; }
    void setRadius(qreal radius);
    qreal radius() const { return m_radius; }
    void setColors(const QColor &fill, const QColor &outline, bool hollow);
    void setSelectedMark(bool selected);
    bool isSelectedMark() const { return m_selected; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    qint64 m_id;
    int m_rank;
    qreal m_radius = 11;
    QColor m_fill;
    QColor m_outline;
    bool m_hollow = false;
    bool m_selected = false;
};

// A mark's label: text on a quiet, slightly transparent plate so it stays readable over the
// quadrant shading and grid lines.
class LabelItem final : public QGraphicsItem
{
public:
    LabelItem(qint64 id, QGraphicsItem *parent = nullptr);

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    qint64 entryId() const { return m_id; }
    void setText(const QString &text) { prepareGeometryChange(); m_text = text; }
    QString text() const { return m_text; }
    void setRect(const QRectF &rect) { prepareGeometryChange(); m_rect = rect; }
    void setColors(const QColor &text, const QColor &plate) { m_textColor = text; m_plate = plate; update(); }
    void setFont(const QFont &font) { m_font = font; update(); }

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    qint64 m_id;
    QString m_text;
    QRectF m_rect;
    QFont m_font;
    QColor m_textColor;
    QColor m_plate;
};

} // namespace qw
