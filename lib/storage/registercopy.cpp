#include "registercopy.h"

#include "registerdatabase.h"
#include "registerstore.h"
#include "schema.h"
#include "sqlitestore.h"
#include "sqlstatement.h"
#include "domain/registerlocation.h"
#include "io/exporttarget.h"
#include "pg/postgresstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace qw::RegisterCopy {

namespace {

struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCopy)
};

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// The columns a copy carries: the table's own, less what the server computes from them (the
// entries' text-search vector).
QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != QLatin1String("search"))
            names << record.fieldName(i);
    }
    return names;
}

// Counts rows of what people keep in a register (not its settings and counts).
std::optional<qint64> keptRows(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT (SELECT count(*) FROM entries) + (SELECT count(*) FROM interactions)"
                                         " + (SELECT count(*) FROM snapshots) + (SELECT count(*) FROM reviews)"
                                         " + (SELECT count(*) FROM imports) + (SELECT count(*) FROM review_actions)"
                                         " + (SELECT count(*) FROM cause_groups)"),
                   {}, error)
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// Rows of one table from one connection to the other, a batch of rows to a statement.
bool copyTable(const QSqlDatabase &from, QSqlDatabase &to, const QString &table, qint64 *rows, QString *error)
{
    const QStringList columns = columnsOf(from, table);
    const QStringList theirs = columnsOf(to, table);
    if (columns.isEmpty() || QSet<QString>(columns.cbegin(), columns.cend()) != QSet<QString>(theirs.cbegin(), theirs.cend())) {
        *error = CopyText::tr("the table “%1” has other columns there (%2) than here (%3)")
                     .arg(table, theirs.join(QStringLiteral(", ")), columns.join(QStringLiteral(", ")));
        return false;
    }
    QSqlQuery clear(to);
    if (!Sql::exec(clear, QStringLiteral("DELETE FROM ") + table, {}, error))
        return false;
    const QString list = columns.join(QStringLiteral(", "));
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!Sql::exec(read, QStringLiteral("SELECT ") + list + QStringLiteral(" FROM ") + table, {}, error))
        return false;
    const int perRow = int(columns.size());
    const int batch = qMax(1, qMin(256, 30000 / perRow));
    const QString oneRow = QLatin1Char('(') + QStringList(perRow, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + list + QStringLiteral(") VALUES ");
    QSqlQuery full(to);
    if (!full.prepare(head + QStringList(batch, oneRow).join(QLatin1Char(',')))) {
        *error = full.lastError().text();
        return false;
    }
    QVariantList pending;
    pending.reserve(batch * perRow);
    auto flush = [&](bool whole) {
        const qsizetype count = pending.size() / perRow;
        if (count == 0)
            return true;
        QSqlQuery partial(to);
        QSqlQuery &write = whole ? full : partial;
        if (!whole && !write.prepare(head + QStringList(count, oneRow).join(QLatin1Char(',')))) {
            *error = write.lastError().text();
            return false;
        }
        for (qsizetype i = 0; i < pending.size(); ++i)
            write.bindValue(int(i), pending.at(i));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
        *rows += count;
        pending.clear();
        return true;
    };
    while (read.next()) {
        for (int c = 0; c < perRow; ++c)
            pending << read.value(c);
        if (pending.size() == batch * perRow && !flush(true))
            return false;
    }
    if (!Sql::readToEnd(read, error))
        return false;
    return flush(false);
}

// A file's register written beside its name, renamed into place once whole.
QString partOf(const QString &target)
{
    return QFileInfo(target).absoluteFilePath() + QStringLiteral(".part");
}

void removePart(const QString &part)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                  QStringLiteral(".lock")})
        QFile::remove(part + suffix);
}

// The tables whose ids are never used twice (AUTOINCREMENT on a file, an identity on a
// server): what refers to an erased entry, action or cause by its id (a snapshot's rows, a
// review's agenda) must not come to name a new one.
const char *const neverReused[] = {"entries", "imports", "interactions", "entry_history", "snapshots",
                                   "cause_groups", "reviews", "review_actions"};

