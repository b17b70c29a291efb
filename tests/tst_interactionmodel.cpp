// The interactions list: newest first, read in pages, personal data can be hidden, and a
// well-behaved model under QAbstractItemModelTester.
#include "testregister.h"

#include "models/interactionmodel.h"

#include <QAbstractItemModelTester>

using namespace qw;
using namespace qw::testing;

class TestInteractionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newestFirstAcrossPages();
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
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(model.index(0, InteractionModel::Ticket).data().toString(), QStringLiteral("INC0000999"));
    // Rows beyond the first page come from later pages.
    QCOMPARE(model.index(InteractionModel::PageSize, InteractionModel::Ticket).data().toString(),
             QStringLiteral("INC%1").arg(Count - 1 - InteractionModel::PageSize, 7, 10, QLatin1Char('0')));
    QCOMPARE(model.index(Count - 1, InteractionModel::Ticket).data().toString(), QStringLiteral("INC0000000"));
    const qint64 id = model.idAt(500);
    QCOMPARE(model.rowOf(id), 500);
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
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0, InteractionModel::Customer).data().toString(), QStringLiteral("Helen Marsh"));
    model.setPersonalDataHidden(true);
    for (int row : {0, 300, Count - 1}) {
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.index(row, column).data().toString().contains(QStringLiteral("Helen")));
    }
    model.setPersonalDataHidden(false);
    QCOMPARE(model.index(0, InteractionModel::Customer).data().toString(), QStringLiteral("Helen Marsh"));
}

void TestInteractionModel::followsChanges()
{
    InteractionModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Interaction newest = makeInteraction(QStringLiteral("INC9999999"), 1, QDateTime(QDate(2027, 1, 1), QTime(9, 0)));
    QVERIFY(m_document->addInteraction(newest));
    QCOMPARE(model.rowCount(), Count + 1);
    QCOMPARE(model.index(0, InteractionModel::Ticket).data().toString(), QStringLiteral("INC9999999"));
    QVERIFY(m_document->setInteractionRemoved(newest.id, true));
    QCOMPARE(model.rowCount(), Count);
}

QTEST_GUILESS_MAIN(TestInteractionModel)
#include "tst_interactionmodel.moc"
