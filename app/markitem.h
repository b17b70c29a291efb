#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QLineF>
#include <QString>

namespace qw {

// One entry on the matrix: a disc in its colour with the entry's priority rank in it. Closed
// entries (done, verified, rejected) are drawn hollow. A badge stands for a crowded cell: a
// stack of discs with the number of entries it holds.
class MarkItem final : public QGraphicsItem
{
public:
    enum class Kind { Entry, Badge };
    MarkItem(Kind kind, qint64 id, const QString &text, QGraphicsItem *parent = nullptr);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    Kind kind() const { return m_kind; }
    qint64 entryId() const { return m_id; }      // the entry, or the badge's index
    // Each setter does nothing when the value is the same: the matrix sets every mark's values
    // after each change, and only the marks that changed are drawn again.
    void setRadius(qreal radius);
    void setText(const QString &text);
    qreal radius() const { return m_radius; }
    void setColours(const QColor &fill, const QColor &outline, bool hollow);
    QColor fillColour() const { return m_fill; }
    // The size its number is drawn at: what its disc fits, or the smallest set (0: none).
    int textPixelSize() const;
    void setTextPixelSize(int pixels)
    {
        if (pixels != m_textPixels) {
            m_textPixels = pixels;
            update();
        }
    }
    void setSelectedMark(bool selected);
    // New since the snapshot compared with: a dashed ring around the mark.
    void setNew(bool isNew)
    {
        if (isNew != m_new) {
            m_new = isNew;
            update();
        }
    }
    // Stale (in progress past its target date, or unchanged for long): a small clock on its rim.
    void setStale(bool stale)
    {
        if (stale != m_stale) {
            m_stale = stale;
            update();
        }
    }
    bool isStale() const { return m_stale; }
    bool isSelectedMark() const { return m_selected; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Kind m_kind;
    qint64 m_id;
    QString m_text;
    qreal m_radius = 11;
    int m_textPixels = 0;
    QColor m_fill;
    QColor m_outline;
    bool m_hollow = false;
    bool m_selected = false;
    bool m_new = false;
    bool m_stale = false;
};

// A label: text on a quiet, slightly transparent plate so it stays readable over the quadrant
// shading and grid lines.
class LabelItem final : public QGraphicsItem
{
public:
    LabelItem(qint64 id, QGraphicsItem *parent = nullptr);

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    qint64 entryId() const { return m_id; }
    void setEntryId(qint64 id) { m_id = id; }
    void setText(const QString &text)
    {
        if (text != m_text) {
            m_text = text;
            update();
        }
    }
    QString text() const { return m_text; }
    void setRect(const QRectF &rect)
    {
        if (rect != m_rect) {
            prepareGeometryChange();
            m_rect = rect;
        }
    }
    void setColours(const QColor &text, const QColor &plate)
    {
        if (text != m_textColour || plate != m_plate) {
            m_textColour = text;
            m_plate = plate;
            update();
        }
    }
    void setFont(const QFont &font)
    {
        if (font != m_font) {
            m_font = font;
            update();
        }
    }
    QFont font() const { return m_font; }
    QColor textColour() const { return m_textColour; }
    QColor plateColour() const { return m_plate; }

    // A line from the mark's edge to the label, when the label is set apart (null: none).
    void setLeader(const QLineF &leader)
    {
        if (leader != m_leader) {
            prepareGeometryChange();
            m_leader = leader;
        }
    }
    QLineF leader() const { return m_leader; }
    QRectF boundingRect() const override
    {
        return m_leader.isNull() ? m_rect : m_rect.united(QRectF(m_leader.p1(), m_leader.p2()).normalized().adjusted(-1, -1, 1, 1));
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    qint64 m_id;
    QString m_text;
    QRectF m_rect;
    QLineF m_leader;
    QFont m_font;
    QColor m_textColour;
    QColor m_plate;
};

// Black or white, whichever reads better on background (WCAG relative luminance).
QColor readableTextOn(const QColor &background);
double contrastRatio(const QColor &a, const QColor &b);

} // namespace qw
