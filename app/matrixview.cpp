#include "matrixview.h"

#include "markitem.h"
#include "matrixoverlays.h"
#include "domain/entry.h"
#include "domain/score.h"
#include "matrix/quadrantpalette.h"
#include "models/prioritisedentries.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>

#include <algorithm>
#include <cmath>
#include <utility>

namespace qw {

namespace {

using MatrixOverlays::AxisMax;
using MatrixOverlays::AxisMin;
using MatrixOverlays::composite;
using MatrixOverlays::isDark;
using MatrixOverlays::nameColour;
using MatrixOverlays::shading;

} // namespace

MatrixView::MatrixView(QWidget *parent)
    // The chart given to the constructor: setChart() would orphan the default one (a leak).
    : QChartView(new QChart, parent), m_chart(chart()), m_x(new QCategoryAxis), m_y(new QCategoryAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(360, 300);
    setMouseTracking(true);
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);

    for (QCategoryAxis *axis : {m_x, m_y}) {
        axis->setRange(AxisMin, AxisMax);
        axis->setStartValue(AxisMin);
        for (int s = Score::Minimum; s <= Score::Maximum; ++s)
            axis->append(QString::number(s), s + 0.5);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    }
    m_x->setTitleText(tr("Effort  (low → high)"));
    m_y->setTitleText(tr("Impact  (low → high)"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    const QuadrantRule rule;
    struct Region { Quadrant q; double x0, x1, y0, y1; };
    const Region regions[] = {
        {Quadrant::QuickWin, AxisMin, rule.effortLine(), rule.impactLine(), AxisMax},
        {Quadrant::MajorProject, rule.effortLine(), AxisMax, rule.impactLine(), AxisMax},
        {Quadrant::FillIn, AxisMin, rule.effortLine(), AxisMin, rule.impactLine()},
        {Quadrant::Thankless, rule.effortLine(), AxisMax, AxisMin, rule.impactLine()},
    };
    for (const Region &r : regions) {
        auto *upper = new QLineSeries(m_chart);
        upper->append(r.x0, r.y1);
        upper->append(r.x1, r.y1);
        auto *lower = new QLineSeries(m_chart);
        lower->append(r.x0, r.y0);
        lower->append(r.x1, r.y0);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(quadrantName(r.q));
        m_chart->addSeries(area);
        area->attachAxis(m_x);
        area->attachAxis(m_y);
        m_quadrants.append(area);

        auto *name = new QGraphicsSimpleTextItem(quadrantName(r.q), m_chart);
        name->setZValue(12);
        m_quadrantNames.append(name);
    }
    m_numbersCaption = new QGraphicsSimpleTextItem(m_chart);
    m_numbersCaption->setZValue(12);
    m_dragHint = new QGraphicsSimpleTextItem(m_chart);
    m_dragHint->setZValue(40);
    m_dragHint->hide();

    connect(m_chart, &QChart::plotAreaChanged, this, &MatrixView::relayout);
    applyPalette();
}

MatrixView::~MatrixView() = default;

void MatrixView::setModel(PrioritisedEntries *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_zoom.reset(); // another register: all four quadrants
    for (QGraphicsSimpleTextItem *name : std::as_const(m_quadrantNames))
        name->setVisible(true);
    // Once a change of the register or of the filter has been applied to the rows.
    if (m_model)
        connect(m_model, &PrioritisedEntries::entriesUpdated, this, &MatrixView::rebuild);
    rebuild();
}

void MatrixView::setColourBy(ColourBy by)
{
    m_colourBy = by;
    rebuild();
}

void MatrixView::setComparison(const std::optional<SnapshotComparison> &comparison)
{
    if (!comparison && !m_comparison)
        return;
    m_comparison = comparison;
    relayout();
}

void MatrixView::setSizeByEvidence(bool on)
{
    m_sizeByEvidence = on;
    relayout();
}

void MatrixView::setPresentation(bool on)
{
    m_presentation = on;
    applyPalette();
}

int MatrixView::textPixels(double factor) const
{
    const int normal = QFontInfo(font()).pixelSize();
    return int(std::round(std::max(normal * factor, m_presentation ? 18.0 * factor : 0.0)));
}

void MatrixView::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18f);
    for (QCategoryAxis *axis : {m_x, m_y}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        QFont font = this->font();
        font.setPixelSize(textPixels(m_presentation ? 1.1 : 1.05));
        axis->setLabelsFont(font);
        font.setBold(true);
        axis->setTitleFont(font);
    }
    for (qsizetype i = 0; i < m_quadrants.size(); ++i) {
        m_quadrants[i]->setBrush(shading(Quadrant(i), dark));
        QColor border = text;
        border.setAlphaF(0.55f);
        m_quadrants[i]->setPen(QPen(border, 1.5, Qt::DashLine));
        QFont font = this->font();
        font.setBold(true);
        font.setPixelSize(textPixels(m_presentation ? 1.7 : 1.35));
        m_quadrantNames[i]->setFont(font);
        m_quadrantNames[i]->setBrush(
            nameColour(Quadrant(i), composite(shading(Quadrant(i), dark), pal.color(QPalette::Base))));
    }
    QFont hint = font();
    hint.setBold(true);
    hint.setPixelSize(textPixels(1.1));
    m_dragHint->setFont(hint);
    m_dragHint->setBrush(text);
    rebuild();
}

