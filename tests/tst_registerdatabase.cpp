// Storage: a register survives closing and reopening on a real file; anything that is not a
// register (or is from a newer version) is refused and left byte-identical; a read-only
// register opens read-only and refuses changes without losing anything.
#include "domain/registerlocation.h"
#include "testregister.h"

#include "domain/fieldlimits.h"

#include <QLockFile>

#include "storage/registerdatabase.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUndoStack>

using namespace qw;
using namespace qw::testing;

class TestRegisterDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverAddressNeverShowsItsPassword_data();
    void serverAddressNeverShowsItsPassword();
    void roundTripOnFile();
    void refusesWhatIsNotARegister_data();
    void refusesWhatIsNotARegister();
    void refusesNewerVersion();
    void missingFolder();
    void readOnlyRegister();
    void saveCopy();
    void fullDisk();
    void emptyLockLeftByACrash();

private:
    QTemporaryDir m_dir;
};

void TestRegisterDatabase::serverAddressNeverShowsItsPassword_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("server");
    QTest::newRow("user and password") << QStringLiteral("postgresql://ann:s3cret@db.example:5432/qw?sslmode=require")
                                       << QStringLiteral("postgresql://ann@db.example:5432/qw?sslmode=require") << true;
    QTest::newRow("password option") << QStringLiteral("postgres://ann@db.example/qw?password=s3cret&sslmode=require")
                                     << QStringLiteral("postgres://ann@db.example/qw?sslmode=require") << true;
    QTest::newRow("encoded password") << QStringLiteral("postgresql://ann:s%40cr%3At@db.example/qw")
                                      << QStringLiteral("postgresql://ann@db.example/qw") << true;
    QTest::newRow("no password") << QStringLiteral("postgresql://ann@127.0.0.1:5433/team")
                                 << QStringLiteral("postgresql://ann@127.0.0.1:5433/team") << true;
    QTest::newRow("a / in the password") << QStringLiteral("postgresql://ann:12/34@db/qw")
                                         << QStringLiteral("postgresql://ann@db/qw") << true;
    QTest::newRow("an @ in the password") << QStringLiteral("postgresql://ann:a@b?c@Db.Example/qw?SSLMode=require")
                                          << QStringLiteral("postgresql://ann@Db.Example/qw?SSLMode=require") << true;
    QTest::newRow("hosts and a key's passphrase") << QStringLiteral("postgresql://h1:5432,h2:5432/qw?sslpassword=s3cret&password=s3cret")
                                                  << QStringLiteral("postgresql://h1:5432,h2:5432/qw") << true;
    QTest::newRow("another scheme") << QStringLiteral("mysql://ann:s3cret@db/qw") << QStringLiteral("mysql://ann@db/qw") << false;
    QTest::newRow("a file") << QStringLiteral("/home/ann/team:s3cret@desk.qwr") << QStringLiteral("/home/ann/team:s3cret@desk.qwr")
                            << false;
}

// A server's address is refused by this version, and neither the refusal nor anything else
// shows the password it may hold.
void TestRegisterDatabase::serverAddressNeverShowsItsPassword()
{
    QFETCH(QString, location);
    QFETCH(QString, shown);
    QFETCH(bool, server);
    QCOMPARE(RegisterLocation::shown(location), shown);
    QCOMPARE(RegisterLocation::isServer(location), server);
    if (!location.contains(QLatin1String("://")))
        return;
    QString error;
    QVERIFY(!RegisterStore::open(location, &error, false));
    QVERIFY2(!error.contains(QStringLiteral("s3cret")) && !error.contains(QStringLiteral("cr%3At")), qPrintable(error));
    QVERIFY2(error.contains(shown), qPrintable(error));
}

