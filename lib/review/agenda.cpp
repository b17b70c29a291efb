#include "agenda.h"

#include "domain/quadrant.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace qw {

QString meetingDay(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString Review::name() const
{
    return QCoreApplication::translate("qw::Review", "review of %1").arg(meetingDay(startedAt.toLocalTime().date()));
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
        return Text::tr("in progress past its target date (%1)").arg(meetingDay(entry.targetOn));
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
            why.append(Text::tr("overdue since %1").arg(meetingDay(a->due)));
        else if (a->due == today)
            why.append(Text::tr("due today"));
        else if (a->due.isValid())
            why.append(Text::tr("due %1").arg(meetingDay(a->due)));
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

    // 3. to 6.: entries, each once, each part at most MaxPerPart (the rest said in one line).
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
    const auto more = [&](AgendaKind kind, qsizetype count, const char *what) {
        if (count <= 0)
            return;
        ReviewItem item;
        item.kind = kind;
        item.title = Text::tr(what, nullptr, int(count));
        item.detail = Text::tr("not on the agenda: the list shows them all");
        agenda.append(item);
    };
    QList<const Entry *> sorted;
    for (const Entry &e : input.entries)
        sorted.append(&e);
    std::sort(sorted.begin(), sorted.end(), [](const Entry *a, const Entry *b) { return a->id < b->id; });

    // The newest first.
    QList<const Entry *> fresh;
    for (const Entry *e : std::as_const(sorted)) {
        if (e->status == Status::Proposed && e->raisedOn.isValid() && e->raisedOn >= raisedSince)
            fresh.append(e);
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const Entry *a, const Entry *b) { return a->raisedOn > b->raisedOn; });
    for (qsizetype i = 0; i < fresh.size() && i < MaxPerPart; ++i) {
        const Entry *e = fresh.at(i);
        const QString by = input.raisedBy ? input.raisedBy(e->id) : e->raisedBy;
        add(AgendaKind::NewEntry, *e, Text::tr("raised %1 by %2, impact %3, effort %4")
                                          .arg(meetingDay(e->raisedOn), by.isEmpty() ? Text::tr("nobody named") : by)
                                          .arg(e->impact).arg(e->effort));
    }
    more(AgendaKind::NewEntry, fresh.size() - MaxPerPart, QT_TRANSLATE_N_NOOP("qw::Agenda", "%n more new entries"));
    for (const Entry *e : std::as_const(fresh))
        placed.insert(e->id);

    QList<const Entry *> quickWins;
    for (const Entry *e : std::as_const(sorted)) {
        if (!placed.contains(e->id) && (e->status == Status::Proposed || e->status == Status::Approved)
            && rule.quadrant(e->impact, e->effort) == Quadrant::QuickWin)
            quickWins.append(e);
    }
    std::stable_sort(quickWins.begin(), quickWins.end(), [](const Entry *a, const Entry *b) {
        return a->impact != b->impact ? a->impact > b->impact : a->effort < b->effort;
    });
    for (qsizetype i = 0; i < quickWins.size() && i < MaxPerPart; ++i) {
        const Entry *e = quickWins.at(i);
        add(AgendaKind::QuickWin, *e, Text::tr("%1, impact %2, effort %3%4")
                                          .arg(statusName(e->status)).arg(e->impact).arg(e->effort)
                                          .arg(e->owner.isEmpty() ? Text::tr(", no owner") : Text::tr(", owner %1").arg(e->owner)));
    }
    more(AgendaKind::QuickWin, quickWins.size() - MaxPerPart, QT_TRANSLATE_N_NOOP("qw::Agenda", "%n more quick wins not started"));
    for (const Entry *e : std::as_const(quickWins))
        placed.insert(e->id);

    // Past their target date first, then the longest unchanged.
    struct Stale
    {
        const Entry *entry;
        QString why;
        bool late;
        QDateTime since;
    };
    QList<Stale> stale;
    for (const Entry *e : std::as_const(sorted)) {
        if (placed.contains(e->id))
            continue;
        const QDateTime changed = input.lastChanged.value(e->id);
        QString why = staleReason(*e, changed, input.endedReviews, input.stale, today);
        if (!why.isEmpty())
            stale.append({e, why, e->status == Status::InProgress && e->targetOn.isValid() && e->targetOn < today,
                          changed.isValid() ? changed : e->raisedOn.startOfDay()});
    }
    // The latest past its target first (the earliest target date), then the longest unchanged.
    std::stable_sort(stale.begin(), stale.end(), [](const Stale &a, const Stale &b) {
        if (a.late != b.late)
            return a.late;
        return a.late ? a.entry->targetOn < b.entry->targetOn : a.since < b.since;
    });
    for (qsizetype i = 0; i < stale.size() && i < MaxPerPart; ++i)
        add(AgendaKind::Stale, *stale.at(i).entry, QStringLiteral("%1 · %2").arg(statusName(stale.at(i).entry->status),
                                                                                stale.at(i).why));
    more(AgendaKind::Stale, stale.size() - MaxPerPart, QT_TRANSLATE_N_NOOP("qw::Agenda", "%n more stale entries"));
    for (const Stale &st : std::as_const(stale))
        placed.insert(st.entry->id);

    // The most recently done first; a verdict is worked out only for those on the agenda.
    QList<const Entry *> done;
    for (const Entry *e : std::as_const(sorted)) {
        if (!placed.contains(e->id) && e->status == Status::Done)
            done.append(e);
    }
    std::stable_sort(done.begin(), done.end(), [](const Entry *a, const Entry *b) {
        if (a->doneOn.isValid() != b->doneOn.isValid())
            return a->doneOn.isValid();
        return a->doneOn > b->doneOn;
    });
    for (qsizetype i = 0; i < done.size() && i < MaxPerPart; ++i) {
        const Entry *e = done.at(i);
        add(AgendaKind::AwaitingVerification, *e,
            Text::tr("done %1 · %2").arg(e->doneOn.isValid() ? meetingDay(e->doneOn) : Text::tr("on no date"),
                                         verdictText(input.verdict ? input.verdict(*e) : std::nullopt)));
    }
    more(AgendaKind::AwaitingVerification, done.size() - MaxPerPart, QT_TRANSLATE_N_NOOP("qw::Agenda", "%n more done entries to verify"));
    return agenda;
}

} // namespace Agenda

} // namespace qw
