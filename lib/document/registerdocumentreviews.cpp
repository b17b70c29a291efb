// RegisterDocument: review meetings, their agendas and actions (see domain/review.h).

#include "registerdocument.h"

#include "review/agenda.h"
#include "storage/registerstore.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace qw {

namespace {

// What the list reads of an entry, as an Entry (the agenda's and staleness' rules take one).
Entry entryOf(const EntrySummary &s, const QDate &targetOn)
{
    Entry e;
    e.id = s.id;
    e.title = s.title;
    e.impact = s.impact;
    e.effort = s.effort;
    e.status = s.status;
    e.category = s.category;
    e.service = s.service;
    e.owner = s.owner;
    e.raisedOn = s.raisedOn;
    e.doneOn = s.doneOn;
    e.targetOn = targetOn;
    return e;
}

} // namespace

QString RegisterDocument::historyAuthor() const
{
    return m_runningReview && !m_runningReview->author.isEmpty() ? m_runningReview->author : m_userName;
}

RegisterChange RegisterDocument::reviewChange()
{
    RegisterChange change;
    change.reviews = true;
    return change;
}

std::optional<QList<Review>> RegisterDocument::reviews() const
{
    auto all = m_reviews->all();
    if (!all)
        noteReadError(m_reviews->lastError());
    return all;
}

