#include "sqlstatement.h"

#include <QSqlDriver>
#include <QSqlError>

namespace qw::Sql {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    // A statement without values runs as it is on a server: PostgreSQL prepares only queries
    // and changes of rows, not LOCK, SET, CREATE or DROP.
    if (values.isEmpty() && query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
        error->clear();
        return true;
    }
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    error->clear();
    return true;
}

bool readToEnd(const QSqlQuery &query, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    *error = query.lastError().text();
    return false;
}

bool returnedId(QSqlQuery &query, qint64 *id, QString *error)
{
    if (!query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text() : QStringLiteral("the new row's id was not returned");
        return false;
    }
    *id = query.value(0).toLongLong();
    query.finish();
    return true;
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

} // namespace qw::Sql
