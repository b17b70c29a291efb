#include "interactionrepository.h"

#include "scoresql.h"
#include "interactionrows.h"
#include "io/valueparsing.h"
#include "sqlstatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <memory>

namespace qw {

namespace InteractionRows {

using Sql::notNull;

const char selectColumns[] =
    "SELECT id, occurred_at, channel, service, team, agent, ticket, scale, score, reason,"
    " comment, customer, repeat_contact, entry_id, import_key, import_id, row_key FROM interactions ";

QVariant nullable(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString isoUtc(const QDateTime &when)
{
    return ValueParsing::isoUtc(when);
}

// Adds (sign 1) or takes away (sign -1) what the interaction counts for, if it is not removed,
// in its entry's count of links.
bool countInLinks(const QSqlDatabase &db, qint64 id, int sign, QString *error)
{
    QSqlQuery links(db);
    return Sql::exec(links, QStringLiteral(
               "UPDATE entries SET linked = linked + ?"
               " WHERE id = (SELECT entry_id FROM interactions WHERE id = ? AND removed = 0)"),
               {sign, id}, error);
}

// On a server others change interactions too: the interaction is locked (after the table, for
// writing, so that an import's lock is waited for before any count is touched) until the
// caller's transaction ends, so that what is counted out of it before a change is what it
// holds, and nobody else's change of it comes in between. A register file has one writer.
bool lockForChange(const QSqlDatabase &db, qint64 id, QString *error)
{
    if (!Sql::isPostgres(db))
        return true;
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("LOCK TABLE interactions IN ROW EXCLUSIVE MODE"), {}, error)
        && Sql::exec(query, QStringLiteral("SELECT 1 FROM interactions WHERE id = ? FOR UPDATE"), {id}, error);
}

// The same in its service's day too. Called around every change to an interaction, in its
// transaction.
bool countIn(const QSqlDatabase &db, qint64 id, int sign, QString *error)
{
    QSqlQuery days(db);
    return Sql::exec(days, QStringLiteral(
               "INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
               " SELECT service, substr(occurred_at, 1, 10), ? * (CASE WHEN score IS NOT NULL THEN 1 ELSE 0 END),"
               " ? * coalesce(" QW_SQL_NORMALISED_SCORE ", 0), ? * " QW_SQL_POOR_FLAG("") ", ?"
               " FROM interactions WHERE id = ? AND removed = 0" QW_SQL_ADD_TO_DAYS),
               {sign, sign, sign, sign, id}, error)
        && countInLinks(db, id, sign, error);
}

void bindInteraction(QSqlQuery &query, const Interaction &i)
{
    query.bindValue(QStringLiteral(":occurred_at"), isoUtc(i.occurredAt));
    query.bindValue(QStringLiteral(":channel"), int(i.channel));
    query.bindValue(QStringLiteral(":service"), notNull(i.service));
    query.bindValue(QStringLiteral(":team"), notNull(i.team));
    query.bindValue(QStringLiteral(":agent"), notNull(i.agent));
    query.bindValue(QStringLiteral(":ticket"), notNull(i.ticket));
    query.bindValue(QStringLiteral(":scale"), int(i.scale));
    query.bindValue(QStringLiteral(":score"),
                    i.hasScore() ? QVariant(i.score) : QVariant(QMetaType(QMetaType::Int)));
    query.bindValue(QStringLiteral(":reason"), notNull(i.reason));
    query.bindValue(QStringLiteral(":comment"), notNull(i.comment));
    query.bindValue(QStringLiteral(":customer"), notNull(i.customer));
    query.bindValue(QStringLiteral(":repeat_contact"), i.repeatContact ? 1 : 0);
    query.bindValue(QStringLiteral(":entry_id"), nullable(i.entryId));
    query.bindValue(QStringLiteral(":import_key"),
                    i.importKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(i.importKey));
}

void bindImport(QSqlQuery &query, const Interaction &i)
{
    query.bindValue(QStringLiteral(":row_key"), nullable(i.rowKey));
    query.bindValue(QStringLiteral(":import_id"), nullable(i.importId));
}

Interaction fromRow(const QSqlQuery &query)
{
    Interaction i;
    i.id = query.value(0).toLongLong();
    i.occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate).toLocalTime();
    channelFromInt(query.value(2).toInt(), &i.channel);
    i.service = query.value(3).toString();
    i.team = query.value(4).toString();
    i.agent = query.value(5).toString();
    i.ticket = query.value(6).toString();
    scaleFromInt(query.value(7).toInt(), &i.scale);
    i.score = query.value(8).isNull() ? -1 : query.value(8).toInt();
    i.reason = query.value(9).toString();
    i.comment = query.value(10).toString();
    i.customer = query.value(11).toString();
    i.repeatContact = query.value(12).toInt() != 0;
    i.entryId = query.value(13).isNull() ? 0 : query.value(13).toLongLong();
    i.importKey = query.value(14).toString();
    i.importId = query.value(15).isNull() ? 0 : query.value(15).toLongLong();
    i.rowKey = query.value(16).toLongLong();
    return i;
}

} // namespace InteractionRows

