#include "entryrepository.h"

#include "domain/entryfields.h"

#include "domain/fieldlimits.h"

#include "sqlstatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace qw {

namespace {

using Sql::notNull;

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A status or category QuickWins does not know, and the edit did not choose, stays as it was
// stored (status 42 is never quietly written back as Proposed).
using EntryFields::storedCategory;
using EntryFields::storedStatus;

// The fields that the history records, by the name stored in entry_history.field.
QList<std::pair<QString, QString>> fieldValues(const Entry &e)
{
    return {
        {QStringLiteral("title"), e.title},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("cause"), e.cause},
        {QStringLiteral("category"), QString::number(storedCategory(e))},
        {QStringLiteral("service"), e.service},
        {QStringLiteral("practice"), e.practice},
        {QStringLiteral("impact"), QString::number(e.impact)},
        {QStringLiteral("effort"), QString::number(e.effort)},
        {QStringLiteral("status"), QString::number(storedStatus(e))},
        {QStringLiteral("owner"), e.owner},
        {QStringLiteral("raised_by"), e.raisedBy},
        {QStringLiteral("raised_on"), e.raisedOn.toString(Qt::ISODate)},
        {QStringLiteral("target_on"), e.targetOn.toString(Qt::ISODate)},
        {QStringLiteral("done_on"), e.doneOn.toString(Qt::ISODate)},
        {QStringLiteral("expected_benefit"), e.expectedBenefit},
        {QStringLiteral("notes"), e.notes},
    };
}

// The values stored of an entry's fields, by column, in fieldValues()' order.
QList<QVariant> storedValues(const Entry &e)
{
    return {notNull(e.title), notNull(e.description), notNull(e.cause), storedCategory(e), notNull(e.service),
            notNull(e.practice), e.impact, e.effort, storedStatus(e), notNull(e.owner), notNull(e.raisedBy),
            dateValue(e.raisedOn), dateValue(e.targetOn), dateValue(e.doneOn), notNull(e.expectedBenefit),
            notNull(e.notes)};
}

void bindEntry(QSqlQuery &query, const Entry &e)
{
    const auto names = fieldValues(e);
    const QList<QVariant> values = storedValues(e);
    for (qsizetype i = 0; i < names.size(); ++i)
        query.bindValue(QLatin1Char(':') + names.at(i).first, values.at(i));
}

} // namespace

bool EntryRepository::insert(Entry &entry, const QString &who)
{
    QSqlQuery query(m_db);
    const bool withId = entry.id != 0;
    const QString sql = QStringLiteral(
        "INSERT INTO entries (%1title, description, cause, category, service, practice, impact,"
        " effort, status, owner, raised_by, raised_on, target_on, done_on, expected_benefit, notes)"
        " VALUES (%2:title, :description, :cause, :category, :service, :practice, :impact,"
        " :effort, :status, :owner, :raised_by, :raised_on, :target_on, :done_on,"
        " :expected_benefit, :notes) RETURNING id")
        .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral(":id, ") : QString());
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (withId)
        query.bindValue(QStringLiteral(":id"), entry.id);
    bindEntry(query, entry);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (!Sql::returnedId(query, &entry.id, &m_lastError))
        return false;
    return addHistory(entry.id, who, QStringLiteral("created"), QString(), entry.title);
}