void TestRegisterDatabase::roundTripOnFile()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.qwr"));
    Entry entry = makeEntry(QStringLiteral("Call-back within 15 minutes"), 5, 2);
    entry.description = QStringLiteral("Ünïcode, \"quotes\", 'apostrophes'; DROP TABLE entries;--");
    entry.cause = QStringLiteral("Voice mail during a video conference");
    entry.category = Category::People;
    entry.service = QStringLiteral("Video conferencing");
    entry.practice = QStringLiteral("incident");
    entry.status = Status::Approved;
    entry.raisedBy = QStringLiteral("Dana");
    entry.targetOn = QDate(2026, 12, 24);
    entry.expectedBenefit = QStringLiteral("No more unanswered calls");
    entry.notes = QStringLiteral("line one\nline two");
    Interaction interaction = makeInteraction(QStringLiteral("INC0012345"), 1,
                                              QDateTime(QDate(2026, 11, 3), QTime(9, 30)));
    interaction.team = QStringLiteral("Service desk");
    interaction.agent = QStringLiteral("Sam");
    interaction.comment = QStringLiteral("Nobody answered.\nTwice.");
    interaction.repeatContact = true;
    {
        auto document = openRegister(path);
        QVERIFY(document);
        QVERIFY(document->addEntry(entry));
        interaction.entryId = entry.id;
        QVERIFY(document->addInteraction(interaction));
    }
    // Closed cleanly: one file, no write-ahead log left beside it.
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    auto reopened = openRegister(path);
    QVERIFY(reopened);
    QVERIFY(!reopened->isReadOnly());
    QCOMPARE(reopened->entry(entry.id), std::optional<Entry>(entry));
    QCOMPARE(reopened->interaction(interaction.id), std::optional<Interaction>(interaction));
    QCOMPARE(reopened->entrySummaries().value(0).linkedCount, 1);
    QCOMPARE(Entry::codeFor(entry.id), QStringLiteral("CI-0001"));
}

void TestRegisterDatabase::refusesWhatIsNotARegister_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QStringLiteral("empty.qwr") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("text file") << QStringLiteral("notes.txt")
                               << QByteArray("Minutes of the service review\n") << QStringLiteral("not a QuickWins register");
    QTest::newRow("png") << QStringLiteral("logo.png")
                         << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
                         << QStringLiteral("not a QuickWins register");
    QTest::newRow("folder") << QStringLiteral("a-folder") << QByteArray() << QStringLiteral("is a folder");
    QTest::newRow("other database") << QStringLiteral("other.sqlite") << QByteArray() << QStringLiteral("another program");
    QTest::newRow("half a register") << QStringLiteral("half.qwr") << QByteArray() << QStringLiteral("damaged");
}

