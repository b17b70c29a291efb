#include "valueparsing.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <limits>

namespace qw::ValueParsing {

namespace {

QString simple(const QString &cell)
{
    return cell.trimmed().toLower();
}

// "29/2/2016 01:16", "02-29-2016 13:05:00", "29.02.2016", "3/13/2024 10:00 PM",
// "2024-03-13 10:00:00.250 +01:00": three numbers, an optional time (fractional seconds,
// AM/PM) and an optional zone (Z, UTC, GMT or an offset). The whole cell must match: a date
// only partly understood is not a date.
const QRegularExpression &numericDate()
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})"
        "(?:(?:[ T]+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*([AaPp]\\.?[Mm]\\.?)?)?"
        "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Seconds east of UTC of a zone written after a time, or nullopt when there is none;
// *valid false when it is out of range.
std::optional<int> zoneOffset(const QString &zone, bool *valid)
{
    *valid = true;
    if (zone.isEmpty())
        return std::nullopt;
    const QChar sign = zone.at(0);
    if (sign != QLatin1Char('+') && sign != QLatin1Char('-'))
        return 0; // Z, UTC, GMT
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    if (hours > 14 || minutes > 59) {
        *valid = false;
        return std::nullopt;
    }
    const int seconds = hours * 3600 + minutes * 60;
    return sign == QLatin1Char('-') ? -seconds : seconds;
}

// Labelled answers, worst first, per labelled scale.
const char *const badGood[] = {"bad", "good"};
const char *const unhappyHappy[] = {"unhappy", "neutral", "happy"};
// Freshdesk's five-point labels map onto 1..5.
const char *const fivePoint[] = {"very unhappy", "unhappy", "neutral", "happy", "extremely happy"};

int labelIndex(const QString &text, const char *const *labels, int count)
{
    for (int i = 0; i < count; ++i) {
        if (text == QLatin1String(labels[i]))
            return i;
    }
    return -1;
}

} // namespace

bool isMissing(const QString &cell)
{
    const QStringView s = QStringView(cell).trimmed();
    if (s.size() > 4)
        return false; // the common case, decided without a copy: called for every cell of an import
    const auto is = [&](QLatin1String word) { return s.compare(word, Qt::CaseInsensitive) == 0; };
    return s.isEmpty() || is(QLatin1String("?")) || is(QLatin1String("-")) || is(QLatin1String("n/a"))
        || is(QLatin1String("na")) || is(QLatin1String("null"));
}

DateOrder dateOrder(const QStringList &cells)
{
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QString &cell : cells) {
        const QStringView text = QStringView(cell).trimmed();
        if (text.size() > 4 && text.at(0).isDigit() && text.at(1).isDigit() && text.at(2).isDigit()
            && text.at(3).isDigit())
            continue; // year first (ISO and the like): no ambiguity, and no regular expression
        const QRegularExpressionMatch m = numericDate().match(text);
        if (!m.hasMatch() || m.captured(1).size() > 2)
            continue; // ISO-like year first: no ambiguity
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (a > 12 && b > 12)
            continue; // no date in either order: it will be rejected on its own
        dayFirst = dayFirst || a > 12;
        monthFirst = monthFirst || b > 12;
    }
    if (dayFirst && monthFirst)
        return DateOrder::Conflicting;
    if (dayFirst)
        return DateOrder::DayFirst;
    if (monthFirst)
        return DateOrder::MonthFirst;
    return DateOrder::Undecided;
}

QDateTime LocalClock::toUtc(QDate date, QTime time)
{
    if (m_wall)
        return QDateTime(date, time, Qt::UTC);
    constexpr int noOffset = std::numeric_limits<int>::min();
    auto it = m_offsets.constFind(date.toJulianDay());
    if (it == m_offsets.cend()) {
        const int first = QDateTime(date, QTime(0, 0)).offsetFromUtc();
        const int last = QDateTime(date, QTime(23, 59, 59)).offsetFromUtc();
        it = m_offsets.insert(date.toJulianDay(), first == last ? first : noOffset);
    }
    if (*it == noOffset)
        return QDateTime(date, time).toUTC();
    return QDateTime(date, time, Qt::UTC).addSecs(-*it);
}

