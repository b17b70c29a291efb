#pragma once

#include <QSqlDatabase>

#include "domain/interaction.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

// What the interaction repository's files share: how a row is read and written, and how a
// change is counted into the days and the entries' links. Internal to storage/.
namespace qw::InteractionRows {

extern const char selectColumns[];
QVariant nullable(qint64 id);
// "2025-03-01T09:30:00Z", as stored.
QString isoUtc(const QDateTime &when);
// Adds (sign 1) or takes away (sign -1) what the interaction counts for, if it is not removed,
// in its service's day and its entry's count of links. Called around every change to an
// interaction, in its transaction.
bool countIn(const QSqlDatabase &db, qint64 id, int sign, QString *error);
bool countInLinks(const QSqlDatabase &db, qint64 id, int sign, QString *error);
void bindInteraction(QSqlQuery &query, const Interaction &i);
void bindImport(QSqlQuery &query, const Interaction &i);
Interaction fromRow(const QSqlQuery &query);

} // namespace qw::InteractionRows
