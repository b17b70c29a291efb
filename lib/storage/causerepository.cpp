#include "causerepository.h"

#include "scoresql.h"
#include "sqlstatement.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace qw {

namespace {

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

QList<qint64> splitIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

QVariant groupValue(qint64 groupId)
{
    return groupId > 0 ? QVariant(groupId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool CauseRepository::forEachResponse(
    const std::function<bool(qint64, const QString &, const QString &, const QString &, const QString &)> &each, bool onlyUnplaced) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT i.id, i.service, i.reason, i.comment, i.customer FROM interactions i WHERE " QW_SQL_IN_TRIAGE("i.")
        " AND NOT EXISTS (SELECT 1 FROM cause_members m WHERE m.interaction_id = i.id AND m.fixed = 1"
        " AND m.group_id IS NULL)");
    if (onlyUnplaced)
        sql += QStringLiteral(" AND i.id > (SELECT placed_up_to FROM cause_state)"
                              " AND NOT EXISTS (SELECT 1 FROM cause_members m WHERE m.interaction_id = i.id)");
    sql += QStringLiteral(" ORDER BY i.id");
    if (!Sql::exec(query, sql, {}, &m_lastError))
        return false;
    while (query.next()) {
        if (!each(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString(), query.value(4).toString()))
            return true;
    }
    return Sql::readToEnd(query, &m_lastError);
}

std::optional<QList<CauseGroupInfo>> CauseRepository::groups(const QDate &today) const
{
    const QString recentFrom = today.addDays(-29).toString(Qt::ISODate);
    const QString earlierFrom = today.addDays(-59).toString(Qt::ISODate);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Each group's first and latest day and its last 60 days, through cause_days' key.
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT g.id, g.label, g.name, g.pinned, g.examples, g.responses, g.customers,"
                       " (SELECT min(day) FROM cause_days d WHERE d.group_id = g.id AND d.n > 0),"
                       " (SELECT max(day) FROM cause_days d WHERE d.group_id = g.id AND d.n > 0),"
                       " (SELECT coalesce(sum(n), 0) FROM cause_days d WHERE d.group_id = g.id AND d.day >= ?),"
                       " (SELECT coalesce(sum(n), 0) FROM cause_days d WHERE d.group_id = g.id AND d.day >= ?"
                       " AND d.day < ?)"
                       " FROM cause_groups g WHERE g.responses > 0 OR g.pinned = 1"),
                   {recentFrom, earlierFrom, recentFrom}, &m_lastError))
        return std::nullopt;
    QList<CauseGroupInfo> result;
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        CauseGroupInfo g;
        g.id = query.value(0).toLongLong();
        g.label = query.value(1).toString();
        g.name = query.value(2).toString();
        g.pinned = query.value(3).toBool();
        g.examples = splitIds(query.value(4).toString());
        g.responses = query.value(5).toInt();
        g.customers = query.value(6).toInt();
        g.first = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        g.last = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        g.recent = query.value(9).toInt();
        g.earlier = query.value(10).toInt();
        rowOf.insert(g.id, result.size());
        result.append(std::move(g));
    }
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    QSqlQuery services(m_db);
    services.setForwardOnly(true);
    if (!Sql::exec(services, QStringLiteral("SELECT group_id, service FROM cause_services WHERE n > 0"
                                            " ORDER BY group_id, n DESC, service"),
                   {}, &m_lastError))
        return std::nullopt;
    while (services.next()) {
        const auto it = rowOf.constFind(services.value(0).toLongLong());
        if (it != rowOf.cend())
            result[*it].services.append(services.value(1).toString());
    }
    if (!Sql::readToEnd(services, &m_lastError))
        return std::nullopt;
    std::sort(result.begin(), result.end(), [](const CauseGroupInfo &a, const CauseGroupInfo &b) {
        if (a.responses != b.responses)
            return a.responses > b.responses;
        if (a.last != b.last)
            return a.last > b.last;
        return a.id < b.id;
    });
    return result;
}

