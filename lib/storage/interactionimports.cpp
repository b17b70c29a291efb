// The interaction repository's imports: inserting an export's rows fast, finding the
// responses that are already there and updating them, the import history, setting an import
// aside (undo, removal) and the register's rule for poor responses.
#include "interactionrepository.h"

#include "interactionrows.h"
#include "pg/postgrescopy.h"
#include "scoresql.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QScopeGuard>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

#include <memory>

namespace qw {

using namespace InteractionRows;

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

// The fields an export fills, as columns, with their values in a row: what an update changes
// and what undoing it puts back. Only these names are ever put into SQL text.
const char *const importedColumns[] = {"occurred_at", "channel", "service", "team", "agent", "ticket",
                                       "scale", "score", "reason", "comment", "customer", "repeat_contact"};

QJsonObject importedValues(const Interaction &i)
{
    QJsonObject o;
    o.insert(QLatin1String("occurred_at"), isoUtc(i.occurredAt));
    o.insert(QLatin1String("channel"), int(i.channel));
    o.insert(QLatin1String("service"), i.service);
    o.insert(QLatin1String("team"), i.team);
    o.insert(QLatin1String("agent"), i.agent);
    o.insert(QLatin1String("ticket"), i.ticket);
    o.insert(QLatin1String("scale"), int(i.scale));
    o.insert(QLatin1String("score"), i.hasScore() ? QJsonValue(i.score) : QJsonValue());
    o.insert(QLatin1String("reason"), i.reason);
    o.insert(QLatin1String("comment"), i.comment);
    o.insert(QLatin1String("customer"), i.customer);
    o.insert(QLatin1String("repeat_contact"), i.repeatContact ? 1 : 0);
    return o;
}

QVariant sqlValue(const QJsonValue &v)
{
    if (v.isNull())
        return QVariant(QMetaType(QMetaType::Int));
    if (v.isDouble())
        return v.toInteger();
    return Sql::notNull(v.toString());
}

// Writes values (a subset of importedColumns) into row id.
bool writeValues(const QSqlDatabase &db, qint64 id, const QJsonObject &values, QString *error)
{
    QStringList sets;
    QVariantList bound;
    for (const char *column : importedColumns) {
        const QString name = QLatin1String(column);
        if (values.contains(name)) {
            sets << name + QStringLiteral(" = ?");
            bound << sqlValue(values.value(name));
        }
    }
    if (sets.isEmpty())
        return true;
    bound << id;
    QSqlQuery query(db);
    return countIn(db, id, -1, error)
        && Sql::exec(query, QStringLiteral("UPDATE interactions SET ") + sets.join(QStringLiteral(", "))
                                + QStringLiteral(" WHERE id = ?"), bound, error)
        && countIn(db, id, 1, error);
}

// Whether row id holds these values now.
bool holds(const QSqlDatabase &db, qint64 id, const QJsonObject &values, bool *found, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, QString::fromLatin1(selectColumns) + QStringLiteral("WHERE id = ?"), {id}, error))
        return false;
    *found = query.next();
    if (!*found)
        return false;
    const QJsonObject now = importedValues(fromRow(query));
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (now.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace

// (Declared with ImportRecord: defined here, by the same values the register keeps of a change.)
bool importedFieldsDiffer(const Interaction &a, const Interaction &b)
{
    return importedValues(a) != importedValues(b);
}

bool InteractionRepository::hasLegacyImportKeys() const
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM interactions WHERE (import_key >= 'r:' AND"
                                           " import_key < 'r;') OR (import_key >= 't:' AND import_key < 't;'))"),
                     {}, &m_lastError)
        && query.next() && query.value(0).toBool();
}

