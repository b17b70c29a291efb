// Snapshots and schema migrations: a snapshot records where entries stood and is undoable;
// the comparison finds what moved, what is new and what closed; a register of format 1 (the
// fixture under tests/data) upgrades to the current format with its data intact.
#include "testregister.h"

#include "commands/snapshotcommands.h"
#include "matrix/snapshotcomparison.h"
#include "storage/registerdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUndoStack>

using namespace qw;
using namespace qw::testing;

class TestSnapshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takeUndoRedo();
    void comparison();
    void upgradesFixture_data();
    void upgradesFixture();

private:
    QTemporaryDir m_dir;
};

void TestSnapshots::takeUndoRedo()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("snap.qwr")));
    QVERIFY(document);
    Entry a = makeEntry(QStringLiteral("A"), 5, 1);
    Entry b = makeEntry(QStringLiteral("B"), 2, 4);
    QVERIFY(document->addEntry(a));
    QVERIFY(document->addEntry(b));
    auto *command = new TakeSnapshotCommand(document.get(), QStringLiteral("Meeting 1"),
                                            QDateTime(QDate(2026, 11, 10), QTime(10, 0)));
    document->undoStack()->push(command);
    QCOMPARE(document->snapshots().size(), 1);
    QCOMPARE(document->snapshots().first().name, QStringLiteral("Meeting 1"));
    const QList<SnapshotEntry> taken = document->snapshotEntries(command->snapshotId());
    QCOMPARE(taken.size(), 2);
    QCOMPARE(taken.first().impact, 5);

    // Later changes do not touch the snapshot.
    Entry moved = a;
    moved.impact = 3;
    QVERIFY(document->updateEntry(moved));
    QCOMPARE(document->snapshotEntries(command->snapshotId()).first().impact, 5);

    document->undoStack()->undo(); // nothing else was pushed: this undoes the snapshot
    QCOMPARE(document->snapshots().size(), 0);
    document->undoStack()->redo();
    QCOMPARE(document->snapshots().size(), 1);
    QCOMPARE(document->snapshotEntries(command->snapshotId()), taken);
}

void TestSnapshots::comparison()
{
    const auto summary = [](qint64 id, int impact, int effort, Status status = Status::Proposed) {
        EntrySummary s;
        s.id = id;
        s.impact = impact;
        s.effort = effort;
        s.status = status;
        s.title = QStringLiteral("Entry %1").arg(id);
        return s;
    };
    const QList<SnapshotEntry> before = {
        {1, QStringLiteral("Entry 1"), 5, 1, Status::Proposed},  // stays
        {2, QStringLiteral("Entry 2"), 2, 4, Status::Approved},  // moves
        {3, QStringLiteral("Entry 3"), 4, 2, Status::InProgress}, // gets done
        {4, QStringLiteral("Entry 4"), 3, 3, Status::Proposed},  // is removed
        {5, QStringLiteral("Entry 5"), 1, 1, Status::Rejected},  // was closed already
    };
    const QList<EntrySummary> all = {summary(1, 5, 1), summary(2, 4, 2), summary(3, 4, 2, Status::Done),
                                     summary(6, 3, 1), summary(5, 1, 1, Status::Rejected)};
    const QList<EntrySummary> shown = {all.at(0), all.at(1), all.at(3)};
    const SnapshotComparison c = SnapshotComparison::compare(before, shown, all);
    QCOMPARE(c.moved.size(), 1);
    QCOMPARE(c.moved.first().id, 2);
    QCOMPARE(c.moved.first().fromImpact, 2);
    QCOMPARE(c.moved.first().toImpact, 4);
    QCOMPARE(c.added, QList<qint64>{6});
    QCOMPARE(c.gone.size(), 2);
    QCOMPARE(c.gone.at(0).id, 3);
    QVERIFY(c.gone.at(0).closed);
    QCOMPARE(c.gone.at(1).id, 4);
    QVERIFY(!c.gone.at(1).closed);
}

