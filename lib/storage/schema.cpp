#include "schema.h"

#include "scoresql.h"

#include "integritycheck.h"
#include "registerdatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace qw::Schema {

namespace {

// Each migration takes the schema from version (index) to version (index + 1). Never edit a
// migration that has shipped; append a new one and a fixture of the previous version.
const char *const migrationV1[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (0)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE entries ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " title TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " cause TEXT NOT NULL DEFAULT '',"
    " category INTEGER NOT NULL,"
    " service TEXT NOT NULL DEFAULT '',"
    " practice TEXT NOT NULL DEFAULT '',"
    " impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),"
    " effort INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 5),"
    " status INTEGER NOT NULL,"
    " owner TEXT NOT NULL DEFAULT '',"
    " raised_by TEXT NOT NULL DEFAULT '',"
    " raised_on TEXT,"
    " target_on TEXT,"
    " done_on TEXT,"
    " expected_benefit TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '',"
    " removed INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE interactions ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " occurred_at TEXT NOT NULL,"
    " channel INTEGER NOT NULL,"
    " service TEXT NOT NULL DEFAULT '',"
    " team TEXT NOT NULL DEFAULT '',"
    " agent TEXT NOT NULL DEFAULT '',"
    " ticket TEXT NOT NULL DEFAULT '',"
    " scale INTEGER NOT NULL,"
    " score INTEGER,"
    " reason TEXT NOT NULL DEFAULT '',"
    " comment TEXT NOT NULL DEFAULT '',"
    " customer TEXT NOT NULL DEFAULT '',"
    " repeat_contact INTEGER NOT NULL DEFAULT 0,"
    " entry_id INTEGER REFERENCES entries(id) ON DELETE SET NULL,"
    " removed INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX interactions_entry ON interactions (entry_id)",
    "CREATE INDEX interactions_occurred ON interactions (occurred_at, id)",
    "CREATE TABLE entry_history ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,"
    " changed_at TEXT NOT NULL,"
    " changed_by TEXT NOT NULL,"
    " field TEXT NOT NULL,"
    " old_value TEXT,"
    " new_value TEXT)",
    "CREATE INDEX entry_history_entry ON entry_history (entry_id, id)",
    // Identifies the file as a register without SQL: see RegisterDatabase::open().
    "PRAGMA application_id = 1364676145",
};

// Version 2: snapshots of the matrix, to show what moved since the last meeting.
const char *const migrationV2[] = {
    "CREATE TABLE snapshots ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " name TEXT NOT NULL,"
    " taken_at TEXT NOT NULL)",
    "CREATE TABLE snapshot_entries ("
    " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
    " entry_id INTEGER NOT NULL,"
    " title TEXT NOT NULL,"
    " impact INTEGER NOT NULL,"
    " effort INTEGER NOT NULL,"
    " status INTEGER NOT NULL,"
    " PRIMARY KEY (snapshot_id, entry_id))",
};

// Version 3: imports. The key of an imported row makes importing the same export twice add
// nothing; the settings table remembers the column mapping of each export source.
const char *const migrationV3[] = {
    "ALTER TABLE interactions ADD COLUMN import_key TEXT",
    "CREATE UNIQUE INDEX interactions_import_key ON interactions (import_key)",
};

// Version 4: full-text search over entries (SQLite FTS5, kept in step by triggers), to suggest
// the entry that an unlinked poor interaction probably belongs to.
const char *const migrationV4[] = {
    "CREATE VIRTUAL TABLE entries_fts USING fts5(title, description, cause, content='entries',"
    " content_rowid='id')",
    "CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN"
    " INSERT INTO entries_fts (rowid, title, description, cause)"
    " VALUES (new.id, new.title, new.description, new.cause); END",
    "CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN"
    " INSERT INTO entries_fts (entries_fts, rowid, title, description, cause)"
    " VALUES ('delete', old.id, old.title, old.description, old.cause); END",
    "CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, description, cause ON entries BEGIN"
    " INSERT INTO entries_fts (entries_fts, rowid, title, description, cause)"
    " VALUES ('delete', old.id, old.title, old.description, old.cause);"
    " INSERT INTO entries_fts (rowid, title, description, cause)"
    " VALUES (new.id, new.title, new.description, new.cause); END",
    "INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')",
};

// Version 5: the index of links covers linked interactions only. Imported responses are
// mostly unlinked, and an import no longer pays for indexing a NULL per row.
const char *const migrationV5[] = {
    "DROP INDEX interactions_entry",
    "CREATE INDEX interactions_entry ON interactions (entry_id) WHERE entry_id IS NOT NULL",
};

// Version 6: interactions counted per service and day (UTC), kept in step by the repository
// in the same transaction as every change to an interaction. The satisfaction trend, the
// before/after windows and the count read this small table instead of every interaction.
// The index of links also covers whether the interaction is removed, so that counting an
// entry's links reads the index alone.
const char *const migrationV6[] = {
    "CREATE TABLE interaction_days ("
    " service TEXT NOT NULL,"
    " day TEXT NOT NULL,"                       // YYYY-MM-DD of occurred_at (UTC)
    " responses INTEGER NOT NULL DEFAULT 0,"    // scored, not removed
    " score_sum REAL NOT NULL DEFAULT 0,"       // their satisfaction, 0..1 each
    " poor INTEGER NOT NULL DEFAULT 0,"         // of them poor
    " total INTEGER NOT NULL DEFAULT 0,"        // every interaction not removed
    " PRIMARY KEY (service, day)) WITHOUT ROWID",
    "INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"
    " SELECT " QW_SQL_V8_DAY_TOTALS " FROM interactions WHERE removed = 0 GROUP BY 1, 2",
    "DROP INDEX interactions_entry",
    "CREATE INDEX interactions_entry ON interactions (entry_id, removed) WHERE entry_id IS NOT NULL",
};

// Version 7: each entry keeps how many interactions are linked to it (not removed), kept in
// step with every link change, so that the list and the matrix of 10,000 entries read the
// entries alone.
const char *const migrationV7[] = {
    "ALTER TABLE entries ADD COLUMN linked INTEGER NOT NULL DEFAULT 0",
    "UPDATE entries SET linked = (SELECT count(*) FROM interactions i WHERE i.entry_id = entries.id"
    " AND i.removed = 0)",
};

// Version 8: what the list and the matrix read of every entry, in an index of its own (the
// entries not removed), so that opening reads a fifth of the pages the entries' long texts
// take; the number of interactions in one row, kept in step with interaction_days by
// triggers (an upsert's update fires the update trigger), so that the count costs one read;
// and triage's poor, unlinked interactions counted per service, reason and day (for the day
// of the latest) and per service and reason (the groups), so that showing triage reads its
// groups, not the interactions. The counts cover the interactions up to a mark
// (triage_counted.up_to): changes to those and their deletion are counted by the triggers
// below (which also see a link undone by an entry's deletion); rows added later are read as
// they are until triage is next shown, which counts them in and moves the mark, so that an
// import pays nothing for triage.
const char *const migrationV8[] = {
    "CREATE INDEX entries_summary ON entries (id, title, impact, effort, status, category, service,"
    " owner, raised_on, linked, done_on, removed) WHERE removed = 0",
    "CREATE TABLE interaction_total (id INTEGER PRIMARY KEY CHECK (id = 1), total INTEGER NOT NULL)",
    "INSERT INTO interaction_total (id, total) SELECT 1, coalesce(sum(total), 0) FROM interaction_days",
    "CREATE TRIGGER interaction_total_insert AFTER INSERT ON interaction_days BEGIN"
    " UPDATE interaction_total SET total = total + new.total; END",
    "CREATE TRIGGER interaction_total_update AFTER UPDATE OF total ON interaction_days BEGIN"
    " UPDATE interaction_total SET total = total + new.total - old.total; END",
    "CREATE TRIGGER interaction_total_delete AFTER DELETE ON interaction_days BEGIN"
    " UPDATE interaction_total SET total = total - old.total; END",
    "CREATE TABLE triage_days ("
    " service TEXT NOT NULL, reason TEXT NOT NULL,"
    " day TEXT NOT NULL,"                       // YYYY-MM-DD of occurred_at (UTC)
    " poor INTEGER NOT NULL DEFAULT 0,"
    " repeats INTEGER NOT NULL DEFAULT 0,"      // of them repeat contacts
    " PRIMARY KEY (service, reason, day)) WITHOUT ROWID",
    "CREATE TABLE triage_groups ("
    " service TEXT NOT NULL, reason TEXT NOT NULL,"
    " poor INTEGER NOT NULL DEFAULT 0,"
    " repeats INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (service, reason)) WITHOUT ROWID",
    "CREATE TRIGGER triage_groups_insert AFTER INSERT ON triage_days BEGIN"
    " INSERT INTO triage_groups (service, reason, poor, repeats)"
    " VALUES (new.service, new.reason, new.poor, new.repeats)"
    " ON CONFLICT (service, reason) DO UPDATE SET poor = poor + excluded.poor,"
    " repeats = repeats + excluded.repeats; END",
    "CREATE TRIGGER triage_groups_update AFTER UPDATE ON triage_days BEGIN"
    " UPDATE triage_groups SET poor = poor + new.poor - old.poor, repeats = repeats + new.repeats - old.repeats"
    " WHERE service = new.service AND reason = new.reason; END",
    "CREATE TABLE triage_counted (id INTEGER PRIMARY KEY CHECK (id = 1), up_to INTEGER NOT NULL)",
    "INSERT INTO triage_counted (id, up_to) SELECT 1, coalesce(max(id), 0) FROM interactions",
    "INSERT INTO triage_days (service, reason, day, poor, repeats)"
    " SELECT service, reason, substr(occurred_at, 1, 10), count(*), sum(repeat_contact) FROM interactions"
    " WHERE " QW_SQL_V8_IN_TRIAGE("") " GROUP BY 1, 2, 3",
    "CREATE TRIGGER triage_update AFTER UPDATE OF removed, entry_id, score, scale, service, reason,"
    " occurred_at, repeat_contact ON interactions WHEN old.id <= (SELECT up_to FROM triage_counted) BEGIN"
    " UPDATE triage_days SET poor = poor - 1, repeats = repeats - old.repeat_contact"
    " WHERE " QW_SQL_V8_IN_TRIAGE("old.") " AND service = old.service AND reason = old.reason"
    " AND day = substr(old.occurred_at, 1, 10);"
    " INSERT INTO triage_days (service, reason, day, poor, repeats)"
    " SELECT new.service, new.reason, substr(new.occurred_at, 1, 10), 1, new.repeat_contact"
    " WHERE " QW_SQL_V8_IN_TRIAGE("new.") QW_SQL_ADD_TO_TRIAGE "; END",
    "CREATE TRIGGER triage_delete AFTER DELETE ON interactions"
    " WHEN old.id <= (SELECT up_to FROM triage_counted) AND " QW_SQL_V8_IN_TRIAGE("old.") " BEGIN"
    " UPDATE triage_days SET poor = poor - 1, repeats = repeats - old.repeat_contact"
    " WHERE service = old.service AND reason = old.reason AND day = substr(old.occurred_at, 1, 10); END",
};

// Version 9: imports a manager can trust. Each import is recorded (file, source, encoding,
// mapping, who, when, counts) and its responses know it (interactions.import_id), so that it
// is one undo step and can be removed later; a response it changed keeps its values from
// before (import_updates), and one it added is set aside while the import is undone
// (import_stash). Each imported response keeps a second key, a hash of its row's cells as
// written (row_key, 64 bits), so that a response first imported without an id is still the
// same response when a later import names its id. (No index on import_id: an import would pay
// for it on every row, and only undoing or removing an import reads by it, once.) Which responses are poor becomes a rule of the
// register (poor_rule, per scale, editable); 1-10's default becomes 1-4 as PRODUCT.md says,
// a 0-10 scale appears (5: 0-6, the detractors), and everything that counts poor responses
// is counted again by the rule, the triage triggers included.
const char *const migrationV9[] = {
    "CREATE TABLE poor_rule (rule_scale INTEGER PRIMARY KEY, poor_up_to INTEGER NOT NULL)",
    "INSERT INTO poor_rule (rule_scale, poor_up_to) VALUES (0, 2), (1, 4), (2, 1), (3, 0), (4, 0), (5, 6)",
    "CREATE TABLE imports ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " file_name TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " encoding TEXT NOT NULL,"
    " mapping TEXT NOT NULL,"
    " imported_by TEXT NOT NULL,"
    " imported_at TEXT NOT NULL,"
    " rows_read INTEGER NOT NULL,"
    " added INTEGER NOT NULL,"
    " updated INTEGER NOT NULL,"
    " unchanged INTEGER NOT NULL,"
    " state INTEGER NOT NULL DEFAULT 0)", // 0 in the register, 1 undone or removed
    "ALTER TABLE interactions ADD COLUMN import_id INTEGER REFERENCES imports(id)",
    "ALTER TABLE interactions ADD COLUMN row_key INTEGER",
    "CREATE UNIQUE INDEX interactions_row_key ON interactions (row_key)",
    "CREATE TABLE import_updates ("
    " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
    " interaction_id INTEGER NOT NULL,"
    " before TEXT NOT NULL,"   // the fields the import changed, as they were (JSON)
    " after TEXT NOT NULL,"    // and as the import left them
    " PRIMARY KEY (import_id, interaction_id)) WITHOUT ROWID",
    "CREATE TABLE import_stash AS SELECT * FROM interactions WHERE 0",
    "CREATE INDEX import_stash_import ON import_stash (import_id)",
    "DROP TRIGGER triage_update",
    "DROP TRIGGER triage_delete",
    "CREATE TRIGGER triage_update AFTER UPDATE OF removed, entry_id, score, scale, service, reason,"
    " occurred_at, repeat_contact ON interactions WHEN old.id <= (SELECT up_to FROM triage_counted) BEGIN"
    " UPDATE triage_days SET poor = poor - 1, repeats = repeats - old.repeat_contact"
    " WHERE " QW_SQL_IN_TRIAGE("old.") " AND service = old.service AND reason = old.reason"
    " AND day = substr(old.occurred_at, 1, 10);"
    " INSERT INTO triage_days (service, reason, day, poor, repeats)"
    " SELECT new.service, new.reason, substr(new.occurred_at, 1, 10), 1, new.repeat_contact"
    " WHERE " QW_SQL_IN_TRIAGE("new.") QW_SQL_ADD_TO_TRIAGE "; END",
    "CREATE TRIGGER triage_delete AFTER DELETE ON interactions"
    " WHEN old.id <= (SELECT up_to FROM triage_counted) AND " QW_SQL_IN_TRIAGE("old.") " BEGIN"
    " UPDATE triage_days SET poor = poor - 1, repeats = repeats - old.repeat_contact"
    " WHERE service = old.service AND reason = old.reason AND day = substr(old.occurred_at, 1, 10); END",
    QW_SQL_RECOUNT_POOR_1, QW_SQL_RECOUNT_POOR_2, QW_SQL_RECOUNT_POOR_3, QW_SQL_RECOUNT_POOR_4,
    QW_SQL_RECOUNT_POOR_5,
};

// Format 10: each register knows itself. A random identity, kept by its backups and given
// anew to a saved copy, lets opening tell a register's own write-ahead log from another's.
const char *const migrationV10[] = {
    "CREATE TABLE register_identity (id INTEGER PRIMARY KEY CHECK (id = 1), identity TEXT NOT NULL)",
    "INSERT INTO register_identity (id, identity) VALUES (1, lower(hex(randomblob(16))))",
};

// Format 11: causes in triage (CauseGrouping). Each response placed in a cause has a row
// (cause_members; fixed: the user put it there, or, with no group, out of every group) with a
// copy of what its counts need (in_triage, day, service, customer), kept in step with its
// interaction by a trigger. Each cause has its found label, the user's name and pin, its
// examples, and its counts: responses and customers in cause_groups, per day, per service and
// per customer in cause_days, cause_services and cause_customers, all kept by triggers as
// members come, go and change, so that reading the causes reads no responses. cause_state keeps
// what the last grouping learned (placer; generation counts the groupings), the last response
// it placed or saw (placed_up_to), and bulk: 1 while many members are written at once, the
// counts then counted again in one pass (QW_SQL_RECOUNT_CAUSES).
#define QW_SQL_CAUSE_OUT(row)                                                                      \
    " UPDATE cause_days SET n = n - 1 WHERE " row "in_triage = 1 AND group_id = " row "group_id"     \
    " AND day = " row "day;"                                                                       \
    " UPDATE cause_services SET n = n - 1 WHERE " row "in_triage = 1 AND group_id = " row "group_id" \
    " AND service = " row "service;"                                                               \
    " UPDATE cause_customers SET n = n - 1 WHERE " row "in_triage = 1 AND group_id = " row "group_id" \
    " AND customer = " row "customer;"
#define QW_SQL_CAUSE_IN(row)                                                                       \
    " INSERT INTO cause_days (group_id, day, n) SELECT " row "group_id, " row "day, 1 WHERE "        \
    row "in_triage = 1 AND " row "group_id IS NOT NULL ON CONFLICT (group_id, day) DO UPDATE SET n = n + 1;" \
    " INSERT INTO cause_services (group_id, service, n) SELECT " row "group_id, " row "service, 1 WHERE " \
    row "in_triage = 1 AND " row "group_id IS NOT NULL ON CONFLICT (group_id, service) DO UPDATE SET n = n + 1;" \
    " INSERT INTO cause_customers (group_id, customer, n) SELECT " row "group_id, " row "customer, 1 WHERE " \
    row "in_triage = 1 AND " row "group_id IS NOT NULL AND " row "customer <> ''"                    \
    " ON CONFLICT (group_id, customer) DO UPDATE SET n = n + 1;"
#define QW_SQL_NOT_BULK " (SELECT bulk FROM cause_state) = 0"
const char *const migrationV11[] = {
    "CREATE TABLE cause_groups ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " label TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL DEFAULT '',"
    " pinned INTEGER NOT NULL DEFAULT 0,"
    " examples TEXT NOT NULL DEFAULT '',"
    " responses INTEGER NOT NULL DEFAULT 0,"
    " customers INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE cause_members ("
    " interaction_id INTEGER PRIMARY KEY REFERENCES interactions(id) ON DELETE CASCADE,"
    " group_id INTEGER REFERENCES cause_groups(id) ON DELETE CASCADE,"
    " fixed INTEGER NOT NULL DEFAULT 0,"
    " in_triage INTEGER NOT NULL DEFAULT 0,"
    " day TEXT NOT NULL DEFAULT '',"
    " service TEXT NOT NULL DEFAULT '',"
    " customer TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX cause_members_group ON cause_members (group_id)",
    "CREATE TABLE cause_days (group_id INTEGER NOT NULL REFERENCES cause_groups(id) ON DELETE CASCADE,"
    " day TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (group_id, day)) WITHOUT ROWID",
    "CREATE TABLE cause_services (group_id INTEGER NOT NULL REFERENCES cause_groups(id) ON DELETE CASCADE,"
    " service TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (group_id, service)) WITHOUT ROWID",
    "CREATE TABLE cause_customers (group_id INTEGER NOT NULL REFERENCES cause_groups(id) ON DELETE CASCADE,"
    " customer TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (group_id, customer)) WITHOUT ROWID",
    // A cause merged into another: where responses the last grouping would have placed in it go.
    "CREATE TABLE cause_aliases (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)",
    "CREATE TABLE cause_state (id INTEGER PRIMARY KEY CHECK (id = 1), placed_up_to INTEGER NOT NULL,"
    " generation INTEGER NOT NULL, bulk INTEGER NOT NULL, placer BLOB)",
    "INSERT INTO cause_state (id, placed_up_to, generation, bulk, placer) VALUES (1, 0, 0, 0, NULL)",
    "CREATE TRIGGER cause_member_insert AFTER INSERT ON cause_members WHEN" QW_SQL_NOT_BULK " BEGIN"
    QW_SQL_CAUSE_IN("new.") " END",
    "CREATE TRIGGER cause_member_delete AFTER DELETE ON cause_members WHEN" QW_SQL_NOT_BULK " BEGIN"
    QW_SQL_CAUSE_OUT("old.") " END",
    "CREATE TRIGGER cause_member_update AFTER UPDATE OF group_id, in_triage, day, service, customer ON cause_members"
    " WHEN" QW_SQL_NOT_BULK " BEGIN" QW_SQL_CAUSE_OUT("old.") QW_SQL_CAUSE_IN("new.") " END",
    "CREATE TRIGGER cause_day_insert AFTER INSERT ON cause_days WHEN" QW_SQL_NOT_BULK " BEGIN"
    " UPDATE cause_groups SET responses = responses + new.n WHERE id = new.group_id; END",
    "CREATE TRIGGER cause_day_update AFTER UPDATE OF n ON cause_days WHEN" QW_SQL_NOT_BULK " BEGIN"
    " UPDATE cause_groups SET responses = responses + new.n - old.n WHERE id = new.group_id; END",
    "CREATE TRIGGER cause_customer_insert AFTER INSERT ON cause_customers WHEN new.n > 0 AND" QW_SQL_NOT_BULK " BEGIN"
    " UPDATE cause_groups SET customers = customers + 1 WHERE id = new.group_id; END",
    "CREATE TRIGGER cause_customer_update AFTER UPDATE OF n ON cause_customers"
    " WHEN (old.n > 0) <> (new.n > 0) AND" QW_SQL_NOT_BULK " BEGIN"
    " UPDATE cause_groups SET customers = customers + (CASE WHEN new.n > 0 THEN 1 ELSE -1 END)"
    " WHERE id = new.group_id; END",
    "CREATE TRIGGER cause_interaction_update AFTER UPDATE OF removed, entry_id, score, scale, service, customer,"
    " occurred_at ON interactions BEGIN"
    " UPDATE cause_members SET in_triage = " QW_SQL_IN_TRIAGE("new.") ", day = substr(new.occurred_at, 1, 10),"
    " service = new.service, customer = new.customer WHERE interaction_id = new.id; END",
    // A new rule for poor: every member's place in triage again, and the counts counted again.
    "CREATE TRIGGER cause_rule_update AFTER UPDATE OF poor_up_to ON poor_rule WHEN old.poor_up_to <> new.poor_up_to BEGIN"
    " UPDATE cause_state SET bulk = 1;"
    " UPDATE cause_members SET in_triage = coalesce((SELECT " QW_SQL_IN_TRIAGE("i.") " FROM interactions i"
    " WHERE i.id = cause_members.interaction_id), 0);"
    QW_SQL_RECOUNT_CAUSES
    " UPDATE cause_state SET bulk = 0, placed_up_to = 0; END", // and those newly poor are placed
    // A response that comes back under its old id (an import undone and redone) or comes into
    // triage without ever having been placed (unlinked, scored poor): placed as a new one is.
    "CREATE TRIGGER cause_interaction_back AFTER INSERT ON interactions"
    " WHEN new.id <= (SELECT placed_up_to FROM cause_state) BEGIN"
    " UPDATE cause_state SET placed_up_to = new.id - 1; END",
    "CREATE TRIGGER cause_interaction_enters AFTER UPDATE OF removed, entry_id, score, scale ON interactions"
    " WHEN new.id <= (SELECT placed_up_to FROM cause_state) AND " QW_SQL_IN_TRIAGE("new.")
    " AND NOT EXISTS (SELECT 1 FROM cause_members WHERE interaction_id = new.id) BEGIN"
    " UPDATE cause_state SET placed_up_to = new.id - 1; END",
};

// Format 12: review meetings, their agendas as walked, the actions agreed, and what each cause
// counted when a review ended (the next one's new evidence is what it gained since).
const char *const migrationV12[] = {
    "CREATE TABLE reviews ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " started_at TEXT NOT NULL,"
    " ended_at TEXT,"
    " attendees TEXT NOT NULL DEFAULT '',"
    " facilitator TEXT NOT NULL DEFAULT '',"
    " snapshot_id INTEGER REFERENCES snapshots(id) ON DELETE SET NULL,"
    " minutes TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '')", // who the history says decided in it, exactly as written
    "CREATE TABLE review_items ("
    " review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " kind INTEGER NOT NULL,"
    " entry_id INTEGER NOT NULL DEFAULT 0,"
    " action_id INTEGER NOT NULL DEFAULT 0,"
    " cause_id INTEGER NOT NULL DEFAULT 0,"
    " title TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '',"
    " skipped INTEGER NOT NULL DEFAULT 0,"
    " discussed INTEGER NOT NULL DEFAULT 0,"
    " note TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (review_id, position)) WITHOUT ROWID",
    "CREATE TABLE review_actions ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " review_id INTEGER REFERENCES reviews(id) ON DELETE SET NULL,"
    " entry_id INTEGER NOT NULL DEFAULT 0,"
    " text TEXT NOT NULL,"
    " owner TEXT NOT NULL DEFAULT '',"
    " due_on TEXT,"
    " done_on TEXT,"
    " created_at TEXT NOT NULL)",
    "CREATE INDEX review_actions_open ON review_actions (done_on, due_on)",
    "CREATE TABLE review_causes (review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
    " group_id INTEGER NOT NULL, responses INTEGER NOT NULL, PRIMARY KEY (review_id, group_id)) WITHOUT ROWID",
    "CREATE INDEX entry_history_changed_by ON entry_history (changed_by, changed_at)",
    // The number each entry's mark carried when a review started: the review keeps them.
    "CREATE TABLE review_numbers (review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
    " entry_id INTEGER NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (review_id, entry_id)) WITHOUT ROWID",
};

// The tables each format has, and the format that brought each: a register missing one is
// damaged, whatever its version row says.
struct RequiredTable
{
    const char *name;
    int since;
};
const RequiredTable requiredTables[] = {
    {"schema_version", 1}, {"settings", 1}, {"entries", 1}, {"entry_history", 1}, {"snapshots", 2},
    {"snapshot_entries", 2}, {"imports", 9}, {"interactions", 1}, {"import_updates", 9}, {"import_stash", 9},
    {"poor_rule", 9}, {"interaction_days", 6}, {"interaction_total", 8}, {"triage_days", 8}, {"triage_groups", 8},
    {"triage_counted", 8}, {"register_identity", 10}, {"cause_groups", 11}, {"cause_members", 11}, {"cause_days", 11},
    {"cause_services", 11}, {"cause_customers", 11}, {"cause_aliases", 11}, {"cause_state", 11}, {"reviews", 12},
    {"review_items", 12}, {"review_actions", 12}, {"review_causes", 12}, {"review_numbers", 12},
};

struct Migration
{
    const char *const *statements;
    std::size_t count;
};

const Migration migrations[] = {
    {migrationV1, std::size(migrationV1)},
    {migrationV2, std::size(migrationV2)},
    {migrationV3, std::size(migrationV3)},
    {migrationV4, std::size(migrationV4)},
    {migrationV5, std::size(migrationV5)},
    {migrationV6, std::size(migrationV6)},
    {migrationV7, std::size(migrationV7)},
    {migrationV8, std::size(migrationV8)},
    {migrationV9, std::size(migrationV9)},
    {migrationV10, std::size(migrationV10)},
    {migrationV11, std::size(migrationV11)},
    {migrationV12, std::size(migrationV12)},
};

static_assert(std::size(migrations) == RegisterDatabase::SchemaVersion,
              "every schema version needs its migration");
static_assert(RegisterDatabase::ApplicationId == 1364676145u,
              "the PRAGMA in migrationV1 must match RegisterDatabase::ApplicationId");

QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}

} // namespace

int readVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return -1;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.exec()
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

int checkedVersion(const QSqlDatabase &db, QString *problem)
{
    QStringList tables;
    {
        QSqlQuery names(db);
        if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            *problem = describe(names.lastError());
            return IntegrityCheck::isDamage(*problem) ? -1 : Unreadable;
        }
        while (names.next())
            tables.append(names.value(0).toString());
        if (names.lastError().isValid()) {
            *problem = describe(names.lastError());
            return IntegrityCheck::isDamage(*problem) ? -1 : Unreadable;
        }
    }
    if (!tables.contains(QStringLiteral("schema_version"))) {
        *problem = QCoreApplication::translate("qw::Schema", "its table of format versions is missing");
        return -1;
    }
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*), MAX(version), MIN(typeof(version) = 'integer') "
                                      "FROM schema_version"))
        || !query.exec() || !query.next()) {
        *problem = describe(query.lastError());
        return -1;
    }
    const qint64 rows = query.value(0).toLongLong();
    const QVariant version = query.value(1);
    if (rows != 1 || !query.value(2).toBool() || version.toLongLong() < 1 || version.toLongLong() > 1000000) {
        *problem = rows == 0 ? QCoreApplication::translate("qw::Schema", "its format version is missing")
            : rows > 1 ? QCoreApplication::translate("qw::Schema", "it records %1 format versions instead of one").arg(rows)
                       : QCoreApplication::translate("qw::Schema", "its format version (“%1”) is not one QuickWins writes")
                             .arg(version.toString().left(40));
        return -1;
    }
    const int number = version.toInt();
    for (const RequiredTable &table : requiredTables) {
        if (table.since <= number && !tables.contains(QLatin1String(table.name))) {
            *problem = QCoreApplication::translate("qw::Schema", "its table “%1” is missing").arg(QLatin1String(table.name));
            return -1;
        }
    }
    return number;
}

QStringList tables(int format)
{
    QStringList names;
    for (const RequiredTable &table : requiredTables) {
        if (table.since <= format)
            names.append(QLatin1String(table.name));
    }
    return names;
}

bool migrate(QSqlDatabase &db, QString *error)
{
    int version = qMax(0, readVersion(db));
    while (version < RegisterDatabase::SchemaVersion) {
        const Migration &migration = migrations[version];
        if (!db.transaction()) {
            *error = describe(db.lastError());
            return false;
        }
        QSqlQuery query(db);
        for (std::size_t i = 0; i < migration.count; ++i) {
            if (!query.exec(QString::fromLatin1(migration.statements[i]))) {
                *error = QCoreApplication::translate("qw::Schema",
                                                     "Upgrading the register to format %1 failed: %2")
                             .arg(version + 1)
                             .arg(describe(query.lastError()));
                db.rollback();
                return false;
            }
        }
        if (!query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"))) {
            *error = describe(query.lastError());
            db.rollback();
            return false;
        }
        query.addBindValue(version + 1);
        if (!query.exec() || !db.commit()) {
            *error = describe(query.lastError().isValid() ? query.lastError() : db.lastError());
            db.rollback();
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace qw::Schema
