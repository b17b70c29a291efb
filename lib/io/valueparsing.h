#pragma once

#include "domain/channel.h"
#include "domain/satisfaction.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace qw {

// Turning the text of export cells into values. Each function for a typed column (date,
// score, repeat, channel) says "missing" (std::nullopt or an invalid value) for empty cells,
// "?", "-", "n/a", "na" and "null", and an error for what it cannot read. Free text is never
// read through these: it is kept as written.
namespace ValueParsing {

bool isMissing(const QString &cell);

// Day/month order of a date column, decided from the whole column: a first number above 12
// means day first, a second number above 12 means month first. ISO and serial dates need none.
enum class DateOrder { Undecided, DayFirst, MonthFirst, Conflicting };
DateOrder dateOrder(const QStringList &cells);

// Local dates and times as instants in UTC, for a whole file of them. Looking up the time
// zone's rules costs a system call or two, so each day's offset from UTC is looked up once
// and remembered; a day on which the offset changes (daylight saving) is converted exactly,
// every time.
class LocalClock final
{
public:
    QDateTime toUtc(QDate date, QTime time);
    // A clock that reads local times as they are written, as if in UTC: the wall-clock time,
    // the same on every machine (for a response's identity), with no time zone looked up.
    static LocalClock wallClock()
    {
        LocalClock clock;
        clock.m_wall = true;
        return clock;
    }

private:
    bool m_wall = false;
    QHash<qint64, int> m_offsets; // Julian day -> seconds east of UTC, or noOffset
};

// ISO 8601 with or without an offset, with a space or T before the time and a space or none
// before the zone (2024-03-13 10:00:00 +0100, … +01:00, … UTC, …Z), fractional seconds,
// 29/2/2016 01:16, 3/13/2024 10:00 PM, 13.03.2024 10:00, 02-29-2016 13:05:00, 29-02-2016,
// 2016/02/29, and Excel serial numbers (days since 1899-12-30). The whole cell must be read:
// a date only partly understood is invalid, never truncated to its day. Times without an offset are
// local time: as QDateTime in local time, or in UTC through clock when one is given (the same
// instant, cheaper for many rows). Returns an invalid QDateTime when the text is not a date.
QDateTime parseDate(const QString &cell, DateOrder order, LocalClock *clock = nullptr);

// The number a score cell holds ("4", "4 - Satisfied", "4.0"), whatever the scale; nullopt when none.
std::optional<int> scoreNumber(const QString &cell);

// "2025-03-01T09:30:00Z", as QDateTime::toString(Qt::ISODate) writes it in UTC, written digit
// by digit (a hundred thousand of them in an import: QDateTime::toString costs more than a row).
QString isoUtc(const QDateTime &when);

// The scale a score column uses, from all its values: the one that holds nearly all of them
// (values outside it are their rows' rejections). 0-3 when labelled or 0..3 only, else 1-5,
// else 0-10 when it holds zeros, else 1-10.
struct ScaleGuess
{
    SatisfactionScale scale = SatisfactionScale::OneToFive;
    bool known = false;
};
ScaleGuess guessScale(const QStringList &cells);

// A score on the scale: 1..5, "4 - Satisfied", "good"/"bad", "happy"… ; -1 for missing
// (including "0 - Unknown" and Zendesk's "offered"/"unoffered"); nullopt when unreadable.
std::optional<int> parseScore(const QString &cell, SatisfactionScale scale);

std::optional<Channel> parseChannel(const QString &cell);
// yes/no, true/false, 1/0, x, and counts such as ServiceNow's reopen_count (above 0: repeat).
std::optional<bool> parseRepeat(const QString &cell);

} // namespace ValueParsing

} // namespace qw
