#include "interactionrepository.h"

#include "sqlstatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qw {

namespace {

// Text columns are NOT NULL: a null QString is stored as the empty text it means.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const char selectColumns[] =
    "SELECT id, occurred_at, channel, service, team, agent, ticket, scale, score, reason,"
    " comment, customer, repeat_contact, entry_id, import_key FROM interactions ";

QVariant nullable(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindInteraction(QSqlQuery &query, const Interaction &i)
{
    query.bindValue(QStringLiteral(":occurred_at"), i.occurredAt.toUTC().toString(Qt::ISODate));
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
    return i;
}

} // namespace

bool InteractionRepository::insert(Interaction &interaction)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool withId = interaction.id != 0;
    const QString sql = QStringLiteral(
        "INSERT INTO interactions (%1occurred_at, channel, service, team, agent, ticket, scale,"
        " score, reason, comment, customer, repeat_contact, entry_id, import_key)"
        " VALUES (%2:occurred_at, :channel, :service, :team, :agent, :ticket, :scale, :score,"
        " :reason, :comment, :customer, :repeat_contact, :entry_id, :import_key)")
        .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral(":id, ") : QString());
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (withId)
        query.bindValue(QStringLiteral(":id"), interaction.id);
    bindInteraction(query, interaction);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (!withId)
        interaction.id = query.lastInsertId().toLongLong();
    return true;
}

int InteractionRepository::insertImported(const QList<Interaction> &interactions,
                                          const std::function<bool(int)> &progress, int *poorAdded)
{
    // One statement prepared once, bound by position: the import of a large export is
    // dominated by this loop.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(QStringLiteral(
            "INSERT INTO interactions (occurred_at, channel, service, team, agent, ticket, scale,"
            " score, reason, comment, customer, repeat_contact, import_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"))) {
        m_lastError = query.lastError().text();
        return -1;
    }
    int inserted = 0;
    *poorAdded = 0;
    const QVariant noScore(QMetaType(QMetaType::Int));
    for (qsizetype n = 0; n < interactions.size(); ++n) {
        const Interaction &i = interactions.at(n);
        query.bindValue(0, i.occurredAt.toUTC().toString(Qt::ISODate));
        query.bindValue(1, int(i.channel));
        query.bindValue(2, notNull(i.service));
        query.bindValue(3, notNull(i.team));
        query.bindValue(4, notNull(i.agent));
        query.bindValue(5, notNull(i.ticket));
        query.bindValue(6, int(i.scale));
        query.bindValue(7, i.hasScore() ? QVariant(i.score) : noScore);
        query.bindValue(8, notNull(i.reason));
        query.bindValue(9, notNull(i.comment));
        query.bindValue(10, notNull(i.customer));
        query.bindValue(11, i.repeatContact ? 1 : 0);
        query.bindValue(12, i.importKey);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return -1;
        }
        if (query.numRowsAffected() > 0) {
            ++inserted;
            *poorAdded += i.isPoor() ? 1 : 0;
        }
        if (progress && (n % 1000) == 0 && !progress(int(n))) {
            m_lastError = QStringLiteral("cancelled");
            return -1;
        }
    }
    return inserted;
}

QSet<QString> InteractionRepository::existingImportKeys(const QStringList &keys) const
{
    QSet<QString> found;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(QStringLiteral("SELECT 1 FROM interactions WHERE import_key = ?")))
        return found;
    for (const QString &key : keys) {
        query.addBindValue(key);
        if (query.exec() && query.next())
            found.insert(key);
    }
    return found;
}

bool InteractionRepository::update(const Interaction &interaction)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
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
    return true;
}

bool InteractionRepository::setRemoved(qint64 id, bool removed)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return Sql::exec(query, QStringLiteral("UPDATE interactions SET removed = ? WHERE id = ?"),
                     {removed ? 1 : 0, id}, &m_lastError);
}

bool InteractionRepository::erase(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return Sql::exec(query, QStringLiteral("DELETE FROM interactions WHERE id = ?"), {id}, &m_lastError);
}

bool InteractionRepository::setEntry(qint64 interactionId, qint64 entryId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return Sql::exec(query, QStringLiteral("UPDATE interactions SET entry_id = ? WHERE id = ?"),
                     {nullable(entryId), interactionId}, &m_lastError);
}

