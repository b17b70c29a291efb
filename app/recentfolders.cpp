#include "recentfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace qw::RecentFolders {

namespace {

QString settingsKey(Kind kind)
{
    switch (kind) {
    case Kind::Registers: return QStringLiteral("folders/registers");
    case Kind::Imports: return QStringLiteral("folders/imports");
    case Kind::Exports: return QStringLiteral("folders/exports");
    }
    return {};
}

} // namespace

QString start(Kind kind, const QString &fallback)
{
    const QString last = QSettings().value(settingsKey(kind)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    if (!fallback.isEmpty() && QFileInfo(fallback).isDir())
        return fallback;
    return QDir::homePath();
}

void remember(Kind kind, const QString &filePath)
{
    if (!filePath.isEmpty())
        QSettings().setValue(settingsKey(kind), QFileInfo(filePath).absolutePath());
}

} // namespace qw::RecentFolders
