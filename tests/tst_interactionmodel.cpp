// The interactions list: newest first, read in pages as a view scrolls down to them,
// personal data can be hidden, and a well-behaved model under QAbstractItemModelTester.
#include "testregister.h"

#include "models/interactionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace qw;
using namespace qw::testing;

class TestInteractionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newestFirstAcrossPages();
    void pagesFollowEqualTimes();
    void showsWhatPeopleRead();
    void hidesPersonalData();
    void followsChanges();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RegisterDocument> m_document;
    static constexpr int Count = 1000;
};

void TestInteractionModel::initTestCase()
{
    m_document = openRegister(m_dir.filePath(QStringLiteral("many.qwr")));
    QVERIFY(m_document);
    QList<Entry> entries;
    QList<Interaction> interactions;
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
    for (int n = 0; n < Count; ++n) {
        interactions.append(makeInteraction(QStringLiteral("INC%1").arg(n, 7, 10, QLatin1Char('0')),
                                            1 + n % 5, start.addSecs(n * 3600)));
    }
    QVERIFY(m_document->addInBulk(entries, interactions));
}

void TestInteractionModel::newestFirstAcrossPages()
{
    InteractionModel model(m_document.get());
    // The first page is read; the rest when asked for.
    QCOMPARE(model.rowCount(), InteractionModel::PageSize);
    QCOMPARE(model.totalCount(), Count);
    {
        InteractionModel tested(m_document.get());
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QCOMPARE(model.index(0, InteractionModel::Ticket).data().toString(), QStringLiteral("INC0000999"));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * InteractionModel::PageSize);
    QCOMPARE(model.index(InteractionModel::PageSize, InteractionModel::Ticket).data().toString(),
             QStringLiteral("INC%1").arg(Count - 1 - InteractionModel::PageSize, 7, 10, QLatin1Char('0')));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), Count);
    for (int row = 0; row < Count; ++row) {
        QCOMPARE(model.index(row, InteractionModel::Ticket).data().toString(),
                 QStringLiteral("INC%1").arg(Count - 1 - row, 7, 10, QLatin1Char('0')));
    }

    // Finding a row further down than read so far reads down to it, in one step.
    InteractionModel fresh(m_document.get());
    const qint64 id = model.idAt(700);
    QCOMPARE(fresh.rowOf(id), 700);
    QVERIFY(fresh.rowCount() > 700);
    QCOMPARE(fresh.idAt(700), id);
    QCOMPARE(fresh.rowOf(model.idAt(3)), 3);
    QCOMPARE(fresh.rowOf(123456789), -1);
}

void TestInteractionModel::pagesFollowEqualTimes()
{
    // A page that ends inside a run of interactions at the same second: the next page starts
    // with the next of them, none read twice or skipped (the order is time, then id).
    QTemporaryDir dir;
    auto document = openRegister(dir.filePath(QStringLiteral("ties.qwr")));
    QVERIFY(document);
    QList<Entry> entries;
    QList<Interaction> interactions;
    const int count = InteractionModel::PageSize * 2 + 10;
    const QDateTime when(QDate(2026, 3, 2), QTime(10, 0));
    for (int n = 0; n < count; ++n)
        interactions.append(makeInteraction(QStringLiteral("T%1").arg(n), 3, when.addSecs(n / 100)));
    QVERIFY(document->addInBulk(entries, interactions));
    InteractionModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), count);
    // Added in order, so later tickets are later or, at the same second, have larger ids.
    for (int row = 0; row < count; ++row) {
        QCOMPARE(model.index(row, InteractionModel::Ticket).data().toString(),
                 QStringLiteral("T%1").arg(count - 1 - row));
    }
}

