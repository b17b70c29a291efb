// The prioritised list: rows in the one priority order with their rank, kept current as the
// register changes, and a well-behaved model under QAbstractItemModelTester.
#include "testregister.h"

#include "models/entrymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace qw;
using namespace qw::testing;

class TestEntryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void priorityOrderAndRank();
    void followsChanges();

private:
    QTemporaryDir m_dir;
};

void TestEntryModel::priorityOrderAndRank()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("order.qwr")));
    QVERIFY(document);
    const struct { const char *title; int impact; int effort; } rows[] = {
        {"Thankless", 2, 5}, {"Fill-in", 2, 1}, {"Major", 5, 5}, {"Quick B", 4, 2}, {"Quick A", 5, 1},
    };
    for (const auto &r : rows) {
        Entry e = makeEntry(QString::fromLatin1(r.title), r.impact, r.effort);
        QVERIFY(document->addEntry(e));
    }
    EntryModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    const QStringList expected = {QStringLiteral("Quick A"), QStringLiteral("Quick B"),
                                  QStringLiteral("Major"), QStringLiteral("Fill-in"),
                                  QStringLiteral("Thankless")};
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model.index(row, EntryModel::Title).data().toString(), expected.at(row));
        QCOMPARE(model.index(row, EntryModel::Rank).data().toInt(), row + 1);
    }
    QCOMPARE(model.index(0, EntryModel::Code).data().toString(), QStringLiteral("CI-0005"));
    QCOMPARE(model.index(0, 0).data(EntryModel::QuadrantRole).toInt(), int(Quadrant::QuickWin));
    QCOMPARE(model.index(4, 0).data(EntryModel::QuadrantRole).toInt(), int(Quadrant::Thankless));
    QCOMPARE(model.index(0, EntryModel::StatusColumn).data().toString(), QStringLiteral("Proposed"));
    QVERIFY(model.index(0, EntryModel::Rank).data(Qt::DecorationRole).canConvert<QColor>());
    QCOMPARE(model.rowOf(5), 0);
    QCOMPARE(model.rowOf(1), 4);
    QCOMPARE(model.rowOf(99), -1);
}

void TestEntryModel::followsChanges()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("changes.qwr")));
    QVERIFY(document);
    EntryModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Entry low = makeEntry(QStringLiteral("Low"), 2, 4);
    QVERIFY(document->addEntry(low));
    Entry high = makeEntry(QStringLiteral("High"), 5, 1);
    QVERIFY(document->addEntry(high));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, EntryModel::Title).data().toString(), QStringLiteral("High"));

    // Linking interactions changes the linked count that the list shows.
    Interaction i = makeInteraction(QStringLiteral("INC1"), 1, QDateTime::currentDateTime());
    i.entryId = low.id;
    QVERIFY(document->addInteraction(i));
    QCOMPARE(model.index(1, EntryModel::Linked).data().toInt(), 1);

    // Rescoring moves the entry up the list.
    Entry rescored = low;
    rescored.impact = 5;
    rescored.effort = 1;
    QVERIFY(document->updateEntry(rescored));
    QCOMPARE(model.index(0, EntryModel::Title).data().toString(), QStringLiteral("Low"));

    QVERIFY(document->setEntryRemoved(high.id, true));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestEntryModel)
#include "tst_entrymodel.moc"
