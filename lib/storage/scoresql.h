#pragma once

// The satisfaction of a response on a 0..1 footing, and whether it is poor, in SQL, for the
// schema's migrations and the repository's queries alike. They say what normalisedScore() and
// PoorRule in domain/satisfaction.cpp say, the one definition (tst_satisfactiontrend checks
// every point of every scale, through every way a response is counted). Macros, so that they
// join other string literals. What is counted with them, and how each count is kept in step:
// SUMMARIES.md beside this file.
#define QW_SQL_NORMALISED_SCORE                                                                    \
    "(CASE scale WHEN 0 THEN (CAST(score AS DOUBLE PRECISION) - 1) / 4"                             \
    " WHEN 1 THEN (CAST(score AS DOUBLE PRECISION) - 1) / 9 WHEN 2 THEN CAST(score AS DOUBLE PRECISION) / 3" \
    " WHEN 3 THEN CAST(score AS DOUBLE PRECISION) WHEN 4 THEN CAST(score AS DOUBLE PRECISION) / 2"     \
    " WHEN 5 THEN CAST(score AS DOUBLE PRECISION) / 10 END)"

// Poor by the register's own rule (table poor_rule, schema format 9; its column is rule_scale, so that an unqualified "scale" here is the interaction's): a response is poor when
// its score is at most its scale's poor_up_to.
#define QW_SQL_POOR_OF(row)                                                                        \
    "(" row "score <= (SELECT poor_up_to FROM poor_rule WHERE rule_scale = " row "scale))"
#define QW_SQL_POOR_SCORE QW_SQL_POOR_OF("")
// The same as 1 or 0 (0 when unscored), for sums and integer columns: SQL's truth values are
// numbers in SQLite and booleans in PostgreSQL.
#define QW_SQL_POOR_FLAG(row) "(CASE WHEN " QW_SQL_POOR_OF(row) " THEN 1 ELSE 0 END)"

// Whether an interaction (row: "" or a trigger's "new." or "old.") is in triage: a poor
// response, not removed, linked to no entry.
#define QW_SQL_IN_TRIAGE(row)                                                                      \
    "(" row "removed = 0 AND " row "entry_id IS NULL AND " row "score IS NOT NULL AND "            \
    QW_SQL_POOR_OF(row) ")"
#define QW_SQL_IN_TRIAGE_FLAG(row) "(CASE WHEN " QW_SQL_IN_TRIAGE(row) " THEN 1 ELSE 0 END)"
#define QW_SQL_ADD_TO_TRIAGE                                                                       \
    " ON CONFLICT (service, reason, day) DO UPDATE SET poor = triage_days.poor + excluded.poor,"  \
    " repeats = triage_days.repeats + excluded.repeats"

// What interactions add to their service's day in interaction_days: SELECT this FROM
// interactions ... GROUP BY 1, 2 (or per row with the aggregates of one row).
#define QW_SQL_DAY_TOTALS                                                                          \
    "service, substr(occurred_at, 1, 10), sum(CASE WHEN score IS NOT NULL THEN 1 ELSE 0 END),"     \
    " sum(coalesce(" QW_SQL_NORMALISED_SCORE ", 0)), sum(" QW_SQL_POOR_FLAG("") "), count(*)"
#define QW_SQL_ADD_TO_DAYS                                                                         \
    " ON CONFLICT (service, day) DO UPDATE SET responses = interaction_days.responses + excluded.responses," \
    " score_sum = interaction_days.score_sum + excluded.score_sum,"                               \
    " poor = interaction_days.poor + excluded.poor, total = interaction_days.total + excluded.total"

// The fixed rule of formats 1 to 8, for their migrations only: a migration that has shipped
// must run as it did.
#define QW_SQL_V8_NORMALISED_SCORE                                                                 \
    "(CASE scale WHEN 0 THEN (score - 1) / 4.0 WHEN 1 THEN (score - 1) / 9.0"                      \
    " WHEN 2 THEN score / 3.0 WHEN 3 THEN score * 1.0 WHEN 4 THEN score / 2.0 END)"
#define QW_SQL_V8_POOR_OF(row)                                                                     \
    "(CASE " row "scale WHEN 0 THEN " row "score <= 2 WHEN 1 THEN " row "score <= 2"               \
    " WHEN 2 THEN " row "score <= 1 WHEN 3 THEN " row "score = 0 WHEN 4 THEN " row "score = 0 END)"
#define QW_SQL_V8_IN_TRIAGE(row)                                                                   \
    "(" row "removed = 0 AND " row "entry_id IS NULL AND " row "score IS NOT NULL AND "            \
    QW_SQL_V8_POOR_OF(row) ")"
#define QW_SQL_V8_DAY_TOTALS                                                                       \
    "service, substr(occurred_at, 1, 10), sum(score IS NOT NULL),"                               \
    " sum(coalesce(" QW_SQL_V8_NORMALISED_SCORE ", 0)), sum(coalesce(" QW_SQL_V8_POOR_OF("") ", 0)),"\
    " count(*)"

// Counts everything that depends on which responses are poor again, by the rule in poor_rule:
// the days' totals and triage's counts (up to its mark; rows beyond it are read as they are).
// Run in order, in one transaction, when the rule changes.
#define QW_SQL_RECOUNT_POOR_1 "DELETE FROM interaction_days"
#define QW_SQL_RECOUNT_POOR_2                                                                      \
    "INSERT INTO interaction_days (service, day, responses, score_sum, poor, total)"               \
    " SELECT " QW_SQL_DAY_TOTALS " FROM interactions WHERE removed = 0 GROUP BY 1, 2"
#define QW_SQL_RECOUNT_POOR_3 "DELETE FROM triage_groups"
#define QW_SQL_RECOUNT_POOR_4 "DELETE FROM triage_days"
#define QW_SQL_RECOUNT_POOR_5                                                                      \
    "INSERT INTO triage_days (service, reason, day, poor, repeats)"                                \
    " SELECT service, reason, substr(occurred_at, 1, 10), count(*), sum(repeat_contact)"          \
    " FROM interactions WHERE id <= (SELECT up_to FROM triage_counted) AND " QW_SQL_IN_TRIAGE("") \
    " GROUP BY 1, 2, 3"

// Counts of the causes counted again from their members, in one pass (after many members were
// written with cause_state.bulk = 1; see migration 11). Statements ending in ';', for a trigger
// or for Sql::execScript.
#define QW_SQL_RECOUNT_CAUSES                                                                      \
    " DELETE FROM cause_days; DELETE FROM cause_services; DELETE FROM cause_customers;"            \
    " INSERT INTO cause_days (group_id, day, n) SELECT group_id, day, count(*) FROM cause_members"  \
    " WHERE in_triage = 1 AND group_id IS NOT NULL GROUP BY 1, 2;"                                 \
    " INSERT INTO cause_services (group_id, service, n) SELECT group_id, service, count(*)"         \
    " FROM cause_members WHERE in_triage = 1 AND group_id IS NOT NULL GROUP BY 1, 2;"              \
    " INSERT INTO cause_customers (group_id, customer, n) SELECT group_id, customer, count(*)"      \
    " FROM cause_members WHERE in_triage = 1 AND group_id IS NOT NULL AND customer <> '' GROUP BY 1, 2;" \
    " UPDATE cause_groups SET responses = coalesce((SELECT sum(n) FROM cause_days d"                \
    " WHERE d.group_id = cause_groups.id), 0), customers = (SELECT count(*) FROM cause_customers c" \
    " WHERE c.group_id = cause_groups.id);"