bool EntryRepository::update(const Entry &entry, const QString &who, const Entry *known)
{
    // (The register file is locked to this QuickWins: what the caller just read is what is stored.)
    const std::optional<Entry> stored = known ? std::optional<Entry>(*known) : find(entry.id);
    if (!stored) {
        if (m_lastError.isEmpty())
            m_lastError = QCoreApplication::translate("qw::EntryRepository", "%1 is not in the register")
                              .arg(entry.code());
        return false;
    }
    const auto before = fieldValues(*stored);
    const auto after = fieldValues(entry);
    // The columns that change, and only those: a rescoring does not rewrite the entry's text
    // (nor its full-text index, whose trigger fires on every column named in the SET).
    QStringList sets;
    QVariantList values;
    const QList<QVariant> newValues = storedValues(entry);
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i].second == after[i].second)
            continue;
        if (!addHistory(entry.id, who, before[i].first, before[i].second, after[i].second))
            return false;
        sets << before[i].first + QStringLiteral(" = ?"); // a column's name from the list above
        values << newValues.at(i);
    }
    if (sets.isEmpty())
        return true;
    values << entry.id;
    // On a server others write too: each column is written only if it still holds what the
    // caller read (a change of the same field by someone else in between is never overwritten
    // unseen). A register file is locked to this QuickWins: what was read is what is stored.
    QString guard;
    QStringList changedNames;
    if (known && Sql::isPostgres(m_db)) {
        const QList<QVariant> oldValues = storedValues(*stored);
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before[i].second == after[i].second)
                continue;
            guard += QStringLiteral(" AND ") + before[i].first + QStringLiteral(" IS NOT DISTINCT FROM ?");
            values << oldValues.at(i);
            changedNames << EntryFields::historyFieldName(before[i].first);
        }
    }
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("UPDATE entries SET ") + sets.join(QStringLiteral(", "))
                              + QStringLiteral(" WHERE id = ?") + guard, values, &m_lastError))
        return false;
    if (!guard.isEmpty() && query.numRowsAffected() != 1) {
        m_lastError = QCoreApplication::translate("qw::EntryRepository",
                                                  "someone else changed the %1 of %2 at the same moment, so this "
                                                  "change was not made: look at theirs and make it again")
                          .arg(changedNames.join(QStringLiteral(", ")), entry.code());
        return false;
    }
    return true;
}

bool EntryRepository::setRemoved(qint64 id, bool removed, const QString &who)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("UPDATE entries SET removed = ? WHERE id = ?"),
                   {removed ? 1 : 0, id}, &m_lastError))
        return false;
    return addHistory(id, who, QStringLiteral("removed"), removed ? QStringLiteral("0") : QStringLiteral("1"),
                      removed ? QStringLiteral("1") : QStringLiteral("0"));
}

bool EntryRepository::erase(qint64 id)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM entries WHERE id = ?"), {id}, &m_lastError);
}

namespace {

constexpr const char *entryColumns =
    "SELECT id, title, description, cause, category, service, practice, impact,"
    " effort, status, owner, raised_by, raised_on, target_on, done_on,"
    " expected_benefit, notes FROM entries ";

// An entry from a row of entryColumns.
Entry entryFromRow(const QSqlQuery &query)
{
    Entry e;
    e.id = query.value(0).toLongLong();
    e.title = query.value(1).toString();
    e.description = query.value(2).toString();
    e.cause = query.value(3).toString();
    if (!categoryFromInt(query.value(4).toInt(), &e.category)) {
        e.stored.invalid |= StoredValues::Category;
        e.stored.category = query.value(4).toInt();
    }
    e.service = query.value(5).toString();
    e.practice = query.value(6).toString();
    e.impact = query.value(7).toInt();
    e.effort = query.value(8).toInt();
    if (!statusFromInt(query.value(9).toInt(), &e.status)) {
        e.stored.invalid |= StoredValues::Status;
        e.stored.status = query.value(9).toInt();
    }
    if (!isValidScore(e.impact))
        e.stored.invalid |= StoredValues::Impact;
    if (!isValidScore(e.effort))
        e.stored.invalid |= StoredValues::Effort;
    e.owner = query.value(10).toString();
    e.raisedBy = query.value(11).toString();
    e.raisedOn = dateFrom(query.value(12));
    e.targetOn = dateFrom(query.value(13));
    e.doneOn = dateFrom(query.value(14));
    e.expectedBenefit = query.value(15).toString();
    e.notes = query.value(16).toString();
    return e;
}

} // namespace

std::optional<Entry> EntryRepository::find(qint64 id) const
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QString::fromLatin1(entryColumns) + QStringLiteral("WHERE id = ?"), {id}, &m_lastError))
        return std::nullopt;
    // No such entry, or a read that failed (said in lastError()).
    if (!query.next()) {
        Sql::readToEnd(query, &m_lastError);
        return std::nullopt;
    }
    return entryFromRow(query);
}

std::optional<QList<Entry>> EntryRepository::all() const
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QString::fromLatin1(entryColumns) + QStringLiteral("WHERE removed = 0 ORDER BY id"), {},
                   &m_lastError))
        return std::nullopt;
    QList<Entry> result;
    while (query.next())
        result.append(entryFromRow(query));
    if (!Sql::readToEnd(query, &m_lastError))
        return std::nullopt;
    return result;
}

