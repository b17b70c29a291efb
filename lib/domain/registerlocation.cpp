#include "registerlocation.h"

#include <QStringList>
#include <QUrl>

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

std::optional<ServerAddress> parseServer(const QString &location, QString *error)
{
    if (!isServer(location)) {
        *error = QStringLiteral("it does not start with postgresql://");
        return std::nullopt;
    }
    auto decoded = [](const QString &part) { return QUrl::fromPercentEncoding(part.toUtf8()); };
    ServerAddress address;
    const qsizetype authority = location.indexOf(QLatin1String("://")) + 3;
    // As shown() reads it: the user's name and password end at the last "@".
    const qsizetype at = location.lastIndexOf(QLatin1Char('@'));
    QString rest = location.mid(authority);
    if (at >= authority) {
        const QString credentials = location.mid(authority, at - authority);
        address.user = decoded(credentials.section(QLatin1Char(':'), 0, 0));
        if (credentials.contains(QLatin1Char(':')))
            address.password = decoded(credentials.section(QLatin1Char(':'), 1));
        rest = location.mid(at + 1);
    }
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString hostPort = rest.section(QLatin1Char('/'), 0, 0);
    address.database = decoded(rest.section(QLatin1Char('/'), 1));
    if (hostPort.startsWith(QLatin1Char('['))) { // [::1]:5432
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = QStringLiteral("its address “%1” lacks a closing ]").arg(hostPort);
            return std::nullopt;
        }
        address.host = hostPort.mid(1, close - 1);
        hostPort = hostPort.mid(close + 1);
    } else {
        address.host = decoded(hostPort.section(QLatin1Char(':'), 0, 0));
        hostPort = hostPort.contains(QLatin1Char(':')) ? hostPort.mid(hostPort.indexOf(QLatin1Char(':'))) : QString();
    }
    if (!hostPort.isEmpty()) {
        bool ok = false;
        const int port = hostPort.startsWith(QLatin1Char(':')) ? hostPort.mid(1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535) {
            *error = QStringLiteral("its port “%1” is not a number from 1 to 65535").arg(hostPort.mid(1));
            return std::nullopt;
        }
        address.port = port;
    }
    for (const QString &option : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = decoded(option.section(QLatin1Char('='), 0, 0)).trimmed();
        if (key.isEmpty() || !option.contains(QLatin1Char('='))) {
            *error = QStringLiteral("its option “%1” is not KEY=VALUE").arg(isSecret(key) ? key : option);
            return std::nullopt;
        }
        const QString value = decoded(option.section(QLatin1Char('='), 1));
        if (key == QLatin1String("password"))
            address.password = value;
        else
            address.options.append({key, value});
    }
    return address;
}

QString serverLocation(const ServerAddress &address)
{
    auto encoded = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    QString location = QStringLiteral("postgresql://");
    if (!address.user.isEmpty() || !address.password.isEmpty()) {
        location += encoded(address.user);
        if (!address.password.isEmpty())
            location += QLatin1Char(':') + encoded(address.password);
        location += QLatin1Char('@');
    }
    location += address.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + address.host + QLatin1Char(']')
                                                         : encoded(address.host);
    if (address.port > 0)
        location += QLatin1Char(':') + QString::number(address.port);
    if (!address.database.isEmpty())
        location += QLatin1Char('/') + encoded(address.database);
    QStringList options;
    for (const auto &[key, value] : address.options)
        options << encoded(key) + QLatin1Char('=') + encoded(value);
    if (!options.isEmpty())
        location += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return location;
}

} // namespace qw::RegisterLocation