void TestInteractionModel::showsWhatPeopleRead()
{
    InteractionModel model(m_document.get());
    // INC0000999 has score 1 + 999 % 5 = 5: not poor; INC0000998 has 4; INC0000996 has 2: poor.
    QCOMPARE(model.index(0, InteractionModel::Satisfaction).data().toString(), QStringLiteral("5 of 5"));
    QCOMPARE(model.index(3, InteractionModel::Satisfaction).data().toString(), QStringLiteral("2 of 5 (poor)"));
    QCOMPARE(model.index(3, 0).data(InteractionModel::PoorRole).toBool(), true);
    QCOMPARE(model.index(0, InteractionModel::ChannelColumn).data().toString(), QStringLiteral("Phone"));
    QCOMPARE(model.headerData(InteractionModel::Customer, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Customer"));
}

void TestInteractionModel::hidesPersonalData()
{
    InteractionModel model(m_document.get());
    QCOMPARE(model.index(0, InteractionModel::Customer).data().toString(), QStringLiteral("Helen Marsh"));
    model.setPersonalDataHidden(true);
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row : {0, InteractionModel::PageSize + 1, Count - 1}) {
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.index(row, column).data().toString().contains(QStringLiteral("Helen")));
    }
    model.setPersonalDataHidden(false);
    QCOMPARE(model.index(0, InteractionModel::Customer).data().toString(), QStringLiteral("Helen Marsh"));
}

void TestInteractionModel::followsChanges()
{
    // (Not under QAbstractItemModelTester, here or in hidesPersonalData(): it fetches more from
    // its handlers of modelReset and rowsInserted, before its own bookkeeping of that change,
    // and takes the rows it fetched for rows inserted in the middle of another change.)
    InteractionModel model(m_document.get());
    Interaction newest = makeInteraction(QStringLiteral("INC9999999"), 1, QDateTime(QDate(2027, 1, 1), QTime(9, 0)));
    QVERIFY(m_document->addInteraction(newest));
    QCOMPARE(model.totalCount(), Count + 1);
    QCOMPARE(model.index(0, InteractionModel::Ticket).data().toString(), QStringLiteral("INC9999999"));
    QVERIFY(m_document->setInteractionRemoved(newest.id, true));
    QCOMPARE(model.totalCount(), Count);
    QCOMPARE(model.index(0, InteractionModel::Ticket).data().toString(), QStringLiteral("INC0000999"));
    // A list read further down stays read that far after a change.
    model.fetchMore({});
    model.fetchMore({});
    const int read = model.rowCount();
    Interaction again = newest;
    again.id = 0;
    QVERIFY(m_document->addInteraction(again));
    QVERIFY(model.rowCount() >= read);
    QVERIFY(m_document->setInteractionRemoved(again.id, true));

    // Rows come and go as rows, not as a reset; one far down, past the rows read, only counts.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy totals(&model, &InteractionModel::totalChanged);
    const int rows = model.rowCount();
    // At the time of the third row: among the first rows read, in the register's order.
    Interaction third = makeInteraction(QStringLiteral("INC-THIRD"), 2, m_document->interaction(model.idAt(2))->occurredAt);
    QVERIFY(m_document->addInteraction(third));
    QCOMPARE(model.rowCount(), rows + 1);
    QCOMPARE(model.idAt(model.rowOf(third.id)), third.id);
    QVERIFY(model.rowOf(third.id) <= 2);
    const QList<Interaction> page = m_document->interactionPage(0, rows + 1);
    for (int row = 0; row < rows + 1; ++row)
        QCOMPARE(model.idAt(row), page.at(row).id);
    Interaction oldest = makeInteraction(QStringLiteral("INC-OLDEST"), 2, QDateTime(QDate(1999, 1, 1), QTime(9, 0)));
    QVERIFY(m_document->addInteraction(oldest));
    QCOMPARE(model.rowCount(), rows + 1);
    QCOMPARE(model.totalCount(), Count + 2);
    QVERIFY(m_document->setInteractionRemoved(third.id, true));
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(m_document->eraseInteraction(oldest.id));
    QCOMPARE(model.totalCount(), Count);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(totals.count(), 4);
}

QTEST_GUILESS_MAIN(TestInteractionModel)
#include "tst_interactionmodel.moc"
