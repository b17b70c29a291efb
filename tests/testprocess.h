#pragma once

// The real executable, run as a user or a script runs it: offscreen, in English, with its
// settings and data in the test's own folder.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace qw::testing {

struct ProcessResult
{
    int exitCode = -1; // -1: it crashed or did not finish within a minute
    QString out;
    QString err;
};

inline ProcessResult runQuickWins(const QStringList &arguments, const QString &home, const QString &timeZone = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!timeZone.isEmpty())
        env.insert(QStringLiteral("TZ"), timeZone);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QUICKWINS_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace qw::testing
