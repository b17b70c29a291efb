#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace qw::Sql {

// Prepares sql on query, binds values to its placeholders in order and executes it. Returns
// false and sets *error to the database's words when any step fails. Every statement of the
// register goes through here or through prepare() with bound values: none is built from data.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

} // namespace qw::Sql