void TestSnapshots::upgradesFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("snapshots");
    QTest::addColumn<int>("interactions");
    QTest::newRow("format 1") << QStringLiteral("data/register-v1.qwr") << 1 << 0 << 42;
    QTest::newRow("format 2") << QStringLiteral("data/register-v2.qwr") << 2 << 1 << 42;
    QTest::newRow("format 3") << QStringLiteral("data/register-v3.qwr") << 3 << 1 << 45;
    QTest::newRow("format 4") << QStringLiteral("data/register-v4.qwr") << 4 << 1 << 45;
    QTest::newRow("format 5") << QStringLiteral("data/register-v5.qwr") << 5 << 1 << 45;
    QTest::newRow("format 6") << QStringLiteral("data/register-v6.qwr") << 6 << 1 << 45;
    QTest::newRow("format 7") << QStringLiteral("data/register-v7.qwr") << 7 << 1 << 45;
    QTest::newRow("format 8") << QStringLiteral("data/register-v8.qwr") << 8 << 1 << 45;
    QTest::newRow("format 9") << QStringLiteral("data/register-v9.qwr") << 9 << 1 << 45;
}

static int schemaVersionOf(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    return version;
}

void TestSnapshots::upgradesFixture()
{
    QW_FILE_ONLY();
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QFETCH(int, snapshots);
    QFETCH(int, interactions);
    const QString source = QFINDTESTDATA(fixture);
    QVERIFY(!source.isEmpty());
    const QString path = m_dir.filePath(QFileInfo(fixture).fileName());
    QFile::remove(path);
    QVERIFY(QFile::copy(source, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(schemaVersionOf(path), version);

    auto document = openRegister(path);
    QVERIFY(document);
    QCOMPARE(document->entryCount(), 15);
    QCOMPARE(document->interactionCount(), interactions);
    QCOMPARE(document->entry(1)->title, QStringLiteral("Call-back within 15 min for VC outages"));
    QCOMPARE(document->snapshots().size(), snapshots);
    if (snapshots > 0)
        QCOMPARE(document->snapshotEntries(document->snapshots().first().id).size(), 15);
    // What the newer formats add works on the upgraded file.
    auto *command = new TakeSnapshotCommand(document.get(), QStringLiteral("After upgrade"), QDateTime::currentDateTime());
    document->undoStack()->push(command);
    QCOMPARE(document->snapshotEntries(command->snapshotId()).size(), 15);
    Interaction imported = makeInteraction(QStringLiteral("INC42"), 1, QDateTime::currentDateTime());
    imported.importKey = QStringLiteral("t:INC42|now");
    QVERIFY(document->addInteraction(imported));
    QCOMPARE(document->interaction(imported.id)->importKey, imported.importKey);
    QCOMPARE(document->interactionCount(), interactions + 1);
    // Format 9: the register's rule for poor responses, its defaults, and the days counted by it.
    QCOMPARE(document->poorRule(), PoorRule::defaults());
    int poor = 0;
    for (const Interaction &i : document->interactionPage(0, 1000))
        poor += i.isPoor(document->poorRule()) ? 1 : 0;
    document.reset();
    QCOMPARE(valueOnFile(path, QStringLiteral("SELECT sum(poor) FROM interaction_days")).toInt(), poor);
    QCOMPARE(schemaVersionOf(path), RegisterDatabase::SchemaVersion);
    // Format 5: links are found through an index of linked interactions only.
    // Format 8: the entries' summaries are read from an index of their own.
    QString plan, summaryPlan;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM interactions WHERE entry_id = 1")));
        while (query.next())
            plan += query.value(3).toString();
        QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id, title, owner, done_on FROM entries WHERE removed = 0")));
        while (query.next())
            summaryPlan += query.value(3).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    QVERIFY2(plan.contains(QStringLiteral("interactions_entry")), qPrintable(plan));
    QVERIFY2(summaryPlan.contains(QStringLiteral("COVERING INDEX entries_summary")), qPrintable(summaryPlan));
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