std::optional<Review> RegisterDocument::review(qint64 id) const
{
    const auto all = reviews();
    if (!all)
        return std::nullopt;
    for (const Review &r : *all) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

std::optional<QList<ReviewItem>> RegisterDocument::reviewItems(qint64 reviewId) const
{
    auto items = m_reviews->items(reviewId);
    if (!items)
        noteReadError(m_reviews->lastError());
    return items;
}

std::optional<QList<ActionItem>> RegisterDocument::actionItems() const
{
    auto actions = m_reviews->actions();
    if (!actions)
        noteReadError(m_reviews->lastError());
    return actions;
}

std::optional<ActionItem> RegisterDocument::actionItem(qint64 id) const
{
    const auto actions = actionItems();
    if (!actions)
        return std::nullopt;
    const auto it = std::find_if(actions->cbegin(), actions->cend(), [&](const ActionItem &a) { return a.id == id; });
    return it == actions->cend() ? std::nullopt : std::optional<ActionItem>(*it);
}

std::optional<QList<ServiceMonthCounts>> RegisterDocument::countsByServiceAndMonth(const QDate &from,
                                                                               const QDate &to) const
{
    auto counts = m_interactions->countsByServiceAndMonth(from, to);
    if (!counts)
        noteReadError(m_interactions->lastError());
    return counts;
}

StaleRule RegisterDocument::staleRule() const
{
    StaleRule rule;
    bool ok = false;
    if (const int reviews = setting(QStringLiteral("stale_reviews")).toInt(&ok); ok && reviews >= 0)
        rule.reviews = reviews;
    if (const int days = setting(QStringLiteral("stale_days")).toInt(&ok); ok && days >= 0)
        rule.days = days;
    return rule;
}

std::optional<QList<ReviewItem>> RegisterDocument::agenda(const QDate &today) const
{
    Agenda::Input input;
    input.today = today;
    // Every part from a whole read, or no agenda (see readFailures()).
    const quint64 failures = m_readFailures;
    input.stale = staleRule();
    // What the list reads of each entry (its summary, read fast), and the target dates of those
    // in progress: an entry is read whole only when the agenda shows who raised it.
    const QList<EntrySummary> summaries = entrySummaries(); // (a failed read is said there)
    if (m_readFailures != failures)
        return std::nullopt;
    auto lastChanged = m_reviews->lastChanged();
    auto targets = m_reviews->inProgressTargets();
    auto reviews = m_reviews->all();
    auto actions = m_reviews->actions();
    if (!lastChanged || !targets || !reviews || !actions) {
        noteReadError(m_reviews->lastError());
        return std::nullopt;
    }
    QList<Entry> entries;
    entries.reserve(summaries.size());
    for (const EntrySummary &s : summaries)
        entries.append(entryOf(s, targets->value(s.id)));
    input.raisedBy = [this](qint64 id) {
        const auto e = entry(id);
        return e ? e->raisedBy : QString();
    };
    for (const Review &r : std::as_const(*reviews)) {
        if (!r.isRunning())
            input.endedReviews.append(r);
    }
    if (!input.endedReviews.isEmpty()) {
        const auto counts = m_reviews->causeCounts(input.endedReviews.first().id);
        if (!counts) {
            noteReadError(m_reviews->lastError());
            return std::nullopt;
        }
        input.causesAtLastReview = *counts;
    }
    if (hasFoundCauses()) {
        const auto causes = causeGroups();
        if (!causes)
            return std::nullopt;
        input.causes = *causes;
    }
    input.entries = std::move(entries);
    input.lastChanged = std::move(*lastChanged);
    input.actions = std::move(*actions);
    input.verdict = [this](const Entry &e) { return beforeAfter(e); };
    QList<ReviewItem> items = Agenda::compose(input);
    if (m_readFailures != failures)
        return std::nullopt;
    return items;
}

std::optional<QHash<qint64, QString>> RegisterDocument::staleEntries(const QList<EntrySummary> &entries,
                                                                     const QDate &today) const
{
    const auto lastChanged = m_reviews->lastChanged();
    const auto targets = m_reviews->inProgressTargets();
    const auto reviews = m_reviews->all();
    if (!lastChanged || !targets || !reviews) {
        noteReadError(m_reviews->lastError());
        return std::nullopt;
    }
    QList<Review> ended;
    for (const Review &r : std::as_const(*reviews)) {
        if (!r.isRunning())
            ended.append(r);
    }
    const StaleRule rule = staleRule();
    QHash<qint64, QString> stale;
    for (const EntrySummary &s : entries) {
        if (!isOpen(s.status))
            continue;
        const QString why = Agenda::staleReason(entryOf(s, targets->value(s.id)), lastChanged->value(s.id), ended,
                                                rule, today);
        if (!why.isEmpty())
            stale.insert(s.id, why);
    }
    return stale;
}

std::optional<QList<RegisterDocument::Decision>> RegisterDocument::reviewDecisions(const Review &review) const
{
    // By the author it wrote, exactly (a later run in another language or time zone would
    // spell its name otherwise), from its start to its end.
    const QDateTime until = review.endedAt.isValid() ? review.endedAt : QDateTime::currentDateTimeUtc();
    const auto lines = m_reviews->historyBy(review.author, review.startedAt, until.addSecs(1));
    if (!lines) {
        noteReadError(m_reviews->lastError());
        return std::nullopt;
    }
    // Per entry and field, the value before the first change and after the last, in the order
    // they were first changed.
    QList<Decision> decisions;
    QHash<std::pair<qint64, QString>, qsizetype> at;
    for (const auto &[entryId, line] : *lines) {
        if (line.field == QLatin1String("linked") || line.field == QLatin1String("unlinked"))
            continue;
        const auto key = std::make_pair(entryId, line.field);
        if (const auto it = at.constFind(key); it != at.cend()) {
            decisions[*it].after = line.newValue;
        } else {
            at.insert(key, decisions.size());
            decisions.append({entryId, line.field, line.oldValue, line.newValue});
        }
    }
    decisions.removeIf([](const Decision &d) { return d.before == d.after; });
    return decisions;
}

QStringList RegisterDocument::knownAttendees() const
{
    const auto all = m_reviews->all();
    if (!all)
        return {};
    QHash<QString, int> counts;
    for (const Review &r : *all) {
        for (const QString &name : r.attendees)
            ++counts[name];
    }
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a.localeAwareCompare(b) < 0;
    });
    return names;
}

QHash<qint64, int> RegisterDocument::reviewNumbers() const
{
    if (!m_runningReview)
        return {};
    auto numbers = m_reviews->numbers(m_runningReview->id);
    if (!numbers)
        noteReadError(m_reviews->lastError());
    return numbers.value_or(QHash<qint64, int>());
}

