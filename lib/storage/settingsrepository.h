#pragma once

#include <QString>

namespace qw {

// Small named values kept in the register itself (not in the user's settings), so that they
// travel with the file: for example the column mapping of each export source.
class SettingsRepository final
{
public:
    explicit SettingsRepository(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);
    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace qw
