#include "registerlocation.h"

#include <QStringList>

namespace qw::RegisterLocation {

bool isServer(const QString &location)
{
    const QString scheme = location.section(QLatin1Char(':'), 0, 0).toLower();
    return location.contains(QLatin1String("://"))
        && (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"));
}

namespace {

// An option that is, or ends in, a password (password=, sslpassword=).
bool isSecret(const QString &key)
{
    return key.trimmed().endsWith(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace

QString shown(const QString &location)
{
    const qsizetype start = location.indexOf(QLatin1String("://"));
    if (start < 0)
        return location;
    // Worked on as typed (a URL parser would also rewrite its case and encoding). Whatever
    // stands between the user's name and the last "@" is the password, even holding a "/",
    // "?" or "@" of its own; an "@" in an option only makes more of it go.
    const qsizetype authority = start + 3;
    const qsizetype at = location.lastIndexOf(QLatin1Char('@'));
    QString head = location;
    qsizetype from = authority;
    if (at >= authority) {
        const QString user = location.mid(authority, at - authority).section(QLatin1Char(':'), 0, 0);
        head = location.left(authority) + user + location.mid(at);
        from = authority + user.size() + 1;
    }
    const qsizetype query = head.indexOf(QLatin1Char('?'), from);
    if (query < 0)
        return head;
    QStringList kept;
    for (const QString &option : head.mid(query + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        if (!isSecret(option.section(QLatin1Char('='), 0, 0)))
            kept << option;
    }
    return kept.isEmpty() ? head.left(query) : head.left(query + 1) + kept.join(QLatin1Char('&'));
}

} // namespace qw::RegisterLocation
