// The register, attacked as an attacker would and met as an unlucky user meets it (issue 12):
// a read-only folder or file system, a write-ahead log left by a crash or taken from another
// register, a damaged page, a version row deleted, a second writer through a link, a full
// disk, backups left half-written or dated in the future. Each through the real executable,
// on files the test makes, asserting what a user would notice: every entry there or a clear
// refusal, and nothing written.
#include "testprocess.h"
#include "testregister.h"

#include "matrix/matrixlayout.h"
#include "matrix/matrixscene.h"
#include "models/entrymodel.h"
#include "storage/backups.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace qw;
using namespace qw::testing;

class TestRegisterAttacks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readOnlyFolderShowsEverything_data();
    void readOnlyFolderShowsEverything();
    void ownLogAfterACrashIsApplied();
    void foreignLogIsRefused_data();
    void foreignLogIsRefused();
    void damagedPageIsNoticed_data();
    void damagedPageIsNoticed();
    void damagedStructureIsRefused_data();
    void damagedStructureIsRefused();
    void oneWriterWhateverTheName_data();
    void oneWriterWhateverTheName();
    void fullDiskStillReads();
    void backupLeftoversAndNames();
    void futureBackupsDoNotCrowdOut();
    void valuesWrittenBehindOurBack();
    void linkToARegisterElsewhere();
    void sidecarThatIsNotAFile_data();
    void sidecarThatIsNotAFile();

private:
    using Result = ProcessResult;
    Result run(const QStringList &arguments);
    // A register with the demonstration data (15 entries), checkpointed, in a folder of its own.
    QString demoRegister(const QString &name);
    // The register as a process killed after one more edit leaves it: the edit only in its -wal.
    // Written into folder (register and -wal), from the register at source.
    QString crashImage(const QString &source, const QString &folder, const QString &title);
    // The entries' titles in a CSV export (the first column after the header).
    int exportedEntries(const QString &csv, QStringList *titles = nullptr);
    bool readOnlyMount(const QString &source, const QString &target);

    QTemporaryDir m_dir;
    QStringList m_mounts;
};

TestRegisterAttacks::Result TestRegisterAttacks::run(const QStringList &arguments)
{
    return runQuickWins(arguments, m_dir.path());
}

void TestRegisterAttacks::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestRegisterAttacks::demoRegister(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("team.qwr"));
    const Result r = run({QStringLiteral("--register"), path, QStringLiteral("--demo"), QStringLiteral("--export-csv"),
                          m_dir.filePath(name + QStringLiteral(".csv"))});
    if (r.exitCode != 0)
        qWarning("demo: %s", qPrintable(r.err));
    return path;
}

QString TestRegisterAttacks::crashImage(const QString &source, const QString &folder, const QString &title)
{
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(QFileInfo(source).fileName());
    const QString name = QStringLiteral("crash-image");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
            query.prepare(QStringLiteral("UPDATE entries SET title = ? WHERE id = (SELECT MIN(id) FROM entries)"));
            query.addBindValue(title);
            query.exec();
            // Copied while the connection is open: the file and its log as a kill leaves them.
            QFile::remove(target);
            QFile::remove(target + QStringLiteral("-wal"));
            QFile::copy(source, target);
            QFile::copy(source + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return target;
}

int TestRegisterAttacks::exportedEntries(const QString &csv, QStringList *titles)
{
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (titles)
        *titles = lines;
    return int(lines.size()) - 1;
}

bool TestRegisterAttacks::readOnlyMount(const QString &source, const QString &target)
{
    QDir().mkpath(target);
    if (::geteuid() != 0)
        return false;
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), source, target}) != 0)
        return false;
    m_mounts.append(target);
    return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), target}) == 0;
}

void TestRegisterAttacks::readOnlyFolderShowsEverything_data()
{
    QTest::addColumn<bool>("withLog");
    QTest::newRow("the file alone") << false;
    QTest::newRow("with the log a crash left") << true;
}

