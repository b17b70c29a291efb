#pragma once

// The real executable, run as a user or a script runs it: offscreen, in English, with its
// settings and data in the test's own folder.

#include <QCoreApplication>
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

// environment: more variables (PGPASSWORD for a server's user, say).
inline ProcessResult runQuickWins(const QStringList &arguments, const QString &home, const QString &timeZone = {},
                                  const QProcessEnvironment &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(environment);
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

// A full disk, made: a tmpfs of the given size mounted at mount (root only; see below).
inline bool mountTmpfs(const QString &mount, qint64 bytes)
{
    return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                       QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"),
                                                       mount}) == 0;
}

// For a test that must mount, run by a user who is not root: this test function again, as
// root of a user and mount namespace of its own (unshare -rm), where mounting a tmpfs is
// allowed; what that run said. (Exit -1 when the system allows no such namespace.)
inline ProcessResult rerunAsNamespaceRoot(const char *function)
{
    QProcess process;
    process.start(QStringLiteral("unshare"), {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                                              QStringLiteral("--mount"), QCoreApplication::applicationFilePath(),
                                              QString::fromLatin1(function)});
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace qw::testing
