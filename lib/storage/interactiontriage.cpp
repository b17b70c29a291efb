#include "interactionrepository.h"

#include "scoresql.h"
#include "sqlstatement.h"

// Triage's reads and its bookkeeping (see migration 8): the groups of poor interactions linked
// to no entry, kept counted per service, reason and day.

namespace qw {

using Sql::notNull;

namespace {

// Interactions added since triage was last brought up to date (see migration 8): rows
// beyond triage_counted.up_to, read by id.
const char triageTail[] = " FROM interactions WHERE id > (SELECT up_to FROM triage_counted) AND " QW_SQL_IN_TRIAGE("");

} // namespace

bool InteractionRepository::countNewIntoTriage()
{
    // The caller's transaction: the new rows' days in key order (GROUP BY's), then the mark.
    // On a server, nobody else writes interactions meanwhile (their rows, committed in another
    // order than their ids, would fall below the mark uncounted), nor counts at the same time.
    QSqlQuery query(m_db);
    if (Sql::isPostgres(m_db)
        && !Sql::exec(query, QStringLiteral("LOCK TABLE interactions IN SHARE ROW EXCLUSIVE MODE"), {}, &m_lastError))
        return false;
    return Sql::exec(query, QStringLiteral("INSERT INTO triage_days (service, reason, day, poor, repeats)"
                                           " SELECT service, reason, substr(occurred_at, 1, 10), count(*),"
                                           " sum(repeat_contact)") + QLatin1String(triageTail)
                         + QStringLiteral(" GROUP BY 1, 2, 3" QW_SQL_ADD_TO_TRIAGE),
                     {}, &m_lastError)
        && Sql::exec(query, QStringLiteral("UPDATE triage_counted SET up_to = (SELECT coalesce(max(id), 0) FROM interactions)"),
                     {}, &m_lastError);
}

bool InteractionRepository::hasUncountedTriage() const
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("SELECT coalesce(max(id), 0) > (SELECT up_to FROM triage_counted) FROM interactions"),
                     {}, &m_lastError)
        && query.next() && query.value(0).toBool();
}

QList<TriageGroup> InteractionRepository::unlinkedPoorGroups() const
{
    // The groups as kept, one row each, with the latest day of each found by a seek from the
    // end of its days; and the rows added since they were last brought up to date. Not a scan
    // of the interactions.
    QList<TriageGroup> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT service, reason, sum(poor), sum(repeats), max(latest) FROM ("
                       " SELECT g.service, g.reason, g.poor, g.repeats,"
                       "  (SELECT d.day FROM triage_days d WHERE d.service = g.service AND d.reason = g.reason"
                       "   AND d.poor > 0 ORDER BY d.day DESC LIMIT 1) AS latest"
                       " FROM triage_groups g WHERE g.poor > 0"
                       " UNION ALL SELECT service, reason, count(*), sum(repeat_contact), max(substr(occurred_at, 1, 10))")
                       + QLatin1String(triageTail)
                       + QStringLiteral(" GROUP BY 1, 2) AS t GROUP BY 1, 2 ORDER BY 3 DESC, (max(latest) IS NULL), 5 DESC, 1, 2"),
                   {}, &m_lastError))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                       query.value(3).toInt(), QDate::fromString(query.value(4).toString(), Qt::ISODate)});
    }
    return result;
}

int InteractionRepository::unlinkedPoorCount() const
{
    // The groups as kept, and the rows added since: no group's latest day is looked for.
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT (SELECT coalesce(sum(poor), 0) FROM triage_groups WHERE poor > 0)"
                                         " + (SELECT count(*)") + QLatin1String(triageTail) + QStringLiteral(")"),
                   {}, &m_lastError)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<qint64> InteractionRepository::unlinkedPoorIds(const QString &service, const QString &reason, int latest) const
{
    // Through the group's days (triage_days) and the interactions of each of those days (the
    // index on occurred_at): the group's own interactions and their days' neighbours are read,
    // not every interaction; and the rows added since triage was brought up to date. The
    // latest few stop after a day or two.
    QList<qint64> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString counted = QStringLiteral(
        "SELECT i.id AS id, d.day AS day FROM triage_days d, interactions i"
        " WHERE d.service = ? AND d.reason = ? AND d.poor > 0"
        " AND i.occurred_at >= d.day AND i.occurred_at < d.day || 'U'" // the whole day, 'T…Z' < 'U'
        " AND i.id <= (SELECT up_to FROM triage_counted)"
        " AND i.service = d.service AND i.reason = d.reason AND " QW_SQL_IN_TRIAGE("i."));
    const QString uncounted = QStringLiteral("SELECT id, substr(occurred_at, 1, 10) AS day")
        + QLatin1String(triageTail) + QStringLiteral(" AND service = ? AND reason = ?");
    QVariantList values;
    QString sql;
    if (latest > 0) {
        // Each part stops at the latest few (newest days first), then the two are merged.
        const QString newest = QStringLiteral(" ORDER BY day DESC, id DESC LIMIT ?");
        sql = QStringLiteral("SELECT id FROM (SELECT * FROM (") + counted + newest
            + QStringLiteral(") AS c UNION ALL SELECT * FROM (") + uncounted + newest + QStringLiteral(") AS u) AS t")
            + newest;
        values = {notNull(service), notNull(reason), latest, notNull(service), notNull(reason), latest, latest};
    } else {
        sql = QStringLiteral("SELECT id FROM (") + counted + QStringLiteral(" UNION ALL ") + uncounted
            + QStringLiteral(") AS t ORDER BY id");
        values = {notNull(service), notNull(reason), notNull(service), notNull(reason)};
    }
    if (!Sql::exec(query, sql, values, &m_lastError))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

} // namespace qw
