#include "personaldata.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace qw::PersonalData {

namespace {

const QString mark = QStringLiteral("•••");

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral(R"([\w.%+'-]+@[\w-]+(?:\.[\w-]+)+)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A run of digits, spaces, dots, dashes, slashes and brackets, perhaps after a +, not inside a
// word (INC0041187 is a ticket), holding at least eight digits.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w+\-/.])\+?\(?\d[\d ().\-/]{6,}\d(?!\w))"));
    return re;
}

// 2026-10-04, 04/10/2026, 04.10.2026 14:30: dates, not phone numbers.
const QRegularExpression &datePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$)"));
    return re;
}

bool isPhone(const QString &candidate)
{
    int digits = 0;
    for (QChar c : candidate)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 8 && !datePattern().match(candidate.trimmed()).hasMatch();
}

// The phone number with its digits masked in groups, as it was written.
QString maskedPhone(const QString &phone)
{
    QStringList groups;
    for (const QString &part : phone.split(QRegularExpression(QStringLiteral(R"([ ().\-/]+)")), Qt::SkipEmptyParts))
        groups.append(part.startsWith(QLatin1Char('+')) ? QStringLiteral("+") + mark : mark);
    return groups.join(QLatin1Char(' '));
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
    // The customer's name, whole, and each of its names of three letters or more.
    const QString name = customer.trimmed();
    if (!name.isEmpty() && !name.contains(QLatin1Char('@'))) {
        out.replace(name, mark, Qt::CaseInsensitive);
        for (const QString &part : name.split(QRegularExpression(QStringLiteral(R"([\s,]+)")), Qt::SkipEmptyParts)) {
            if (part.size() < 3 || part.endsWith(QLatin1Char('.')))
                continue; // initials and titles (Dr., Prof.) say nobody
            out.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(part)),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption),
                        mark);
        }
    }
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