using namespace InteractionRows;

bool InteractionRepository::insert(Interaction &interaction)
{
    QSqlQuery query(m_db);
    const bool withId = interaction.id != 0;
    const QString sql = QStringLiteral(
        "INSERT INTO interactions (%1occurred_at, channel, service, team, agent, ticket, scale,"
        " score, reason, comment, customer, repeat_contact, entry_id, import_key, row_key, import_id)"
        " VALUES (%2:occurred_at, :channel, :service, :team, :agent, :ticket, :scale, :score,"
        " :reason, :comment, :customer, :repeat_contact, :entry_id, :import_key, :row_key, :import_id) RETURNING id")
        .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral(":id, ") : QString());
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (withId)
        query.bindValue(QStringLiteral(":id"), interaction.id);
    bindInteraction(query, interaction);
    bindImport(query, interaction);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (!Sql::returnedId(query, &interaction.id, &m_lastError))
        return false;
    // A new row is beyond triage's mark and read as it is; one put back (a redo) may be within
    // it, and is counted back in.
    QSqlQuery triage(m_db);
    return countIn(m_db, interaction.id, 1, &m_lastError)
        && (!withId
            || Sql::exec(triage, QStringLiteral(
                   "INSERT INTO triage_days (service, reason, day, poor, repeats)"
                   " SELECT service, reason, substr(occurred_at, 1, 10), 1, repeat_contact FROM interactions"
                   " WHERE id = ? AND id <= (SELECT up_to FROM triage_counted) AND " QW_SQL_IN_TRIAGE("")
                   QW_SQL_ADD_TO_TRIAGE),
                   {interaction.id}, &m_lastError));
}

bool InteractionRepository::update(const Interaction &interaction)
{
    if (!lockForChange(m_db, interaction.id, &m_lastError) || !countIn(m_db, interaction.id, -1, &m_lastError))
        return false;
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "UPDATE interactions SET occurred_at = :occurred_at, channel = :channel,"
            " service = :service, team = :team, agent = :agent, ticket = :ticket, scale = :scale,"
            " score = :score, reason = :reason, comment = :comment, customer = :customer,"
            " repeat_contact = :repeat_contact, entry_id = :entry_id, import_key = :import_key"
            " WHERE id = :id"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    bindInteraction(query, interaction);
    query.bindValue(QStringLiteral(":id"), interaction.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return countIn(m_db, interaction.id, 1, &m_lastError);
}

bool InteractionRepository::setRemoved(qint64 id, bool removed)
{
    // Counted while not removed: out of the days before it goes, back in after it returns.
    QSqlQuery query(m_db);
    return lockForChange(m_db, id, &m_lastError) && (!removed || countIn(m_db, id, -1, &m_lastError))
        && Sql::exec(query, QStringLiteral("UPDATE interactions SET removed = ? WHERE id = ?"),
                     {removed ? 1 : 0, id}, &m_lastError)
        && (removed || countIn(m_db, id, 1, &m_lastError));
}

bool InteractionRepository::erase(qint64 id)
{
    QSqlQuery query(m_db);
    return lockForChange(m_db, id, &m_lastError) && countIn(m_db, id, -1, &m_lastError)
        && Sql::exec(query, QStringLiteral("DELETE FROM interactions WHERE id = ?"), {id}, &m_lastError);
}

bool InteractionRepository::setEntry(qint64 interactionId, qint64 entryId)
{
    QSqlQuery query(m_db);
    // A link changes no day's counts, only the entries' counts of links.
    return lockForChange(m_db, interactionId, &m_lastError) && countInLinks(m_db, interactionId, -1, &m_lastError)
        && Sql::exec(query, QStringLiteral("UPDATE interactions SET entry_id = ? WHERE id = ?"),
                     {nullable(entryId), interactionId}, &m_lastError)
        && countInLinks(m_db, interactionId, 1, &m_lastError);
}

std::optional<Interaction> InteractionRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QString::fromLatin1(selectColumns) + QStringLiteral("WHERE id = ?"), {id},
                   &m_lastError)
        || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<bool> InteractionRepository::isInRegister(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT removed FROM interactions WHERE id = ?"), {id}, &m_lastError))
        return std::nullopt;
    return query.next() && query.value(0).toInt() == 0;
}

