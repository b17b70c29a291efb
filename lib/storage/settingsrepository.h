#pragma once

#include "registerstore.h"

#include <QSqlDatabase>

#include <QString>

namespace qw {

// Small named values kept in the register itself (not in the user's settings), so that they
// travel with the file: for example the column mapping of each export source.
class SettingsRepository final : public SettingsStore
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QString value(const QString &key) const override;
    bool setValue(const QString &key, const QString &value) override;
    QString lastError() const override { return m_lastError; }

private:
    QSqlDatabase m_db; // the store's connection
    mutable QString m_lastError;
};

} // namespace qw
