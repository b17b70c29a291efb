#include "interactionrepository.h"

#include "scoresql.h"
#include "sqlstatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <memory>

namespace qw {

namespace {

using Sql::notNull;

const char selectColumns[] =
    "SELECT id, occurred_at, channel, service, team, agent, ticket, scale, score, reason,"
    " comment, customer, repeat_contact, entry_id, import_key FROM interactions ";

QVariant nullable(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// "2025-03-01T09:30:00Z", as QDateTime::toString(Qt::ISODate) writes it in UTC, written
// directly: an import formats a hundred thousand of them.
QString isoUtc(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1000 || d.year() > 9999)
        return utc.toString(Qt::ISODate);
    char16_t text[20];
    const auto put = [&](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    text[10] = u'T';
    put(11, t.hour(), 2);
    text[13] = u':';
    put(14, t.minute(), 2);
    text[16] = u':';
    put(17, t.second(), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

// Adds (sign 1) or takes away (sign -1) what the interaction counts for, if it is not removed,
// in its entry's count of links.
bool countInLinks(const QString &connectionName, qint64 id, int sign, QString *error)
{
    QSqlQuery links(QSqlDatabase::database(connectionName, false));
    return Sql::exec(links, QStringLiteral(
               "UPDATE entries SET linked = linked + ?"
               " WHERE id = (SELECT entry_id FROM interactions WHERE id = ? AND removed = 0)"),
               {sign, id}, error);
}

// The same in its service's day too. Called around every change to an interaction, in its
// transaction.
bool countIn(const QString &connectionName, qint64 id, int sign, QString *error)
{
    QSqlQuery days(QSqlDatabase::database(connectionName, false));
    return Sql::exec(days, QStringLiteral(
               "INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
               " SELECT service, substr(occurred_at, 1, 10), ? * (score IS NOT NULL),"
               " ? * coalesce(" QW_SQL_NORMALISED_SCORE ", 0), ? * coalesce(" QW_SQL_POOR_SCORE ", 0), ?"
               " FROM interactions WHERE id = ? AND removed = 0" QW_SQL_ADD_TO_DAYS),
               {sign, sign, sign, sign, id}, error)
        && countInLinks(connectionName, id, sign, error);
}

void bindInteraction(QSqlQuery &query, const Interaction &i)
{
    query.bindValue(QStringLiteral(":occurred_at"), isoUtc(i.occurredAt));
    query.bindValue(QStringLiteral(":channel"), int(i.channel));
    query.bindValue(QStringLiteral(":service"), notNull(i.service));
    query.bindValue(QStringLiteral(":team"), notNull(i.team));
    query.bindValue(QStringLiteral(":agent"), notNull(i.agent));
    query.bindValue(QStringLiteral(":ticket"), notNull(i.ticket));
    query.bindValue(QStringLiteral(":scale"), int(i.scale));
    query.bindValue(QStringLiteral(":score"),
                    i.hasScore() ? QVariant(i.score) : QVariant(QMetaType(QMetaType::Int)));
    query.bindValue(QStringLiteral(":reason"), notNull(i.reason));
    query.bindValue(QStringLiteral(":comment"), notNull(i.comment));
    query.bindValue(QStringLiteral(":customer"), notNull(i.customer));
    query.bindValue(QStringLiteral(":repeat_contact"), i.repeatContact ? 1 : 0);
    query.bindValue(QStringLiteral(":entry_id"), nullable(i.entryId));
    query.bindValue(QStringLiteral(":import_key"),
                    i.importKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(i.importKey));
}

Interaction fromRow(const QSqlQuery &query)
{
    Interaction i;
    i.id = query.value(0).toLongLong();
    i.occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate).toLocalTime();
    channelFromInt(query.value(2).toInt(), &i.channel);
    i.service = query.value(3).toString();
    i.team = query.value(4).toString();
    i.agent = query.value(5).toString();
    i.ticket = query.value(6).toString();
    scaleFromInt(query.value(7).toInt(), &i.scale);
    i.score = query.value(8).isNull() ? -1 : query.value(8).toInt();
    i.reason = query.value(9).toString();
    i.comment = query.value(10).toString();
    i.customer = query.value(11).toString();
    i.repeatContact = query.value(12).toInt() != 0;
    i.entryId = query.value(13).isNull() ? 0 : query.value(13).toLongLong();
    i.importKey = query.value(14).toString();
    return i;
}

} // namespace

bool InteractionRepository::insert(Interaction &interaction)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool withId = interaction.id != 0;
    const QString sql = QStringLiteral(
        "INSERT INTO interactions (%1occurred_at, channel, service, team, agent, ticket, scale,"
        " score, reason, comment, customer, repeat_contact, entry_id, import_key)"
        " VALUES (%2:occurred_at, :channel, :service, :team, :agent, :ticket, :scale, :score,"
        " :reason, :comment, :customer, :repeat_contact, :entry_id, :import_key)")
        .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral(":id, ") : QString());
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (withId)
        query.bindValue(QStringLiteral(":id"), interaction.id);
    bindInteraction(query, interaction);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (!withId)
        interaction.id = query.lastInsertId().toLongLong();
    // A new row is beyond triage's mark and read as it is; one put back (a redo) may be within
    // it, and is counted back in.
    QSqlQuery triage(QSqlDatabase::database(m_connectionName, false));
    return countIn(m_connectionName, interaction.id, 1, &m_lastError)
        && (!withId
            || Sql::exec(triage, QStringLiteral(
                   "INSERT INTO triage_days (service, reason, day, poor, repeats)"
                   " SELECT service, reason, substr(occurred_at, 1, 10), 1, repeat_contact FROM interactions"
                   " WHERE id = ? AND id <= (SELECT up_to FROM triage_counted) AND " QW_SQL_IN_TRIAGE("")
                   QW_SQL_ADD_TO_TRIAGE),
                   {interaction.id}, &m_lastError));
}

int InteractionRepository::insertImported(const InteractionFeed &feed, int *poorAdded)
{
    // The statement of an import runs a hundred thousand times, and QSqlQuery's binding costs
    // more than SQLite's insert itself (it builds a placeholder name for every value bound), so
    // rows are bound and stepped through SQLite's own API, on the connection (and inside the
    // transaction) that Qt SQL opened, many rows to a statement. Values are still bound, never
    // spliced into the SQL.
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    sqlite3 *connection = Sql::nativeHandle(db);
    if (!connection) {
        m_lastError = QStringLiteral("Qt's SQLite driver did not give access to its connection.");
        return -1;
    }
    QSqlQuery last(db);
    if (!Sql::exec(last, QStringLiteral("SELECT coalesce(max(id), 0) FROM interactions"), {}, &m_lastError)
        || !last.next())
        return -1;
    const qint64 lastIdBefore = last.value(0).toLongLong();

    constexpr int columns = 14;
    constexpr int rowsPerStatement = 32;
    const auto prepare = [&](int rows, sqlite3_stmt **statement) {
        QByteArray sql("INSERT INTO interactions (occurred_at, channel, service, team, agent, ticket,"
                       " scale, score, reason, comment, customer, repeat_contact, import_key, entry_id) VALUES ");
        for (int row = 0; row < rows; ++row)
            sql += row == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        sql += " ON CONFLICT DO NOTHING";
        return sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), statement, nullptr) == SQLITE_OK;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;
    sqlite3_stmt *many = nullptr;
    sqlite3_stmt *one = nullptr;
    const bool prepared = prepare(rowsPerStatement, &many) && prepare(1, &one);
    const Statement finalizeMany(many, sqlite3_finalize);
    const Statement finalizeOne(one, sqlite3_finalize);
    if (!prepared) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(connection));
        return -1;
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
    QByteArray utf8;
    QStringEncoder encoder(QStringEncoder::Utf8);
    int inserted = 0;
    const auto flush = [&](sqlite3_stmt *statement, qsizetype count) {
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
        inserted += sqlite3_changes(connection);
        values.remove(0, count);
        if (values.isEmpty())
            utf8.clear();
        return true;
    };
    const auto text = [&](const QString &value) {
        const qsizetype offset = utf8.size();
        utf8.resize(offset + encoder.requiredSpace(value.size()));
        const char *end = encoder.appendToBuffer(utf8.data() + offset, value);
        utf8.truncate(end - utf8.constData());
        values.append({Value::Text, 0, offset, utf8.size() - offset});
    };
    const auto number = [&](int value) { values.append({Value::Int, value, 0, 0}); };

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
        const QString when = isoUtc(i.occurredAt);
        text(when);
        ++handedOver;
        DayTotals &day = dayTotals[{i.service, when.left(10)}];
        ++day.total;
        if (i.hasScore()) {
            ++day.responses;
            day.scoreSum += double(i.score - scaleMinimum(i.scale)) / double(scaleMaximum(i.scale) - scaleMinimum(i.scale));
            day.poor += i.isPoor() ? 1 : 0;
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
        if (i.importKey.isEmpty())
            values.append(Value());
        else
            text(i.importKey);
        anyLinked = anyLinked || i.entryId != 0;
        if (i.entryId != 0)
            values.append({Value::Int, i.entryId, 0, 0});
        else
            values.append(Value());
        return values.size() < columns * rowsPerStatement || flush(many, values.size());
    });
    while (fed && !values.isEmpty()) {
        if (!flush(one, columns))
            return -1;
    }
    if (!fed)
        return -1;
    // Rows that came linked (generated ones) count for their entries.
    QSqlQuery links(db);
    if (anyLinked
        && !Sql::exec(links, QStringLiteral(
               "UPDATE entries SET linked = linked + (SELECT count(*) FROM interactions i"
               " WHERE i.entry_id = entries.id AND i.id > ? AND i.removed = 0)"
               " WHERE id IN (SELECT entry_id FROM interactions WHERE id > ? AND entry_id IS NOT NULL)"),
               {lastIdBefore, lastIdBefore}, &m_lastError))
        return -1;
    // The new rows counted into their service's days. Usually every row handed over was new,
    // and the totals gathered on the way are written at once, a row a day; when some were
    // duplicates, the new rows (and only they have new ids) are counted again in SQL.
    if (inserted == handedOver) {
        sqlite3_stmt *add = nullptr;
        const char addDay[] = "INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
                              " VALUES (?, ?, ?, ?, ?, ?)" QW_SQL_ADD_TO_DAYS;
        if (sqlite3_prepare_v2(connection, addDay, -1, &add, nullptr) != SQLITE_OK) {
            m_lastError = QString::fromUtf8(sqlite3_errmsg(connection));
            return -1;
        }
        const Statement finalizeAdd(add, sqlite3_finalize);
        *poorAdded = 0;
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
                return -1;
            }
            *poorAdded += it->poor;
        }
        return inserted;
    }
    QSqlQuery days(db);
    const auto poorInDays = [&](int *poor) {
        if (!Sql::exec(days, QStringLiteral("SELECT coalesce(sum(poor), 0) FROM interaction_days"), {}, &m_lastError)
            || !days.next())
            return false;
        *poor = days.value(0).toInt();
        return true;
    };
    int poorBefore = 0;
    int poorAfter = 0;
    if (!poorInDays(&poorBefore)
        || !Sql::exec(days, QStringLiteral("INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
                                           " SELECT " QW_SQL_DAY_TOTALS " FROM interactions WHERE id > ? AND removed = 0"
                                           " GROUP BY 1, 2" QW_SQL_ADD_TO_DAYS), {lastIdBefore}, &m_lastError)
        || !poorInDays(&poorAfter))
        return -1;
    *poorAdded = poorAfter - poorBefore;
    return inserted;
}

