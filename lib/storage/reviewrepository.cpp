#include "reviewrepository.h"

#include "sqlstatement.h"

#include <QSqlQuery>
#include <QVariant>

namespace qw {

namespace {

// Attendees are one name a line: a name may hold a semicolon or a comma, never a line break.
QString joined(const QStringList &names)
{
    return names.join(QLatin1Char('\n'));
}

QStringList split(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

QVariant moment(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime momentFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant dayOf(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dayFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

bool ReviewRepository::insertItems(qint64 reviewId, const QList<ReviewItem> &items)
{
    QSqlQuery query(m_db);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ReviewItem &item = items.at(i);
        if (!Sql::exec(query, QStringLiteral(
                           "INSERT INTO review_items (review_id, position, kind, entry_id, action_id, cause_id, title,"
                           " detail, skipped, discussed, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {reviewId, int(i), int(item.kind), item.entryId, item.actionId, item.causeId,
                        Sql::notNull(item.title), Sql::notNull(item.detail), item.skipped ? 1 : 0,
                        item.discussed ? 1 : 0, Sql::notNull(item.note)},
                       &m_lastError))
            return false;
    }
    return true;
}

bool ReviewRepository::insert(Review &review, const QList<ReviewItem> &items)
{
    QSqlQuery query(m_db);
    const QVariant id = review.id > 0 ? QVariant(review.id) : QVariant(QMetaType(QMetaType::LongLong));
    if (!Sql::exec(query, QStringLiteral(
                       "INSERT INTO reviews (id, started_at, ended_at, attendees, facilitator, snapshot_id, minutes,"
                       " author) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {id, moment(review.startedAt), moment(review.endedAt), Sql::notNull(joined(review.attendees)),
                    Sql::notNull(review.facilitator),
                    review.snapshotId > 0 ? QVariant(review.snapshotId) : QVariant(QMetaType(QMetaType::LongLong)),
                    Sql::notNull(review.minutes), Sql::notNull(review.author)},
                   &m_lastError))
        return false;
    if (!Sql::returnedId(query, &review.id, &m_lastError))
        return false;
    return insertItems(review.id, items);
}

bool ReviewRepository::setItems(qint64 reviewId, const QList<ReviewItem> &items)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM review_items WHERE review_id = ?"), {reviewId}, &m_lastError)
        && insertItems(reviewId, items);
}

bool ReviewRepository::setItem(qint64 reviewId, int position, const ReviewItem &item)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral(
                       "UPDATE review_items SET kind = ?, entry_id = ?, action_id = ?, cause_id = ?, title = ?,"
                       " detail = ?, skipped = ?, discussed = ?, note = ? WHERE review_id = ? AND position = ?"),
                   {int(item.kind), item.entryId, item.actionId, item.causeId, Sql::notNull(item.title),
                    Sql::notNull(item.detail), item.skipped ? 1 : 0, item.discussed ? 1 : 0, Sql::notNull(item.note),
                    reviewId, position},
                   &m_lastError))
        return false;
    if (query.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no item %1 in review %2").arg(position).arg(reviewId);
        return false;
    }
    return true;
}

bool ReviewRepository::setAttendees(qint64 reviewId, const QStringList &attendees)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("UPDATE reviews SET attendees = ? WHERE id = ?"),
                     {Sql::notNull(joined(attendees)), reviewId}, &m_lastError);
}

bool ReviewRepository::end(const Review &review, const QList<std::pair<qint64, int>> &causeCounts)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral(
                       "UPDATE reviews SET ended_at = ?, attendees = ?, snapshot_id = ?, minutes = ? WHERE id = ?"),
                   {moment(review.endedAt), Sql::notNull(joined(review.attendees)),
                    review.snapshotId > 0 ? QVariant(review.snapshotId) : QVariant(QMetaType(QMetaType::LongLong)),
                    Sql::notNull(review.minutes), review.id},
                   &m_lastError))
        return false;
    QSqlQuery insert(m_db);
    for (const auto &[group, responses] : causeCounts) {
        if (!Sql::exec(insert, QStringLiteral(
                           "INSERT INTO review_causes (review_id, group_id, responses) VALUES (?, ?, ?)"
                           " ON CONFLICT (review_id, group_id) DO UPDATE SET responses = excluded.responses"),
                       {review.id, group, responses}, &m_lastError))
            return false;
    }
    return true;
}

