#include "integritycheck.h"

#include "registerfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace qw::IntegrityCheck {

namespace {

struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterDocument)
};

} // namespace

QString run(const QString &uri, const std::atomic<bool> *cancel)
{
    sqlite3 *db = nullptr;
    const QByteArray name = uri.toUtf8();
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString problem = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return problem;
    }
    sqlite3_busy_timeout(db, 5000);
    if (cancel) {
        sqlite3_progress_handler(db, 10000, [](void *flag) {
            return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
        }, const_cast<std::atomic<bool> *>(cancel));
    }
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    int status = sqlite3_prepare_v2(db, "PRAGMA quick_check(3)", -1, &statement, nullptr);
    while (status == SQLITE_OK || status == SQLITE_ROW) {
        status = sqlite3_step(statement);
        if (status == SQLITE_ROW)
            problems.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    }
    if (status != SQLITE_DONE)
        problems.append(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return RegisterFiles::plainProblem(problems.join(QStringLiteral("; ")));
}

std::optional<Backups::Backup> newestHealthyBackup(const QString &registerPath, const std::atomic<bool> *cancel)
{
    for (const Backups::Backup &backup : Backups::list(registerPath)) {
        if (cancel && cancel->load())
            return std::nullopt;
        if (run(RegisterFiles::uri(backup.path, true), cancel).isEmpty())
            return backup;
    }
    return std::nullopt;
}

QString describeDamage(const QString &registerPath, const QString &problem,
                       const std::optional<Backups::Backup> &healthy)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(registerPath).absoluteFilePath());
    const QString what = CheckText::tr("“%1” is damaged (%2), so what it shows may be incomplete. It is read-only "
                                       "now; nothing more is written to it.").arg(shown, problem);
    if (!healthy)
        return what + QLatin1Char(' ') + CheckText::tr("No healthy backup of it was found.");
    return what + QLatin1Char(' ')
        + CheckText::tr("Its newest healthy backup is of %1 (“%2”): File ▸ Restore from Backup puts it back.")
              .arg(Backups::describe(*healthy), QDir::toNativeSeparators(healthy->path));
}

bool isDamage(const QString &message)
{
    return message.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("file is not a database"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
}

} // namespace qw::IntegrityCheck
