#include "report.h"

#include "agenda.h"

#include "document/registerdocument.h"
#include "domain/entry.h"
#include "domain/personaldata.h"
#include "domain/priority.h"
#include "domain/quadrant.h"
#include "io/pdfdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace qw::Report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qw::Report)
};

QString points(double average)
{
    return QLocale().toString(qRound(average * 100));
}

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

QString Period::name() const
{
    if (from.day() == 1 && to == from.addMonths(3).addDays(-1) && (from.month() - 1) % 3 == 0)
        return Text::tr("Q%1 %2").arg((from.month() - 1) / 3 + 1).arg(from.year());
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return QLocale().toString(from, QStringLiteral("MMMM yyyy"));
    return Text::tr("%1 to %2").arg(meetingDay(from), meetingDay(to));
}

Period Period::previous() const
{
    const bool wholeMonth = from.day() == 1 && to == from.addMonths(1).addDays(-1);
    const bool wholeQuarter = from.day() == 1 && (from.month() - 1) % 3 == 0 && to == from.addMonths(3).addDays(-1);
    if (wholeMonth || wholeQuarter) {
        const int months = wholeQuarter ? 3 : 1;
        return {from.addMonths(-months), from.addDays(-1)};
    }
    const qint64 length = from.daysTo(to) + 1;
    return {from.addDays(-length), from.addDays(-1)};
}

Period lastFullQuarter(const QDate &today)
{
    const QDate thisQuarter = quarterStart(today);
    return {thisQuarter.addMonths(-3), thisQuarter.addDays(-1)};
}

Period lastFullMonth(const QDate &today)
{
    const QDate thisMonth(today.year(), today.month(), 1);
    return {thisMonth.addMonths(-1), thisMonth.addDays(-1)};
}