void MatrixView::rebuild()
{
    m_colours = m_model ? MarkColours(m_model->entries(), m_colourBy, m_model->rule()) : MarkColours();
    relayout();
}

namespace {
void setToolTipOf(QGraphicsItem *item, const QString &tip)
{
    if (item->toolTip() != tip)
        item->setToolTip(tip);
}
} // namespace

void MatrixView::clearItems()
{
    qDeleteAll(m_markItems);
    qDeleteAll(m_badgeItems);
    qDeleteAll(m_labelItems);
    qDeleteAll(m_arrows);
    m_arrows.clear();
    m_markItems.clear();
    m_badgeItems.clear();
    m_labelItems.clear();
    m_markIndex.clear();
    m_dragItem = nullptr;
    m_dragging = false;
}

void MatrixView::layoutLegend()
{
    qDeleteAll(m_legendItems);
    m_legendItems.clear();
    const int margin = 8;
    double height = 0;
    // In quadrant colours the quadrants' names are the legend.
    if (m_colourBy != ColourBy::Quadrant && !m_colours.legend().isEmpty()) {
        QFont font = this->font();
        font.setPixelSize(textPixels(1.0));
        m_legendItems = MatrixOverlays::legend(m_chart, colourByName(m_colourBy), m_colours.legend(), font,
                                               palette(), margin, m_chart->size().width() - 2 * margin,
                                               m_chart->size().height() - margin, &height);
    }
    // What the marks' numbers are, above the plot.
    QFont captionFont = font();
    captionFont.setPixelSize(textPixels(0.9));
    QString meaning = m_model ? m_model->numbersMeaning() : QString();
    if (m_zoom) {
        const QString zoomed = tr("%1 only (0 or Esc: all four quadrants)").arg(quadrantName(*m_zoom));
        meaning = meaning.isEmpty() ? zoomed : zoomed + QStringLiteral(" · ") + meaning;
    }
    const QString shown = QFontMetricsF(captionFont).elidedText(meaning, Qt::ElideRight, m_chart->size().width() - 2 * margin);
    if (m_numbersCaption->text() != shown)
        m_numbersCaption->setText(shown);
    m_numbersCaption->setToolTip(meaning);
    if (m_numbersCaption->font() != captionFont)
        m_numbersCaption->setFont(captionFont);
    m_numbersCaption->setBrush(palette().color(QPalette::WindowText));
    m_numbersCaption->setPos(margin, 2);
    const int top = meaning.isEmpty() ? margin : int(QFontMetricsF(captionFont).height()) + 4;
    m_chart->setMargins(QMargins(margin, top, margin + int(std::ceil(keyWidth())) + (keyWidth() > 0 ? 16 : 0),
                                 margin + int(height)));
}