void TestRegisterAttacks::readOnlyFolderShowsEverything()
{
    // Before: "0 entries · 0 interactions", and an export of just the header with exit 0.
    QFETCH(bool, withLog);
    const QString tag = withLog ? QStringLiteral("rolog") : QStringLiteral("roplain");
    const QString reg = demoRegister(tag);
    const QString folder = m_dir.filePath(tag + QStringLiteral("-image"));
    QString image = reg;
    if (withLog) {
        image = crashImage(reg, folder, QStringLiteral("Only in the log"));
        QVERIFY(QFileInfo(image + QStringLiteral("-wal")).size() > 0);
    } else {
        QDir().mkpath(folder);
        image = QDir(folder).filePath(QStringLiteral("team.qwr"));
        QVERIFY(QFile::copy(reg, image));
    }
    QString readFrom = image;
    const QString mount = m_dir.filePath(tag + QStringLiteral("-ro"));
    const auto unmount = qScopeGuard([&] {
        if (m_mounts.contains(mount))
            QProcess::execute(QStringLiteral("umount"), {mount});
        m_mounts.removeAll(mount);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (readOnlyMount(folder, mount)) {
        readFrom = QDir(mount).filePath(QStringLiteral("team.qwr"));
    } else {
        QFile::setPermissions(image, QFile::ReadOwner);
        QFile::setPermissions(image + QStringLiteral("-wal"), QFile::ReadOwner);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QByteArray before = fileHash(image);
    const QString csv = m_dir.filePath(tag + QStringLiteral("-out.csv"));
    const Result r = run({QStringLiteral("--register"), readFrom, QStringLiteral("--export-csv"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines;
    QCOMPARE(exportedEntries(csv, &lines), 15);
    if (withLog)
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Only in the log")), "the log's change is read");
    QCOMPARE(fileHash(image), before);
    QVERIFY(!QFileInfo::exists(image + QStringLiteral("-shm")));
}

void TestRegisterAttacks::ownLogAfterACrashIsApplied()
{
    // A register with its own log, as a kill leaves it, opens for changes with the logged change.
    const QString reg = demoRegister(QStringLiteral("ownlog"));
    const QString image = crashImage(reg, m_dir.filePath(QStringLiteral("ownlog-image")), QStringLiteral("Logged edit"));
    const QString csv = m_dir.filePath(QStringLiteral("ownlog-out.csv"));
    const QString script = m_dir.filePath(QStringLiteral("ownlog.txt"));
    QVERIFY(writeFile(script, "add-entry title=\"After the crash\" impact=4 effort=2\n"));
    const Result r = run({QStringLiteral("--register"), image, QStringLiteral("--script"), script,
                          QStringLiteral("--export-csv"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines;
    QCOMPARE(exportedEntries(csv, &lines), 16);
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Logged edit")));
    QCOMPARE(valueOnFile(image, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestRegisterAttacks::foreignLogIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << QStringLiteral("--export-csv");
    QTest::newRow("script") << QStringLiteral("--script");
}

void TestRegisterAttacks::foreignLogIsRefused()
{
    // Before: exit 0, the other register's entries shown, the file changed and failing
    // integrity_check.
    QFETCH(QString, command);
    const QString tag = QStringLiteral("foreign-") + command.mid(2);
    const QString ours = demoRegister(tag + QStringLiteral("-ours"));
    const QString other = demoRegister(tag + QStringLiteral("-other"));
    // The other register, changed so its log holds pages of its own.
    QVERIFY(execOnFile(other, QStringLiteral("UPDATE entries SET title = 'Theirs ' || id")));
    const QString otherImage = crashImage(other, m_dir.filePath(tag + QStringLiteral("-otherimage")),
                                          QStringLiteral("Theirs, logged"));
    QVERIFY(QFile::copy(otherImage + QStringLiteral("-wal"), ours + QStringLiteral("-wal")));
    const QByteArray file = fileHash(ours);
    const QByteArray log = fileHash(ours + QStringLiteral("-wal"));
    const QString out = m_dir.filePath(tag + QStringLiteral("-out"));
    QFile scriptFile(out);
    QVERIFY(scriptFile.open(QIODevice::WriteOnly));
    scriptFile.write("add-entry title=\"Never made\"\n");
    scriptFile.close();
    const Result r = run({QStringLiteral("--register"), ours, command,
                          command == QLatin1String("--script") ? out : out + QStringLiteral(".csv")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("write-ahead log")) && r.err.contains(QStringLiteral("Nothing was changed")),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QStringLiteral("quickwins:")), 1);
    QVERIFY2(!r.err.section(QStringLiteral("quickwins:"), 1).trimmed().contains(QLatin1Char('\n')), qPrintable(r.err));
    QCOMPARE(fileHash(ours), file);
    QCOMPARE(fileHash(ours + QStringLiteral("-wal")), log);
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".csv")));
    // Moved away, the register is what it was.
    QVERIFY(QFile::remove(ours + QStringLiteral("-wal")));
    QFile::remove(ours + QStringLiteral("-shm"));
    QCOMPARE(valueOnFile(ours, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(valueOnFile(ours, QStringLiteral("SELECT COUNT(*) FROM entries WHERE title LIKE 'Theirs%'")),
             QStringLiteral("0"));
}

void TestRegisterAttacks::damagedPageIsNoticed_data()
{
    QTest::addColumn<QString>("object");
    QTest::newRow("an index") << QStringLiteral("interactions_occurred");
    QTest::newRow("the entries table") << QStringLiteral("entries");
}

void TestRegisterAttacks::damagedPageIsNoticed()
{
    // Before: "0 entries" or 8 of 15, exports exit 0, edits go on into the damaged file.
    QFETCH(QString, object);
    const QString tag = QStringLiteral("damaged-") + QString::number(QTest::currentDataTag()[0]);
    const QString reg = demoRegister(tag);
    // A backup first (any change makes today's), then a page of the object zeroed.
    const QString script = m_dir.filePath(tag + QStringLiteral(".txt"));
    QVERIFY(writeFile(script, "add-entry title=\"Before the damage\" impact=4 effort=2\n"));
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script}).exitCode, 0);
    QCOMPARE(Backups::list(reg).size(), 1);
    const int pageSize = valueOnFile(reg, QStringLiteral("PRAGMA page_size")).toInt();
    const QString page = valueOnFile(reg, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(object));
    QVERIFY(pageSize > 0 && page.toInt() > 1);
    QFile::remove(reg + QStringLiteral("-wal"));
    QFile::remove(reg + QStringLiteral("-shm"));
    {
        QFile file(reg);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(page.toInt() - 1) * pageSize));
        file.write(QByteArray(pageSize, '\0'));
    }
    const QByteArray damaged = fileHash(reg);
    const QString csv = m_dir.filePath(tag + QStringLiteral("-out.csv"));
    const Result exported = run({QStringLiteral("--register"), reg, QStringLiteral("--export-csv"), csv});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QStringLiteral("is damaged")) && exported.err.contains(QStringLiteral("newest healthy backup")),
             qPrintable(exported.err));
    QVERIFY(!QFileInfo::exists(csv));
    const Result edited = run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script});
    QCOMPARE(edited.exitCode, 1);
    QVERIFY2(edited.err.contains(QStringLiteral("is damaged")), qPrintable(edited.err));
    QCOMPARE(fileHash(reg), damaged);
    QCOMPARE(Backups::list(reg).size(), 1); // no damaged copy among the backups
}