bool CauseRepository::writeMember(QSqlQuery &query, qint64 interactionId, qint64 groupId, bool fixed, bool keepExisting)
{
    // With the interaction's fields its counts need, as the trigger on interactions keeps them.
    // A group that is no longer there (erased since a step was recorded, or since a grouping
    // learned it) is no group: the response is then in none.
    static const QString keep = QStringLiteral(
        "INSERT INTO cause_members (interaction_id, group_id, fixed, in_triage, day, service, customer)"
        " SELECT i.id, (SELECT g.id FROM cause_groups g WHERE g.id = ?), ?, " QW_SQL_IN_TRIAGE_FLAG("i.")
        ", substr(i.occurred_at, 1, 10), i.service, i.customer"
        " FROM interactions i WHERE i.id = ? ON CONFLICT (interaction_id) DO NOTHING");
    static const QString replace = QStringLiteral(
        "INSERT INTO cause_members (interaction_id, group_id, fixed, in_triage, day, service, customer)"
        " SELECT i.id, (SELECT g.id FROM cause_groups g WHERE g.id = ?), ?, " QW_SQL_IN_TRIAGE_FLAG("i.")
        ", substr(i.occurred_at, 1, 10), i.service, i.customer"
        " FROM interactions i WHERE i.id = ? ON CONFLICT (interaction_id) DO UPDATE SET group_id = excluded.group_id,"
        " fixed = excluded.fixed");
    const QString &sql = keepExisting ? keep : replace;
    if (query.lastQuery() != sql && !query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    query.bindValue(0, groupValue(groupId));
    query.bindValue(1, fixed ? 1 : 0);
    query.bindValue(2, interactionId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<QList<qint64>> CauseRepository::members(qint64 groupId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT m.interaction_id FROM cause_members m JOIN interactions i"
                                         " ON i.id = m.interaction_id WHERE m.group_id = ? AND " QW_SQL_IN_TRIAGE("i.")
                                         " ORDER BY m.interaction_id"),
                   {groupId}, &m_lastError))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return ids;
}

namespace {

std::optional<QList<CauseMembership>> readMemberships(QSqlQuery &query, QString *error)
{
    QList<CauseMembership> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toBool(), true});
    if (!Sql::readToEnd(query, error))
        return std::nullopt;
    return result;
}

} // namespace

std::optional<QList<CauseMembership>> CauseRepository::memberships() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT interaction_id, coalesce(group_id, 0), fixed FROM cause_members"),
                   {}, &m_lastError))
        return std::nullopt;
    return readMemberships(query, &m_lastError);
}

std::optional<QList<CauseMembership>> CauseRepository::membershipsOfGroup(qint64 groupId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT interaction_id, group_id, fixed FROM cause_members WHERE group_id = ?"
                                         " ORDER BY interaction_id"),
                   {groupId}, &m_lastError))
        return std::nullopt;
    return readMemberships(query, &m_lastError);
}

std::optional<QList<CauseMembership>> CauseRepository::memberships(const QList<qint64> &interactionIds) const
{
    QList<CauseMembership> result;
    QSqlQuery query(m_db);
    for (qint64 id : interactionIds) {
        if (!Sql::exec(query, QStringLiteral("SELECT coalesce(group_id, 0), fixed FROM cause_members WHERE interaction_id = ?"),
                       {id}, &m_lastError))
            return std::nullopt;
        if (query.next())
            result.append({id, query.value(0).toLongLong(), query.value(1).toBool(), true});
        else if (!Sql::readToEnd(query, &m_lastError))
            return std::nullopt;
        else
            result.append({id, 0, false, false});
    }
    return result;
}

bool CauseRepository::setMemberships(const QList<CauseMembership> &memberships)
{
    QSqlQuery write(m_db);
    QSqlQuery query(m_db);
    for (const CauseMembership &m : memberships) {
        const bool ok = m.present
            ? writeMember(write, m.interactionId, m.groupId, m.fixed, false)
            : Sql::exec(query, QStringLiteral("DELETE FROM cause_members WHERE interaction_id = ?"), {m.interactionId},
                        &m_lastError);
        if (!ok)
            return false;
    }
    return true;
}