void MatrixView::relayout()
{
    // Laid out whole each time (the maths takes about a millisecond at 10,000 entries), but
    // drawn again only where it changed: the marks of entries still shown are kept, and set
    // to their new place, rank and colours, which do nothing when they are the same.
    qDeleteAll(m_arrows);
    m_arrows.clear();
    m_dragItem = nullptr;
    m_dragging = false;
    layoutLegend();
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty() || !m_model) {
        clearItems();
        drawKey({});
        return;
    }

    // Quadrant names in the outer corner of each quadrant, shrunk (never below the smallest
    // text size) where a narrow quadrant cannot hold them, in a band above and below the
    // scores that no mark enters (nor a label: the names are obstacles to them).
    const QuadrantRule lines;
    // Worked out from the plot as it is now: changing the axes may lay the chart out again.
    MatrixGeometry geometry = m_zoom ? MatrixGeometry::zoomedInto(*m_zoom, lines, plot) : MatrixGeometry{plot};
    {
        QFont nameFont = font();
        nameFont.setPixelSize(textPixels(m_presentation ? 1.7 : 1.35));
        geometry.band = MatrixGeometry::bandFor(QFontMetricsF(nameFont).height() + 8, plot.height(),
                                                geometry.impactMaximum - geometry.impactMinimum);
        applyAxes(geometry);
    }
    // Zoomed, the one name shown has the plot's width.
    const double leftWidth = m_zoom ? (int(*m_zoom) % 2 == 0 ? plot.width() : 0.0)
                                    : geometry.toPixel(QPointF(lines.effortLine(), 0)).x() - plot.left();
    QList<QRectF> names;
    const QPointF corners[] = {plot.topLeft(), plot.topRight(), plot.bottomLeft(), plot.bottomRight()};
    for (qsizetype i = 0; i < m_quadrantNames.size(); ++i) {
        QGraphicsSimpleTextItem *name = m_quadrantNames[i];
        const double room = (i % 2 == 0 ? leftWidth : plot.width() - leftWidth) - 12;
        // Worked out with metrics, and set only when it differs: setting a font draws the
        // name again, and this runs after every change of the register.
        QFont font = name->font();
        font.setPixelSize(textPixels(m_presentation ? 1.7 : 1.35));
        while (QFontMetricsF(font).horizontalAdvance(name->text()) > room && font.pixelSize() > textPixels(1.0))
            font.setPixelSize(font.pixelSize() - 1);
        if (font != name->font())
            name->setFont(font);
        const QRectF r = name->boundingRect();
        const QPointF c = corners[i];
        const double x = (i % 2 == 0) ? c.x() + 6 : c.x() - r.width() - 6;
        const double y = (i < 2) ? c.y() + 4 : c.y() - r.height() - 4;
        if (name->pos() != QPointF(x, y))
            name->setPos(x, y);
        if (name->isVisible())
            names.append(QRectF(QPointF(x, y), r.size()));
    }
    m_nameRects = names;

    QFont labelFont = font();
    labelFont.setPixelSize(textPixels(m_presentation ? 1.0 : 0.95));
    const QFontMetricsF metrics(labelFont);
    MatrixSceneStyle style;
    style.textWidth = [&metrics](const QString &text) { return metrics.horizontalAdvance(text); };
    style.textHeight = metrics.height();
    style.sizeByEvidence = m_sizeByEvidence;
    // Titles as long as the plot has room for: cut at about 22 characters on a desk's window,
    // given more on a wall's screen (a label that does not fit falls back to the ID).
    style.titleChars = std::clamp(plot.width() / (m_zoom ? 16.0 : 26.0), 22.0, 90.0);
    style.keyShown = keyWidth() > 0;
    style.wrapLines = m_zoom ? 3 : 1;
    if (m_presentation) {
        style.maxRadius = 18;
        style.minRadius = 13;
    }
    m_scene = MatrixLayout::buildScene(m_model->entries(), geometry, style, names);

    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor text = pal.color(QPalette::Text);
    QColor plate = pal.color(QPalette::Base);
    plate.setAlphaF(0.85f);
    const QuadrantRule rule = m_model->rule();
    const QList<EntrySummary> &entries = m_model->entries();

    QHash<qint64, MarkItem *> held;
    held.reserve(m_markItems.size());
    for (MarkItem *item : std::as_const(m_markItems))
        held.insert(item->entryId(), item);
    const QList<MarkItem *> heldBadges = std::exchange(m_badgeItems, {});
    const QList<LabelItem *> heldLabels = std::exchange(m_labelItems, {});
    m_markItems.clear();
    m_markIndex.clear();
    for (const MatrixScene::Mark &mark : std::as_const(m_scene.marks)) {
        const EntrySummary &e = entries.at(mark.rank - 1);
        // Its rank, or during a review the number it had when the review started.
        const int number = m_model->numberOf(e.id, mark.rank);
        MarkItem *item = held.take(e.id);
        if (item)
            item->setText(QString::number(number));
        else
            item = new MarkItem(MarkItem::Kind::Entry, e.id, QString::number(number), m_chart);
        item->setNew(false);
        const QColor colour = m_colours.colourOf(e);
        const bool closed = !isOpen(e.status);
        // A hollow mark is only its ring: light colours need a darker ring to be seen.
        const QColor ring = dark ? colour : colour.darker(colour.lightness() > 160 ? 170 : 110);
        item->setColours(closed ? ring : colour, text, closed);
        item->setRadius(mark.radius);
        item->setPos(mark.centre);
        item->setTextPixelSize(m_presentation ? 18 : 0);
        const Quadrant q = rule.quadrant(e.impact, e.effort);
        setToolTipOf(item, tr("#%1  %2  %3\n%4 · impact %5, effort %6 · %7 · %n linked interaction(s)",
                              nullptr, e.linkedCount)
                               .arg(number).arg(Entry::codeFor(e.id), e.title, quadrantName(q))
                               .arg(e.impact).arg(e.effort).arg(shownStatus(statusName(e.status), e.stored)));
        item->setSelectedMark(e.id == m_selected);
        const QString stale = m_model->staleReason(e.id);
        item->setStale(!stale.isEmpty());
        if (!stale.isEmpty())
            item->setToolTip(item->toolTip() + QLatin1Char('\n') + tr("Stale: %1").arg(stale));
        m_markIndex.insert(e.id, m_markItems.size());
        m_markItems.append(item);
    }
    for (qsizetype b = 0; b < m_scene.badges.size(); ++b) {
        const MatrixScene::Badge &badge = m_scene.badges.at(b);
        // "×12": a count, not to be mistaken for a rank.
        const QString count = QStringLiteral("×%1").arg(badge.members.size());
        MarkItem *item = b < heldBadges.size() ? heldBadges.at(b) : new MarkItem(MarkItem::Kind::Badge, b, count, m_chart);
        item->setText(count);
        item->setColours(quadrantColour(rule.quadrant(badge.impact, badge.effort)), text, false);
        item->setRadius(badge.radius);
        item->setPos(badge.centre);
        setToolTipOf(item, tr("%n entries scored impact %1, effort %2: click to list them", nullptr,
                              int(badge.members.size())).arg(badge.impact).arg(badge.effort));
        m_badgeItems.append(item);
    }
    qDeleteAll(held);
    for (qsizetype b = m_badgeItems.size(); b < heldBadges.size(); ++b)
        delete heldBadges.at(b);
    for (const MatrixScene::Label &label : std::as_const(m_scene.labels)) {
        const qint64 id = label.mark >= 0 ? m_scene.marks.at(label.mark).id : 0;
        LabelItem *item = m_labelItems.size() < heldLabels.size() ? heldLabels.at(m_labelItems.size())
                                                                  : new LabelItem(id, m_chart);
        item->setEntryId(id);
        item->setFont(labelFont);
        item->setColours(text, plate);
        item->setText(label.text);
        item->setRect(label.rect);
        // A label set apart: a line from its mark's edge to the nearest point of its plate.
        QLineF leader;
        if (label.leader) {
            const QPointF centre = label.mark >= 0 ? m_scene.marks.at(label.mark).centre : m_scene.badges.at(label.badge).centre;
            const double radius = label.mark >= 0 ? m_scene.marks.at(label.mark).radius : m_scene.badges.at(label.badge).radius;
            const QPointF to(std::clamp(centre.x(), label.rect.left(), label.rect.right()),
                             std::clamp(centre.y(), label.rect.top(), label.rect.bottom()));
            QLineF line(centre, to);
            if (line.length() > radius + 1) {
                line.setP1(line.pointAt(radius / line.length()));
                leader = line;
            }
        }
        item->setLeader(leader);
        setToolTipOf(item, label.mark >= 0 ? m_markItems.at(label.mark)->toolTip()
                                           : m_badgeItems.at(label.badge)->toolTip());
        m_labelItems.append(item);
    }
    for (qsizetype l = m_labelItems.size(); l < heldLabels.size(); ++l)
        delete heldLabels.at(l);
    m_routes.clear();
    if (m_comparison)
        drawComparison(geometry, text);
    {
        const QMargins margins = m_chart->margins();
        const double width = keyWidth();
        drawKey(QRectF(m_chart->size().width() - margins.right() + 16, margins.top(), width,
                       m_chart->size().height() - margins.top() - margins.bottom()));
    }
    if (m_selected != 0 && m_model->rowOf(m_selected) < 0)
        m_selected = 0;
    applyFocus();
}