std::optional<Data> compose(const RegisterDocument &document, const Period &period)
{
    Data data;
    data.period = period;
    data.previous = period.previous();
    // Every figure from a whole read, or no report: a part left out would be a wrong number.
    const quint64 failures = document.readFailures();

    // Headline figures, from the days' counts of both periods.
    const auto current = document.countsByServiceAndMonth(period.from, period.to.addDays(1));
    const auto before = document.countsByServiceAndMonth(data.previous.from, data.previous.to.addDays(1));
    if (!current || !before)
        return std::nullopt;
    double sum = 0, sumBefore = 0;
    for (const ServiceMonthCounts &c : *current) {
        data.responses += c.responses;
        data.poor += c.poor;
        sum += c.scoreSum;
        data.byService.append({c.service, c.month, c.responses, c.responses ? c.scoreSum / c.responses : 0.0,
                               c.responses ? double(c.poor) / c.responses : 0.0});
    }
    for (const ServiceMonthCounts &c : *before) {
        data.responsesBefore += c.responses;
        data.poorBefore += c.poor;
        sumBefore += c.scoreSum;
    }
    data.average = data.responses ? sum / data.responses : 0;
    data.averageBefore = data.responsesBefore ? sumBefore / data.responsesBefore : 0;
    const QDate trendFrom = QDate(period.to.year(), period.to.month(), 1).addMonths(-11);
    for (const MonthlySatisfaction &m : document.monthlySatisfaction()) {
        if (m.month >= trendFrom && m.month <= period.to)
            data.trend.append(m);
    }

    const QList<EntrySummary> summaries = document.entrySummaries();
    const auto titleOf = [](qint64 id, const QString &title) -> QString {
        return Entry::codeFor(id) + QLatin1Char(' ') + PersonalData::masked(title);
    };
    for (const EntrySummary &s : summaries) {
        data.entryTitles.insert(s.id, titleOf(s.id, s.title));
        data.linked.insert(s.id, s.linkedCount);
    }
    auto entries = document.entries();
    if (!entries)
        return std::nullopt;
    data.entries = std::move(*entries);
    for (Entry &x : data.entries)
        x.title = PersonalData::masked(x.title);

    // Improvements done in the period, with their verdicts.
    const QuadrantRule rule;
    for (const EntrySummary &s : summaries) {
        if ((s.status == Status::Done || s.status == Status::Verified) && s.doneOn >= period.from && s.doneOn <= period.to) {
            Entry entry;
            entry.service = s.service;
            entry.doneOn = s.doneOn;
            data.improvements.append({s.id, PersonalData::masked(s.title), s.status, s.service, s.owner, s.doneOn,
                                      s.linkedCount, document.beforeAfter(entry)});
        }
        if ((s.status == Status::Proposed || s.status == Status::Approved)
            && rule.quadrant(s.impact, s.effort) == Quadrant::QuickWin)
            data.quickWins.append({s.id, PersonalData::masked(s.title), s.status, s.service, s.owner, {}, s.linkedCount,
                                   std::nullopt});
    }
    std::sort(data.improvements.begin(), data.improvements.end(),
              [](const Improvement &a, const Improvement &b) { return a.doneOn < b.doneOn; });

    // Movement: the last snapshot taken by the period's start against the register at its end
    // (the last snapshot by then, or now when the period ends today or later).
    const QList<Snapshot> snapshots = document.snapshots(); // newest first
    const auto atOrBefore = [&](const QDate &date) -> const Snapshot * {
        for (const Snapshot &s : snapshots) {
            if (s.takenAt.toLocalTime().date() <= date)
                return &s;
        }
        return nullptr;
    };
    // The register at the period's end: the last snapshot by then, or now when it ends today
    // or later (or no snapshot was taken by then).
    QList<SnapshotEntry> atEnd;
    const Snapshot *end = period.to < QDate::currentDate() ? atOrBefore(period.to) : nullptr;
    if (end) {
        atEnd = document.snapshotEntries(end->id);
        data.matrixFrom = Text::tr("the snapshot “%1” of %2").arg(end->name, meetingDay(end->takenAt.toLocalTime().date()));
    } else {
        for (const EntrySummary &s : summaries)
            atEnd.append({s.id, s.title, s.impact, s.effort, s.status});
        data.matrixFrom = Text::tr("the register on %1").arg(meetingDay(QDate::currentDate()));
    }
    for (const SnapshotEntry &n : std::as_const(atEnd)) {
        if (!isOpen(n.status))
            continue;
        EntrySummary s;
        s.id = n.entryId;
        s.title = PersonalData::masked(n.title);
        s.impact = n.impact;
        s.effort = n.effort;
        s.status = n.status;
        data.matrixAtEnd.append(s);
    }
    sortByPriority(data.matrixAtEnd);
    const Snapshot *start = atOrBefore(period.from);
    if (!start)
        data.noMovement = Text::tr("No snapshot was taken by the period's start: its movement cannot be shown.");
    else if (end && start->id == end->id)
        data.noMovement = Text::tr("No snapshot was taken during the period (the last one, “%1”, is from before its "
                                   "start): its movement cannot be shown.").arg(start->name);
    if (start && (!end || start->id != end->id)) {
        data.movementSince = Text::tr("“%1” of %2").arg(start->name, meetingDay(start->takenAt.toLocalTime().date()));
        QHash<qint64, SnapshotEntry> was;
        for (const SnapshotEntry &s : document.snapshotEntries(start->id))
            was.insert(s.entryId, s);
        for (const SnapshotEntry &n : std::as_const(atEnd)) {
            const auto it = was.constFind(n.entryId);
            if (it == was.cend()) {
                data.movement.append({n.entryId, PersonalData::masked(n.title), 0, 0, n.impact, n.effort, n.status,
                                      n.status, true});
            } else if (it->impact != n.impact || it->effort != n.effort || it->status != n.status) {
                data.movement.append({n.entryId, PersonalData::masked(n.title), it->impact, it->effort, n.impact,
                                      n.effort, it->status, n.status, false});
            }
        }
    }

    const auto actions = document.actionItems();
    const auto reviews = document.reviews();
    if (!actions || !reviews)
        return std::nullopt;
    for (ActionItem a : *actions) {
        a.text = PersonalData::masked(a.text);
        // Overdue at the period's end: due by then, and not done by then (done since, or not yet).
        if ((a.isOpen() || a.doneOn > period.to) && a.due.isValid() && a.due < period.to)
            data.overdue.append(a);
        const QDate agreed = a.createdAt.toLocalTime().date();
        if (agreed >= period.from && agreed <= period.to)
            data.actions.append(a);
    }
    for (auto it = reviews->crbegin(); it != reviews->crend(); ++it) {
        const QDate held = it->startedAt.toLocalTime().date();
        if (it->isRunning() || held < period.from || held > period.to)
            continue;
        data.reviews.append(*it);
        const auto decisions = document.reviewDecisions(*it);
        data.decisions.append(decisions ? int(decisions->size()) : 0);
    }
    if (document.readFailures() != failures)
        return std::nullopt;
    return data;
}

