#pragma once

#include "domain/quadrant.h"

#include <QChartView>
#include <QHash>
#include <QList>

#include <optional>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QAreaSeries;

namespace qw {

class EntryModel;
class LabelItem;
class MarkItem;

// The impact/effort matrix: effort on x (low at the left), impact on y (high at the top), the
// four quadrants shaded and named, and one numbered, labelled mark per entry. Where marks and
// labels go is decided by MatrixLayout in lib/; this class only draws and handles the mouse.
class MatrixView final : public QChartView
{
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);
    ~MatrixView() override;

    void setModel(EntryModel *model);
    qint64 selectedEntry() const { return m_selected; }

    // What a person sees, for tests and screenshots: where the mark of an entry is (in the
    // view's coordinates), which quadrant's shading lies under a point, and a mark's label.
    std::optional<QPoint> markPosition(qint64 id) const;
    std::optional<Quadrant> quadrantAt(const QPoint &viewPos) const;
    QString labelText(qint64 id) const;
    int markCount() const { return int(m_marks.size()); }

public Q_SLOTS:
    void setSelectedEntry(qint64 id);

Q_SIGNALS:
    void entrySelected(qint64 id);
    void entryActivated(qint64 id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Mark
    {
        qint64 id = 0;
        QPointF value;
        QString longText;
        QString shortText;
        MarkItem *item = nullptr;
        LabelItem *label = nullptr;
    };
    void rebuild();
    void relayout();
    void applyPalette();
    qint64 entryAt(const QPoint &viewPos) const;

    QChart *m_chart;
    QCategoryAxis *m_x;
    QCategoryAxis *m_y;
    QList<QAreaSeries *> m_quadrants;
    QList<QGraphicsSimpleTextItem *> m_quadrantNames;
    EntryModel *m_model = nullptr;
    QList<Mark> m_marks;
    QHash<qint64, qsizetype> m_markIndex;
    qint64 m_selected = 0;
};

} // namespace qw