// The highest id each of those tables ever gave (not only the highest there now), carried over.
bool copyIdMarks(const QSqlDatabase &from, const QSqlDatabase &to, QString *error)
{
    for (const char *name : neverReused) {
        const QString table = QString::fromLatin1(name);
        QSqlQuery read(from);
        if (!Sql::exec(read, isPostgres(from)
                           ? QStringLiteral("SELECT coalesce(pg_sequence_last_value(CAST(pg_get_serial_sequence(?, 'id') AS regclass)), 0)")
                           : QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0)"),
                       {table}, error))
            return false;
        const qint64 mark = read.next() ? read.value(0).toLongLong() : 0;
        if (mark <= 0)
            continue;
        QSqlQuery write(to);
        if (isPostgres(to)) {
            if (!Sql::exec(write, QStringLiteral("SELECT setval(CAST(pg_get_serial_sequence(?, 'id') AS regclass), greatest(?,"
                                                 " coalesce(pg_sequence_last_value(CAST(pg_get_serial_sequence(?, 'id') AS regclass)), 0)))"),
                           {table, mark, table}, error))
                return false;
        } else if (!Sql::exec(write, QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT ?, 0 WHERE NOT EXISTS"
                                                    " (SELECT 1 FROM sqlite_sequence WHERE name = ?)"),
                              {table, table}, error)
                   || !Sql::exec(write, QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?"),
                                 {mark, table, mark}, error)) {
            return false;
        }
    }
    return true;
}

// Every row from one register to the other, in one transaction of each. False with *error
// the database's words (or a sentence), both transactions rolled back.
bool copyRows(QSqlDatabase from, QSqlDatabase to, QString *error)
{
    auto failed = [&](const QString &why) {
        to.rollback();
        from.rollback();
        *error = why;
        return false;
    };
    // One snapshot of the source, whoever writes it meanwhile.
    if (!from.transaction())
        return failed(from.lastError().text());
    if (isPostgres(from)) {
        QSqlQuery level(from);
        if (!level.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return failed(level.lastError().text());
    }
    if (!to.transaction())
        return failed(to.lastError().text());
    QString detail;
    const std::optional<qint64> there = keptRows(to, &detail);
    if (!there)
        return failed(detail);
    if (*there > 0)
        return failed(CopyText::tr("it already holds a register with something in it"));
    // The counts are copied as they are: the triggers that keep them stand aside meanwhile
    // (cause_state.bulk), and each table they write is copied after the rows they count.
    QSqlQuery bulk(to);
    if (!Sql::exec(bulk, QStringLiteral("UPDATE cause_state SET bulk = 1"), {}, &detail))
        return failed(detail);
    qint64 rows = 0;
    for (const QString &table : Schema::tables(RegisterDatabase::SchemaVersion)) {
        // Each register has its own format row and its own identity.
        if (table == QLatin1String("schema_version") || table == QLatin1String("register_identity"))
            continue;
        if (!copyTable(from, to, table, &rows, &detail))
            return failed(CopyText::tr("%1 (table %2)").arg(detail, table));
    }
    if (!copyIdMarks(from, to, &detail))
        return failed(detail);
    if (!to.commit())
        return failed(to.lastError().text());
    from.rollback();
    return true;
}

} // namespace

bool copy(const RegisterStore &source, const QString &target, QString *error)
{
    const bool toServer = RegisterLocation::isServer(target);
    const QString shown = toServer ? RegisterLocation::shown(target) : QDir::toNativeSeparators(target);
    if (!toServer && !ExportTarget::check(target, RegisterLocation::isServer(source.location()) ? QString() : source.location(), error))
        return false;
    QString detail;
    std::unique_ptr<RegisterStore> copy;
    const QString part = partOf(target);
    if (toServer) {
        copy = PostgresStore::open(target, error, false);
        if (!copy)
            return false;
        if (copy->location() == source.location()) {
            *error = CopyText::tr("“%1” is the register being copied.").arg(shown);
            return false;
        }
    } else {
        removePart(part);
        copy = SqliteStore::open(part, &detail, false);
        if (!copy) {
            *error = CopyText::tr("“%1” could not be written: %2").arg(shown, detail);
            return false;
        }
    }
    if (copy->isReadOnly()) {
        *error = CopyText::tr("“%1” may not be changed by you, so nothing was copied there.").arg(shown);
        return false;
    }
    const bool copied = copyRows(source.connection(), copy->connection(), &detail);
    if (!copied) {
        copy.reset();
        if (!toServer)
            removePart(part);
        *error = CopyText::tr("The register was not copied to “%1”: %2").arg(shown, detail);
        return false;
    }
    copy.reset();
    if (!toServer && std::rename(QFile::encodeName(part).constData(),
                                 QFile::encodeName(QFileInfo(target).absoluteFilePath()).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removePart(part);
        *error = ExportTarget::describeWriteError(target, why);
        return false;
    }
    if (!toServer)
        removePart(part); // its lock file
    return true;
}

} // namespace qw::RegisterCopy

bool qw::RegisterStore::copyTo(const QString &target, QString *error) const
{
    return RegisterCopy::copy(*this, target, error);
}