void TestRegisterDatabase::refusesWhatIsNotARegister()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(name);
    if (name == QLatin1String("a-folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (name == QLatin1String("other.sqlite")) {
        QVERIFY(execOnFile(path, QStringLiteral("CREATE TABLE t (x INTEGER)")));
    } else if (name == QLatin1String("half.qwr")) {
        const QString whole = m_dir.filePath(QStringLiteral("whole.qwr"));
        {
            auto document = openRegister(whole);
            QVERIFY(document);
            for (int i = 0; i < 200; ++i) {
                Entry e = makeEntry(QStringLiteral("Entry %1 with a long enough title").arg(i), 1 + i % 5, 1 + i % 3);
                QVERIFY(document->addEntry(e));
            }
        }
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 8192);
        QFile half(path);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(bytes.left(bytes.size() / 2));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileHash(path);

    QString error;
    auto document = RegisterDocument::open(path, &error);
    QVERIFY(!document);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestRegisterDatabase::refusesNewerVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("future.qwr"));
    {
        auto document = openRegister(path);
        QVERIFY(document);
    }
    QVERIFY(execOnFile(path, QStringLiteral("UPDATE schema_version SET version = 99")));
    const QByteArray before = fileHash(path);

    QString error;
    QVERIFY(!RegisterDocument::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("format 99")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestRegisterDatabase::missingFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/r.qwr"));
    QString error;
    QVERIFY(!RegisterDocument::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestRegisterDatabase::readOnlyRegister()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.qwr"));
    {
        auto document = openRegister(path);
        QVERIFY(document);
        Entry e = makeEntry(QStringLiteral("Kept"), 4, 2);
        QVERIFY(document->addEntry(e));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(path);
    {
        auto document = openRegister(path);
        QVERIFY(document);
        QVERIFY(document->isReadOnly());
        QCOMPARE(document->entryCount(), 1);
        QSignalSpy errors(document.get(), &RegisterDocument::errorOccurred);
        Entry e = makeEntry(QStringLiteral("Refused"), 5, 1);
        QVERIFY(!document->addEntry(e));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("read-only")));
        QCOMPARE(document->entryCount(), 1);
    }
    QCOMPARE(fileHash(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestRegisterDatabase::saveCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("original.qwr"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.qwr"));
    auto document = openRegister(path);
    QVERIFY(document);
    Entry e = makeEntry(QStringLiteral("Copied"), 4, 2);
    QVERIFY(document->addEntry(e));
    QString error;
    QVERIFY2(document->saveCopyAs(copy, &error), qPrintable(error));
    QVERIFY(!document->saveCopyAs(path, &error));
    auto copied = openRegister(copy);
    QVERIFY(copied);
    QCOMPARE(copied->entry(e.id)->title, QStringLiteral("Copied"));
}

void TestRegisterDatabase::fullDisk()
{
    // A full disk, simulated by capping the register at the pages it has: the change that
    // needs more is refused with a clear sentence, nothing of it is written, and everything
    // saved before is still there, in a file byte-identical to before.
    const QString path = m_dir.filePath(QStringLiteral("full.qwr"));
    {
        auto document = openRegister(path);
        Entry first = makeEntry(QStringLiteral("Saved before the disk filled up"), 4, 2);
        QVERIFY(document->addEntry(first));
    }
    {
        auto document = openRegister(path);
        QString connection;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (QSqlDatabase::database(name, false).databaseName() == path)
                connection = name;
        }
        QVERIFY(!connection.isEmpty());
        QSqlQuery cap(QSqlDatabase::database(connection, false));
        QVERIFY(cap.exec(QStringLiteral("PRAGMA max_page_count = 1")));   // the smallest it allows: as it is now
        QString message;
        connect(document.get(), &RegisterDocument::errorOccurred, this, [&](const QString &m) { message = m; });
        Entry big = makeEntry(QStringLiteral("Too big for the disk"), 3, 3);
        big.description = QString(FieldLimits::Text, QLatin1Char('x')); // more pages than the cap allows
        QVERIFY(!document->addEntry(big));
        QVERIFY2(message.startsWith(QStringLiteral("The disk is full, so the change was not saved")), qPrintable(message));
        QCOMPARE(document->entryCount(), 1);
        QCOMPARE(document->entrySummaries().first().title, QStringLiteral("Saved before the disk filled up"));
        // Space freed: the same document goes on saving.
        QVERIFY(cap.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(document->addEntry(big));
        QVERIFY(document->eraseEntry(big.id));
    }
    QCOMPARE(valueOnFile(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(openRegister(path)->entryCount(), 1);

    // Refused at once, the file is as it was, byte for byte.
    {
        auto document = openRegister(path);
        const QByteArray saved = fileHash(path);
        QString connection;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (QSqlDatabase::database(name, false).databaseName() == path)
                connection = name;
        }
        QSqlQuery cap(QSqlDatabase::database(connection, false));
        QVERIFY(cap.exec(QStringLiteral("PRAGMA max_page_count = 1")));
        Entry big = makeEntry(QStringLiteral("Too big again"), 3, 3);
        big.description = QString(512 * 1024, QLatin1Char('y'));
        QVERIFY(!document->addEntry(big));
        document.reset();
        QCOMPARE(fileHash(path), saved);
    }
}

void TestRegisterDatabase::emptyLockLeftByACrash()
{
    // A process killed between creating the lock file and writing who it is leaves it empty:
    // nobody holds it, and the register opens. An empty lock file that someone does hold
    // (its native lock) still keeps the register from a second writer.
    const QString path = m_dir.filePath(QStringLiteral("crashed.qwr"));
    QVERIFY(openRegister(path));
    const QString lockPath = path + QStringLiteral(".lock");
    {
        QFile empty(lockPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    QString error;
    auto document = RegisterDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(!document->isReadOnly());
    document.reset();

    QLockFile holder(lockPath);
    QVERIFY(holder.tryLock(0));
    QVERIFY(QFile::resize(lockPath, 0)); // held, and unreadable
    QVERIFY(!RegisterDocument::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("open in another QuickWins")), qPrintable(error));
    holder.unlock();
}

QTEST_GUILESS_MAIN(TestRegisterDatabase)
#include "tst_registerdatabase.moc"