bool ReviewRepository::erase(qint64 reviewId)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM reviews WHERE id = ?"), {reviewId}, &m_lastError);
}

std::optional<QList<Review>> ReviewRepository::all() const
{
    QList<Review> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT id, started_at, ended_at, attendees, facilitator, coalesce(snapshot_id, 0), minutes,"
                       " author FROM reviews ORDER BY started_at DESC, id DESC"),
                   {}, &m_lastError))
        return std::nullopt;
    while (query.next()) {
        Review r;
        r.id = query.value(0).toLongLong();
        r.startedAt = momentFrom(query.value(1));
        r.endedAt = momentFrom(query.value(2));
        r.attendees = split(query.value(3).toString());
        r.facilitator = query.value(4).toString();
        r.snapshotId = query.value(5).toLongLong();
        r.minutes = query.value(6).toString();
        r.author = query.value(7).toString();
        result.append(r);
    }
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

std::optional<QList<ReviewItem>> ReviewRepository::items(qint64 reviewId) const
{
    QList<ReviewItem> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT kind, entry_id, action_id, cause_id, title, detail, skipped, discussed, note"
                       " FROM review_items WHERE review_id = ? ORDER BY position"),
                   {reviewId}, &m_lastError))
        return std::nullopt;
    while (query.next()) {
        ReviewItem item;
        const int kind = query.value(0).toInt();
        item.kind = kind >= int(AgendaKind::OpenAction) && kind <= int(AgendaKind::Added) ? AgendaKind(kind)
                                                                                           : AgendaKind::Added;
        item.entryId = query.value(1).toLongLong();
        item.actionId = query.value(2).toLongLong();
        item.causeId = query.value(3).toLongLong();
        item.title = query.value(4).toString();
        item.detail = query.value(5).toString();
        item.skipped = query.value(6).toBool();
        item.discussed = query.value(7).toBool();
        item.note = query.value(8).toString();
        result.append(item);
    }
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

std::optional<QHash<qint64, int>> ReviewRepository::causeCounts(qint64 reviewId) const
{
    QHash<qint64, int> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT group_id, responses FROM review_causes WHERE review_id = ?"),
                   {reviewId}, &m_lastError))
        return std::nullopt;
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toInt());
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

bool ReviewRepository::setNumbers(qint64 reviewId, const QHash<qint64, int> &numbers)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM review_numbers WHERE review_id = ?"), {reviewId}, &m_lastError))
        return false;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        if (!Sql::exec(query, QStringLiteral("INSERT INTO review_numbers (review_id, entry_id, number) VALUES (?, ?, ?)"),
                       {reviewId, it.key(), it.value()}, &m_lastError))
            return false;
    }
    return true;
}

std::optional<QHash<qint64, int>> ReviewRepository::numbers(qint64 reviewId) const
{
    QHash<qint64, int> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT entry_id, number FROM review_numbers WHERE review_id = ?"), {reviewId},
                   &m_lastError))
        return std::nullopt;
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toInt());
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

bool ReviewRepository::insertAction(ActionItem &action)
{
    QSqlQuery query(m_db);
    const QVariant id = action.id > 0 ? QVariant(action.id) : QVariant(QMetaType(QMetaType::LongLong));
    if (!Sql::exec(query, QStringLiteral(
                       "INSERT INTO review_actions (id, review_id, entry_id, text, owner, due_on, done_on, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {id, action.reviewId > 0 ? QVariant(action.reviewId) : QVariant(QMetaType(QMetaType::LongLong)),
                    action.entryId, Sql::notNull(action.text), Sql::notNull(action.owner), dayOf(action.due),
                    dayOf(action.doneOn), moment(action.createdAt)},
                   &m_lastError))
        return false;
    return Sql::returnedId(query, &action.id, &m_lastError);
}