std::optional<Interaction> InteractionRepository::findImported(const Interaction &row) const
{
    QSqlQuery query(m_db);
    // By its identity first, then by its cells, then by an earlier QuickWins' key.
    const auto byKey = [&](const char *column, const QVariant &key) -> std::optional<Interaction> {
        if (!Sql::exec(query, QString::fromLatin1(selectColumns) + QStringLiteral("WHERE ") + QLatin1String(column)
                                  + QStringLiteral(" = ?"), {key}, &m_lastError) || !query.next())
            return std::nullopt;
        return fromRow(query);
    };
    if (!row.importKey.isEmpty()) {
        if (auto found = byKey("import_key", row.importKey))
            return found;
    }
    if (row.rowKey != 0) {
        if (auto found = byKey("row_key", row.rowKey))
            return found;
    }
    if (!row.previousKey.isEmpty())
        return byKey("import_key", row.previousKey);
    return std::nullopt;
}

bool InteractionRepository::addImport(ImportRecord *record)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("INSERT INTO imports (file_name, source, encoding, mapping, imported_by,"
                                         " imported_at, rows_read, added, updated, unchanged, state)"
                                         " VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0) RETURNING id"),
                   {Sql::notNull(record->fileName), Sql::notNull(record->source), Sql::notNull(record->encoding),
                    Sql::notNull(record->mapping), Sql::notNull(record->importedBy), isoUtc(record->importedAt)},
                   &m_lastError))
        return false;
    return Sql::returnedId(query, &record->id, &m_lastError);
}

bool InteractionRepository::finishImport(const ImportRecord &record)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("UPDATE imports SET rows_read = ?, added = ?, updated = ?, unchanged = ?"
                                           " WHERE id = ?"),
                     {record.rowsRead, record.added, record.updated, record.unchanged, record.id}, &m_lastError);
}

QList<ImportRecord> InteractionRepository::imports() const
{
    QList<ImportRecord> result;
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT id, file_name, source, encoding, mapping, imported_by, imported_at,"
                                         " rows_read, added, updated, unchanged, state FROM imports ORDER BY id"),
                   {}, &m_lastError))
        return result;
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(0).toLongLong();
        r.fileName = query.value(1).toString();
        r.source = query.value(2).toString();
        r.encoding = query.value(3).toString();
        r.mapping = query.value(4).toString();
        r.importedBy = query.value(5).toString();
        r.importedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
        r.rowsRead = query.value(7).toInt();
        r.added = query.value(8).toInt();
        r.updated = query.value(9).toInt();
        r.unchanged = query.value(10).toInt();
        r.inRegister = query.value(11).toInt() == 0;
        result << r;
    }
    return result;
}