namespace {

const char summaryColumns[] = "SELECT id, title, impact, effort, status, category, service, owner, raised_on, linked,"
                              " done_on FROM entries WHERE removed = 0";

// What a summary makes of the values it was read with: a title of 10 MB written behind
// QuickWins' back is listed cut with "…" (the entry itself keeps it), not laid out whole in
// the list and on the matrix; values QuickWins never writes are marked, and kept as stored.
void settle(EntrySummary &s, int status, int category)
{
    if (s.title.size() > FieldLimits::Name)
        s.title = s.title.left(FieldLimits::Name) + QChar(0x2026);
    if (!statusFromInt(status, &s.status)) {
        s.stored.invalid |= StoredValues::Status;
        s.stored.status = status;
    }
    if (!categoryFromInt(category, &s.category)) {
        s.stored.invalid |= StoredValues::Category;
        s.stored.category = category;
    }
    if (!isValidScore(s.impact))
        s.stored.invalid |= StoredValues::Impact;
    if (!isValidScore(s.effort))
        s.stored.invalid |= StoredValues::Effort;
}

} // namespace

QList<EntrySummary> EntryRepository::summaries() const
{
    m_lastError.clear();
    if (Sql::isPostgres(m_db))
        return querySummaries(nullptr);
    return readSummaries(Sql::nativeHandle(m_db), &m_lastError);
}

QList<EntrySummary> EntryRepository::summaries(const QList<qint64> &ids) const
{
    m_lastError.clear();
    if (ids.isEmpty())
        return {};
    if (Sql::isPostgres(m_db))
        return querySummaries(&ids);
    return readSummaries(Sql::nativeHandle(m_db), &m_lastError, &ids);
}

QList<EntrySummary> EntryRepository::querySummaries(const QList<qint64> *ids) const
{
    // A server's: the rows through Qt's driver, the named ones in one statement.
    QList<EntrySummary> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QLatin1String(summaryColumns);
    QVariantList values;
    if (ids) {
        QStringList list;
        for (const qint64 id : *ids)
            list << QString::number(id); // numbers, not text: nothing of a person's reaches the SQL
        sql += QStringLiteral(" AND id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!Sql::exec(query, sql, values, &m_lastError))
        return result;
    QHash<QString, QString> shared;
    const auto sharedText = [&](int column) {
        const QString text = query.value(column).toString();
        auto it = shared.constFind(text);
        if (it == shared.constEnd())
            it = shared.insert(text, text);
        return *it;
    };
    while (query.next()) {
        EntrySummary s;
        s.id = query.value(0).toLongLong();
        s.title = query.value(1).toString();
        s.impact = query.value(2).toInt();
        s.effort = query.value(3).toInt();
        settle(s, query.value(4).toInt(), query.value(5).toInt());
        s.service = sharedText(6);
        s.owner = sharedText(7);
        s.raisedOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        s.linkedCount = query.value(9).toInt();
        s.doneOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        result.append(std::move(s));
    }
    if (!Sql::readToEnd(query, &m_lastError))
        result.clear();
    return result;
}

QList<EntrySummary> EntryRepository::readSummaries(sqlite3 *connection, QString *error, const QList<qint64> *ids)
{
    // Every entry, each time the register changes and when it opens: read through SQLite's C
    // API (no QVariant per value), the entries alone (each keeps its count of linked
    // interactions, see InteractionRepository) from their own index (see migration 8).
    QList<EntrySummary> result;
    sqlite3_stmt *statement = nullptr;
    // Some of them (those a change names): the same statement, one bound id after another.
    const QByteArray oneOf = QByteArray(summaryColumns) + " AND id = ?1";
    if (!connection
        || sqlite3_prepare_v2(connection, ids ? oneOf.constData() : summaryColumns, -1, &statement, nullptr) != SQLITE_OK) {
        *error = connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QStringLiteral("no connection");
        return result;
    }
    const auto bytes = [&](int column) {
        return QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                       sqlite3_column_bytes(statement, column));
    };
    const auto text = [&](int column) { return QString::fromUtf8(bytes(column)); };
    // Services and owners repeat: each distinct one is decoded once and its text shared.
    QHash<QByteArray, QString> shared;
    const auto sharedText = [&](int column) {
        const QByteArray key = bytes(column);
        auto it = shared.constFind(key);
        if (it == shared.constEnd())
            it = shared.insert(QByteArray(key.constData(), key.size()), QString::fromUtf8(key));
        return *it;
    };
    const auto date = [&](int column) {
        // yyyy-MM-dd, as the register stores dates; anything else (or NULL) is no date.
        const auto *d = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        if (!d || sqlite3_column_bytes(statement, column) != 10)
            return QDate();
        const auto number = [&](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i)
                v = v * 10 + (d[i] - '0');
            return v;
        };
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    };
    int status = SQLITE_DONE;
    for (qsizetype next = 0; status == SQLITE_DONE && (ids ? next < ids->size() : next == 0); ++next) {
        if (ids) {
            sqlite3_reset(statement);
            sqlite3_bind_int64(statement, 1, ids->at(next));
        }
        while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
            EntrySummary s;
            s.id = sqlite3_column_int64(statement, 0);
            s.title = text(1);
            s.impact = sqlite3_column_int(statement, 2);
            s.effort = sqlite3_column_int(statement, 3);
            settle(s, sqlite3_column_int(statement, 4), sqlite3_column_int(statement, 5));
            s.service = sharedText(6);
            s.owner = sharedText(7);
            s.raisedOn = date(8);
            s.linkedCount = sqlite3_column_int(statement, 9);
            s.doneOn = date(10);
            result.append(std::move(s));
        }
    }
    if (status != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);
    return result;
}

