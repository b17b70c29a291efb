#pragma once

#include "domain/entry.h"
#include "domain/entrysummary.h"
#include "domain/review.h"
#include "domain/satisfactiontrend.h"
#include "domain/status.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace qw {

class RegisterDocument;

// File ▸ Export Report…, --report: what the manager is held accountable for over a period, in
// PDF and XLSX. Figures only, and titles and names the team wrote: no customer's personal data.
namespace Report {

struct Period
{
    QDate from; // first day
    QDate to;   // last day (inclusive)
    QString name() const; // "Q3 2026", "November 2026", "1 Sep 2026 – 30 Nov 2026"
    // The period it is held against: the month or quarter before a whole month or quarter,
    // otherwise as many days just before.
    Period previous() const;
};
// The last quarter that has ended by today, and the month before today's.
Period lastFullQuarter(const QDate &today);
Period lastFullMonth(const QDate &today);

struct Improvement
{
    qint64 id = 0;
    QString title;
    Status status = Status::Done;
    QString service;
    QString owner;
    QDate doneOn;
    int evidence = 0;               // linked interactions
    std::optional<BeforeAfter> verdict;
};

struct Move
{
    qint64 id = 0;
    QString title;
    int fromImpact = 0, fromEffort = 0, toImpact = 0, toEffort = 0;
    Status fromStatus = Status::Proposed, toStatus = Status::Proposed;
    bool added = false;
};

struct ServiceMonth
{
    QString service;
    QDate month;
    int responses = 0;
    double average = 0;   // 0..1
    double poorShare = 0; // 0..1
};

struct Data
{
    Period period;
    Period previous;          // as long, just before
    int poor = 0, poorBefore = 0;
    int responses = 0, responsesBefore = 0;
    double average = 0, averageBefore = 0; // 0..1
    QList<MonthlySatisfaction> trend;      // the twelve months to the period's end
    QList<ServiceMonth> byService;         // the period's months, each service
    QList<Improvement> improvements;       // done or verified in the period
    QList<Move> movement;                  // since the period's start
    QString movementSince;                 // what it is measured from (a snapshot's name)
    QString noMovement;                    // why none can be shown (movementSince empty)
    QList<Improvement> quickWins;          // open, not started
    QList<ActionItem> overdue;             // open and past due at the period's end
    QList<ActionItem> actions;             // agreed in the period
    QList<Review> reviews;                 // held in the period
    QList<int> decisions;                  // per review, how many fields it changed
    QHash<qint64, QString> entryTitles;    // "CI-0042 Title" of entries the report names
    QList<Entry> entries;                  // every entry in the register, whole (the workbook)
    QList<EntrySummary> matrixAtEnd;       // the open entries at the period's end, in priority order
    QString matrixFrom;                    // what that is: a snapshot's name, or "now"
    QHash<qint64, int> linked;             // entry → interactions linked
};

// nullopt: a read failed (the document has said why).
std::optional<Data> compose(const RegisterDocument &document, const Period &period);

// The report as HTML for a QTextDocument, its images named "quickwins://trend" and
// "quickwins://matrix" (the matrix at the period's end, drawn by the caller).
QString html(const Data &data);
QImage trendChart(const Data &data, const QSize &size);
bool writePdf(const Data &data, const QImage &matrix, QIODevice *out, QString *error);

// The workbook's sheets as rows of typed cells, for the XLSX writer (see xlsxreport).
struct Cell
{
    enum class Type { Text, Number, Date, Blank };
    Type type = Type::Blank;
    QString text;
    double number = 0;
    QDate date;
};
struct Sheet
{
    QString name;
    QStringList header;
    QList<QList<Cell>> rows;
};
QList<Sheet> sheets(const Data &data);

} // namespace Report

} // namespace qw