bool InteractionRepository::insertImported(const InteractionFeed &feed, const PoorRule &rule, ImportRecord *record)
{
    // The statement of an import runs a hundred thousand times, and QSqlQuery's binding costs
    // more than SQLite's insert itself (it builds a placeholder name for every value bound), so
    // rows are bound and stepped through SQLite's own API, on the connection (and inside the
    // transaction) that Qt SQL opened, many rows to a statement. Values are still bound, never
    // spliced into the SQL. A statement that inserts fewer rows than it was given met rows that
    // are already there: only then is each of its rows looked up, to update or to skip.
    // On a server, thousands of rows at a time through COPY (PostgresCopy) into a table of the
    // transaction's own, and from it into the register's; others' writes to the interactions
    // wait until the import is committed (a few seconds for 100,000 rows), so that the rows with
    // ids beyond the last one before it are the import's alone.
    const QSqlDatabase db = m_db;
    const bool server = Sql::isPostgres(db);
    sqlite3 *connection = server ? nullptr : Sql::nativeHandle(db);
    if (!server && !connection) {
        m_lastError = QCoreApplication::translate("qw::InteractionRepository",
                                                  "Qt's SQLite driver did not give access to its connection.");
        return false;
    }
    QSqlQuery last(db);
    // (A statement PostgreSQL does not prepare, and without values.)
    if (server && !last.exec(QStringLiteral("LOCK TABLE interactions IN SHARE ROW EXCLUSIVE MODE"))) {
        m_lastError = last.lastError().text();
        return false;
    }
    if (!Sql::exec(last, QStringLiteral("SELECT coalesce(max(id), 0) FROM interactions"), {}, &m_lastError)
        || !last.next())
        return false;
    const qint64 lastIdBefore = last.value(0).toLongLong();
    qint64 lastId = lastIdBefore;
    const bool legacy = hasLegacyImportKeys();

    constexpr int columns = 16;
    // (On a server the rows go through COPY: thousands at a time.)
    const int rowsPerStatement = server ? 4096 : 32;
    const auto prepare = [&](int rows, sqlite3_stmt **statement) {
        QByteArray sql("INSERT INTO interactions (occurred_at, channel, service, team, agent, ticket,"
                       " scale, score, reason, comment, customer, repeat_contact, import_key, entry_id, row_key,"
                       " import_id) VALUES ");
        for (int row = 0; row < rows; ++row)
            sql += row == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        sql += " ON CONFLICT DO NOTHING";
        if (server)
            return true;
        return sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), statement, nullptr) == SQLITE_OK;
    };
    sqlite3_stmt *many = nullptr;
    sqlite3_stmt *one = nullptr;
    const bool prepared = prepare(rowsPerStatement, &many) && prepare(1, &one);
    const Statement finalizeMany(many, sqlite3_finalize);
    const Statement finalizeOne(one, sqlite3_finalize);
    if (!prepared) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    // The rows waiting for a statement: their values, text as UTF-8 (the register's encoding)
    // in one buffer.
    struct Value
    {
        enum { Null, Int, Text } kind = Null;
        qint64 number = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    QList<Value> values;
    values.reserve(columns * rowsPerStatement);
    QList<Interaction> pending; // the rows of those values
    pending.reserve(rowsPerStatement);
    QByteArray utf8;
    QStringEncoder encoder(QStringEncoder::Utf8);
    int inserted = 0;
    bool conflicts = false;
    QSet<qint64> resolved; // rows of the register this import has dealt with

    // A row that is already in the register: updated where the export changed it (the values
    // before and after kept for undo), else left as it is; a removed one is left removed.
    const auto resolveExisting = [&](const Interaction &existing, const Interaction &row) {
        if (resolved.contains(existing.id)) {
            ++record->unchanged; // the same response twice in the file
            return true;
        }
        resolved.insert(existing.id);
        const QJsonObject before = importedValues(existing);
        const QJsonObject after = importedValues(row);
        QSqlQuery query(db);
        // Its keys become this import's, so that the next import finds it by them, unless
        // another response holds one of them already (nothing to write when they are its own).
        const QVariant importKey = row.importKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(row.importKey);
        const bool keysKept = (row.importKey.isEmpty() || row.importKey == existing.importKey) && row.rowKey == existing.rowKey;
        if (!keysKept
            && (!Sql::exec(query, QStringLiteral("UPDATE interactions SET import_key = coalesce(?, import_key) WHERE id = ?"
                                                 " AND NOT EXISTS (SELECT 1 FROM interactions o WHERE o.import_key = ?"
                                                 " AND o.id <> ?)"),
                           {importKey, existing.id, importKey, existing.id}, &m_lastError)
                || !Sql::exec(query, QStringLiteral("UPDATE interactions SET row_key = ? WHERE id = ? AND NOT EXISTS"
                                                    " (SELECT 1 FROM interactions o WHERE o.row_key = ? AND o.id <> ?)"),
                              {row.rowKey, existing.id, row.rowKey, existing.id}, &m_lastError)))
            return false;
        if (before == after) {
            ++record->unchanged;
            return true;
        }
        QJsonObject changedBefore;
        QJsonObject changedAfter;
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) != it.value()) {
                changedBefore.insert(it.key(), before.value(it.key()));
                changedAfter.insert(it.key(), it.value());
            }
        }
        if (!writeValues(m_db, existing.id, changedAfter, &m_lastError))
            return false;
        if (record->id != 0
            && !Sql::exec(query, QStringLiteral("INSERT INTO import_updates (import_id, interaction_id, before, after)"
                                                " VALUES (?, ?, ?, ?)"),
                          {record->id, existing.id,
                           QString::fromUtf8(QJsonDocument(changedBefore).toJson(QJsonDocument::Compact)),
                           QString::fromUtf8(QJsonDocument(changedAfter).toJson(QJsonDocument::Compact))},
                          &m_lastError))
            return false;
        ++record->updated;
        return true;
    };

    // On a server, the rows of count values go through COPY into a table of the transaction's
    // own, and from there into the register's in one statement that returns the ids it gave, in
    // the rows' order: *changes, the rows it added.
    bool staged = false;
    QByteArray copied;
    const auto runOnServer = [&](qsizetype count, int *changes) {
        QSqlQuery query(db);
        if (!Sql::exec(query, staged ? QStringLiteral("TRUNCATE qw_import_rows")
                                     : QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS qw_import_rows (n integer,"
                                                      " occurred_at text, channel integer, service text, team text, agent text,"
                                                      " ticket text, scale integer, score integer, reason text, comment text,"
                                                      " customer text, repeat_contact integer, import_key text, entry_id bigint,"
                                                      " row_key bigint, import_id bigint) ON COMMIT DROP"),
                       {}, &m_lastError))
            return false;
        staged = true;
        copied.clear();
        for (qsizetype n = 0; n < count; ++n) {
            if (n % columns == 0) {
                PostgresCopy::appendNumber(copied, n / columns);
                PostgresCopy::endField(copied);
            }
            const Value &v = values.at(n);
            if (v.kind == Value::Int)
                PostgresCopy::appendNumber(copied, v.number);
            else if (v.kind == Value::Text)
                PostgresCopy::appendText(copied, utf8.constData() + v.offset, v.length);
            else
                PostgresCopy::appendNull(copied);
            if (n % columns == columns - 1)
                PostgresCopy::endRow(copied);
            else
                PostgresCopy::endField(copied);
        }
        if (!PostgresCopy::copyIn(db, "COPY qw_import_rows FROM STDIN", copied, &m_lastError))
            return false;
        static const QString insert = QStringLiteral(
            "INSERT INTO interactions (occurred_at, channel, service, team, agent, ticket, scale, score, reason, comment,"
            " customer, repeat_contact, import_key, entry_id, row_key, import_id)"
            " SELECT occurred_at, channel, service, team, agent, ticket, scale, score, reason, comment, customer,"
            " repeat_contact, import_key, entry_id, row_key, import_id FROM qw_import_rows ORDER BY n"
            " ON CONFLICT DO NOTHING RETURNING id");
        if (!Sql::exec(query, insert, {}, &m_lastError))
            return false;
        *changes = 0;
        while (query.next()) {
            ++*changes;
            lastId = qMax(lastId, query.value(0).toLongLong());
        }
        return Sql::readToEnd(query, &m_lastError);
    };
    const auto runHere = [&](sqlite3_stmt *statement, qsizetype count, int *changesMade) {
        for (qsizetype n = 0; n < count; ++n) {
            const Value &v = values.at(n);
            const int parameter = int(n) + 1;
            if (v.kind == Value::Int)
                sqlite3_bind_int64(statement, parameter, v.number);
            else if (v.kind == Value::Text)
                sqlite3_bind_text(statement, parameter, utf8.constData() + v.offset, int(v.length), SQLITE_STATIC);
            else
                sqlite3_bind_null(statement, parameter);
        }
        const int status = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (status != SQLITE_DONE) {
            m_lastError = QString::fromUtf8(sqlite3_errmsg(connection));
            return false;
        }
        *changesMade = sqlite3_changes(connection);
        if (*changesMade > 0)
            lastId = sqlite3_last_insert_rowid(connection);
        return true;
    };
    // The statement's rows dealt with: those it did not add were there already.
    const auto settleStatement = [&](qsizetype count, int changes, qint64 lastIdOfStatement) {
        const qsizetype rows = count / columns;
        inserted += changes;
        // The statement's rows leave the buffers once dealt with (the last rows go one a statement).
        const auto consumed = qScopeGuard([&] {
            values.remove(0, count);
            pending.remove(0, rows);
            if (values.isEmpty())
                utf8.clear();
        });
        if (changes == rows)
            return true;
        conflicts = true;
        // On a server, the rows already there are found for all of the statement's rows in one
        // read (by import key, then by row key, as findImported() looks), not a round trip each.
        QHash<qsizetype, Interaction> there;
        if (server) {
            QSqlQuery known(db);
            static const QString columnsOfI = QString::fromLatin1(selectColumns)
                                                  .section(QStringLiteral(" FROM"), 0, 0)
                                                  .replace(QStringLiteral("SELECT "), QStringLiteral("SELECT i."))
                                                  .replace(QStringLiteral(", "), QStringLiteral(", i."));
            if (!Sql::exec(known, columnsOfI + QStringLiteral(", s.n FROM qw_import_rows s JOIN interactions i ON i.import_key = s.import_key"
                                                               " UNION ALL ") + columnsOfI
                                      + QStringLiteral(", s.n FROM qw_import_rows s JOIN interactions i ON i.row_key = s.row_key"
                                                       " WHERE s.import_key IS NULL OR NOT EXISTS"
                                                       " (SELECT 1 FROM interactions k WHERE k.import_key = s.import_key)"),
                           {}, &m_lastError))
                return false;
            while (known.next())
                there.insert(known.value(17).toLongLong(), InteractionRows::fromRow(known));
            if (!Sql::readToEnd(known, &m_lastError))
                return false;
        }
        QSet<qint64> insertedHere;
        for (qsizetype k = 0; k < rows; ++k) {
            const Interaction &row = pending.at(k);
            const auto prefetched = there.constFind(k);
            const std::optional<Interaction> found = prefetched != there.constEnd() ? std::optional<Interaction>(*prefetched)
                                                                                   : findImported(row);
            if (!found) {
                if (m_lastError.isEmpty())
                    m_lastError = QCoreApplication::translate("qw::InteractionRepository",
                                                              "An imported row was neither added nor found.");
                return false;
            }
            if (found->id > lastIdOfStatement) {
                if (insertedHere.contains(found->id))
                    ++record->unchanged; // twice in this statement
                else
                    insertedHere.insert(found->id);
            } else if (found->id > lastIdBefore) {
                ++record->unchanged; // twice in the file
            } else if (!resolveExisting(*found, row)) {
                return false;
            }
        }
        return true;
    };
    const auto flush = [&](sqlite3_stmt *statement, qsizetype count) {
        const qint64 lastIdOfStatement = lastId;
        int changes = 0;
        if (server) {
            if (!runOnServer(count, &changes))
                return false;
        } else if (!runHere(statement, count, &changes)) {
            return false;
        }
        return settleStatement(count, changes, lastIdOfStatement);
    };
    const auto text = [&](const QString &value) {
        const qsizetype offset = utf8.size();
        utf8.resize(offset + encoder.requiredSpace(value.size()));
        const char *end = encoder.appendToBuffer(utf8.data() + offset, value);
        utf8.truncate(end - utf8.constData());
        values.append({Value::Text, 0, offset, utf8.size() - offset});
    };
    const auto number = [&](qint64 value) { values.append({Value::Int, value, 0, 0}); };
    const auto textOrNull = [&](const QString &value) {
        if (value.isEmpty())
            values.append(Value());
        else
            text(value);
    };

    struct DayTotals
    {
        int responses = 0;
        double scoreSum = 0;
        int poor = 0;
        int total = 0;
    };
    QHash<std::pair<QString, QString>, DayTotals> dayTotals;
    int handedOver = 0;
    bool anyLinked = false;

    m_lastError.clear();
    const bool fed = feed([&](const Interaction &i) {
        if (legacy && !i.previousKey.isEmpty()) {
            // A row an earlier QuickWins imported (its keys were not this version's).
            Interaction byOldKey;
            byOldKey.previousKey = i.previousKey;
            if (const std::optional<Interaction> found = findImported(byOldKey); found && found->id <= lastIdBefore)
                return resolveExisting(*found, i);
        }
        const QString when = isoUtc(i.occurredAt);
        text(when);
        ++handedOver;
        DayTotals &day = dayTotals[{i.service, when.left(10)}];
        ++day.total;
        if (i.hasScore()) {
            ++day.responses;
            day.scoreSum += normalisedScore(i.scale, i.score);
            day.poor += i.isPoor(rule) ? 1 : 0;
        }
        number(int(i.channel));
        text(i.service);
        text(i.team);
        text(i.agent);
        text(i.ticket);
        number(int(i.scale));
        if (i.hasScore())
            number(i.score);
        else
            values.append(Value());
        text(i.reason);
        text(i.comment);
        text(i.customer);
        number(i.repeatContact ? 1 : 0);
        textOrNull(i.importKey);
        anyLinked = anyLinked || i.entryId != 0;
        if (i.entryId != 0)
            number(i.entryId);
        else
            values.append(Value());
        if (i.rowKey != 0)
            number(i.rowKey);
        else
            values.append(Value());
        if (record->id != 0)
            number(record->id);
        else
            values.append(Value());
        pending.append(i);
        return values.size() < columns * rowsPerStatement || flush(many, values.size());
    });
    // The last rows: on a server all at once, here one to a statement.
    if (fed && server && !values.isEmpty() && !flush(many, values.size()))
        return false;
    while (fed && !values.isEmpty()) {
        if (!flush(one, columns))
            return false;
    }
    if (!fed)
        return false;
    record->added = inserted;
    // Rows that came linked (generated ones) count for their entries.
    QSqlQuery links(db);
    if (anyLinked
        && !Sql::exec(links, QStringLiteral(
               "UPDATE entries SET linked = linked + (SELECT count(*) FROM interactions i"
               " WHERE i.entry_id = entries.id AND i.id > ? AND i.removed = 0)"
               " WHERE id IN (SELECT entry_id FROM interactions WHERE id > ? AND entry_id IS NOT NULL)"),
               {lastIdBefore, lastIdBefore}, &m_lastError))
        return false;
    // The new rows counted into their service's days. Usually every row handed over was new,
    // and the totals gathered on the way are written at once, a row a day; when some were
    // already there, the new rows (and only they have new ids) are counted again in SQL.
    if (!conflicts && inserted == handedOver && server) {
        QSqlQuery add(db);
        if (!add.prepare(QStringLiteral("INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
                                        " VALUES (?, ?, ?, ?, ?, ?)" QW_SQL_ADD_TO_DAYS))) {
            m_lastError = add.lastError().text();
            return false;
        }
        record->poorAdded = 0;
        for (auto it = dayTotals.cbegin(); it != dayTotals.cend(); ++it) {
            const QVariantList day{Sql::notNull(it.key().first), it.key().second, it->responses, it->scoreSum, it->poor,
                                   it->total};
            for (qsizetype i = 0; i < day.size(); ++i)
                add.bindValue(int(i), day.at(i));
            if (!add.exec()) {
                m_lastError = add.lastError().text();
                return false;
            }
            record->poorAdded += it->poor;
        }
        return record->id == 0 || finishImport(*record);
    }
    if (!conflicts && inserted == handedOver) {
        sqlite3_stmt *add = nullptr;
        const char addDay[] = "INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
                              " VALUES (?, ?, ?, ?, ?, ?)" QW_SQL_ADD_TO_DAYS;
        if (sqlite3_prepare_v2(connection, addDay, -1, &add, nullptr) != SQLITE_OK) {
            m_lastError = QString::fromUtf8(sqlite3_errmsg(connection));
            return false;
        }
        const Statement finalizeAdd(add, sqlite3_finalize);
        record->poorAdded = 0;
        for (auto it = dayTotals.cbegin(); it != dayTotals.cend(); ++it) {
            const QByteArray service = it.key().first.toUtf8();
            const QByteArray day = it.key().second.toUtf8();
            sqlite3_bind_text(add, 1, service.constData(), int(service.size()), SQLITE_STATIC);
            sqlite3_bind_text(add, 2, day.constData(), int(day.size()), SQLITE_STATIC);
            sqlite3_bind_int(add, 3, it->responses);
            sqlite3_bind_double(add, 4, it->scoreSum);
            sqlite3_bind_int(add, 5, it->poor);
            sqlite3_bind_int(add, 6, it->total);
            const int status = sqlite3_step(add);
            sqlite3_reset(add);
            if (status != SQLITE_DONE) {
                m_lastError = QString::fromUtf8(sqlite3_errmsg(connection));
                return false;
            }
            record->poorAdded += it->poor;
        }
        return record->id == 0 || finishImport(*record);
    }
    QSqlQuery days(db);
    if (!Sql::exec(days, QStringLiteral("INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
                                        " SELECT " QW_SQL_DAY_TOTALS " FROM interactions WHERE id > ? AND removed = 0"
                                        " GROUP BY 1, 2" QW_SQL_ADD_TO_DAYS), {lastIdBefore}, &m_lastError)
        || !Sql::exec(days, QStringLiteral("SELECT count(*) FROM interactions WHERE id > ? AND " QW_SQL_POOR_SCORE),
                      {lastIdBefore}, &m_lastError)
        || !days.next())
        return false;
    record->poorAdded = days.value(0).toInt();
    return record->id == 0 || finishImport(*record);
}

