#pragma once

// Helpers shared by the tests: a register in a temporary folder (or a database of its own on
// a test server), and a file's bytes.

#include "document/registerdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QUrl>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace qw::testing {

// The suite runs on register files, and the storage suites again on a PostgreSQL server
// (ctest's *_postgres runs: QW_TEST_BACKEND=postgres, the server at QW_TEST_POSTGRES, as
// tests/pgserver.sh starts one): each register path a test names is then a database of its
// own on the server, created on first use and dropped when the test ends.
inline bool onServer()
{
    return qEnvironmentVariable("QW_TEST_BACKEND") == QLatin1String("postgres");
}

// The server's address without a database (postgresql://postgres@127.0.0.1:PORT). Without one,
// a server run is skipped (ctest's SKIP_RETURN_CODE 77), except in CI, where it fails.
inline QString testServer()
{
    const QString server = qEnvironmentVariable("QW_TEST_POSTGRES");
    if (server.isEmpty()) {
        if (!qEnvironmentVariableIsEmpty("CI")) {
            std::fprintf(stderr, "QW_TEST_BACKEND=postgres needs a server in QW_TEST_POSTGRES (tests/pgserver.sh)\n");
            std::exit(1);
        }
        std::fprintf(stderr, "SKIP: no PostgreSQL server for the tests (QW_TEST_POSTGRES; see tests/pgserver.sh)\n");
        std::exit(77);
    }
    return server;
}

// Runs one statement on the server's maintenance database (a test's own databases and roles).
inline bool onMaintenance(const QString &sql, QString *error = nullptr)
{
    bool done = false;
    const QString name = QStringLiteral("qw-test-maintenance");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(testServer());
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(sql);
            if (!done && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// The databases this test process created (a register path the test named → the database's
// address), dropped when its application object goes (while Qt's SQL is still there).
inline QHash<QString, QString> &serverDatabases()
{
    static QHash<QString, QString> databases;
    static const bool cleaned = [] {
        qAddPostRoutine([] {
            for (auto it = databases.cbegin(); it != databases.cend(); ++it)
                onMaintenance(QStringLiteral("DROP DATABASE IF EXISTS ") + it.value().section(QLatin1Char('/'), -1)
                              + QStringLiteral(" WITH (FORCE)"));
            databases.clear();
        });
        return true;
    }();
    Q_UNUSED(cleaned);
    return databases;
}

// Where a register a test names by path is kept: the path itself, or on a server run a
// database of its own (the same one each time the path is named).
inline QString serverDatabaseFor(const QString &path)
{
    QHash<QString, QString> &databases = serverDatabases();
    const QString key = QFileInfo(path).absoluteFilePath();
    if (const auto it = databases.constFind(key); it != databases.constEnd())
        return *it;
    static int serial = 0;
    const QString database = QStringLiteral("qwt_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
    QString error;
    if (!onMaintenance(QStringLiteral("CREATE DATABASE ") + database, &error)) {
        std::fprintf(stderr, "the test's database could not be created: %s\n", qPrintable(error));
        std::exit(1);
    }
    const QString location = testServer() + QLatin1Char('/') + database;
    databases.insert(key, location);
    return location;
}

inline QString registerLocation(const QString &path)
{
    return !onServer() || path.contains(QLatin1String("://")) ? path : serverDatabaseFor(path);
}

// A connection of a test's own to the register at path (a file, or on a server run its
// database), not yet opened: to look at it, or change it, behind QuickWins' back.
inline QSqlDatabase behindTheBack(const QString &connectionName, const QString &path)
{
    const QString location = registerLocation(path);
    if (!location.contains(QLatin1String("://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    const QUrl url(testServer());
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(location.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0));
    return db;
}

// For a test of what only a register file does (its bytes, its backups, its lock).
#define QW_FILE_ONLY()                                                                             \
    do {                                                                                           \
        if (qw::testing::onServer())                                                               \
            QSKIP("what a register file does: a server's register has no file");                  \
    } while (false)

inline std::unique_ptr<RegisterDocument> openRegister(const QString &path, bool readOnly = false)
{
    QString error;
    auto document = RegisterDocument::open(registerLocation(path), &error, readOnly);
    if (!document) {
        qWarning("could not open %s: %s", qPrintable(path), qPrintable(error));
        return document;
    }
    // A failed change says why in the test's output.
    QObject::connect(document.get(), &RegisterDocument::errorOccurred, document.get(),
                     [](const QString &message) { qWarning("%s", qPrintable(message)); });
    return document;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs one statement on a database file behind QuickWins's back (to forge a newer format or
// another program's database, or to check it); the first value of its first row, or a null
// QString when the statement did not run (an empty one when it returned no row).
inline QString valueOnFile(const QString &path, const QString &sql)
{
    QString value;
    {
        QSqlDatabase db = behindTheBack(QStringLiteral("behind-the-back"), path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                if (query.next())
                    value = query.value(0).toString();
                if (value.isNull())
                    value = QStringLiteral("");
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind-the-back"));
    return value;
}

// Writes bytes as the whole of the file at path (a script, an export, a stand-in).
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool execOnFile(const QString &path, const QString &sql)
{
    return !valueOnFile(path, sql).isNull();
}

inline Entry makeEntry(const QString &title, int impact, int effort)
{
    Entry e;
    e.title = title;
    e.impact = impact;
    e.effort = effort;
    e.raisedOn = QDate(2026, 10, 1);
    e.owner = QStringLiteral("Sam Okoro");
    return e;
}

inline Interaction makeInteraction(const QString &ticket, int score, const QDateTime &when)
{
    Interaction i;
    i.occurredAt = when;
    i.channel = Channel::Phone;
    i.service = QStringLiteral("Video conferencing");
    i.ticket = ticket;
    i.score = score;
    i.reason = QStringLiteral("Call went to voice mail");
    i.customer = QStringLiteral("Helen Marsh");
    return i;
}

} // namespace qw::testing