std::optional<CauseGroupInfo> CauseRepository::group(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT id, label, name, pinned, examples FROM cause_groups WHERE id = ?"), {id},
                   &m_lastError))
        return std::nullopt;
    if (!query.next()) {
        Sql::readToEnd(query, &m_lastError);
        return std::nullopt;
    }
    CauseGroupInfo g;
    g.id = query.value(0).toLongLong();
    g.label = query.value(1).toString();
    g.name = query.value(2).toString();
    g.pinned = query.value(3).toBool();
    g.examples = splitIds(query.value(4).toString());
    return g;
}

bool CauseRepository::insertGroup(CauseGroupInfo &group)
{
    QSqlQuery query(m_db);
    const QVariant id = group.id > 0 ? QVariant(group.id) : QVariant(QMetaType::fromType<qint64>());
    if (!Sql::exec(query, QStringLiteral("INSERT INTO cause_groups (id, label, name, pinned, examples) VALUES (?, ?, ?, ?, ?)"
                                         " RETURNING id"),
                   {id, Sql::notNull(group.label), Sql::notNull(group.name), group.pinned ? 1 : 0,
                    joinIds(group.examples)},
                   &m_lastError))
        return false;
    return Sql::returnedId(query, &group.id, &m_lastError);
}

bool CauseRepository::eraseGroup(qint64 id)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM cause_groups WHERE id = ?"), {id}, &m_lastError);
}

bool CauseRepository::setName(qint64 id, const QString &name)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("UPDATE cause_groups SET name = ? WHERE id = ?"), {Sql::notNull(name), id},
                     &m_lastError);
}

bool CauseRepository::setPinned(qint64 id, bool pinned)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("UPDATE cause_groups SET pinned = ? WHERE id = ?"), {pinned ? 1 : 0, id},
                     &m_lastError);
}

bool CauseRepository::replaceGrouping(QList<FoundCause> &found, const QList<qint64> &ungrouped)
{
    // Many members at once: written with the counts' triggers off, then counted in one pass.
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("UPDATE cause_state SET bulk = 1"), {}, &m_lastError)
        || !Sql::exec(query, QStringLiteral("DELETE FROM cause_members WHERE fixed = 0"), {}, &m_lastError))
        return false;
    QSet<qint64> kept;
    for (FoundCause &cause : found) {
        if (cause.id > 0) {
            if (!Sql::exec(query, QStringLiteral("UPDATE cause_groups SET label = CASE WHEN ? = '' THEN label ELSE ? END,"
                                                 " examples = ? WHERE id = ?"),
                           {Sql::notNull(cause.label), Sql::notNull(cause.label), joinIds(cause.examples), cause.id}, &m_lastError))
                return false;
        } else {
            if (!Sql::exec(query, QStringLiteral("INSERT INTO cause_groups (label, examples) VALUES (?, ?) RETURNING id"),
                           {Sql::notNull(cause.label), joinIds(cause.examples)}, &m_lastError))
                return false;
            if (!Sql::returnedId(query, &cause.id, &m_lastError))
                return false;
        }
        kept.insert(cause.id);
    }
    // Groups not found again go, unless the user pinned them or placed a response in them.
    QList<qint64> all;
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM cause_groups"), {}, &m_lastError))
        return false;
    while (query.next())
        all.append(query.value(0).toLongLong());
    if (!Sql::readToEnd(query, &m_lastError))
        return false;
    for (qint64 id : std::as_const(all)) {
        if (!kept.contains(id)
            && !Sql::exec(query, QStringLiteral("DELETE FROM cause_groups WHERE id = ? AND pinned = 0 AND NOT EXISTS"
                                                " (SELECT 1 FROM cause_members m WHERE m.group_id = cause_groups.id)"),
                          {id}, &m_lastError))
            return false;
    }
    QSqlQuery insert(m_db);
    for (const FoundCause &cause : std::as_const(found)) {
        for (qint64 member : cause.members) {
            if (!writeMember(insert, member, cause.id, false, true))
                return false;
        }
    }
    // Those in no group have a row too (no group, not the user's): considered, not new.
    for (qint64 member : ungrouped) {
        if (!writeMember(insert, member, 0, false, true))
            return false;
    }
    const QString recount = QStringLiteral(QW_SQL_RECOUNT_CAUSES " UPDATE cause_state SET bulk = 0;");
    for (const QString &statement : recount.split(u';', Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty() && !Sql::exec(query, statement, {}, &m_lastError))
            return false;
    }
    return true;
}

