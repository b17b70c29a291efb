#include "matrixview.h"

#include "markitem.h"
#include "matrix/matrixlayout.h"
#include "matrix/quadrantpalette.h"
#include "models/entrymodel.h"
#include "domain/entry.h"
#include "domain/score.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QMouseEvent>

#include <algorithm>

namespace qw {

namespace {

constexpr double AxisMin = Score::Minimum - 0.5;
constexpr double AxisMax = 5 + 0.5;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MatrixView::MatrixView(QWidget *parent)
    : QChartView(parent), m_chart(new QChart), m_x(new QCategoryAxis), m_y(new QCategoryAxis)
{
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(360, 300);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(8, 8, 8, 8));
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

    connect(m_chart, &QChart::plotAreaChanged, this, &MatrixView::relayout);
    applyPalette();
}

MatrixView::~MatrixView() = default;

void MatrixView::setModel(EntryModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixView::rebuild);
    rebuild();
}

void MatrixView::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18);
    for (QCategoryAxis *axis : {m_x, m_y}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        QFont font = axis->labelsFont();
        font.setPointSizeF(QFont().pointSizeF() * 1.1);
        axis->setLabelsFont(font);
        font.setBold(true);
        axis->setTitleFont(font);
    }
    for (qsizetype i = 0; i < m_quadrants.size(); ++i) {
        QColor fill = quadrantColor(Quadrant(i));
        // Yellow is light: it needs more of itself to show on a light background.
        const bool yellow = Quadrant(i) == Quadrant::FillIn;
        fill.setAlphaF(dark ? (yellow ? 0.22 : 0.30) : (yellow ? 0.30 : 0.16));
        m_quadrants[i]->setBrush(fill);
        QColor border = text;
        border.setAlphaF(0.55);
        m_quadrants[i]->setPen(QPen(border, 1.5, Qt::DashLine));

        QFont font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.35);
        m_quadrantNames[i]->setFont(font);
        const QColor base = quadrantColor(Quadrant(i));
        m_quadrantNames[i]->setBrush(dark ? base.lighter(150) : base.darker(yellow ? 300 : 160));
    }
    rebuild();
}

void MatrixView::rebuild()
{
    for (const Mark &m : std::as_const(m_marks)) {
        delete m.item;
        delete m.label;
    }
    m_marks.clear();
    m_markIndex.clear();
    if (!m_model)
        return;

    const QList<EntrySummary> &entries = m_model->entries();
    const QList<MarkPlacement> placements = MatrixLayout::placeMarks(entries);
    const QPalette pal = palette();
    QColor plate = pal.color(QPalette::Base);
    plate.setAlphaF(0.82);
    QFont labelFont;
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.95);
    const QFontMetricsF metrics(labelFont);
    const QuadrantRule rule = m_model->rule();
    m_marks.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const EntrySummary &e = entries.at(i);
        const MarkPlacement &p = placements.at(i);
        Mark m;
        m.id = e.id;
        m.value = p.position;
        m.shortText = Entry::codeFor(e.id);
        m.longText = m.shortText + QStringLiteral(" ")
            + metrics.elidedText(e.title, Qt::ElideRight, metrics.averageCharWidth() * 22);
        m.item = new MarkItem(e.id, p.rank, m_chart);
        const Quadrant q = rule.quadrant(e.impact, e.effort);
        const bool closed = !isOpen(e.status);
        const QColor colour = quadrantColor(q);
        // A hollow mark is only its ring: give light colours (yellow) enough contrast.
        const QColor ring = isDark(pal) ? colour : colour.darker(q == Quadrant::FillIn ? 170 : 110);
        m.item->setColors(closed ? ring : colour, pal.color(QPalette::Text), closed);
        m.item->setToolTip(tr("#%1  %2  %3\n%4 · impact %5, effort %6 · %7 · %n linked interaction(s)",
                              nullptr, e.linkedCount)
                               .arg(p.rank).arg(Entry::codeFor(e.id), e.title, quadrantName(q))
                               .arg(e.impact).arg(e.effort).arg(statusName(e.status)));
        m.item->setSelectedMark(e.id == m_selected);
        m.label = new LabelItem(e.id, m_chart);
        m.label->setFont(labelFont);
        m.label->setColors(pal.color(QPalette::Text), plate);
        m.label->setToolTip(m.item->toolTip());
        m_markIndex.insert(e.id, m_marks.size());
        m_marks.append(m);
    }
    if (!m_markIndex.contains(m_selected))
        m_selected = 0;
    relayout();
}

