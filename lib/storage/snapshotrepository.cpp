#include "snapshotrepository.h"

#include "sqlstatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qw {

bool SnapshotRepository::take(Snapshot &snapshot)
{
    QSqlDatabase db = m_db;
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("INSERT INTO snapshots (name, taken_at) VALUES (?, ?) RETURNING id"),
                   {snapshot.name, snapshot.takenAt.toUTC().toString(Qt::ISODate)}, &m_lastError))
        return false;
    if (!Sql::returnedId(query, &snapshot.id, &m_lastError))
        return false;
    QSqlQuery copy(db);
    return Sql::exec(copy, QStringLiteral(
                         "INSERT INTO snapshot_entries (snapshot_id, entry_id, title, impact, effort, status)"
                         " SELECT ?, id, title, impact, effort, status FROM entries WHERE removed = 0"),
                     {snapshot.id}, &m_lastError);
}

bool SnapshotRepository::restore(const Snapshot &snapshot, const QList<SnapshotEntry> &entries)
{
    QSqlDatabase db = m_db;
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("INSERT INTO snapshots (id, name, taken_at) VALUES (?, ?, ?)"),
                   {snapshot.id, snapshot.name, snapshot.takenAt.toUTC().toString(Qt::ISODate)},
                   &m_lastError))
        return false;
    for (const SnapshotEntry &e : entries) {
        QSqlQuery insert(db);
        if (!Sql::exec(insert, QStringLiteral(
                           "INSERT INTO snapshot_entries (snapshot_id, entry_id, title, impact, effort,"
                           " status) VALUES (?, ?, ?, ?, ?, ?)"),
                       {snapshot.id, e.entryId, e.title, e.impact, e.effort, int(e.status)}, &m_lastError))
            return false;
    }
    return true;
}

bool SnapshotRepository::erase(qint64 id)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {id}, &m_lastError);
}

QList<Snapshot> SnapshotRepository::all() const
{
    QList<Snapshot> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT id, name, taken_at FROM snapshots ORDER BY taken_at DESC, id DESC"),
                   {}, &m_lastError))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       QDateTime::fromString(query.value(2).toString(), Qt::ISODate).toLocalTime()});
    }
    if (!Sql::readToEnd(query, &m_lastError))
        result.clear();
    return result;
}

QList<SnapshotEntry> SnapshotRepository::entries(qint64 snapshotId) const
{
    QList<SnapshotEntry> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT entry_id, title, impact, effort, status FROM snapshot_entries"
                       " WHERE snapshot_id = ? ORDER BY entry_id"),
                   {snapshotId}, &m_lastError))
        return result;
    while (query.next()) {
        SnapshotEntry e;
        e.entryId = query.value(0).toLongLong();
        e.title = query.value(1).toString();
        e.impact = query.value(2).toInt();
        e.effort = query.value(3).toInt();
        statusFromInt(query.value(4).toInt(), &e.status);
        result.append(e);
    }
    if (!Sql::readToEnd(query, &m_lastError))
        result.clear();
    return result;
}

} // namespace qw
