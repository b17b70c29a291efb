#include "registerlocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace qw::RegisterLocation {

bool isServer(const QString &location)
{
    const QString scheme = location.section(QLatin1Char(':'), 0, 0).toLower();
    return location.contains(QLatin1String("://"))
        && (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"));
}

QString shown(const QString &location)
{
    if (!location.contains(QLatin1String("://")))
        return location;
    QUrl url(location, QUrl::TolerantMode);
    if (!url.isValid()) {
        // Not read as an address: everything between "://" and the last "@" may be a password.
        const qsizetype start = location.indexOf(QLatin1String("://")) + 3;
        const qsizetype at = location.lastIndexOf(QLatin1Char('@'));
        return at > start ? location.left(start) + QStringLiteral("…") + location.mid(at) : location;
    }
    url.setPassword(QString());
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            query.removeAllQueryItems(key);
    }
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

} // namespace qw::RegisterLocation
