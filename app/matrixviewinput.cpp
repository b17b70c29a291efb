// The matrix's mouse and keys: choosing, dragging to rescore, the badges' lists, the zoom keys.
#include "matrixview.h"

#include "markitem.h"
#include "matrixoverlays.h"
#include "domain/entry.h"
#include "domain/score.h"
#include "models/prioritisedentries.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace qw {

void MatrixView::setSelectedEntry(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    if (!isInZoom(id))
        setZoom(std::nullopt); // chosen elsewhere (the list): all four, to show it
    for (MarkItem *item : std::as_const(m_markItems))
        item->setSelectedMark(item->entryId() == m_selected);
}

MarkItem *MatrixView::itemAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> hits = items(viewPos);
    for (QGraphicsItem *item : hits) {
        if (item->type() == MarkItem::Type)
            return static_cast<MarkItem *>(item);
        if (item->type() == LabelItem::Type) {
            const qint64 id = static_cast<LabelItem *>(item)->entryId();
            const auto it = m_markIndex.constFind(id);
            if (it != m_markIndex.constEnd())
                return m_markItems.at(*it);
        }
    }
    return nullptr;
}

void MatrixView::showBadgeMembers(int badge, const QPoint &globalPos)
{
    QMenu menu(this);
    QHash<qint64, QString> titles;
    for (const EntrySummary &e : m_model->entries())
        titles.insert(e.id, e.title);
    for (qint64 id : m_scene.badges.at(badge).members) {
        const int rank = m_model->rowOf(id) + 1;
        menu.addAction(tr("%1.  %2  %3").arg(rank).arg(Entry::codeFor(id), titles.value(id)), this,
                       [this, id] {
                           setSelectedEntry(id);
                           Q_EMIT entrySelected(id);
                       });
    }
    menu.exec(globalPos);
}

void MatrixView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    // A quadrant's name zooms into it, or back out.
    const QPointF scenePos = mapToScene(event->position().toPoint());
    for (qsizetype i = 0; i < m_quadrantNames.size(); ++i) {
        if (m_quadrantNames.at(i)->isVisible() && m_quadrantNames.at(i)->sceneBoundingRect().contains(scenePos)) {
            setZoom(m_zoom == Quadrant(i) ? std::nullopt : std::optional<Quadrant>(Quadrant(i)));
            event->accept();
            return;
        }
    }
    MarkItem *item = itemAt(event->position().toPoint());
    if (item && item->kind() == MarkItem::Kind::Badge) {
        showBadgeMembers(int(item->entryId()), event->globalPosition().toPoint());
        return;
    }
    const qint64 id = item ? item->entryId() : 0;
    setSelectedEntry(id);
    Q_EMIT entrySelected(m_selected);
    if (item && m_editable) {
        m_dragItem = item;
        m_pressPos = event->position().toPoint();
    }
    event->accept();
}

void MatrixView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragItem) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragItem->setCursor(Qt::ClosedHandCursor);
    const QRectF plot = m_chart->plotArea();
    QPointF p = m_chart->mapFromScene(mapToScene(pos));
    p.setX(std::clamp(p.x(), plot.left(), plot.right()));
    p.setY(std::clamp(p.y(), plot.top(), plot.bottom()));
    m_dragItem->setPos(p);
    const auto [impact, effort] = scoresAt(p);
    m_dragHint->setText(tr("Impact %1 · Effort %2 · %3").arg(impact).arg(effort)
                            .arg(quadrantName(QuadrantRule().quadrant(impact, effort))));
    const QRectF hint = m_dragHint->boundingRect();
    QPointF at = p + QPointF(18, -hint.height() - 10);
    if (at.x() + hint.width() > plot.right())
        at.setX(p.x() - hint.width() - 18);
    at.setY(std::max(at.y(), plot.top()));
    m_dragHint->setPos(at);
    m_dragHint->show();
}