void TestRegisterAttacks::damagedStructureIsRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("said");
    QTest::newRow("version row deleted") << QStringLiteral("DELETE FROM schema_version") << QStringLiteral("format version is missing");
    QTest::newRow("version nonsense") << QStringLiteral("UPDATE schema_version SET version = 'abc'") << QStringLiteral("“abc”");
    QTest::newRow("version zero") << QStringLiteral("UPDATE schema_version SET version = 0") << QStringLiteral("“0”");
    QTest::newRow("two versions") << QStringLiteral("INSERT INTO schema_version VALUES (3)") << QStringLiteral("2 format versions");
    QTest::newRow("table missing") << QStringLiteral("DROP TABLE snapshot_entries") << QStringLiteral("“snapshot_entries” is missing");
    QTest::newRow("versions table missing") << QStringLiteral("DROP TABLE schema_version") << QStringLiteral("table of format versions");
}

void TestRegisterAttacks::damagedStructureIsRefused()
{
    // Before: a version row deleted was read as format 0 and "upgraded", with a new backup at
    // every try, and then failed.
    QFETCH(QString, sql);
    QFETCH(QString, said);
    const QString reg = demoRegister(QStringLiteral("structure-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(execOnFile(reg, sql));
    QVERIFY(execOnFile(reg, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QByteArray before = fileHash(reg);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Result r = run({QStringLiteral("--register"), reg, QStringLiteral("--export-csv"),
                              m_dir.filePath(QStringLiteral("structure.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is damaged")) && r.err.contains(said), qPrintable(r.err));
    }
    QCOMPARE(fileHash(reg), before);
    QVERIFY(Backups::list(reg).isEmpty());
    QVERIFY(!QFileInfo::exists(Backups::folderFor(reg)));
}

void TestRegisterAttacks::oneWriterWhateverTheName_data()
{
    QTest::addColumn<bool>("hardLink");
    QTest::newRow("symbolic link") << false;
    QTest::newRow("hard link") << true;
}

void TestRegisterAttacks::oneWriterWhateverTheName()
{
    // Before: a second QuickWins wrote through the link at the same time; edits both reported
    // done were lost.
    QFETCH(bool, hardLink);
    const QString tag = hardLink ? QStringLiteral("hardlink") : QStringLiteral("symlink");
    const QString reg = demoRegister(tag);
    const QString link = m_dir.filePath(tag + QStringLiteral("/other name.qwr"));
    if (hardLink)
        QCOMPARE(::link(QFile::encodeName(reg).constData(), QFile::encodeName(link).constData()), 0);
    else
        QVERIFY(QFile::link(reg, link));
    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(QUICKWINS_EXECUTABLE), {QStringLiteral("--register"), reg, QStringLiteral("--script"),
                                                        QStringLiteral("-")});
    QVERIFY(first.waitForStarted());
    first.write("add-entry title=\"First writer\"\n");
    QVERIFY(first.waitForReadyRead(20000));
    QVERIFY(first.readAll().startsWith("done 1"));
    const QString script = m_dir.filePath(tag + QStringLiteral(".txt"));
    QVERIFY(writeFile(script, "add-entry title=\"Second writer\"\n"));
    const Result second = run({QStringLiteral("--register"), link, QStringLiteral("--script"), script});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("is open in another QuickWins")), qPrintable(second.err));
    // Reading through the link while the first writes is still possible.
    const QString csv = m_dir.filePath(tag + QStringLiteral("-out.csv"));
    const Result read = run({QStringLiteral("--register"), link, QStringLiteral("--export-csv"), csv});
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    QCOMPARE(exportedEntries(csv), 16);
    first.closeWriteChannel();
    QVERIFY(first.waitForFinished(20000));
    QCOMPARE(first.exitCode(), 0);
    // Once the first has gone, the other name may write.
    QCOMPARE(run({QStringLiteral("--register"), link, QStringLiteral("--script"), script}).exitCode, 0);
    QCOMPARE(valueOnFile(reg, QStringLiteral("SELECT COUNT(*) FROM entries WHERE title LIKE '% writer'")),
             QStringLiteral("2"));
}

void TestRegisterAttacks::fullDiskStillReads()
{
    // Before: after a full disk the register could no longer be opened or exported ("may be
    // damaged", from a 3-byte -shm the failed open left); creating a register on a full disk
    // left orphan -wal/-shm.
    if (::geteuid() != 0) {
        const ProcessResult r = rerunAsNamespaceRoot(QTest::currentTestFunction());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        return;
    }
    const QString reg = demoRegister(QStringLiteral("full"));
    const QString mount = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount));
    QVERIFY(mountTmpfs(mount, QFileInfo(reg).size() + 256 * 1024));
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mount}); });
    const QString onFull = QDir(mount).filePath(QStringLiteral("team.qwr"));
    QVERIFY(QFile::copy(reg, onFull));
    {
        QFile fill(mount + QStringLiteral("/fill"));
        QVERIFY(fill.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (fill.write(block) == block.size() && fill.flush()) {
        }
    }
    const QString script = m_dir.filePath(QStringLiteral("full.txt"));
    QVERIFY(writeFile(script, "add-entry title=\"Too much\"\n"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Result edit = run({QStringLiteral("--register"), onFull, QStringLiteral("--script"), script});
        QCOMPARE(edit.exitCode, 1);
        QVERIFY2(edit.err.contains(QStringLiteral("disk is full")), qPrintable(edit.err));
        const QString csv = m_dir.filePath(QStringLiteral("full-out.csv"));
        const Result exported = run({QStringLiteral("--register"), onFull, QStringLiteral("--export-csv"), csv});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exportedEntries(csv), 15);
    }
    const QString fresh = QDir(mount).filePath(QStringLiteral("new.qwr"));
    const Result created = run({QStringLiteral("--register"), fresh, QStringLiteral("--script"), script});
    QCOMPARE(created.exitCode, 1);
    QVERIFY2(created.err.contains(QStringLiteral("disk is full")), qPrintable(created.err));
    const QStringList left = QDir(mount).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(left.size() <= 4 && !left.join(QLatin1Char(' ')).contains(QStringLiteral("new.qwr")),
             qPrintable(left.join(QLatin1Char(' '))));
    const QString interactions = m_dir.filePath(QStringLiteral("full-import.csv"));
    {
        QFile file(interactions);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text("Ticket,Created,Service,Score\n");
        for (int row = 0; row < 2000; ++row)
            text += "T" + QByteArray::number(row) + ",2026-11-02 10:00,Email,1\n";
        file.write(text);
    }
    QFile::remove(mount + QStringLiteral("/fill"));
    {
        QFile fill(mount + QStringLiteral("/fill"));
        QVERIFY(fill.open(QIODevice::WriteOnly));
        fill.write(QByteArray(int(qMax<qint64>(0, 200 * 1024 - 64 * 1024)), 'x'));
    }
    const Result imported = run({QStringLiteral("--register"), onFull, QStringLiteral("--import"), interactions});
    if (imported.exitCode != 0)
        QVERIFY2(imported.err.contains(QStringLiteral("disk is full")), qPrintable(imported.err));
    QCOMPARE(valueOnFile(onFull, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
}

void TestRegisterAttacks::backupLeftoversAndNames()
{
    // Before: kills during a backup left .part files for ever; "team" and "team.qwr" shared one
    // backups folder, and one of them then got no backup.
    const QString reg = demoRegister(QStringLiteral("names"));
    const QString bare = m_dir.filePath(QStringLiteral("names/team"));
    QCOMPARE(run({QStringLiteral("--register"), bare, QStringLiteral("--demo"), QStringLiteral("--imports")}).exitCode, 0);
    const QString script = m_dir.filePath(QStringLiteral("names.txt"));
    QVERIFY(writeFile(script, "add-entry title=\"Backed up\"\n"));
    QDir().mkpath(Backups::folderFor(reg));
    const QString leftover = QDir(Backups::folderFor(reg)).filePath(QStringLiteral("team 2026-01-01 120000.qwr.part"));
    QVERIFY(writeFile(leftover, QByteArray(1 << 20, 'p')));
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--register"), bare, QStringLiteral("--script"), script}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(leftover));
    QVERIFY(Backups::folderFor(reg) != Backups::folderFor(bare));
    QCOMPARE(Backups::list(reg).size(), 1);
    QCOMPARE(Backups::list(bare).size(), 1);
}

void TestRegisterAttacks::futureBackupsDoNotCrowdOut()
{
    // Before: seven backups dated in the future made every new daily backup vanish at once.
    const QString reg = demoRegister(QStringLiteral("future"));
    const QString folder = Backups::folderFor(reg);
    QDir().mkpath(folder);
    for (int day = 1; day <= 8; ++day) {
        const QString name = QStringLiteral("team 2031-01-%1 120000.qwr").arg(day, 2, 10, QLatin1Char('0'));
        QVERIFY(QFile::copy(reg, QDir(folder).filePath(name)));
    }
    const QString script = m_dir.filePath(QStringLiteral("future.txt"));
    QVERIFY(writeFile(script, "add-entry title=\"Today\"\n"));
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script}).exitCode, 0);
    const QList<Backups::Backup> backups = Backups::list(reg);
    const bool today = std::any_of(backups.cbegin(), backups.cend(), [](const Backups::Backup &b) {
        return QFileInfo(b.path).fileName().contains(QDate::currentDate().toString(Qt::ISODate));
    });
    QVERIFY2(today, "today's backup is kept");
    QCOMPARE(backups.size(), Backups::dailyKept);
    QCOMPARE(backups.first().taken.date(), QDate::currentDate());
}