void MatrixView::relayout()
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty() || m_quadrants.isEmpty())
        return;
    QAbstractSeries *series = m_quadrants.first();

    // Quadrant names in the outer corner of each quadrant.
    QList<QRectF> names;
    const QPointF corners[] = {plot.topLeft(), plot.topRight(), plot.bottomLeft(), plot.bottomRight()};
    for (qsizetype i = 0; i < m_quadrantNames.size(); ++i) {
        QGraphicsSimpleTextItem *name = m_quadrantNames[i];
        const QRectF r = name->boundingRect();
        const QPointF c = corners[i];
        const double x = (i % 2 == 0) ? c.x() + 6 : c.x() - r.width() - 6;
        const double y = (i < 2) ? c.y() + 4 : c.y() - r.height() - 4;
        name->setPos(x, y);
        names.append(QRectF(QPointF(x, y), r.size()));
    }

    // Marks shrink in crowded cells so that neighbours never touch.
    const double cell = std::min(plot.width(), plot.height()) / (AxisMax - AxisMin);
    const auto cellOf = [](const QPointF &value) { return qRound(value.y()) * 100 + qRound(value.x()); };
    QHash<int, int> crowd;
    for (const Mark &m : std::as_const(m_marks))
        ++crowd[cellOf(m.value)];

    QList<QPointF> centres;
    QList<QList<QSizeF>> sizes;
    double smallest = 13;
    for (const Mark &m : std::as_const(m_marks)) {
        const int count = crowd.value(cellOf(m.value));
        const double radius = std::clamp(MatrixLayout::spacingFor(count) * cell * 0.42, 4.0, 13.0);
        smallest = std::min(smallest, radius);
        m.item->setRadius(radius);
        const QPointF centre = m_chart->mapToPosition(m.value, series);
        m.item->setPos(centre);
        centres.append(centre);
    }
    QFont labelFont;
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.95);
    const QFontMetricsF metrics(labelFont);
    for (const Mark &m : std::as_const(m_marks)) {
        sizes.append({QSizeF(metrics.horizontalAdvance(m.longText) + 8, metrics.height() + 2),
                      QSizeF(metrics.horizontalAdvance(m.shortText) + 8, metrics.height() + 2)});
    }
    // Labels go around the mark's largest radius so that a hollow or selected ring stays clear.
    const QList<MatrixLayout::LabelPlacement> labels =
        MatrixLayout::placeLabels(centres, 13 + 2, sizes, plot, names);
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        const Mark &m = m_marks.at(i);
        const MatrixLayout::LabelPlacement &l = labels.at(i);
        m.label->setVisible(l.alternative >= 0);
        if (l.alternative >= 0) {
            m.label->setText(l.alternative == 0 ? m.longText : m.shortText);
            m.label->setRect(l.rect);
        }
    }
}

void MatrixView::setSelectedEntry(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = m_markIndex.contains(id) ? id : 0;
    for (const Mark &m : std::as_const(m_marks))
        m.item->setSelectedMark(m.id == m_selected);
}

qint64 MatrixView::entryAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> hits = items(viewPos);
    for (QGraphicsItem *item : hits) {
        if (item->type() == MarkItem::Type)
            return static_cast<MarkItem *>(item)->entryId();
        if (item->type() == LabelItem::Type)
            return static_cast<LabelItem *>(item)->entryId();
    }
    return 0;
}

void MatrixView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const qint64 id = entryAt(event->position().toPoint());
        setSelectedEntry(id);
        Q_EMIT entrySelected(m_selected);
    }
    QChartView::mousePressEvent(event);
}

void MatrixView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 id = entryAt(event->position().toPoint());
    if (id != 0)
        Q_EMIT entryActivated(id);
    else
        QChartView::mouseDoubleClickEvent(event);
}

void MatrixView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selected != 0) {
        Q_EMIT entryActivated(m_selected);
        return;
    }
    QChartView::keyPressEvent(event);
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
    return mapFromScene(m_marks.at(*it).item->scenePos());
}

std::optional<Quadrant> MatrixView::quadrantAt(const QPoint &viewPos) const
{
    const QPointF chartPos = m_chart->mapFromScene(mapToScene(viewPos));
    if (!m_chart->plotArea().contains(chartPos))
        return std::nullopt;
    const QPointF value = m_chart->mapToValue(chartPos, m_quadrants.first());
    const QuadrantRule rule;
    const bool high = value.y() > rule.impactLine();
    const bool low = value.x() < rule.effortLine();
    if (high)
        return low ? Quadrant::QuickWin : Quadrant::MajorProject;
    return low ? Quadrant::FillIn : Quadrant::Thankless;
}

QString MatrixView::labelText(qint64 id) const
{
    const auto it = m_markIndex.constFind(id);
    if (it == m_markIndex.constEnd() || !m_marks.at(*it).label->isVisible())
        return {};
    return m_marks.at(*it).label->text();
}

} // namespace qw