QSet<QString> InteractionRepository::existingImportKeys(const QStringList &keys) const
{
    QSet<QString> found;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(QStringLiteral("SELECT 1 FROM interactions WHERE import_key = ?")))
        return found;
    for (const QString &key : keys) {
        query.addBindValue(key);
        if (query.exec() && query.next())
            found.insert(key);
    }
    return found;
}

bool InteractionRepository::update(const Interaction &interaction)
{
    if (!countIn(m_connectionName, interaction.id, -1, &m_lastError))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(QStringLiteral(
            "UPDATE interactions SET occurred_at = :occurred_at, channel = :channel,"
            " service = :service, team = :team, agent = :agent, ticket = :ticket, scale = :scale,"
            " score = :score, reason = :reason, comment = :comment, customer = :customer,"
            " repeat_contact = :repeat_contact, entry_id = :entry_id, import_key = :import_key"
            " WHERE id = :id"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    bindInteraction(query, interaction);
    query.bindValue(QStringLiteral(":id"), interaction.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return countIn(m_connectionName, interaction.id, 1, &m_lastError);
}

bool InteractionRepository::setRemoved(qint64 id, bool removed)
{
    // Counted while not removed: out of the days before it goes, back in after it returns.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return (!removed || countIn(m_connectionName, id, -1, &m_lastError))
        && Sql::exec(query, QStringLiteral("UPDATE interactions SET removed = ? WHERE id = ?"),
                     {removed ? 1 : 0, id}, &m_lastError)
        && (removed || countIn(m_connectionName, id, 1, &m_lastError));
}

bool InteractionRepository::erase(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return countIn(m_connectionName, id, -1, &m_lastError)
        && Sql::exec(query, QStringLiteral("DELETE FROM interactions WHERE id = ?"), {id}, &m_lastError);
}

bool InteractionRepository::setEntry(qint64 interactionId, qint64 entryId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // A link changes no day's counts, only the entries' counts of links.
    return countInLinks(m_connectionName, interactionId, -1, &m_lastError)
        && Sql::exec(query, QStringLiteral("UPDATE interactions SET entry_id = ? WHERE id = ?"),
                     {nullable(entryId), interactionId}, &m_lastError)
        && countInLinks(m_connectionName, interactionId, 1, &m_lastError);
}

std::optional<Interaction> InteractionRepository::find(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Sql::exec(query, QString::fromLatin1(selectColumns) + QStringLiteral("WHERE id = ?"), {id},
                   &m_lastError)
        || !query.next())
        return std::nullopt;
    return fromRow(query);
}

int InteractionRepository::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Sql::exec(query, QStringLiteral("SELECT total FROM interaction_total"), {}, &m_lastError)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<Interaction> InteractionRepository::page(int offset, int limit) const
{
    QList<Interaction> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!Sql::exec(query, QString::fromLatin1(selectColumns)
                              + QStringLiteral("WHERE removed = 0 ORDER BY occurred_at DESC, id DESC"
                                               " LIMIT ? OFFSET ?"),
                   {limit, offset}, &m_lastError))
        return result;
    result.reserve(limit);
    while (query.next())
        result.append(fromRow(query));
    return result;
}

QList<Interaction> InteractionRepository::pageAfter(const Interaction &last, int limit) const
{
    QList<Interaction> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!Sql::exec(query, QString::fromLatin1(selectColumns)
                              + QStringLiteral("WHERE removed = 0 AND (occurred_at, id) < (?, ?)"
                                               " ORDER BY occurred_at DESC, id DESC LIMIT ?"),
                   {isoUtc(last.occurredAt), last.id, limit}, &m_lastError))
        return result;
    result.reserve(limit);
    while (query.next())
        result.append(fromRow(query));
    return result;
}

