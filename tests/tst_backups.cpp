// Backups beside the register: one a day (seven kept), one before every upgrade of the format
// and one before every restore; a restore brings back exactly what the backup holds.
#include "testregister.h"

#include "storage/backups.h"
#include "storage/registerdatabase.h"

#include <QDir>

using namespace qw;
using namespace qw::testing;

class TestBackups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oncePerDaySevenKept();
    void backupIsTheRegister();
    void upgradeBacksUpFirst();
    void restoreBringsBackAndKeepsThePresent();
    void refusesToRestoreWhatIsNotABackup();

private:
    QTemporaryDir m_dir;
};

namespace {

QStringList titles(RegisterDocument *document)
{
    QStringList result;
    for (const EntrySummary &e : document->entrySummaries())
        result << e.title;
    result.sort();
    return result;
}

} // namespace

void TestBackups::oncePerDaySevenKept()
{
    const QString path = m_dir.filePath(QStringLiteral("daily.qwr"));
    auto document = openRegister(path);
    Entry entry = makeEntry(QStringLiteral("Kept safe"), 4, 2);
    QVERIFY(document->addEntry(entry));
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 30));
    QString error;
    for (int day = 0; day < 10; ++day) {
        QVERIFY2(Backups::takeDaily(path, &error, start.addDays(day)), qPrintable(error));
        QVERIFY(Backups::takeDaily(path, &error, start.addDays(day).addSecs(3600))); // opened again that day
    }
    const QList<Backups::Backup> backups = Backups::list(path);
    QCOMPARE(backups.size(), Backups::dailyKept);
    QCOMPARE(backups.first().taken, start.addDays(9));
    QCOMPARE(backups.last().taken, start.addDays(3));
    QCOMPARE(QFileInfo(backups.first().path).absolutePath(), m_dir.filePath(QStringLiteral("daily.qwr backups")));
    QCOMPARE(QFileInfo(backups.first().path).fileName(), QStringLiteral("daily 2026-11-10 083000.qwr"));
    QVERIFY(Backups::describe(backups.first()).contains(QStringLiteral("daily")));
    // No half-written file is left behind.
    QCOMPARE(QDir(Backups::folderFor(path)).entryList(QDir::Files).size(), Backups::dailyKept);
}

void TestBackups::backupIsTheRegister()
{
    const QString path = m_dir.filePath(QStringLiteral("copy.qwr"));
    auto document = openRegister(path);
    for (int n = 1; n <= 3; ++n) {
        Entry entry = makeEntry(QStringLiteral("Entry %1").arg(n), n, 6 - n);
        QVERIFY(document->addEntry(entry));
    }
    QString error;
    QVERIFY(Backups::takeDaily(path, &error)); // while the register is open and in use
    const QString backup = Backups::list(path).first().path;
    QCOMPARE(valueOnFile(backup, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    auto copy = openRegister(backup, true);
    QVERIFY(copy);
    QCOMPARE(titles(copy.get()), titles(document.get()));
}

void TestBackups::upgradeBacksUpFirst()
{
    const QString path = m_dir.filePath(QStringLiteral("old.qwr"));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/register-v1.qwr"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray original = fileHash(path);
    {
        auto document = openRegister(path);
        QVERIFY(document);
    }
    const QList<Backups::Backup> backups = Backups::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().kind, Backups::Kind::BeforeUpgrade);
    // The backup is the register as it was: format 1, every entry.
    QCOMPARE(valueOnFile(backups.first().path, QStringLiteral("SELECT max(version) FROM schema_version")),
             QStringLiteral("1"));
    QCOMPARE(valueOnFile(backups.first().path, QStringLiteral("SELECT count(*) FROM entries")), QStringLiteral("15"));
    QVERIFY(fileHash(path) != original); // upgraded
    // A second open upgrades nothing and backs up nothing more.
    openRegister(path).reset();
    QCOMPARE(Backups::list(path).size(), 1);
}

void TestBackups::restoreBringsBackAndKeepsThePresent()
{
    const QString path = m_dir.filePath(QStringLiteral("restore.qwr"));
    auto document = openRegister(path);
    Entry kept = makeEntry(QStringLiteral("In the backup"), 4, 2);
    QVERIFY(document->addEntry(kept));
    QString error;
    QVERIFY(Backups::takeDaily(path, &error, QDateTime(QDate(2026, 11, 20), QTime(9, 0))));
    Entry later = makeEntry(QStringLiteral("Added after the backup"), 2, 4);
    QVERIFY(document->addEntry(later));

    QVERIFY2(document->restoreFrom(Backups::list(path).first().path, &error), qPrintable(error));
    document.reset();
    document = openRegister(path);
    QCOMPARE(titles(document.get()), QStringList{QStringLiteral("In the backup")});
    QCOMPARE(valueOnFile(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // What the register held before the restore is a backup of its own.
    const QList<Backups::Backup> backups = Backups::list(path);
    QCOMPARE(backups.size(), 2);
    const auto before = std::find_if(backups.cbegin(), backups.cend(),
                                     [](const Backups::Backup &b) { return b.kind == Backups::Kind::BeforeRestore; });
    QVERIFY(before != backups.cend());
    auto present = openRegister(before->path, true);
    QCOMPARE(titles(present.get()), (QStringList{QStringLiteral("Added after the backup"), QStringLiteral("In the backup")}));
    // And the restored register works as before.
    Entry next = makeEntry(QStringLiteral("After the restore"), 5, 1);
    QVERIFY(document->addEntry(next));
}

void TestBackups::refusesToRestoreWhatIsNotABackup()
{
    const QString path = m_dir.filePath(QStringLiteral("refuse.qwr"));
    auto document = openRegister(path);
    Entry entry = makeEntry(QStringLiteral("Stays"), 4, 2);
    QVERIFY(document->addEntry(entry));
    const QString text = m_dir.filePath(QStringLiteral("notes.qwr"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a register");
    file.close();
    QString error;
    QVERIFY(!document->restoreFrom(text, &error));
    QVERIFY2(error.contains(QStringLiteral("is not a backup this version of QuickWins can restore")), qPrintable(error));
    QCOMPARE(titles(document.get()), QStringList{QStringLiteral("Stays")});
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