void TestRegisterAttacks::valuesWrittenBehindOurBack()
{
    // Before: impact 99 listed first as a quick win but missing from the matrix, status 42
    // shown as "Proposed", and every later edit of the entry refused by the database.
    const QString reg = demoRegister(QStringLiteral("stored"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
        db.setDatabaseName(reg);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = 1")));
        QVERIFY(query.exec(QStringLiteral("UPDATE entries SET impact = 99 WHERE id = 1")));
        QVERIFY(query.exec(QStringLiteral("UPDATE entries SET status = 42 WHERE id = 2")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    const auto rowOf = [&](const QString &code) {
        const QString csv = m_dir.filePath(QStringLiteral("stored.csv"));
        QFile::remove(csv);
        if (run({QStringLiteral("--register"), reg, QStringLiteral("--export-csv"), csv}).exitCode != 0)
            return QStringList();
        QStringList lines;
        exportedEntries(csv, &lines);
        for (const QString &line : std::as_const(lines)) {
            const QStringList cells = line.split(QLatin1Char(','));
            if (cells.value(1) == code)
                return cells;
        }
        return QStringList();
    };
    QStringList first = rowOf(QStringLiteral("CI-0001"));
    QCOMPARE(first.value(0), QString()); // no rank
    QCOMPARE(first.value(3), QString()); // no quadrant
    QCOMPARE(first.value(4), QStringLiteral("99"));
    QCOMPARE(rowOf(QStringLiteral("CI-0002")).value(6), QStringLiteral("Unknown (42)"));

    {
        auto document = openRegister(reg, true);
        QVERIFY(document);
        EntryModel model(document.get());
        const int row = model.rowOf(1);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, EntryModel::Impact)).toString(), QStringLiteral("\u26a0 99"));
        QVERIFY(model.data(model.index(row, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("impact 99 is not 1 to 5")));
        QCOMPARE(model.data(model.index(model.rowOf(2), EntryModel::StatusColumn)).toString(), QStringLiteral("\u26a0 Unknown (42)"));
        QCOMPARE(row, model.rowCount() - 1); // ranked after every scored entry
        const QList<MarkPlacement> marks = MatrixLayout::placeMarks(model.entries());
        QVERIFY(std::none_of(marks.cbegin(), marks.cend(), [](const MarkPlacement &m) { return m.id == 1; }));
        QCOMPARE(marks.size(), model.rowCount() - 1);
        // The matrix the window draws: no mark and no badge member for it.
        MatrixSceneStyle style;
        style.textWidth = [](const QString &text) { return text.size() * 7.0; };
        style.textHeight = 14;
        const MatrixScene scene = MatrixLayout::buildScene(model.entries(), MatrixGeometry{QRectF(60, 20, 760, 560)}, style, {});
        QVERIFY(std::none_of(scene.marks.cbegin(), scene.marks.cend(), [](const MatrixScene::Mark &m) { return m.id == 1; }));
        int placed = int(scene.marks.size());
        for (const MatrixScene::Badge &badge : scene.badges) {
            QVERIFY(!badge.members.contains(1));
            placed += int(badge.members.size());
        }
        QCOMPARE(placed, model.rowCount() - 1);
    }

    const auto script = [&](const QByteArray &line) {
        const QString path = m_dir.filePath(QStringLiteral("stored.txt"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(line + '\n');
        file.close();
        return run({QStringLiteral("--register"), reg, QStringLiteral("--script"), path});
    };
    Result r = script("edit-entry CI-0001 title=\"Renamed\"");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("impact 99 is not 1 to 5")), qPrintable(r.err));
    // A status QuickWins does not know is kept as stored through an edit that does not choose one.
    r = script("edit-entry CI-0002 title=\"Renamed\"");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(valueOnFile(reg, QStringLiteral("SELECT status || ' ' || title FROM entries WHERE id = 2")),
             QStringLiteral("42 Renamed"));
    QVERIFY2(script("edit-entry CI-0001 impact=4 title=\"Renamed\"").exitCode == 0, "a correction is an edit like another");
    QVERIFY(script("edit-entry CI-0002 status=approved").exitCode == 0);
    first = rowOf(QStringLiteral("CI-0001"));
    QVERIFY(!first.value(0).isEmpty());
    QCOMPARE(first.value(4), QStringLiteral("4"));
    QCOMPARE(rowOf(QStringLiteral("CI-0002")).value(6), QStringLiteral("Approved"));
}

void TestRegisterAttacks::linkToARegisterElsewhere()
{
    // A symbolic link in another folder: SQLite keeps the log beside the file linked to, and a
    // crash's log there is found, checked and read.
    const QString reg = demoRegister(QStringLiteral("linked"));
    const QString image = crashImage(reg, m_dir.filePath(QStringLiteral("linked-image")), QStringLiteral("Logged beside the target"));
    const QString link = m_dir.filePath(QStringLiteral("linked-elsewhere/team.qwr"));
    QDir().mkpath(QFileInfo(link).absolutePath());
    QVERIFY(QFile::link(image, link));
    const QString csv = m_dir.filePath(QStringLiteral("linked-out.csv"));
    const Result r = run({QStringLiteral("--register"), link, QStringLiteral("--export-csv"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines;
    QCOMPARE(exportedEntries(csv, &lines), 15);
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Logged beside the target")));
    QVERIFY(!QFileInfo::exists(link + QStringLiteral("-wal")));
}

void TestRegisterAttacks::sidecarThatIsNotAFile_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("kind");
    QTest::newRow("log is a folder") << QStringLiteral("-wal") << QStringLiteral("folder");
    QTest::newRow("log is a link") << QStringLiteral("-wal") << QStringLiteral("link");
    QTest::newRow("index is a folder") << QStringLiteral("-shm") << QStringLiteral("folder");
    QTest::newRow("index is a link") << QStringLiteral("-shm") << QStringLiteral("link");
}

void TestRegisterAttacks::sidecarThatIsNotAFile()
{
    QFETCH(QString, suffix);
    QFETCH(QString, kind);
    const QString tag = QStringLiteral("sidecar") + suffix + kind;
    const QString reg = demoRegister(tag);
    const QString victim = m_dir.filePath(tag + QStringLiteral("-victim.txt"));
    QVERIFY(writeFile(victim, "not the register's\n"));
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(reg + suffix));
    else
        QVERIFY(QFile::link(victim, reg + suffix));
    const QByteArray before = fileHash(reg);
    for (const QString &command : {QStringLiteral("--export-csv"), QStringLiteral("--script")}) {
        const Result r = run({QStringLiteral("--register"), reg, command, victim});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a file SQLite can use")), qPrintable(r.err));
    }
    QCOMPARE(fileHash(reg), before);
    QFile file(victim);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not the register's\n"));
}

QTEST_GUILESS_MAIN(TestRegisterAttacks)
#include "tst_registerattacks.moc"
