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
    void verdictFollowsItsServicesResponses();
    void prefetchedSummaries();

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

void TestEntryModel::prefetchedSummaries()
{
    // Read on a thread of their own at start: the same as read on the spot; read again when
    // the register changed in between; and a prefetch never taken is let go cleanly.
    const QString path = m_dir.filePath(QStringLiteral("prefetch.qwr"));
    auto document = openRegister(path);
    QVERIFY(document);
    for (int n = 0; n < 300; ++n) {
        Entry e = makeEntry(QStringLiteral("Entry %1 – ünïcode ✓").arg(n), 1 + n % 5, 1 + n / 5 % 5);
        e.owner = n % 3 ? QStringLiteral("Sam Okoro") : QStringLiteral("Ana Lima");
        e.raisedOn = QDate(2026, 1, 1).addDays(n);
        QVERIFY(document->addEntry(e));
    }
    const auto flat = [](const QList<EntrySummary> &list) {
        QStringList rows;
        for (const EntrySummary &e : list) {
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8").arg(e.id).arg(e.title).arg(e.impact).arg(e.effort)
                        .arg(e.service, e.owner, e.raisedOn.toString(Qt::ISODate)).arg(e.linkedCount);
        }
        return rows;
    };
    const QStringList direct = flat(document->entrySummaries());
    QCOMPARE(direct.size(), 300);
    document.reset();

    document = openRegister(path);
    document->prefetchEntrySummaries();
    QCOMPARE(flat(document->entrySummaries()), direct);
    QCOMPARE(flat(document->entrySummaries()), direct); // taken once, then read as usual

    document->prefetchEntrySummaries();
    Entry late = makeEntry(QStringLiteral("Added while the window was built"), 5, 1);
    QVERIFY(document->addEntry(late));
    const QStringList after = flat(document->entrySummaries());
    QCOMPARE(after.size(), 301);
    QVERIFY(after.join(u'\n').contains(QStringLiteral("Added while the window was built")));

    document->prefetchEntrySummaries();
    document.reset(); // not taken: its thread is joined
}

void TestEntryModel::followsChanges()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("changes.qwr")));
    QVERIFY(document);
    // (Not under QAbstractItemModelTester: it expects a row's first cell to move with the row,
    // and the first cell is the rank, which is the row's place. The signals are checked here.)
    EntryModel model(document.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.rowCount(), 0);
    Entry low = makeEntry(QStringLiteral("Low"), 2, 4);
    QVERIFY(document->addEntry(low));
    Entry high = makeEntry(QStringLiteral("High"), 5, 1);
    QVERIFY(document->addEntry(high));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, EntryModel::Title).data().toString(), QStringLiteral("High"));
    QCOMPARE(inserts.count(), 2);
    QCOMPARE(inserts.at(1).at(1).toInt(), 0); // High went in above Low

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
    QCOMPARE(moves.count(), 1);

    QVERIFY(document->setEntryRemoved(high.id, true));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(removals.count(), 1);
    // Back from removal: in again at its rank.
    QVERIFY(document->setEntryRemoved(high.id, false));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, EntryModel::Title).data().toString(), QStringLiteral("High"));
    // Filtered out and in: rows, not resets, as the register changes.
    EntryFilter doneOnly;
    doneOnly.statuses = {Status::Done};
    doneOnly.openOnly = false;
    model.setFilter(doneOnly);
    QCOMPARE(model.rowCount(), 0);
    Entry done = *document->entry(high.id);
    done.status = Status::Done;
    QVERIFY(document->updateEntry(done));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.count(), 1); // the filter's own
}

void TestEntryModel::verdictFollowsItsServicesResponses()
{
    // "After" is worked out from every response of the entry's service, linked or not: new
    // responses change it though no entry changed.
    auto document = openRegister(m_dir.filePath(QStringLiteral("verdict.qwr")));
    QVERIFY(document);
    Entry done = makeEntry(QStringLiteral("VPN reconnects"), 4, 2);
    done.service = QStringLiteral("VPN");
    done.status = Status::Done;
    done.doneOn = QDate::currentDate().addDays(-60);
    QVERIFY(document->addEntry(done));
    EntryFilter all;
    all.openOnly = false;
    EntryModel model(document.get());
    model.setFilter(all);
    const QModelIndex verdict = model.index(model.rowOf(done.id), EntryModel::Verdict);
    QCOMPARE(verdict.data().toString(), verdictName(BeforeAfter::Verdict::NotEnoughData));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QList<Entry> none;
    QList<Interaction> responses;
    for (int n = 0; n < 20; ++n) {
        Interaction before = makeInteraction(QStringLiteral("B%1").arg(n), 1, QDateTime(done.doneOn.addDays(-1 - n), QTime(10, 0)));
        before.service = QStringLiteral("VPN");
        Interaction after = makeInteraction(QStringLiteral("A%1").arg(n), 5, QDateTime(done.doneOn.addDays(1 + n), QTime(10, 0)));
        after.service = QStringLiteral("VPN");
        responses << before << after;
    }
    QVERIFY(document->addInBulk(none, responses));
    QVERIFY(!changes.isEmpty());
    QCOMPARE(model.index(model.rowOf(done.id), EntryModel::Verdict).data().toString(),
             verdictName(BeforeAfter::Verdict::Improved));
}

QTEST_GUILESS_MAIN(TestEntryModel)
#include "tst_entrymodel.moc"
