#include "snapshotrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qw {

bool SnapshotRepository::take(Snapshot &snapshot)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO snapshots (name, taken_at) VALUES (?, ?)"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    query.addBindValue(snapshot.name);
    query.addBindValue(snapshot.takenAt.toUTC().toString(Qt::ISODate));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    snapshot.id = query.lastInsertId().toLongLong();
    QSqlQuery copy(db);
    if (!copy.prepare(QStringLiteral(
            "INSERT INTO snapshot_entries (snapshot_id, entry_id, title, impact, effort, status)"
            " SELECT ?, id, title, impact, effort, status FROM entries WHERE removed = 0"))) {
        m_lastError = copy.lastError().text();
        return false;
    }
    copy.addBindValue(snapshot.id);
    if (!copy.exec()) {
        m_lastError = copy.lastError().text();
        return false;
    }
    return true;
}

bool SnapshotRepository::restore(const Snapshot &snapshot, const QList<SnapshotEntry> &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO snapshots (id, name, taken_at) VALUES (?, ?, ?)"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    query.addBindValue(snapshot.id);
    query.addBindValue(snapshot.name);
    query.addBindValue(snapshot.takenAt.toUTC().toString(Qt::ISODate));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO snapshot_entries (snapshot_id, entry_id, title, impact, effort, status)"
            " VALUES (?, ?, ?, ?, ?, ?)"))) {
        m_lastError = insert.lastError().text();
        return false;
    }
    for (const SnapshotEntry &e : entries) {
        insert.addBindValue(snapshot.id);
        insert.addBindValue(e.entryId);
        insert.addBindValue(e.title);
        insert.addBindValue(e.impact);
        insert.addBindValue(e.effort);
        insert.addBindValue(int(e.status));
        if (!insert.exec()) {
            m_lastError = insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool SnapshotRepository::erase(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(QStringLiteral("DELETE FROM snapshots WHERE id = ?"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<Snapshot> SnapshotRepository::all() const
{
    QList<Snapshot> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, name, taken_at FROM snapshots ORDER BY taken_at DESC, id DESC"))
        || !query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       QDateTime::fromString(query.value(2).toString(), Qt::ISODate).toLocalTime()});
    }
    return result;
}

QList<SnapshotEntry> SnapshotRepository::entries(qint64 snapshotId) const
{
    QList<SnapshotEntry> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT entry_id, title, impact, effort, status FROM snapshot_entries"
            " WHERE snapshot_id = ? ORDER BY entry_id"))) {
        m_lastError = query.lastError().text();
        return result;
    }
    query.addBindValue(snapshotId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        SnapshotEntry e;
        e.entryId = query.value(0).toLongLong();
        e.title = query.value(1).toString();
        e.impact = query.value(2).toInt();
        e.effort = query.value(3).toInt();
        statusFromInt(query.value(4).toInt(), &e.status);
        result.append(e);
    }
    return result;
}

} // namespace qw