bool InteractionRepository::setImportInRegister(qint64 importId, bool inRegister, int *keptChanged)
{
    const QSqlDatabase db = m_db;
    QSqlQuery query(db);
    const int sign = inRegister ? 1 : -1;
    // What the import's added responses count for, in the days and the entries' links.
    const auto count = [&] {
        return Sql::exec(query, QStringLiteral(
                   "INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
                   " SELECT service, substr(occurred_at, 1, 10), ? * sum(CASE WHEN score IS NOT NULL THEN 1 ELSE 0 END),"
                   " ? * sum(coalesce(" QW_SQL_NORMALISED_SCORE ", 0)), ? * sum(" QW_SQL_POOR_FLAG("") "),"
                   " ? * count(*) FROM interactions WHERE import_id = ? AND removed = 0 GROUP BY 1, 2" QW_SQL_ADD_TO_DAYS),
                   {sign, sign, sign, sign, importId}, &m_lastError)
            && Sql::exec(query, QStringLiteral(
                   "UPDATE entries SET linked = linked + ? * (SELECT count(*) FROM interactions i"
                   " WHERE i.entry_id = entries.id AND i.import_id = ? AND i.removed = 0)"
                   " WHERE id IN (SELECT entry_id FROM interactions WHERE import_id = ? AND entry_id IS NOT NULL)"),
                   {sign, importId, importId}, &m_lastError);
    };
    if (inRegister) {
        if (!Sql::exec(query, QStringLiteral("INSERT INTO interactions SELECT * FROM import_stash WHERE import_id = ?"),
                       {importId}, &m_lastError)
            || !Sql::exec(query, QStringLiteral("DELETE FROM import_stash WHERE import_id = ?"), {importId}, &m_lastError)
            || !count()
            // Rows put back within triage's mark are counted back in (the others are read as they are).
            || !Sql::exec(query, QStringLiteral(
                   "INSERT INTO triage_days (service, reason, day, poor, repeats)"
                   " SELECT service, reason, substr(occurred_at, 1, 10), count(*), sum(repeat_contact) FROM interactions"
                   " WHERE import_id = ? AND id <= (SELECT up_to FROM triage_counted) AND " QW_SQL_IN_TRIAGE("")
                   " GROUP BY 1, 2, 3" QW_SQL_ADD_TO_TRIAGE), {importId}, &m_lastError))
            return false;
    } else {
        if (!count()
            || !Sql::exec(query, QStringLiteral("INSERT INTO import_stash SELECT * FROM interactions WHERE import_id = ?"),
                          {importId}, &m_lastError)
            || !Sql::exec(query, QStringLiteral("DELETE FROM interactions WHERE import_id = ?"), {importId}, &m_lastError))
            return false;
    }
    // The responses it changed: back to their values from before (or again as it left them),
    // unless they were changed since; those are kept and counted.
    QSqlQuery updates(db);
    if (!Sql::exec(updates, QStringLiteral("SELECT interaction_id, before, after FROM import_updates WHERE import_id = ?"),
                   {importId}, &m_lastError))
        return false;
    *keptChanged = 0;
    while (updates.next()) {
        const qint64 id = updates.value(0).toLongLong();
        const QJsonObject before = QJsonDocument::fromJson(updates.value(1).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(updates.value(2).toString().toUtf8()).object();
        const QJsonObject &expected = inRegister ? before : after;
        bool found = false;
        if (holds(m_db, id, expected, &found, &m_lastError)) {
            if (!writeValues(m_db, id, inRegister ? after : before, &m_lastError))
                return false;
        } else if (!m_lastError.isEmpty()) {
            return false;
        } else if (found) {
            ++*keptChanged;
        }
    }
    return Sql::exec(query, QStringLiteral("UPDATE imports SET state = ? WHERE id = ?"), {inRegister ? 0 : 1, importId},
                     &m_lastError);
}

bool InteractionRepository::purgeSetAside()
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM import_stash"), {}, &m_lastError);
}