QList<HistoryRecord> EntryRepository::history(qint64 id) const
{
    QList<HistoryRecord> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral(
                       "SELECT changed_at, changed_by, field, old_value, new_value FROM entry_history"
                       " WHERE entry_id = ? ORDER BY id"),
                   {id}, &m_lastError))
        return result;
    while (query.next()) {
        result.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                       query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

QList<EntrySuggestion> EntryRepository::suggest(const QString &service, const QString &text, int limit) const
{
    QList<EntrySuggestion> matches;
    // SQLite's FTS5 table, or the server's own text search (entries.search, 'simple': the
    // words as written, as FTS5 reads them), best match first.
    const bool server = Sql::isPostgres(m_db);
    const QString terms = server ? textSearchQuery(text) : fullTextQuery(text);
    if (!terms.isEmpty()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const QString sql = server
            ? QStringLiteral("SELECT e.id, e.service FROM entries e, to_tsquery('simple', ?) q WHERE e.search @@ q"
                             " AND e.removed = 0 AND e.status NOT IN (3, 4, 6) ORDER BY ts_rank(e.search, q) DESC, e.id LIMIT ?")
            : QStringLiteral("SELECT e.id, e.service FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
                             " WHERE entries_fts MATCH ? AND e.removed = 0 AND e.status NOT IN (3, 4, 6)"
                             " ORDER BY bm25(entries_fts) LIMIT ?");
        if (Sql::exec(query, sql, {terms, limit}, &m_lastError)) {
            while (query.next())
                matches.append({query.value(0).toLongLong(), query.value(1).toString() == service, true});
        }
    }
    QSqlQuery same(m_db);
    same.setForwardOnly(true);
    if (!service.isEmpty()
        && Sql::exec(same, QStringLiteral("SELECT id FROM entries WHERE service = ? AND removed = 0"
                                          " AND status NOT IN (3, 4, 6) ORDER BY id LIMIT ?"),
                     {service, limit}, &m_lastError)) {
        while (same.next()) {
            const qint64 id = same.value(0).toLongLong();
            if (std::none_of(matches.begin(), matches.end(), [id](const EntrySuggestion &m) { return m.entryId == id; }))
                matches.append({id, true, false});
        }
    }
    // Both reasons first, then text, then service alone; the text's own order within each.
    std::stable_sort(matches.begin(), matches.end(), [](const EntrySuggestion &a, const EntrySuggestion &b) {
        return int(a.sameService) + int(a.textMatches) > int(b.sameService) + int(b.textMatches);
    });
    return matches.mid(0, limit);
}

bool EntryRepository::isInRegister(qint64 id) const
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("SELECT 1 FROM entries WHERE id = ? AND removed = 0"), {id}, &m_lastError)
        && query.next();
}

int EntryRepository::count() const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM entries WHERE removed = 0"), {}, &m_lastError)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool EntryRepository::addHistory(qint64 id, const QString &who, const QString &field,
                                 const QString &oldValue, const QString &newValue)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral(
                         "INSERT INTO entry_history (entry_id, changed_at, changed_by, field, old_value,"
                         " new_value) VALUES (?, ?, ?, ?, ?, ?)"),
                     {id, nowText(), who, field, oldValue, newValue}, &m_lastError);
}

} // namespace qw