bool RegisterDocument::startReview(Review &review, const QList<ReviewItem> &items, const QHash<qint64, int> &numbers)
{
    if (m_runningReview) {
        Q_EMIT errorOccurred(tr("The %1 is still running: end it before starting another.").arg(m_runningReview->name()));
        return false;
    }
    Review copy = review;
    if (!copy.startedAt.isValid())
        copy.startedAt = QDateTime::currentDateTimeUtc();
    if (copy.facilitator.isEmpty())
        copy.facilitator = m_userName;
    copy.endedAt = {};
    // Unique to this review (its start to the second), so that two on one day keep apart.
    copy.author = tr("%1, in the %2 at %3")
                      .arg(copy.facilitator, copy.name(),
                           QLocale().toString(copy.startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
    // Running once committed, before the change is announced: the views ask what runs.
    const bool ok = transact(reviewChange(), [&](QString *error) {
        if (!m_reviews->insert(copy, items) || !m_reviews->setNumbers(copy.id, numbers)) {
            *error = m_reviews->lastError();
            return false;
        }
        m_runningReview = copy;
        return true;
    });
    if (ok)
        review = copy;
    else
        m_runningReview.reset();
    return ok;
}

bool RegisterDocument::setReviewItems(qint64 reviewId, const QList<ReviewItem> &items)
{
    return transact(reviewChange(), [&](QString *error) {
        if (!m_reviews->setItems(reviewId, items)) {
            *error = m_reviews->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::setReviewItem(qint64 reviewId, int position, const ReviewItem &item)
{
    return transact(reviewChange(), [&](QString *error) {
        if (!m_reviews->setItem(reviewId, position, item)) {
            *error = m_reviews->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::setReviewAttendees(qint64 reviewId, const QStringList &attendees)
{
    const bool ok = transact(reviewChange(), [&](QString *error) {
        if (!m_reviews->setAttendees(reviewId, attendees)) {
            *error = m_reviews->lastError();
            return false;
        }
        return true;
    });
    if (ok && m_runningReview && m_runningReview->id == reviewId)
        m_runningReview->attendees = attendees;
    return ok;
}

bool RegisterDocument::endReview(Review &review)
{
    if (!m_runningReview || m_runningReview->id != review.id) {
        Q_EMIT errorOccurred(tr("No review is running, so none was ended."));
        return false;
    }
    QList<std::pair<qint64, int>> counts;
    if (hasFoundCauses()) {
        const auto causes = causeGroups();
        if (!causes)
            return false;
        for (const CauseGroupInfo &c : *causes)
            counts.append({c.id, c.responses});
    }
    const std::optional<Review> running = m_runningReview;
    Review copy = review;
    if (!copy.endedAt.isValid())
        copy.endedAt = QDateTime::currentDateTimeUtc();
    RegisterChange change = reviewChange();
    change.snapshots = true;
    const bool ok = transact(change, [&](QString *error) {
        Snapshot snapshot;
        snapshot.name = copy.name();
        snapshot.takenAt = copy.endedAt;
        if (!m_snapshots->take(snapshot)) {
            *error = m_snapshots->lastError();
            return false;
        }
        copy.snapshotId = snapshot.id;
        if (!m_reviews->end(copy, counts)) {
            *error = m_reviews->lastError();
            return false;
        }
        m_runningReview.reset(); // (before the change is announced)
        return true;
    });
    if (ok)
        review = copy;
    else
        m_runningReview = running;
    return ok;
}

bool RegisterDocument::addAction(ActionItem &action)
{
    ActionItem copy = action;
    if (!copy.createdAt.isValid())
        copy.createdAt = QDateTime::currentDateTimeUtc();
    const bool ok = transact(reviewChange(), [&](QString *error) {
        if (!m_reviews->insertAction(copy)) {
            *error = m_reviews->lastError();
            return false;
        }
        return true;
    });
    if (ok)
        action = copy;
    return ok;
}

bool RegisterDocument::updateAction(const ActionItem &action)
{
    return transact(reviewChange(), [&](QString *error) {
        if (!m_reviews->updateAction(action)) {
            *error = m_reviews->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::eraseAction(qint64 id)
{
    return transact(reviewChange(), [&](QString *error) {
        if (!m_reviews->eraseAction(id)) {
            *error = m_reviews->lastError();
            return false;
        }
        return true;
    });
}

} // namespace qw
