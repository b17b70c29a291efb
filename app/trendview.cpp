#include "trendview.h"

#include "document/registerdocument.h"
#include "matrix/quadrantpalette.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace qw {

TrendView::TrendView(QWidget *parent)
    : QWidget(parent), m_service(new QComboBox(this)), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_service->setObjectName(QStringLiteral("trendService"));
    layout->addWidget(m_service);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    layout->addWidget(m_view, 1);
    connect(m_service, &QComboBox::activated, this, &TrendView::refresh);
}

void TrendView::setDocument(RegisterDocument *document)
{
    m_document = document;
    if (document) {
        connect(document, &RegisterDocument::interactionsChanged, this, &TrendView::refreshWhenShown);
        connect(document, &RegisterDocument::entriesChanged, this, &TrendView::refreshWhenShown);
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
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_months = 0;
    m_doneMarks = 0;
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
    average->setPen(QPen(quadrantColor(Quadrant::MajorProject), 2.5));
    auto *poor = new QLineSeries(chart);
    poor->setName(tr("Poor responses (%)"));
    poor->setPen(QPen(quadrantColor(Quadrant::Thankless), 2.5, Qt::DashLine));
    const QList<MonthlySatisfaction> trend = m_document->monthlySatisfaction(service);
    for (const MonthlySatisfaction &m : trend) {
        const qreal x = qreal(QDateTime(m.month, QTime(0, 0)).toMSecsSinceEpoch());
        average->append(x, m.average * 100);
        poor->append(x, m.poorShare * 100);
    }
    m_months = int(trend.size());
    auto *done = new QScatterSeries(chart);
    done->setName(tr("Improvement done"));
    done->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    done->setMarkerSize(11);
    done->setColor(quadrantColor(Quadrant::QuickWin));
    for (const EntrySummary &e : entries) {
        if (e.status != Status::Done && e.status != Status::Verified)
            continue;
        if (!service.isEmpty() && e.service != service)
            continue;
        if (e.doneOn.isValid()) {
            done->append(qreal(QDateTime(e.doneOn, QTime(0, 0)).toMSecsSinceEpoch()), 100);
            ++m_doneMarks;
        }
    }
    chart->addSeries(average);
    chart->addSeries(poor);
    chart->addSeries(done);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setLabelsColor(palette().color(QPalette::Text));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    y->setLabelsColor(palette().color(QPalette::Text));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (trend.isEmpty())
        chart->setTitle(tr("No scored responses yet: import a satisfaction export with all responses."));
    show(chart);
}

} // namespace qw
