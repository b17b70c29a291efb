#include "personaldata.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace qw::PersonalData {

namespace {

const QString mark = QStringLiteral("•••");

// Local part at most 64 characters (RFC 5321) and not inside a longer run, so that a long
// comment is scanned in linear time.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w.%+'-])[\w.%+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A run of digits, spaces, dots, dashes, slashes and brackets, perhaps after a +, not inside a
// word, a number or a time (INC0041187 is a ticket, 10:00 a time).
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w+\-/.:])\+?\(?\d[\d ().\-/]{6,}\d(?![\w:]))"));
    return re;
}

const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral(R"([ ().\-/]+)"));
    return re;
}

// 2026-10-04, 04/10/2026, 04.10.26: a date inside a candidate makes it no phone number.
const QRegularExpression &datePattern()
{
    static const QRegularExpression re(QStringLiteral(R"((^|\D)(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(\D|$))"));
    return re;
}

// 1 250 000.00, 12,500: an amount in thousands.
const QRegularExpression &amountPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{1,3}([ ,.]\d{3})+([.,]\d{1,2})?$)"));
    return re;
}

bool isPhone(const QString &candidate)
{
    int digits = 0;
    for (QChar c : candidate)
        digits += c.isDigit() ? 1 : 0;
    // Seven digits (555-0142) cannot be told from a range (800-1700) or a product (Office 365
    // 2019): from eight on.
    if (digits < 8)
        return false;
    const QString text = candidate.trimmed();
    const QStringList groups = text.split(separators(), Qt::SkipEmptyParts);
    // One unbroken number: a phone number only as one is dialled, from 0 or +.
    if (groups.size() == 1)
        return text.startsWith(QLatin1Char('0')) || text.startsWith(QLatin1Char('+'));
    // Dots alone: 06.12.34.56.78 and 030.1234.5678 are phone numbers; 10.0.19045.3803,
    // 192.168.0.1 and 1.250.000 are not.
    const bool dotsAlone = !text.contains(QRegularExpression(QStringLiteral(R"([ ()\-/])")));
    if (dotsAlone && groups.size() >= 4)
        return std::all_of(groups.cbegin(), groups.cend(), [](const QString &g) { return g.size() == 2; });
    if (datePattern().match(text).hasMatch())
        return false;
    if (dotsAlone)
        return text.startsWith(QLatin1Char('0')) || text.startsWith(QLatin1Char('+'));
    return !amountPattern().match(text).hasMatch();
}

// The phone number with its digits masked in groups, as it was written.
QString maskedPhone(const QString &phone)
{
    QStringList groups;
    for (const QString &part : phone.split(separators(), Qt::SkipEmptyParts))
        groups.append(part.startsWith(QLatin1Char('+')) ? QStringLiteral("+") + mark : mark);
    return groups.join(QLatin1Char(' '));
}

// The customer's name, whole, and each of its names of three letters or more, as whole words;
// the last customers' patterns are kept, as a list shows the same ones again and again.
const QRegularExpression &namePattern(const QString &name)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    if (cache.size() > 256)
        cache.clear();
    QStringList words{QRegularExpression::escape(name)};
    for (const QString &part : name.split(QRegularExpression(QStringLiteral(R"([\s,]+)")), Qt::SkipEmptyParts)) {
        if (part.size() >= 3 && !part.endsWith(QLatin1Char('.'))) // initials and titles (Dr., Prof.) say nobody
            words.append(QRegularExpression::escape(part));
    }
    return *cache.insert(name, QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(words.join(QLatin1Char('|'))),
                                                  QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::UseUnicodePropertiesOption));
}

} // namespace

QString masked(const QString &text, const QString &customer)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    out.replace(emailPattern(), mark + QLatin1Char('@') + mark);
    // Phone numbers, from the last so that positions stay right.
    QRegularExpressionMatchIterator it = phonePattern().globalMatch(out);
    QList<QRegularExpressionMatch> phones;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (isPhone(m.captured()))
            phones.prepend(m);
    }
    for (const QRegularExpressionMatch &m : phones)
        out.replace(m.capturedStart(), m.capturedLength(), maskedPhone(m.captured()));
    const QString name = customer.trimmed();
    if (name.size() >= 3 && !name.contains(QLatin1Char('@')))
        out.replace(namePattern(name), mark);
    return out;
}

bool contains(const QString &text)
{
    if (emailPattern().match(text).hasMatch())
        return true;
    QRegularExpressionMatchIterator it = phonePattern().globalMatch(text);
    while (it.hasNext()) {
        if (isPhone(it.next().captured()))
            return true;
    }
    return false;
}

QString hiddenCustomer()
{
    return QCoreApplication::translate("qw::PersonalData", "(hidden)");
}

} // namespace qw::PersonalData
