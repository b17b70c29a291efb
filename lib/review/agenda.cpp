#include "agenda.h"

#include "domain/quadrant.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace qw {

QString Review::name() const
{
    return QCoreApplication::translate("qw::Review", "review of %1")
        .arg(QLocale().toString(startedAt.toLocalTime().date(), QStringLiteral("d MMM yyyy")));
}

QString agendaKindName(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::OpenAction: return QCoreApplication::translate("qw::Agenda", "Open actions");
    case AgendaKind::NewEvidence: return QCoreApplication::translate("qw::Agenda", "New evidence");
    case AgendaKind::NewEntry: return QCoreApplication::translate("qw::Agenda", "New entries to score and approve");
    case AgendaKind::QuickWin: return QCoreApplication::translate("qw::Agenda", "Quick wins not started");
    case AgendaKind::Stale: return QCoreApplication::translate("qw::Agenda", "Stale entries");
    case AgendaKind::AwaitingVerification: return QCoreApplication::translate("qw::Agenda", "Done, to verify");
    case AgendaKind::Added: return QCoreApplication::translate("qw::Agenda", "Added");
    }
    return {};
}

namespace Agenda {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qw::Agenda)
};


QString day(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString entryTitle(const Entry &entry)
{
    return entry.code() + QStringLiteral(" ") + entry.title;
}

} // namespace

QString staleReason(const Entry &entry, const QDateTime &lastChanged, const QList<Review> &endedReviews,
                    const StaleRule &rule, const QDate &today)
{
    if (!isOpen(entry.status))
        return {};
    if (entry.status == Status::InProgress && entry.targetOn.isValid() && entry.targetOn < today)
        return Text::tr("in progress past its target date (%1)").arg(day(entry.targetOn));
    // Its last change: its latest line of history, or the day it was raised.
    QDateTime since = lastChanged;
    if (!since.isValid() && entry.raisedOn.isValid())
        since = entry.raisedOn.startOfDay();
    if (!since.isValid())
        return {};
    const qint64 days = since.toLocalTime().date().daysTo(today);
    const auto reviews = std::count_if(endedReviews.cbegin(), endedReviews.cend(),
                                       [&](const Review &r) { return r.startedAt > since; });
    if (rule.reviews > 0 && reviews >= rule.reviews)
        return Text::tr("unchanged for %n reviews", nullptr, int(reviews));
    if (rule.days > 0 && days >= rule.days)
        return Text::tr("unchanged for %n days", nullptr, int(days));
    return {};
}

QString verdictText(const std::optional<BeforeAfter> &verdict)
{
    if (!verdict)
        return Text::tr("no verdict: it has no date done");
    const auto points = [](double average) { return QLocale().toString(qRound(average * 100)); };
    return Text::tr("%1: satisfaction %2 → %3 of 100 (%4 → %5 responses)")
        .arg(verdictName(verdict->verdict), points(verdict->averageBefore), points(verdict->averageAfter),
             QLocale().toString(verdict->responsesBefore), QLocale().toString(verdict->responsesAfter));
}

