#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qw {

// Poor interactions not yet linked to any entry, grouped by service and reason: the pile a
// manager works through to turn evidence into improvements.
struct TriageGroup
{
    QString service;
    QString reason;
    int count = 0;
    int repeats = 0;
    QDate latest; // the day (UTC) of the latest of them
};

// An existing entry that a group probably belongs to, and why.
struct EntrySuggestion
{
    qint64 entryId = 0;
    bool sameService = false;
    bool textMatches = false;
};

// The words of a text worth searching for (three letters or more, not among the commonest, at
// most twelve), as an FTS5
// query that matches any of them: "printer"* OR "jam"*. Only letters and digits reach the query.
QString fullTextQuery(const QString &text);
// The same words as a PostgreSQL tsquery: printer:* | jam:*.
QString textSearchQuery(const QString &text);
// The words themselves, lower case.
QStringList searchWords(const QString &text);

} // namespace qw
