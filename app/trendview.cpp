#include "trendview.h"

#include "document/registerdocument.h"
#include "matrix/quadrantpalette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace qw {

TrendView::TrendView(QWidget *parent)
    : QWidget(parent), m_service(new QComboBox(this)), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_service->setObjectName(QStringLiteral("trendService"));
    layout->addWidget(m_service);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    layout->addWidget(m_view, 1);
    connect(m_service, &QComboBox::activated, this, &TrendView::refresh);
}

void TrendView::setDocument(RegisterDocument *document)
{
    m_document = document;
    if (document) {
        // Its months are the interactions'; the entries done are drawn on it.
        connect(document, &RegisterDocument::changed, this, [this](const RegisterChange &change) {
            if (change.touchesInteractions() || change.allEntries || !change.entriesAdded.isEmpty()
                || !change.entriesRemoved.isEmpty()
                || (change.entryFields & (EntryFields::DoneOn | EntryFields::StatusField | EntryFields::Service)))
                refreshWhenShown();
        });
    }
    refreshWhenShown();
}

void TrendView::refreshWhenShown()
{
    if (m_active)
        refresh();
    else
        m_stale = true;
}

void TrendView::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        refresh();
}

void TrendView::refresh()
{
    m_stale = false;
    auto *chart = new QChart;
    // The dock is small: the plot gets the room, not the chart's frame.
    chart->setMargins(QMargins(2, 4, 8, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_months = 0;
    m_doneMarks = 0;
    m_monthStarts.clear();
    m_x = nullptr;
    // setChart() gives up the old chart without deleting it.
    const auto show = [this](QChart *next) {
        QChart *old = m_view->chart();
        m_view->setChart(next);
        delete old;
    };
    if (!m_document) {
        show(chart);
        return;
    }
    // The services with entries or responses, kept across refreshes.
    const QString current = m_service->currentData().toString();
    const QList<EntrySummary> entries = m_document->entrySummaries();
    QStringList services;
    for (const EntrySummary &e : entries)
        services << e.service;
    services.removeAll(QString());
    services.removeDuplicates();
    services.sort(Qt::CaseInsensitive);
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    for (const QString &s : std::as_const(services))
        m_service->addItem(s, s);
    m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
    const QString service = m_service->currentData().toString();

    auto *average = new QLineSeries(chart);
    average->setName(tr("Average satisfaction (%)"));
    average->setPen(QPen(quadrantColour(Quadrant::MajorProject), 2.5));
    auto *poor = new QLineSeries(chart);
    poor->setName(tr("Poor responses (%)"));
    poor->setPen(QPen(quadrantColour(Quadrant::Thankless), 2.5, Qt::DashLine));
    const QList<MonthlySatisfaction> trend = m_document->monthlySatisfaction(service);
    // Each month's point in the middle of its month, so that it sits above its label's month.
    const auto middleOf = [](const QDate &month) {
        return qreal(QDateTime(month.addDays(month.daysInMonth() / 2), QTime(0, 0)).toMSecsSinceEpoch());
    };
    for (const MonthlySatisfaction &m : trend) {
        average->append(middleOf(m.month), m.average * 100);
        poor->append(middleOf(m.month), m.poorShare * 100);
        m_monthStarts.append(m.month);
    }
    average->setPointsVisible(trend.size() < 40);
    m_months = int(trend.size());
    chart->addSeries(average);
    chart->addSeries(poor);
    // Each improvement done is a line across the plot on the day it was done: a square at the
    // top edge was too small to see.
    const QColor doneColour = quadrantColour(Quadrant::QuickWin).darker(115);
    for (const EntrySummary &e : entries) {
        if ((e.status != Status::Done && e.status != Status::Verified) || !e.doneOn.isValid())
            continue;
        if (!service.isEmpty() && e.service != service)
            continue;
        if (!trend.isEmpty() && (e.doneOn < trend.first().month || e.doneOn > trend.last().month.addMonths(1)))
            continue;
        auto *done = new QLineSeries(chart);
        done->setName(tr("Improvement done"));
        done->setPen(QPen(doneColour, 2, Qt::DotLine));
        const qreal x = qreal(QDateTime(e.doneOn, QTime(0, 0)).toMSecsSinceEpoch());
        done->append(x, 0);
        done->append(x, 100);
        chart->addSeries(done);
        // One entry in the legend for all of them.
        if (m_doneMarks++ > 0) {
            for (QLegendMarker *marker : chart->legend()->markers(done))
                marker->setVisible(false);
        }
    }
    m_x = new QCategoryAxis;
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setLabelsColor(palette().color(QPalette::Text));
    m_x->setGridLineVisible(false);
    m_x->setStartValue(trend.isEmpty() ? 0 : qreal(QDateTime(trend.first().month, QTime(0, 0)).toMSecsSinceEpoch()));
    if (!trend.isEmpty()) {
        m_x->setRange(qreal(QDateTime(trend.first().month, QTime(0, 0)).toMSecsSinceEpoch()),
                      qreal(QDateTime(trend.last().month.addMonths(1), QTime(0, 0)).toMSecsSinceEpoch()));
    }
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    // Three labels fit the dock's height; five were cut to "…".
    y->setTickCount(3);
    y->setMinorTickCount(1);
    y->setLabelFormat(QStringLiteral("%d %%"));
    y->setLabelsColor(palette().color(QPalette::Text));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(y);
    }
    labelMonths();
    if (trend.isEmpty())
        chart->setTitle(tr("No scored responses yet: import a satisfaction export with all responses."));
    show(chart);
}

void TrendView::labelMonths()
{
    if (!m_x || m_monthStarts.isEmpty())
        return;
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    const QLocale locale;
    const QFontMetrics metrics(m_x->labelsFont());
    const int widest = metrics.horizontalAdvance(locale.toString(QDate(2026, 12, 1), QStringLiteral("MMM yy"))) + 16;
    // Every month, every second, every third … , whatever the width holds.
    const int room = std::max(1, (m_view->width() - 60) / widest);
    const int step = std::max(1, int(std::ceil(double(m_monthStarts.size()) / room)));
    int year = 0;
    m_labelStep = step;
    for (qsizetype i = 0; i < m_monthStarts.size(); i += step) {
        const QDate month = m_monthStarts.at(i);
        // The first label of each year says the year; so does any label that would repeat an
        // earlier one (QCategoryAxis drops a label it already has, with its month).
        QString label = locale.toString(month, month.year() != year ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
        if (m_x->categoriesLabels().contains(label))
            label = locale.toString(month, QStringLiteral("MMM yy"));
        year = month.year();
        m_x->append(label, qreal(QDateTime(month, QTime(0, 0)).toMSecsSinceEpoch()));
    }
}

QStringList TrendView::monthLabels() const
{
    return m_x ? m_x->categoriesLabels() : QStringList();
}

void TrendView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_document)
        refreshWhenShown();
}

void TrendView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    labelMonths();
}

} // namespace qw
