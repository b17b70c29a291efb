#include "recentregisters.h"

#include "domain/registerlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace qw {

namespace {
constexpr int MaxRecent = 8;
}

RecentRegisters::RecentRegisters(QMenu *menu, bool persistent, QObject *parent)
    : QObject(parent), m_menu(menu), m_persistent(persistent)
{
    updateMenu();
}

void RecentRegisters::add(const QString &path)
{
    if (!m_persistent)
        return;
    QSettings settings;
    // A team register's address as shown (never with a password); a file by its absolute path.
    const QString absolute = RegisterLocation::isServer(path) ? RegisterLocation::shown(path)
                                                              : QFileInfo(path).absoluteFilePath();
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recent"), recent.mid(0, MaxRecent));
    settings.setValue(QStringLiteral("lastRegister"), absolute);
    updateMenu();
}

void RecentRegisters::updateMenu()
{
    m_menu->clear();
    const QStringList recent = m_persistent
        ? QSettings().value(QStringLiteral("recent")).toStringList() : QStringList();
    for (const QString &path : recent) {
        m_menu->addAction(QDir::toNativeSeparators(path), this, [this, path] { Q_EMIT openRequested(path); });
    }
    m_menu->setEnabled(!recent.isEmpty());
}

} // namespace qw