std::optional<Interaction> InteractionRepository::find(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Sql::exec(query, QString::fromLatin1(selectColumns) + QStringLiteral("WHERE id = ?"), {id},
                   &m_lastError)
        || !query.next())
        return std::nullopt;
    return fromRow(query);
}

int InteractionRepository::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE removed = 0"), {},
                   &m_lastError)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<Interaction> InteractionRepository::page(int offset, int limit) const
{
    QList<Interaction> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!Sql::exec(query, QString::fromLatin1(selectColumns)
                              + QStringLiteral("WHERE removed = 0 ORDER BY occurred_at DESC, id DESC"
                                               " LIMIT ? OFFSET ?"),
                   {limit, offset}, &m_lastError))
        return result;
    result.reserve(limit);
    while (query.next())
        result.append(fromRow(query));
    return result;
}

int InteractionRepository::rowOf(qint64 id) const
{
    if (!find(id))
        return -1;
    // Rows before it in the newest-first order: the same ordering as page().
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT id FROM interactions WHERE entry_id = ? AND removed = 0 ORDER BY id"),
                   {entryId}, &m_lastError))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

namespace {

// The satisfaction of a response on a 0..1 footing, and whether it is poor, in SQL. They mirror
// scaleMinimum/scaleMaximum and isPoor() in domain/satisfaction.cpp (a test checks they agree).
const char normalisedScore[] =
    "(CASE scale WHEN 0 THEN (score - 1) / 4.0 WHEN 1 THEN (score - 1) / 9.0"
    " WHEN 2 THEN score / 3.0 WHEN 3 THEN score * 1.0 WHEN 4 THEN score / 2.0 END)";
const char poorScore[] =
    "(CASE scale WHEN 0 THEN score <= 2 WHEN 1 THEN score <= 2 WHEN 2 THEN score <= 1"
    " WHEN 3 THEN score = 0 WHEN 4 THEN score = 0 END)";

} // namespace

QList<MonthlySatisfaction> InteractionRepository::monthlySatisfaction(const QString &service) const
{
    QList<MonthlySatisfaction> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT substr(occurred_at, 1, 7), COUNT(*), AVG(%1), AVG(%2)"
                                       " FROM interactions WHERE removed = 0 AND score IS NOT NULL"
                                       " AND (? = '' OR service = ?) GROUP BY 1 ORDER BY 1")
                            .arg(QLatin1String(normalisedScore), QLatin1String(poorScore));
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
    return result;
}

QList<TriageGroup> InteractionRepository::unlinkedPoorGroups() const
{
    QList<TriageGroup> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT service, reason, COUNT(*), SUM(repeat_contact), MAX(occurred_at)"
                                       " FROM interactions WHERE removed = 0 AND entry_id IS NULL"
                                       " AND score IS NOT NULL AND %1"
                                       " GROUP BY service, reason ORDER BY 3 DESC, 5 DESC")
                            .arg(QLatin1String(poorScore));
    if (!Sql::exec(query, sql, {}, &m_lastError))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                       query.value(3).toInt(),
                       QDateTime::fromString(query.value(4).toString(), Qt::ISODate).toLocalTime()});
    }
    return result;
}

QList<qint64> InteractionRepository::unlinkedPoorIds(const QString &service, const QString &reason) const
{
    QList<qint64> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id FROM interactions WHERE removed = 0 AND entry_id IS NULL"
                                       " AND score IS NOT NULL AND %1 AND service = ? AND reason = ? ORDER BY id")
                            .arg(QLatin1String(poorScore));
    if (!Sql::exec(query, sql, {notNull(service), notNull(reason)}, &m_lastError))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

std::pair<int, double> InteractionRepository::satisfactionBetween(const QString &service, const QDate &from,
                                                                  const QDate &to) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QString sql = QStringLiteral("SELECT COUNT(*), AVG(%1) FROM interactions WHERE removed = 0"
                                       " AND score IS NOT NULL AND (? = '' OR service = ?)"
                                       " AND occurred_at >= ? AND occurred_at < ?")
                            .arg(QLatin1String(normalisedScore));
    if (!Sql::exec(query, sql, {notNull(service), notNull(service), QDateTime(from, QTime(0, 0)).toUTC().toString(Qt::ISODate),
                                QDateTime(to, QTime(0, 0)).toUTC().toString(Qt::ISODate)}, &m_lastError)
        || !query.next())
        return {0, 0.0};
    return {query.value(0).toInt(), query.value(1).toDouble()};
}

} // namespace qw