PoorRule InteractionRepository::poorRule() const
{
    PoorRule rule = PoorRule::defaults();
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT rule_scale, poor_up_to FROM poor_rule"), {}, &m_lastError))
        return rule;
    while (query.next()) {
        SatisfactionScale scale;
        if (scaleFromInt(query.value(0).toInt(), &scale))
            rule.setPoorUpTo(scale, query.value(1).toInt());
    }
    return rule;
}

bool InteractionRepository::setPoorRule(const PoorRule &rule)
{
    QSqlQuery query(m_db);
    for (SatisfactionScale scale : allSatisfactionScales()) {
        if (!Sql::exec(query, QStringLiteral("INSERT INTO poor_rule (rule_scale, poor_up_to) VALUES (?, ?)"
                                             " ON CONFLICT (rule_scale) DO UPDATE SET poor_up_to = excluded.poor_up_to"),
                       {int(scale), rule.poorUpTo(scale)}, &m_lastError))
            return false;
    }
    for (const char *sql : {QW_SQL_RECOUNT_POOR_1, QW_SQL_RECOUNT_POOR_2, QW_SQL_RECOUNT_POOR_3,
                            QW_SQL_RECOUNT_POOR_4, QW_SQL_RECOUNT_POOR_5}) {
        if (!Sql::exec(query, QString::fromLatin1(sql), {}, &m_lastError))
            return false;
    }
    return true;
}

bool InteractionRepository::forEach(const std::function<bool(const Interaction &)> &each) const
{
    QSqlQuery query(m_db);
    qint64 after = 0;
    while (true) {
        if (!Sql::exec(query, QString::fromLatin1(selectColumns)
                                  + QStringLiteral("WHERE id > ? AND removed = 0 ORDER BY id LIMIT 2000"),
                       {after}, &m_lastError))
            return false;
        int read = 0;
        while (query.next()) {
            const Interaction i = fromRow(query);
            after = i.id;
            ++read;
            if (!each(i))
                return true;
        }
        if (read == 0)
            return true;
    }
}

} // namespace qw