QList<ReviewItem> compose(const Input &input)
{
    QList<ReviewItem> agenda;
    QHash<qint64, const Entry *> entries;
    for (const Entry &e : input.entries)
        entries.insert(e.id, &e);
    const Review *last = input.endedReviews.isEmpty() ? nullptr : &input.endedReviews.first();
    const QDate today = input.today;

    // 1. Open actions, overdue first.
    QList<const ActionItem *> open;
    for (const ActionItem &a : input.actions) {
        if (a.isOpen())
            open.append(&a);
    }
    std::stable_sort(open.begin(), open.end(), [&](const ActionItem *a, const ActionItem *b) {
        if (a->isOverdue(today) != b->isOverdue(today))
            return a->isOverdue(today);
        if (a->due.isValid() != b->due.isValid())
            return a->due.isValid();
        if (a->due != b->due)
            return a->due < b->due;
        return a->id < b->id;
    });
    for (const ActionItem *a : std::as_const(open)) {
        ReviewItem item;
        item.kind = AgendaKind::OpenAction;
        item.actionId = a->id;
        item.entryId = a->entryId;
        item.title = a->text;
        QStringList why;
        if (!a->owner.isEmpty())
            why.append(a->owner);
        if (a->isOverdue(today))
            why.append(Text::tr("overdue since %1").arg(day(a->due)));
        else if (a->due == today)
            why.append(Text::tr("due today"));
        else if (a->due.isValid())
            why.append(Text::tr("due %1").arg(day(a->due)));
        if (const Entry *e = entries.value(a->entryId))
            why.append(entryTitle(*e));
        item.detail = why.join(QStringLiteral(" · "));
        agenda.append(item);
    }

    // 2. New evidence: causes that gained poor responses since the last review.
    struct Gain
    {
        const CauseGroupInfo *cause;
        int gained;
    };
    QList<Gain> gains;
    for (const CauseGroupInfo &c : input.causes) {
        const int gained = last ? c.responses - input.causesAtLastReview.value(c.id, 0) : c.recent;
        if (gained > 0)
            gains.append({&c, gained});
    }
    std::stable_sort(gains.begin(), gains.end(), [](const Gain &a, const Gain &b) {
        return a.gained != b.gained ? a.gained > b.gained : a.cause->responses > b.cause->responses;
    });
    for (qsizetype i = 0; i < gains.size() && i < MaxNewEvidence; ++i) {
        ReviewItem item;
        item.kind = AgendaKind::NewEvidence;
        item.causeId = gains.at(i).cause->id;
        item.title = gains.at(i).cause->shownName();
        item.detail = (last ? Text::tr("+%n poor responses since the last review", nullptr, gains.at(i).gained)
                            : Text::tr("%n poor responses in the last 30 days", nullptr, gains.at(i).gained))
            + QStringLiteral(" · ") + Text::tr("%n in all", nullptr, gains.at(i).cause->responses);
        agenda.append(item);
    }

    // 3. to 6.: entries, each once.
    QSet<qint64> placed;
    const QDate raisedSince = last ? last->startedAt.toLocalTime().date() : today.addDays(-30);
    const QuadrantRule rule;
    const auto add = [&](AgendaKind kind, const Entry &e, const QString &detail) {
        ReviewItem item;
        item.kind = kind;
        item.entryId = e.id;
        item.title = entryTitle(e);
        item.detail = detail;
        agenda.append(item);
        placed.insert(e.id);
    };
    QList<const Entry *> sorted;
    for (const Entry &e : input.entries)
        sorted.append(&e);
    std::sort(sorted.begin(), sorted.end(), [](const Entry *a, const Entry *b) { return a->id < b->id; });

    for (const Entry *e : std::as_const(sorted)) {
        if (e->status == Status::Proposed && e->raisedOn.isValid() && e->raisedOn >= raisedSince)
            add(AgendaKind::NewEntry, *e, Text::tr("raised %1 by %2, impact %3, effort %4")
                                              .arg(day(e->raisedOn), e->raisedBy.isEmpty() ? Text::tr("nobody named") : e->raisedBy)
                                              .arg(e->impact).arg(e->effort));
    }

    QList<const Entry *> quickWins;
    for (const Entry *e : std::as_const(sorted)) {
        if (!placed.contains(e->id) && (e->status == Status::Proposed || e->status == Status::Approved)
            && rule.quadrant(e->impact, e->effort) == Quadrant::QuickWin)
            quickWins.append(e);
    }
    std::stable_sort(quickWins.begin(), quickWins.end(), [](const Entry *a, const Entry *b) {
        return a->impact != b->impact ? a->impact > b->impact : a->effort < b->effort;
    });
    for (const Entry *e : std::as_const(quickWins))
        add(AgendaKind::QuickWin, *e, Text::tr("%1, impact %2, effort %3%4")
                                          .arg(statusName(e->status)).arg(e->impact).arg(e->effort)
                                          .arg(e->owner.isEmpty() ? Text::tr(", no owner") : Text::tr(", owner %1").arg(e->owner)));

    for (const Entry *e : std::as_const(sorted)) {
        if (placed.contains(e->id))
            continue;
        const QString why = staleReason(*e, input.lastChanged.value(e->id), input.endedReviews, input.stale, today);
        if (!why.isEmpty())
            add(AgendaKind::Stale, *e, QStringLiteral("%1 · %2").arg(statusName(e->status), why));
    }

    for (const Entry *e : std::as_const(sorted)) {
        if (!placed.contains(e->id) && e->status == Status::Done)
            add(AgendaKind::AwaitingVerification, *e,
                Text::tr("done %1 · %2").arg(e->doneOn.isValid() ? day(e->doneOn) : Text::tr("on no date"),
                                        verdictText(input.verdict ? input.verdict(*e) : std::nullopt)));
    }
    return agenda;
}

} // namespace Agenda

} // namespace qw