void MatrixView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragItem) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const bool dragged = m_dragging;
    const qint64 id = m_dragItem->entryId();
    const auto [impact, effort] = scoresAt(m_dragItem->pos());
    cancelDrag();
    if (!dragged)
        return;
    relayout(); // the mark goes back until the register says where it is
    Q_EMIT rescoreRequested(id, impact, effort);
}

std::pair<int, int> MatrixView::scoresAt(const QPointF &chartPos) const
{
    // The scores of the cell under a point of the plot, kept to the cells shown: zoomed into a
    // quadrant, a drag past its edge (or into a name's band) stays in that quadrant.
    const MatrixGeometry g = geometry();
    const QPointF value = g.toValue(chartPos);
    const int impact = std::clamp(int(std::lround(value.y())), std::max(Score::Minimum, int(std::ceil(g.impactMinimum))),
                                  std::min(Score::Maximum, int(std::floor(g.impactMaximum))));
    const int effort = std::clamp(int(std::lround(value.x())), std::max(Score::Minimum, int(std::ceil(g.minimum))),
                                  std::min(Score::Maximum, int(std::floor(g.maximum))));
    return {impact, effort};
}

void MatrixView::cancelDrag()
{
    if (m_dragItem)
        m_dragItem->setCursor(Qt::OpenHandCursor);
    m_dragItem = nullptr;
    m_dragging = false;
    m_dragHint->hide();
}

void MatrixView::mouseDoubleClickEvent(QMouseEvent *event)
{
    MarkItem *item = itemAt(event->position().toPoint());
    if (item && item->kind() == MarkItem::Kind::Entry)
        Q_EMIT entryActivated(item->entryId());
    else
        QChartView::mouseDoubleClickEvent(event);
}

void MatrixView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dragging) {
        cancelDrag();
        relayout();
        return;
    }
    // The digits as typed (on an AZERTY keyboard they take Shift), or on the keypad.
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        const QString typed = event->text();
        if (typed.size() == 1 && typed.at(0) >= QLatin1Char('1') && typed.at(0) <= QLatin1Char('4')) {
            const Quadrant q = Quadrant(typed.at(0).unicode() - '1');
            setZoom(m_zoom == q ? std::nullopt : std::optional<Quadrant>(q));
            return;
        }
        if (typed == QLatin1String("0") || (event->key() == Qt::Key_Escape && m_zoom)) {
            setZoom(std::nullopt);
            return;
        }
    }
    if (m_selected == 0 || !m_model) {
        QChartView::keyPressEvent(event);
        return;
    }
    const int row = m_model->rowOf(m_selected);
    const EntrySummary *e = row >= 0 ? &m_model->entries().at(row) : nullptr;
    int impact = e ? e->impact : 0;
    int effort = e ? e->effort : 0;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT entryActivated(m_selected);
        return;
    case Qt::Key_Up: ++impact; break;
    case Qt::Key_Down: --impact; break;
    case Qt::Key_Right: ++effort; break;
    case Qt::Key_Left: --effort; break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    if (e && m_editable && Score::isValid(impact) && Score::isValid(effort)) {
        // Rescored out of the quadrant zoomed into: all four, so that it stays in sight.
        if (m_zoom && m_model->rule().quadrant(impact, effort) != *m_zoom)
            setZoom(std::nullopt);
        Q_EMIT rescoreRequested(m_selected, impact, effort);
    }
}

void MatrixView::contextMenuEvent(QContextMenuEvent *event)
{
    MarkItem *item = itemAt(event->pos());
    const qint64 id = item && item->kind() == MarkItem::Kind::Entry ? item->entryId() : 0;
    if (id != 0) {
        setSelectedEntry(id);
        Q_EMIT entrySelected(id);
    }
    Q_EMIT contextMenuRequested(id, event->globalPos());
}

bool MatrixView::event(QEvent *event)
{
    // Esc leaves the zoom first, before it leaves presentation mode.
    if (event->type() == QEvent::ShortcutOverride && m_zoom
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !(static_cast<QKeyEvent *>(event)->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        event->accept();
        return true;
    }
    return QChartView::event(event);
}

void MatrixView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

} // namespace qw