int InteractionRepository::count() const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT total FROM interaction_total"), {}, &m_lastError)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<Interaction> InteractionRepository::page(int offset, int limit) const
{
    QList<Interaction> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QString::fromLatin1(selectColumns)
                              + QStringLiteral("WHERE removed = 0 ORDER BY occurred_at DESC, id DESC"
                                               " LIMIT ? OFFSET ?"),
                   {limit, offset}, &m_lastError))
        return result;
    result.reserve(limit);
    while (query.next())
        result.append(fromRow(query));
    Sql::readToEnd(query, &m_lastError);
    return result;
}

QList<Interaction> InteractionRepository::pageAfter(const Interaction &last, int limit) const
{
    QList<Interaction> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QString::fromLatin1(selectColumns)
                              + QStringLiteral("WHERE removed = 0 AND (occurred_at, id) < (?, ?)"
                                               " ORDER BY occurred_at DESC, id DESC LIMIT ?"),
                   {isoUtc(last.occurredAt), last.id, limit}, &m_lastError))
        return result;
    result.reserve(limit);
    while (query.next())
        result.append(fromRow(query));
    Sql::readToEnd(query, &m_lastError);
    return result;
}

int InteractionRepository::rowOf(qint64 id) const
{
    if (!find(id))
        return -1;
    // Rows before it in the newest-first order: the same ordering as page().
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT COUNT(*) FROM interactions o, interactions t WHERE t.id = ?"
                       " AND t.removed = 0 AND o.removed = 0 AND (o.occurred_at > t.occurred_at"
                       "  OR (o.occurred_at = t.occurred_at AND o.id > t.id))"),
                   {id}, &m_lastError)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<qint64> InteractionRepository::idsLinkedTo(qint64 entryId) const
{
    QList<qint64> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT id FROM interactions WHERE entry_id = ? AND removed = 0 ORDER BY id"),
                   {entryId}, &m_lastError))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QList<MonthlySatisfaction> InteractionRepository::monthlySatisfaction(const QString &service) const
{
    QList<MonthlySatisfaction> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT substr(day, 1, 7), sum(responses), sum(score_sum) / sum(responses),"
                                       " sum(poor) * 1.0 / sum(responses) FROM interaction_days"
                                       " WHERE (? = '' OR service = ?) GROUP BY 1 HAVING sum(responses) > 0 ORDER BY 1");
    if (!Sql::exec(query, sql, {notNull(service), notNull(service)}, &m_lastError))
        return result;
    while (query.next()) {
        MonthlySatisfaction m;
        m.month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        m.responses = query.value(1).toInt();
        m.average = query.value(2).toDouble();
        m.poorShare = query.value(3).toDouble();
        result.append(m);
    }
    if (!Sql::readToEnd(query, &m_lastError))
        result.clear();
    return result;
}

QStringList InteractionRepository::services() const
{
    QStringList result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // From the small table of days, not from the interactions.
    if (!Sql::exec(query, QStringLiteral("SELECT service FROM interaction_days WHERE service <> ''"
                                         " GROUP BY service HAVING sum(total) > 0 ORDER BY sum(total) DESC"),
                   {}, &m_lastError))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    Sql::readToEnd(query, &m_lastError);
    return result;
}

std::pair<int, double> InteractionRepository::satisfactionBetween(const QString &service, const QDate &from,
                                                                  const QDate &to) const
{
    QSqlQuery query(m_db);
    // Whole days (in UTC, as interactions are stored): the small table, not the interactions.
    const QString sql = QStringLiteral("SELECT coalesce(sum(responses), 0), sum(score_sum) / nullif(sum(responses), 0)"
                                       " FROM interaction_days WHERE (? = '' OR service = ?) AND day >= ? AND day < ?");
    if (!Sql::exec(query, sql, {notNull(service), notNull(service), from.toString(Qt::ISODate), to.toString(Qt::ISODate)},
                   &m_lastError))
        return {0, 0.0};
    // An aggregate always has its row: none is a failed read (said in lastError()).
    if (!query.next()) {
        Sql::readToEnd(query, &m_lastError);
        return {0, 0.0};
    }
    return {query.value(0).toInt(), query.value(1).toDouble()};
}

std::optional<QList<ServiceMonthCounts>> InteractionRepository::countsByServiceAndMonth(const QDate &from,
                                                                                   const QDate &to) const
{
    QList<ServiceMonthCounts> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT service, substr(day, 1, 7), sum(responses), sum(score_sum), sum(poor)"
                                         " FROM interaction_days WHERE day >= ? AND day < ? GROUP BY 1, 2 ORDER BY 1, 2"),
                   {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, &m_lastError))
        return std::nullopt;
    while (query.next()) {
        ServiceMonthCounts c;
        c.service = query.value(0).toString();
        c.month = QDate::fromString(query.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        c.responses = query.value(2).toInt();
        c.scoreSum = query.value(3).toDouble();
        c.poor = query.value(4).toInt();
        result.append(c);
    }
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

} // namespace qw