namespace {

// Local time, through the clock when there is one.
QDateTime localTime(QDate date, QTime time, LocalClock *clock)
{
    return clock ? clock->toUtc(date, time) : QDateTime(date, time);
}

// "2016-02-29 01:16:00" and "2016-02-29T01:16", without an offset: by far the commonest form
// in exports, read digit by digit (QDateTime::fromString is slow on a hundred thousand rows).
QDateTime fastIsoLocal(const QString &text, LocalClock *clock)
{
    const qsizetype n = text.size();
    if (n != 10 && n != 16 && n != 19)
        return {};
    const auto digits = [&](qsizetype from, qsizetype count, int *value) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    int year, month, day, hour = 0, minute = 0, second = 0;
    if (!digits(0, 4, &year) || text.at(4) != QLatin1Char('-') || !digits(5, 2, &month)
        || text.at(7) != QLatin1Char('-') || !digits(8, 2, &day))
        return {};
    if (n >= 16) {
        const QChar sep = text.at(10);
        if ((sep != QLatin1Char(' ') && sep != QLatin1Char('T')) || !digits(11, 2, &hour)
            || text.at(13) != QLatin1Char(':') || !digits(14, 2, &minute))
            return {};
        if (n == 19 && (text.at(16) != QLatin1Char(':') || !digits(17, 2, &second)))
            return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return localTime(date, time, clock);
}

} // namespace

QDateTime parseDate(const QString &cell, DateOrder order, LocalClock *clock)
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return {};
    if (const QDateTime fast = fastIsoLocal(text, clock); fast.isValid())
        return fast;
    const QRegularExpressionMatch m = numericDate().match(text);
    if (m.hasMatch()) {
        int year = 0, month = 0, day = 0;
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int c = m.captured(3).toInt();
        if (m.captured(1).size() == 4 && m.captured(3).size() <= 2) {
            year = a; month = b; day = c;
        } else if (m.captured(1).size() <= 2 && (m.captured(3).size() == 4 || m.captured(3).size() == 2)) {
            year = m.captured(3).size() == 2 ? 2000 + c : c;
            if (order == DateOrder::MonthFirst) {
                month = a; day = b;
            } else if (order == DateOrder::DayFirst) {
                day = a; month = b;
            } else {
                return {}; // the column could not decide: the caller must ask
            }
        } else {
            return {}; // 123-4-56: not a date in any order
        }
        const bool hasTime = !m.captured(4).isEmpty();
        int hour = hasTime ? m.captured(4).toInt() : 0;
        const int minute = hasTime ? m.captured(5).toInt() : 0;
        const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
        QString ampm = m.captured(7).toLower();
        ampm.remove(QLatin1Char('.'));
        if (!ampm.isEmpty()) {
            if (hour < 1 || hour > 12)
                return {}; // "13:00 PM" is no time
            if (ampm == QLatin1String("pm") && hour < 12)
                hour += 12;
            else if (ampm == QLatin1String("am") && hour == 12)
                hour = 0;
        }
        bool zoneValid = true;
        const std::optional<int> offset = zoneOffset(m.captured(8).toUpper(), &zoneValid);
        if (!zoneValid || (offset && !hasTime))
            return {}; // a zone needs a time of day to belong to
        const QDate date(year, month, day);
        const QTime time(hour, minute, second);
        if (!date.isValid() || !time.isValid())
            return {};
        if (offset)
            return QDateTime(date, time, Qt::UTC).addSecs(-*offset);
        return localTime(date, time, clock);
    }

