#include "libpqconnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

namespace qw::LibpqConnection {

namespace {

struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStore)
};

} // namespace

pg_conn *of(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // (Declared by the driver as PGconn*, which the metatype system names by its struct.)
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool isGood(const QSqlDatabase &db, QString *detail)
{
    PGconn *connection = db.isOpen() ? of(db) : nullptr;
    if (!connection) {
        *detail = ConnectionText::tr("the connection to it is closed");
        return false;
    }
    if (PQstatus(connection) == CONNECTION_OK)
        return true;
    *detail = QString::fromUtf8(PQerrorMessage(connection)).trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (detail->isEmpty())
        *detail = ConnectionText::tr("the connection to it was lost");
    return false;
}

QString firstLine(const QSqlError &error)
{
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
}

} // namespace qw::LibpqConnection
