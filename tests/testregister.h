#pragma once

// Helpers shared by the tests: a register in a temporary folder, and a file's bytes.

#include "document/registerdocument.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace qw::testing {

inline std::unique_ptr<RegisterDocument> openRegister(const QString &path, bool readOnly = false)
{
    QString error;
    auto document = RegisterDocument::open(path, &error, readOnly);
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
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind-the-back"));
        db.setDatabaseName(path);
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
