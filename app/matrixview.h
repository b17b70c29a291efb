#pragma once

#include "domain/quadrant.h"
#include "matrix/markcolours.h"
#include "matrix/matrixkey.h"
#include "matrix/matrixscene.h"
#include "matrix/movementroutes.h"
#include "matrix/snapshotcomparison.h"

#include <QChartView>
#include <QHash>
#include <QList>

#include <optional>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QAreaSeries;

namespace qw {

class PrioritisedEntries;
class LabelItem;
class MarkItem;

// The impact/effort matrix: effort on x (low at the left), impact on y (high at the top), the
// four quadrants shaded and named, and one numbered, labelled mark per entry (or a count badge
// for a cell too crowded to read). Where things go is decided by MatrixLayout in lib/; this
// class draws, and turns clicks, drags and keys into requests for the main window.
class MatrixView final : public QChartView
{
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);
    ~MatrixView() override;

    // What it draws: the entries in priority order (the register's list, or a part of it).
    void setModel(PrioritisedEntries *model);
    qint64 selectedEntry() const { return m_selected; }
    void setEditable(bool editable) { m_editable = editable; }
    void setColourBy(ColourBy by);
    ColourBy colourBy() const { return m_colourBy; }
    void setSizeByEvidence(bool on);
    // Large text, for a shared screen: the smallest text at least 18 pixels tall.
    void setPresentation(bool on);
    // Arrows from where entries stood in a snapshot to where they are; new ones ringed.
    void setComparison(const std::optional<SnapshotComparison> &comparison);
    int arrowCount() const { return int(m_arrows.size() / 2); } // an arrow and its origin dot
    const QList<MovementRoute> &movementRoutes() const { return m_routes; }
    bool isPresentation() const { return m_presentation; }
    // The key beside the plot: number, ID and title of each entry shown (see MatrixKey); where
    // it is shown, a title that cannot sit against its mark is left to it.
    void setKeyShown(bool shown);
    bool isKeyShown() const { return m_keyShown; }
    const QList<MatrixKeyRow> &keyRows() const { return m_keyRows; } // every row, listed or not
    int keyRowsListed() const { return m_keyListed; }                // how many fit and are listed
    // One quadrant filling the plot (keys 1 to 4, or a click on its name; 0 or Esc: all four).
    void setZoom(std::optional<Quadrant> quadrant);
    std::optional<Quadrant> zoom() const { return m_zoom; }
    MatrixGeometry geometry() const;

    // What a person sees, for tests, screenshots and exports: where the mark of an entry is
    // (in the view's coordinates), which quadrant's shading lies under a point, a mark's label.
    std::optional<QPoint> markPosition(qint64 id) const;
    QPoint viewPosition(const QPointF &value) const; // (effort, impact) in score units
    std::optional<Quadrant> quadrantAt(const QPoint &viewPos) const;
    QString labelText(qint64 id) const;
    int markCount() const { return int(m_markItems.size()); }
    int badgeCount() const { return int(m_scene.badges.size()); }
    const MatrixScene &scene() const { return m_scene; }
    // Every piece of text drawn, with its pixel size and its text and background colours.
    struct TextSample { QString text; int pixelHeight; QColor colour; QColor background; };
    QList<TextSample> textSamples() const;

public Q_SLOTS:
    void setSelectedEntry(qint64 id);
    // A review's item: its mark (and label) drawn as usual, every other one dimmed (0: none).
    void setFocusEntry(qint64 id);
    qint64 focusEntry() const { return m_focus; }
    void relayout();

Q_SIGNALS:
    void entrySelected(qint64 id);
    void entryActivated(qint64 id);
    void rescoreRequested(qint64 id, int impact, int effort);
    void contextMenuRequested(qint64 id, const QPoint &globalPos);
    void zoomChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void clearItems();
    void layoutLegend();
    void drawComparison(const MatrixGeometry &geometry, const QColor &colour);
    MarkItem *itemAt(const QPoint &viewPos) const;
    void showBadgeMembers(int badge, const QPoint &globalPos);
    void cancelDrag();
    std::pair<int, int> scoresAt(const QPointF &chartPos) const; // (impact, effort)
    bool isInZoom(qint64 id) const;
    int textPixels(double factor) const;

    QChart *m_chart;
    QCategoryAxis *m_x;
    QCategoryAxis *m_y;
    QList<QAreaSeries *> m_quadrants;
    QList<QGraphicsSimpleTextItem *> m_quadrantNames;
    QList<QGraphicsItem *> m_legendItems;
    PrioritisedEntries *m_model = nullptr;
    MarkColours m_colours;
    MatrixScene m_scene;
    QList<MarkItem *> m_markItems;
    QList<MarkItem *> m_badgeItems;
    QList<LabelItem *> m_labelItems;
    QList<QGraphicsItem *> m_arrows;
    std::optional<SnapshotComparison> m_comparison;
    QHash<qint64, qsizetype> m_markIndex;
    qint64 m_selected = 0;
    qint64 m_focus = 0;
    double m_band = 0; // the room for the quadrants' names (MatrixGeometry::band)
    void applyAxes(const MatrixGeometry &geometry);
    void drawKey(const QRectF &rect);
    double keyWidth() const;
    bool m_keyShown = false;
    std::optional<Quadrant> m_zoom;
    QList<QGraphicsItem *> m_keyItems;
    QList<MatrixKeyRow> m_keyRows;
    int m_keyListed = 0;
    QList<QRectF> m_nameRects; // where the quadrants' names are drawn
    QList<MovementRoute> m_routes;
    void applyFocus();
    bool m_editable = true;
    ColourBy m_colourBy = ColourBy::Quadrant;
    bool m_sizeByEvidence = false;
    bool m_presentation = false;

    // Dragging a mark to rescore it.
    MarkItem *m_dragItem = nullptr;
    QPoint m_pressPos;
    bool m_dragging = false;
    QGraphicsSimpleTextItem *m_dragHint = nullptr;
    QGraphicsSimpleTextItem *m_numbersCaption = nullptr; // what the marks' numbers are
};

} // namespace qw