bool CauseRepository::setPlacer(const QByteArray &placer, qint64 placedUpTo)
{
    QSqlQuery query(m_db);
    // (A new grouping knows the causes as they are: no cause is merged away in what it learned.)
    return Sql::exec(query, QStringLiteral("DELETE FROM cause_aliases"), {}, &m_lastError)
        && Sql::exec(query, QStringLiteral("UPDATE cause_state SET placer = ?, generation = generation + 1, placed_up_to = ?"),
                     {placer, placedUpTo}, &m_lastError);
}

std::optional<QHash<qint64, qint64>> CauseRepository::aliases() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT old_id, new_id FROM cause_aliases"), {}, &m_lastError))
        return std::nullopt;
    QHash<qint64, qint64> result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

bool CauseRepository::setAlias(qint64 from, qint64 to)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("INSERT INTO cause_aliases (old_id, new_id) VALUES (?, ?)"
                                           " ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id"),
                     {from, to}, &m_lastError);
}

bool CauseRepository::removeAlias(qint64 from)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM cause_aliases WHERE old_id = ?"), {from}, &m_lastError);
}

std::optional<qint64> CauseRepository::lastInteractionId() const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM interactions"), {}, &m_lastError) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<bool> CauseRepository::isMemberInTriage(qint64 interactionId, qint64 groupId) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT in_triage = 1 AND group_id = ? FROM cause_members WHERE interaction_id = ?"),
                   {groupId, interactionId}, &m_lastError))
        return std::nullopt;
    if (query.next())
        return query.value(0).toBool();
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return false;
}

std::optional<QByteArray> CauseRepository::placer() const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT placer FROM cause_state"), {}, &m_lastError) || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