void MatrixView::setFocusEntry(qint64 id)
{
    if (id == m_focus)
        return;
    m_focus = id;
    // An item of another quadrant than the one zoomed into: all four again, to show it.
    if (!isInZoom(id))
        setZoom(std::nullopt);
    applyFocus();
}

void MatrixView::applyFocus()
{
    constexpr qreal dimmed = 0.22;
    for (MarkItem *item : std::as_const(m_markItems))
        item->setOpacity(m_focus == 0 || item->entryId() == m_focus ? 1.0 : dimmed);
    for (qsizetype b = 0; b < m_badgeItems.size() && b < m_scene.badges.size(); ++b)
        m_badgeItems.at(b)->setOpacity(m_focus == 0 || m_scene.badges.at(b).members.contains(m_focus) ? 1.0 : dimmed);
    for (LabelItem *item : std::as_const(m_labelItems))
        item->setOpacity(m_focus == 0 || item->entryId() == m_focus ? 1.0 : dimmed);
    for (QGraphicsItem *arrow : std::as_const(m_arrows))
        arrow->setOpacity(m_focus == 0 ? 1.0 : dimmed);
}

void MatrixView::drawComparison(const MatrixGeometry &geometry, const QColor &colour)
{
    QHash<qint64, MarkItem *> marks;
    for (MarkItem *item : std::as_const(m_markItems))
        marks.insert(item->entryId(), item);
    m_routes = MatrixLayout::routeMovements(m_comparison->moved, m_scene, geometry, m_nameRects);
    m_arrows = MatrixOverlays::movementArrows(m_chart, m_routes, *m_comparison, colour, m_presentation);
    for (qint64 id : std::as_const(m_comparison->added)) {
        if (MarkItem *mark = marks.value(id)) {
            mark->setNew(true);
            mark->setToolTip(mark->toolTip() + QLatin1Char('\n') + tr("New since the snapshot"));
        }
    }
}

} // namespace qw