    // Excel serial: days since 1899-12-30, the fraction is the time of day.
    bool ok = false;
    const double serial = QLocale::c().toDouble(text, &ok);
    if (ok && serial > 1 && serial < 2958466) {
        const qint64 days = qint64(std::floor(serial));
        const qint64 seconds = std::llround((serial - double(days)) * 86400.0);
        const QDate date = QDate(1899, 12, 30).addDays(days + seconds / 86400);
        return localTime(date, QTime(0, 0).addSecs(int(seconds % 86400)), clock);
    }
    return {};
}

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

namespace {

// "4", " 10 ": a bare number of up to three digits, the commonest score cell by far, read
// without a copy or a regular expression.
std::optional<int> plainNumber(const QString &cell)
{
    const QStringView s = QStringView(cell).trimmed();
    if (s.isEmpty() || s.size() > 3)
        return std::nullopt;
    int v = 0;
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

} // namespace

ScaleGuess guessScale(const QStringList &cells)
{
    // How many cells hold each number (0..10, and above), and whether a number carries a label
    // ("3 - Highly Satisfied").
    std::array<int, 12> counts{}; // [11]: above 10
    int numbers = 0;
    bool labelled0to3 = false;
    bool badGoodSeen = false, fivePointSeen = false, threePointSeen = false;
    for (const QString &cell : cells) {
        std::optional<int> v = plainNumber(cell);
        if (!v) {
            const QString s = simple(cell);
            if (isMissing(s) || s == QLatin1String("offered") || s == QLatin1String("unoffered"))
                continue;
            // Labels are weighed over the whole column: "happy" alone is the three-point scale,
            // with "very unhappy" or "extremely happy" anywhere it is Freshdesk's five points.
            if (labelIndex(s, badGood, 2) >= 0) {
                badGoodSeen = true;
                continue;
            }
            if (s == QLatin1String("very unhappy") || s == QLatin1String("extremely happy")) {
                fivePointSeen = true;
                continue;
            }
            if (labelIndex(s, unhappyHappy, 3) >= 0) {
                threePointSeen = true;
                continue;
            }
            static const QRegularExpression numberFirst(QStringLiteral("^(\\d{1,3})(?:[.,]0+)?(?:\\s*[-–:.]\\s*[^\\d\\s].*)?$"));
            const QRegularExpressionMatch m = numberFirst.match(s);
            if (!m.hasMatch())
                continue; // unreadable: rejected on its own row
            v = m.captured(1).toInt();
            labelled0to3 = labelled0to3 || (s.size() > m.captured(1).size() + 2 && *v <= 3);
        }
        ++counts[std::size_t(std::min(*v, 11))];
        ++numbers;
    }
    if (fivePointSeen)
        return {SatisfactionScale::OneToFive, true};
    if (threePointSeen)
        return {SatisfactionScale::UnhappyNeutralHappy, true};
    if (badGoodSeen)
        return {SatisfactionScale::BadGood, true};
    if (numbers == 0)
        return {};
    // The scale is the smallest that holds every number up to 10; a number above 10 fits no
    // scale (a 383 typed by mistake) and is its row's own rejection, not the scale's.
    const auto outside = [&](int low, int high) {
        int n = 0;
        for (int v = 0; v <= 10; ++v)
            n += v < low || v > high ? counts[std::size_t(v)] : 0;
        return n;
    };
    // Mostly above 10 (percentages, counts): no satisfaction scale.
    if (counts[11] * 2 > numbers)
        return {};
    const bool zeros = counts[0] > 0;
    const bool aboveFive = outside(0, 5) > 0;
    if ((labelled0to3 || zeros) && outside(0, 3) == 0)
        return {SatisfactionScale::ZeroToThree, true};
    // A 0 among values up to 5 (a "not rated" of some tools) is that row's rejection, not a
    // 0-10 survey: 0-10 needs values above 5 as well.
    if (!aboveFive)
        return {SatisfactionScale::OneToFive, true};
    if (zeros)
        return {SatisfactionScale::ZeroToTen, true};
    return {SatisfactionScale::OneToTen, true};
}

std::optional<int> scoreNumber(const QString &cell)
{
    if (const std::optional<int> v = plainNumber(cell))
        return v;
    static const QRegularExpression numberFirst(QStringLiteral("^(\\d+)(?:[.,]0+)?(?:\\s*[-–:.]\\s*[^\\d\\s].*)?$"));
    const QRegularExpressionMatch m = numberFirst.match(simple(cell));
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int v = m.captured(1).toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<int> parseScore(const QString &cell, SatisfactionScale scale)
{
    const auto inRange = [scale](int v) -> std::optional<int> {
        // "0 - Unknown" on a 0..3 scale is no answer, not a poor one.
        if (scale == SatisfactionScale::ZeroToThree && v == 0)
            return -1;
        if (v < scaleMinimum(scale) || v > scaleMaximum(scale))
            return std::nullopt;
        return v;
    };
    const bool numeric = scale == SatisfactionScale::OneToFive || scale == SatisfactionScale::OneToTen
        || scale == SatisfactionScale::ZeroToThree || scale == SatisfactionScale::ZeroToTen;
    if (const std::optional<int> v = plainNumber(cell); v && numeric)
        return inRange(*v);
    const QString s = simple(cell);
    if (isMissing(s) || s == QLatin1String("offered") || s == QLatin1String("unoffered"))
        return -1;
    switch (scale) {
    case SatisfactionScale::BadGood: {
        const int i = labelIndex(s, badGood, 2);
        return i >= 0 ? std::optional<int>(i) : std::nullopt;
    }
    case SatisfactionScale::UnhappyNeutralHappy: {
        const int i = labelIndex(s, unhappyHappy, 3);
        return i >= 0 ? std::optional<int>(i) : std::nullopt;
    }
    default:
        break;
    }
    if (scale == SatisfactionScale::OneToFive) {
        const int i = labelIndex(s, fivePoint, 5);
        if (i >= 0)
            return i + 1;
    }
    // A label after the number ("4 - Satisfied"), never more digits ("4.5" is no score of a scale).
    static const QRegularExpression numberFirst(QStringLiteral("^(\\d+)(?:[.,]0+)?(?:\\s*[-–:.]\\s*([^\\d\\s].*))?$"));
    const QRegularExpressionMatch m = numberFirst.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    return inRange(m.captured(1).toInt());
}

std::optional<Channel> parseChannel(const QString &cell)
{
    const QString s = simple(cell);
    if (s.contains(QLatin1String("phone")) || s.contains(QLatin1String("call")) || s == QLatin1String("voice"))
        return Channel::Phone;
    if (s.contains(QLatin1String("mail")))
        return Channel::Email;
    if (s.contains(QLatin1String("portal")) || s.contains(QLatin1String("web")) || s.contains(QLatin1String("self")))
        return Channel::Portal;
    if (s.contains(QLatin1String("chat")) || s.contains(QLatin1String("messag")))
        return Channel::Chat;
    if (s.contains(QLatin1String("walk")) || s.contains(QLatin1String("person")) || s.contains(QLatin1String("desk")))
        return Channel::WalkIn;
    if (s.contains(QLatin1String("video")) || s.contains(QLatin1String("teams")) || s.contains(QLatin1String("zoom")))
        return Channel::Video;
    if (s == QLatin1String("unknown") || s == QLatin1String("other"))
        return Channel::Unknown;
    return std::nullopt;
}

std::optional<bool> parseRepeat(const QString &cell)
{
    const QString s = simple(cell);
    if (isMissing(s) || s == QLatin1String("no") || s == QLatin1String("false") || s == QLatin1String("n"))
        return false;
    if (s == QLatin1String("yes") || s == QLatin1String("true") || s == QLatin1String("y") || s == QLatin1String("x"))
        return true;
    bool ok = false;
    const int count = s.toInt(&ok);
    if (ok)
        return count > 0;
    return std::nullopt;
}

} // namespace qw::ValueParsing