QString html(const Data &d)
{
    const QLocale locale;
    QString h;
    const auto change = [&](double now, double was, bool percent) -> QString {
        const double delta = now - was;
        const QString sign = delta > 0 ? QStringLiteral("+") : QString();
        return percent ? sign + locale.toString(delta * 100, 'f', 0) : sign + locale.toString(qRound(delta));
    };
    h += QStringLiteral("<h1>%1</h1>").arg(e(Text::tr("Continuous improvement: %1").arg(d.period.name())));
    h += QStringLiteral("<p>%1</p>").arg(e(Text::tr("%1 to %2, against %3 to %4. Written by QuickWins on %5.")
                                              .arg(meetingDay(d.period.from), meetingDay(d.period.to), meetingDay(d.previous.from),
                                                   meetingDay(d.previous.to), meetingDay(QDate::currentDate()))));
    // Said, not guessed at: the register counts responses by the day they were given in UTC.
    bool local = false; // a day here is not a UTC day at some time of the two periods
    for (QDate month = d.previous.from; month <= d.period.to && !local; month = month.addMonths(1))
        local = month.startOfDay().offsetFromUtc() != 0;
    local = local || d.period.to.startOfDay().offsetFromUtc() != 0;
    if (local)
        h += QStringLiteral("<p><i>%1</i></p>").arg(e(Text::tr("Responses are counted by their day in UTC, as the register "
                                                               "keeps them: one given near midnight here may count on the "
                                                               "day before or after.")));
    h += QStringLiteral("<h2>%1</h2>").arg(e(Text::tr("Headline")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    h += QStringLiteral("<tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>")
             .arg(e(d.period.name()), e(Text::tr("Period before")), e(Text::tr("Change")));
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
             .arg(e(Text::tr("Poor interactions")), locale.toString(d.poor), locale.toString(d.poorBefore),
                  change(d.poor, d.poorBefore, false));
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
             .arg(e(Text::tr("Responses")), locale.toString(d.responses), locale.toString(d.responsesBefore),
                  change(d.responses, d.responsesBefore, false));
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
             .arg(e(Text::tr("Satisfaction (of 100)")), points(d.average), points(d.averageBefore),
                  change(d.average, d.averageBefore, true));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><img src=\"quickwins://trend\" width=\"620\"></p>");

    h += QStringLiteral("<h2>%1</h2>").arg(e(Text::tr("Improvements done in the period")));
    if (d.improvements.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(e(Text::tr("No improvement was done in the period.")));
    for (const Improvement &i : d.improvements) {
        h += QStringLiteral("<p><b>%1</b> (%2, %3, done %4, %5)<br>%6</p>")
                 .arg(e(Entry::codeFor(i.id) + QLatin1Char(' ') + i.title), e(statusName(i.status)),
                      e(i.service.isEmpty() ? Text::tr("no service") : i.service), e(meetingDay(i.doneOn)),
                      e(Text::tr("%n interaction(s) as evidence", nullptr, i.evidence)),
                      e(Text::tr("Before and after: %1").arg(Agenda::verdictText(i.verdict))));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(e(Text::tr("The matrix at the period's end")));
    h += QStringLiteral("<p>%1</p>").arg(e(Text::tr("Open entries as %1, numbered by priority.").arg(d.matrixFrom)));
    h += QStringLiteral("<p><img src=\"quickwins://matrix\" width=\"620\"></p>");
    if (d.movementSince.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(e(d.noMovement));
    } else {
        h += QStringLiteral("<p>%1</p>").arg(e(Text::tr("Movement since the snapshot %1:").arg(d.movementSince)));
        if (d.movement.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(e(Text::tr("No entry moved.")));
        h += QStringLiteral("<ul>");
        for (const Move &m : d.movement) {
            const QString what = m.added
                ? Text::tr("new: impact %1, effort %2, %3").arg(m.toImpact).arg(m.toEffort).arg(statusName(m.toStatus))
                : Text::tr("impact %1 → %2, effort %3 → %4, %5 → %6")
                      .arg(m.fromImpact).arg(m.toImpact).arg(m.fromEffort).arg(m.toEffort)
                      .arg(statusName(m.fromStatus), statusName(m.toStatus));
            h += QStringLiteral("<li>%1: %2</li>").arg(e(Entry::codeFor(m.id) + QLatin1Char(' ') + m.title), e(what));
        }
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(e(Text::tr("Open quick wins")));
    if (d.quickWins.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(e(Text::tr("No quick win is waiting.")));
    h += QStringLiteral("<ul>");
    for (const Improvement &q : d.quickWins)
        h += QStringLiteral("<li>%1 (%2, %3)</li>").arg(e(Entry::codeFor(q.id) + QLatin1Char(' ') + q.title),
                                                       e(statusName(q.status)),
                                                       e(q.owner.isEmpty() ? Text::tr("no owner") : q.owner));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2>").arg(e(Text::tr("Overdue actions")));
    if (d.overdue.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(e(Text::tr("No action was overdue at the period's end.")));
    h += QStringLiteral("<ul>");
    for (const ActionItem &a : d.overdue)
        h += QStringLiteral("<li>%1 (%2, due %3, %4)</li>")
                 .arg(e(a.text), e(a.owner.isEmpty() ? Text::tr("no owner") : a.owner), e(meetingDay(a.due)),
                      e(d.entryTitles.value(a.entryId)));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2>").arg(e(Text::tr("Reviews held")));
    if (d.reviews.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(e(Text::tr("No review was held in the period.")));
    h += QStringLiteral("<ul>");
    for (qsizetype i = 0; i < d.reviews.size(); ++i) {
        const Review &r = d.reviews.at(i);
        int agreed = 0;
        for (const ActionItem &a : d.actions)
            agreed += a.reviewId == r.id ? 1 : 0;
        h += QStringLiteral("<li>%1: %2; %3</li>")
                 .arg(e(r.name()), e(Text::tr("%n decision(s)", nullptr, d.decisions.value(i))),
                      e(Text::tr("%n action(s) agreed", nullptr, agreed)));
    }
    h += QStringLiteral("</ul>");
    return h;
}

QImage trendChart(const Data &data, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(11, size.height() / 22));
    p.setFont(font);
    const QFontMetrics metrics(font);
    const QRectF plot(metrics.horizontalAdvance(QStringLiteral("100")) + 14, metrics.height() + 10,
                      size.width() - metrics.horizontalAdvance(QStringLiteral("100")) - 28,
                      size.height() - 2 * metrics.height() - 26);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QRectF(0, 0, size.width(), metrics.height() + 6), Qt::AlignCenter,
               Text::tr("Satisfaction by month (of 100), the twelve months to the period's end"));
    // Scale 0 to 100 with lines at each 20.
    for (int v = 0; v <= 100; v += 20) {
        const double y = plot.bottom() - plot.height() * v / 100.0;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, y - metrics.height() / 2.0, plot.left() - 6, metrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v));
    }
    const QDate first = QDate(data.period.to.year(), data.period.to.month(), 1).addMonths(-11);
    const double step = plot.width() / 12.0;
    const auto xOf = [&](const QDate &month) {
        const int index = (month.year() - first.year()) * 12 + month.month() - first.month();
        return plot.left() + step * (index + 0.5);
    };
    // The period's months shaded.
    for (QDate m(data.period.from.year(), data.period.from.month(), 1); m <= data.period.to; m = m.addMonths(1)) {
        if (m >= first)
            p.fillRect(QRectF(xOf(m) - step / 2, plot.top(), step, plot.height()), QColor(0x2e, 0x86, 0xc1, 28));
    }
    p.setPen(QColor(0x55, 0x55, 0x55));
    for (int i = 0; i < 12; ++i) {
        const QDate m = first.addMonths(i);
        p.drawText(QRectF(plot.left() + step * i, plot.bottom() + 4, step, metrics.height()), Qt::AlignCenter,
                   QLocale().toString(m, QStringLiteral("MMM")));
    }
    QPainterPath line;
    bool started = false;
    QList<QPointF> dots;
    for (const MonthlySatisfaction &m : data.trend) {
        const QPointF at(xOf(m.month), plot.bottom() - plot.height() * m.average);
        if (!started)
            line.moveTo(at);
        else
            line.lineTo(at);
        started = true;
        dots.append(at);
    }
    p.setPen(QPen(QColor(0x1f, 0x6f, 0xa8), 2.5));
    p.drawPath(line);
    p.setBrush(QColor(0x1f, 0x6f, 0xa8));
    for (const QPointF &dot : std::as_const(dots))
        p.drawEllipse(dot, 3.5, 3.5);
    if (data.trend.isEmpty()) {
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(plot, Qt::AlignCenter, Text::tr("No scored response in these months"));
    }
    return image;
}

bool writePdf(const Data &data, const QImage &matrix, QIODevice *out, QString *error)
{
    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("quickwins://trend")),
                         trendChart(data, QSize(1240, 520)));
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("quickwins://matrix")), matrix);
    document.setHtml(html(data));
    return PdfDocument::write(document, Text::tr("Continuous improvement: %1").arg(data.period.name()), out, error);
}

