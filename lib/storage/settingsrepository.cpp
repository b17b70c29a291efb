#include "settingsrepository.h"

#include "sqlstatement.h"

#include <QSqlDatabase>
#include <QVariant>

namespace qw {

QString SettingsRepository::value(const QString &key) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, &m_lastError))
        return {};
    if (!query.next()) {
        Sql::readToEnd(query, &m_lastError); // not set, or a read that failed
        return {};
    }
    return query.value(0).toString();
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral(
                         "INSERT INTO settings (key, value) VALUES (?, ?)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value}, &m_lastError);
}

} // namespace qw
