#include "sqlstatement.h"

#include <QSqlDriver>
#include <QSqlError>

namespace qw::Sql {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
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

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

} // namespace qw::Sql
