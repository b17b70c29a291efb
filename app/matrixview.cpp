#include "matrixview.h"

#include "markitem.h"
#include "matrixoverlays.h"
#include "domain/entry.h"
#include "domain/score.h"
#include "matrix/quadrantpalette.h"
#include "models/prioritisedentries.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace qw {

namespace {

constexpr double AxisMin = Score::Minimum - 0.5;
constexpr double AxisMax = Score::Maximum + 0.5;

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

MatrixGeometry MatrixView::geometry() const
{
    const QRectF plot = m_chart->plotArea();
    return m_zoom ? MatrixGeometry::zoomedInto(*m_zoom, QuadrantRule(), plot, m_band)
                  : MatrixGeometry{plot, AxisMin, AxisMax, m_band};
}

void MatrixView::applyAxes(const MatrixGeometry &g)
{
    const double yMin = g.impactMinimum - g.band;
    const double yMax = g.impactMaximum + g.band;
    const bool sameX = std::abs(m_x->min() - g.minimum) < 1e-6 && std::abs(m_x->max() - g.maximum) < 1e-6;
    const bool sameY = std::abs(m_y->min() - yMin) < 0.005 && std::abs(m_y->max() - yMax) < 0.005;
    m_band = g.band;
    if (sameX && sameY)
        return;
    const auto clear = [](QCategoryAxis *axis) {
        const QStringList labels = axis->categoriesLabels();
        for (const QString &label : labels)
            axis->remove(label);
    };
    if (!sameX) {
        clear(m_x);
        m_x->setStartValue(g.minimum);
        m_x->setRange(g.minimum, g.maximum);
        for (int s = Score::Minimum; s <= Score::Maximum; ++s) {
            if (s > g.minimum && s < g.maximum)
                m_x->append(QString::number(s), s + 0.5);
        }
    }
    if (!sameY) {
        // The impact axis: a blank category for each band, the scores between them.
        clear(m_y);
        m_y->setStartValue(yMin);
        m_y->setRange(yMin, yMax);
        m_y->append(QStringLiteral(" "), g.impactMinimum);
        for (int s = Score::Minimum; s <= Score::Maximum; ++s) {
            if (s > g.impactMinimum && s < g.impactMaximum)
                m_y->append(QString::number(s), s + 0.5);
        }
        m_y->append(QStringLiteral("  "), yMax);
    }
    // The quadrants reach into the bands; zoomed, the one shown fills the plot.
    const QuadrantRule rule;
    for (qsizetype i = 0; i < m_quadrants.size(); ++i) {
        const Quadrant q = Quadrant(i);
        const bool low = q == Quadrant::QuickWin || q == Quadrant::FillIn;
        const bool high = q == Quadrant::QuickWin || q == Quadrant::MajorProject;
        double x0 = low ? AxisMin : rule.effortLine();
        double x1 = low ? rule.effortLine() : AxisMax;
        double y0 = high ? rule.impactLine() : AxisMin - g.band;
        double y1 = high ? AxisMax + g.band : rule.impactLine();
        if (m_zoom && *m_zoom == q) {
            x0 = g.minimum;
            x1 = g.maximum;
            y0 = yMin;
            y1 = yMax;
        }
        QAreaSeries *area = m_quadrants.at(i);
        area->setVisible(!m_zoom || *m_zoom == q);
        area->upperSeries()->replace(QList<QPointF>{QPointF(x0, y1), QPointF(x1, y1)});
        area->lowerSeries()->replace(QList<QPointF>{QPointF(x0, y0), QPointF(x1, y0)});
    }
}

double MatrixView::keyWidth() const
{
    // Beside a plot wide enough to keep: not on a small export (the labels then say it all).
    const double width = m_chart->size().width();
    return m_keyShown && width >= 720 ? std::clamp(width * 0.3, 220.0, 480.0) : 0.0;
}

void MatrixView::setKeyShown(bool shown)
{
    if (shown == m_keyShown)
        return;
    m_keyShown = shown;
    relayout();
}

void MatrixView::setZoom(std::optional<Quadrant> quadrant)
{
    if (quadrant == m_zoom)
        return;
    m_zoom = quadrant;
    for (qsizetype i = 0; i < m_quadrantNames.size(); ++i)
        m_quadrantNames.at(i)->setVisible(!m_zoom || *m_zoom == Quadrant(i));
    relayout();
    Q_EMIT zoomChanged();
}

bool MatrixView::isInZoom(qint64 id) const
{
    if (!m_zoom || id == 0 || !m_model)
        return true;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return true; // not shown at all: zooming out would not show it either
    const EntrySummary &e = m_model->entries().at(row);
    return isValidScore(e.impact) && isValidScore(e.effort) && m_model->rule().quadrant(e.impact, e.effort) == *m_zoom;
}

void MatrixView::drawKey(const QRectF &rect)
{
    qDeleteAll(m_keyItems);
    m_keyItems.clear();
    m_keyListed = 0;
    if (!m_keyShown || !m_model || keyWidth() <= 0 || rect.width() <= 0) {
        m_keyRows.clear();
        return;
    }
    const PrioritisedEntries *model = m_model;
    m_keyRows = MatrixKey::rows(model->entries(), [model](qint64 id, int rank) { return model->numberOf(id, rank); },
                                model->rule(), m_zoom, m_scene);
    QFont font = this->font();
    font.setPixelSize(textPixels(m_presentation ? 1.0 : 0.95));
    const int count = int(m_keyRows.size());
    const QString heading = m_zoom ? tr("%1: %n entries", nullptr, count).arg(quadrantName(*m_zoom))
                                   : tr("Key: %n entries", nullptr, count);
    const QString hint = m_zoom ? tr("0: all four") : tr("1–4: zoom");
    const auto colourOf = [this](qint64 id) {
        const int row = m_model->rowOf(id);
        return row >= 0 ? m_colours.colourOf(m_model->entries().at(row)) : palette().color(QPalette::Mid);
    };
    m_keyItems = MatrixOverlays::key(m_chart, heading, m_keyRows, colourOf, hint, font, palette(), rect, &m_keyListed);
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

std::optional<QPoint> MatrixView::markPosition(qint64 id) const
{
    const auto it = m_markIndex.constFind(id);
    if (it == m_markIndex.constEnd())
        return std::nullopt;
    return mapFromScene(m_markItems.at(*it)->scenePos());
}

QPoint MatrixView::viewPosition(const QPointF &value) const
{
    const QPointF chartPos = geometry().toPixel(value);
    return mapFromScene(m_chart->mapToScene(chartPos));
}

std::optional<Quadrant> MatrixView::quadrantAt(const QPoint &viewPos) const
{
    const QPointF chartPos = m_chart->mapFromScene(mapToScene(viewPos));
    if (!m_chart->plotArea().contains(chartPos))
        return std::nullopt;
    if (m_zoom) // its shading fills the plot, bands and all
        return *m_zoom;
    const QPointF value = geometry().toValue(chartPos);
    const QuadrantRule rule;
    const bool high = value.y() > rule.impactLine();
    const bool low = value.x() < rule.effortLine();
    if (high)
        return low ? Quadrant::QuickWin : Quadrant::MajorProject;
    return low ? Quadrant::FillIn : Quadrant::Thankless;
}

QString MatrixView::labelText(qint64 id) const
{
    for (const LabelItem *label : m_labelItems) {
        if (label->entryId() == id)
            return label->text();
    }
    return {};
}

QList<MatrixView::TextSample> MatrixView::textSamples() const
{
    QList<TextSample> samples;
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QRectF plot = m_chart->plotArea();
    const auto backgroundAt = [&](const QPointF &chartPos) {
        if (!plot.contains(chartPos))
            return base;
        const QPoint view = mapFromScene(m_chart->mapToScene(chartPos));
        const std::optional<Quadrant> q = quadrantAt(view);
        return q ? composite(shading(*q, dark), base) : base;
    };
    const auto pixelHeight = [](const QFont &font) { return QFontInfo(font).pixelSize(); };
    for (qsizetype i = 0; i < m_quadrantNames.size(); ++i) {
        const QGraphicsSimpleTextItem *name = m_quadrantNames.at(i);
        samples.append({name->text(), pixelHeight(name->font()), name->brush().color(),
                        backgroundAt(name->pos() + name->boundingRect().center())});
    }
    for (const LabelItem *label : m_labelItems) {
        samples.append({label->text(), pixelHeight(label->font()), label->textColour(),
                        composite(label->plateColour(), backgroundAt(label->boundingRect().center()))});
    }
    for (const QGraphicsItem *item : m_keyItems) {
        // A number on its chip says what it is drawn on (see MatrixOverlays::key).
        if (const auto *text = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(item)) {
            const QColor on = text->data(0).value<QColor>();
            samples.append({text->text(), pixelHeight(text->font()), text->brush().color(), on.isValid() ? on : base});
        }
    }
    for (const MarkItem *mark : m_markItems)
        samples.append({QStringLiteral("#"), mark->textPixelSize(), readableTextOn(mark->fillColour()), mark->fillColour()});
    for (QCategoryAxis *axis : {m_x, m_y}) {
        samples.append({axis->titleText(), pixelHeight(axis->titleFont()), axis->titleBrush().color(), base});
        samples.append({QStringLiteral("1 … 5"), pixelHeight(axis->labelsFont()), axis->labelsColor(), base});
    }
    return samples;
}

} // namespace qw