std::optional<qint64> CauseRepository::placerGeneration() const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT generation FROM cause_state"), {}, &m_lastError) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool CauseRepository::place(const QList<std::pair<qint64, qint64>> &interactionGroup)
{
    QSqlQuery insert(m_db);
    // A few (one logged, a small import): each counted by the triggers as it is written.
    constexpr qsizetype fewest = 256;
    if (interactionGroup.size() < fewest) {
        for (const auto &[interaction, group] : interactionGroup) {
            if (!writeMember(insert, interaction, group, false, true)) // 0: considered, in none
                return false;
        }
        return true;
    }
    // Many (an import): written with the triggers off, the rows written listed (cause_batch),
    // and counted into the counts in one pass each, in key order.
    QSqlQuery query(m_db);
    const auto run = [&](const char *sql) {
        return Sql::exec(query, QString::fromLatin1(sql), {}, &m_lastError);
    };
    if (!run("UPDATE cause_state SET bulk = 1")
        // (INTEGER PRIMARY KEY: SQLite's rowid; a server's ids are 64 bits.)
        || !run(Sql::isPostgres(m_db) ? "CREATE TEMP TABLE IF NOT EXISTS cause_batch (id bigint PRIMARY KEY, group_id bigint)"
                                      : "CREATE TEMP TABLE IF NOT EXISTS cause_batch (id INTEGER PRIMARY KEY, group_id INTEGER)")
        || !run("DELETE FROM cause_batch"))
        return false;
    QSqlQuery listed(m_db);
    if (!listed.prepare(QStringLiteral("INSERT INTO cause_batch (id, group_id) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"))) {
        m_lastError = listed.lastError().text();
        return false;
    }
    for (const auto &[interaction, group] : interactionGroup) {
        listed.bindValue(0, interaction);
        listed.bindValue(1, groupValue(group));
        if (!listed.exec()) {
            m_lastError = listed.lastError().text();
            return false;
        }
    }
    // Those there already are counted already; the rest written in one statement, with the
    // fields their counts need (a group no longer there is no group, as writeMember() says).
    if (!run("DELETE FROM cause_batch WHERE id IN (SELECT interaction_id FROM cause_members)")
        || !run("INSERT INTO cause_members (interaction_id, group_id, fixed, in_triage, day, service, customer)"
                " SELECT i.id, (SELECT g.id FROM cause_groups g WHERE g.id = b.group_id), 0, " QW_SQL_IN_TRIAGE_FLAG("i.")
                ", substr(i.occurred_at, 1, 10), i.service, i.customer"
                " FROM cause_batch b CROSS JOIN interactions i WHERE i.id = b.id"
                " ON CONFLICT (interaction_id) DO NOTHING"))
        return false;
    // The batch's members in triage, from the batch (its rows first, then each member by key).
    #define QW_BATCH " FROM cause_batch b CROSS JOIN cause_members m WHERE m.interaction_id = b.id" \
                     " AND m.in_triage = 1 AND m.group_id IS NOT NULL"
    // Customers new to a cause are counted before they are added to its customers.
    return run("DROP TABLE IF EXISTS cause_batch_counts")
        && run("CREATE TEMP TABLE cause_batch_counts AS SELECT m.group_id AS group_id, count(*) AS responses,"
               " count(DISTINCT CASE WHEN m.customer <> '' AND NOT EXISTS (SELECT 1 FROM cause_customers c"
               " WHERE c.group_id = m.group_id AND c.customer = m.customer AND c.n > 0) THEN m.customer END)"
               " AS customers" QW_BATCH " GROUP BY 1")
        && run("UPDATE cause_groups SET"
               " responses = responses + (SELECT x.responses FROM cause_batch_counts x WHERE x.group_id = cause_groups.id),"
               " customers = customers + (SELECT x.customers FROM cause_batch_counts x WHERE x.group_id = cause_groups.id)"
               " WHERE id IN (SELECT group_id FROM cause_batch_counts)")
        && run("INSERT INTO cause_days (group_id, day, n) SELECT m.group_id, m.day, count(*)" QW_BATCH
               " GROUP BY 1, 2 ON CONFLICT (group_id, day) DO UPDATE SET n = cause_days.n + excluded.n")
        && run("INSERT INTO cause_services (group_id, service, n) SELECT m.group_id, m.service, count(*)" QW_BATCH
               " GROUP BY 1, 2 ON CONFLICT (group_id, service) DO UPDATE SET n = cause_services.n + excluded.n")
        && run("INSERT INTO cause_customers (group_id, customer, n) SELECT m.group_id, m.customer, count(*)" QW_BATCH
               " AND m.customer <> '' GROUP BY 1, 2 ON CONFLICT (group_id, customer) DO UPDATE SET n = cause_customers.n + excluded.n")
        && run("DROP TABLE cause_batch_counts") && run("DELETE FROM cause_batch")
        && run("UPDATE cause_state SET bulk = 0");
    #undef QW_BATCH
}

bool CauseRepository::hasUnplaced() const
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM interactions i WHERE"
                                           " i.id > (SELECT placed_up_to FROM cause_state) AND " QW_SQL_IN_TRIAGE("i.") ")"),
                     {}, &m_lastError)
        && query.next() && query.value(0).toBool();
}

bool CauseRepository::markPlaced()
{
    // (On a server, a response another writer commits later under a lower id than the last
    // one now may fall below the mark unplaced, until the next grouping places every response:
    // locking the table here, inside a transaction that has written interactions, would have
    // two people logging at once deadlock.)
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("UPDATE cause_state SET placed_up_to = (SELECT coalesce(max(id), 0) FROM interactions)"),
                     {}, &m_lastError);
}

} // namespace qw