int InteractionRepository::rowOf(qint64 id) const
{
    if (!find(id))
        return -1;
    // Rows before it in the newest-first order: the same ordering as page().
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT COUNT(*) FROM interactions o, interactions t WHERE t.id = ?"
                       " AND t.removed = 0 AND o.removed = 0 AND (o.occurred_at > t.occurred_at"
                       "  OR (o.occurred_at = t.occurred_at AND o.id > t.id))"),
                   {id}, &m_lastError)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<qint64> InteractionRepository::idsLinkedTo(qint64 entryId) const
{
    QList<qint64> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT id FROM interactions WHERE entry_id = ? AND removed = 0 ORDER BY id"),
                   {entryId}, &m_lastError))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QList<MonthlySatisfaction> InteractionRepository::monthlySatisfaction(const QString &service) const
{
    QList<MonthlySatisfaction> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT substr(day, 1, 7), sum(responses), sum(score_sum) / sum(responses),"
                                       " sum(poor) * 1.0 / sum(responses) FROM interaction_days"
                                       " WHERE (? = '' OR service = ?) GROUP BY 1 HAVING sum(responses) > 0 ORDER BY 1");
    if (!Sql::exec(query, sql, {notNull(service), notNull(service)}, &m_lastError))
        return result;
    while (query.next()) {
        MonthlySatisfaction m;
        m.month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        m.responses = query.value(1).toInt();
        m.average = query.value(2).toDouble();
        m.poorShare = query.value(3).toDouble();
        result.append(m);
    }
    return result;
}

std::pair<int, double> InteractionRepository::satisfactionBetween(const QString &service, const QDate &from,
                                                                  const QDate &to) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Whole days (in UTC, as interactions are stored): the small table, not the interactions.
    const QString sql = QStringLiteral("SELECT coalesce(sum(responses), 0), sum(score_sum) / sum(responses)"
                                       " FROM interaction_days WHERE (? = '' OR service = ?) AND day >= ? AND day < ?");
    if (!Sql::exec(query, sql, {notNull(service), notNull(service), from.toString(Qt::ISODate), to.toString(Qt::ISODate)},
                   &m_lastError)
        || !query.next())
        return {0, 0.0};
    return {query.value(0).toInt(), query.value(1).toDouble()};
}

} // namespace qw
