// The matrix's axes and zoom, its key, and what it shows as a person sees it (for tests,
// screenshots and the checks of contrast).
#include "matrixview.h"

#include "markitem.h"
#include "matrixoverlays.h"
#include "domain/entry.h"
#include "domain/score.h"
#include "models/prioritisedentries.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

namespace qw {

using MatrixOverlays::AxisMax;
using MatrixOverlays::AxisMin;
using MatrixOverlays::composite;
using MatrixOverlays::isDark;
using MatrixOverlays::shading;

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