QList<Sheet> sheets(const Data &d)
{
    const auto text = [](const QString &t) { return Cell{Cell::Type::Text, t, 0, {}}; };
    const auto number = [](double n) { return Cell{Cell::Type::Number, {}, n, {}}; };
    const auto date = [](const QDate &day) { return day.isValid() ? Cell{Cell::Type::Date, {}, 0, day} : Cell{}; };
    QList<Sheet> result;

    Sheet entries{Text::tr("Entries"),
                  {Text::tr("ID"), Text::tr("Title"), Text::tr("Status"), Text::tr("Quadrant"), Text::tr("Impact"),
                   Text::tr("Effort"), Text::tr("Service"), Text::tr("Owner"), Text::tr("Raised"), Text::tr("Target"),
                   Text::tr("Done"), Text::tr("Linked interactions")},
                  {}};
    const QuadrantRule rule;
    for (const Entry &x : d.entries)
        entries.rows.append({text(x.code()), text(x.title), text(statusName(x.status)),
                             text(quadrantName(rule.quadrant(x.impact, x.effort))), number(x.impact), number(x.effort),
                             text(x.service), text(x.owner), date(x.raisedOn), date(x.targetOn), date(x.doneOn),
                             number(d.linked.value(x.id))});
    Sheet improvements{Text::tr("Improvements"),
                       {Text::tr("ID"), Text::tr("Title"), Text::tr("Status"), Text::tr("Service"), Text::tr("Owner"),
                        Text::tr("Done"), Text::tr("Evidence"), Text::tr("Responses before"),
                        Text::tr("Satisfaction before"), Text::tr("Responses after"), Text::tr("Satisfaction after"),
                        Text::tr("Verdict")},
                       {}};
    for (const Improvement &i : d.improvements) {
        QList<Cell> row = {text(Entry::codeFor(i.id)), text(i.title), text(statusName(i.status)), text(i.service),
                           text(i.owner), date(i.doneOn), number(i.evidence)};
        if (i.verdict) {
            row << number(i.verdict->responsesBefore) << number(qRound(i.verdict->averageBefore * 1000) / 10.0)
                << number(i.verdict->responsesAfter) << number(qRound(i.verdict->averageAfter * 1000) / 10.0)
                << text(verdictName(i.verdict->verdict));
        } else {
            row << Cell{} << Cell{} << Cell{} << Cell{} << text(Text::tr("no date done"));
        }
        improvements.rows.append(row);
    }

    Sheet satisfaction{Text::tr("Satisfaction by service & month"),
                       {Text::tr("Service"), Text::tr("Month"), Text::tr("Responses"), Text::tr("Satisfaction (of 100)"),
                        Text::tr("Poor share (%)")},
                       {}};
    for (const ServiceMonth &m : d.byService)
        satisfaction.rows.append({text(m.service.isEmpty() ? Text::tr("(no service)") : m.service), date(m.month),
                                  number(m.responses), number(qRound(m.average * 1000) / 10.0),
                                  number(qRound(m.poorShare * 1000) / 10.0)});

    Sheet actions{Text::tr("Actions"), {Text::tr("Number"), Text::tr("Action"), Text::tr("Owner"), Text::tr("Due"),
                                        Text::tr("Done"), Text::tr("Entry"), Text::tr("Agreed")}, {}};
    QList<ActionItem> all = d.actions;
    for (const ActionItem &a : d.overdue) {
        if (std::none_of(all.cbegin(), all.cend(), [&](const ActionItem &b) { return b.id == a.id; }))
            all.append(a);
    }
    std::sort(all.begin(), all.end(), [](const ActionItem &a, const ActionItem &b) { return a.id < b.id; });
    for (const ActionItem &a : std::as_const(all))
        actions.rows.append({number(a.id), text(a.text), text(a.owner), date(a.due), date(a.doneOn),
                             text(d.entryTitles.value(a.entryId)), date(a.createdAt.toLocalTime().date())});

    Sheet reviews{Text::tr("Reviews"), {Text::tr("Number"), Text::tr("Held"), Text::tr("Attendees"),
                                        Text::tr("Decisions"), Text::tr("Actions agreed")}, {}};
    for (qsizetype i = 0; i < d.reviews.size(); ++i) {
        const Review &r = d.reviews.at(i);
        int agreed = 0;
        for (const ActionItem &a : d.actions)
            agreed += a.reviewId == r.id ? 1 : 0;
        reviews.rows.append({number(r.id), date(r.startedAt.toLocalTime().date()), text(r.attendees.join(QStringLiteral("; "))),
                             number(d.decisions.value(i)), number(agreed)});
    }
    result << entries << satisfaction << improvements << actions << reviews;
    // Excel takes sheet names of at most 31 characters, none of []:*?/\ (a translation may be
    // longer).
    for (Sheet &sheet : result) {
        for (const QChar c : QStringLiteral("[]:*?/\\"))
            sheet.name.replace(c, QLatin1Char(' '));
        sheet.name = sheet.name.left(31).trimmed();
    }
    return result;
}

} // namespace qw::Report