bool ReviewRepository::updateAction(const ActionItem &action)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral(
                         "UPDATE review_actions SET entry_id = ?, text = ?, owner = ?, due_on = ?, done_on = ?"
                         " WHERE id = ?"),
                     {action.entryId, Sql::notNull(action.text), Sql::notNull(action.owner), dayOf(action.due),
                      dayOf(action.doneOn), action.id},
                     &m_lastError);
}

bool ReviewRepository::eraseAction(qint64 id)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM review_actions WHERE id = ?"), {id}, &m_lastError);
}

std::optional<QList<ActionItem>> ReviewRepository::actions() const
{
    QList<ActionItem> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT id, coalesce(review_id, 0), entry_id, text, owner, due_on, done_on, created_at"
                       " FROM review_actions ORDER BY id"),
                   {}, &m_lastError))
        return std::nullopt;
    while (query.next()) {
        ActionItem a;
        a.id = query.value(0).toLongLong();
        a.reviewId = query.value(1).toLongLong();
        a.entryId = query.value(2).toLongLong();
        a.text = query.value(3).toString();
        a.owner = query.value(4).toString();
        a.due = dayFrom(query.value(5));
        a.doneOn = dayFrom(query.value(6));
        a.createdAt = momentFrom(query.value(7));
        result.append(a);
    }
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

std::optional<QHash<qint64, QDateTime>> ReviewRepository::lastChanged() const
{
    QHash<qint64, QDateTime> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The latest line is the one with the highest id (lines are only ever appended).
    // (As milliseconds since 1970, worked out by the database: parsing ten thousand ISO texts
    // into QDateTime costs more than the query.)
    const QString milliseconds = Sql::isPostgres(m_db)
        ? QStringLiteral("CAST(round(extract(epoch FROM CAST(changed_at AS timestamptz)) * 1000) AS bigint)")
        : QStringLiteral("CAST(round((julianday(changed_at) - 2440587.5) * 86400000.0) AS INTEGER)");
    if (!Sql::exec(query, QStringLiteral("SELECT entry_id, ") + milliseconds
                       + QStringLiteral(" FROM entry_history WHERE id IN (SELECT max(id) FROM entry_history GROUP BY entry_id)"),
                   {}, &m_lastError))
        return std::nullopt;
    while (query.next()) {
        if (!query.value(1).isNull())
            result.insert(query.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC));
    }
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

std::optional<QHash<qint64, QDate>> ReviewRepository::inProgressTargets() const
{
    QHash<qint64, QDate> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT id, target_on FROM entries WHERE removed = 0 AND status = ? AND target_on IS NOT NULL"),
                   {int(Status::InProgress)}, &m_lastError))
        return std::nullopt;
    while (query.next())
        result.insert(query.value(0).toLongLong(), dayFrom(query.value(1)));
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

std::optional<QList<std::pair<qint64, HistoryRecord>>> ReviewRepository::historyBy(const QString &who,
                                                                                 const QDateTime &since,
                                                                                 const QDateTime &until) const
{
    QList<std::pair<qint64, HistoryRecord>> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT entry_id, changed_at, changed_by, field, old_value, new_value FROM entry_history"
                       " WHERE changed_by = ? AND changed_at >= ? AND changed_at <= ? ORDER BY id"),
                   {who, moment(since), moment(until)}, &m_lastError))
        return std::nullopt;
    while (query.next()) {
        result.append({query.value(0).toLongLong(),
                       {momentFrom(query.value(1)), query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString()}});
    }
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

} // namespace qw
