// The demonstration register demonstrates (issue 13): every response of a survey over a year,
// most of them good, a trend that moves, and done entries with a verdict either way, on
// whatever day it is made.

#include "testregister.h"

#include "demo/demoscenario.h"
#include "domain/satisfactiontrend.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace qw;
using namespace qw::testing;

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demonstrates_data();
    void demonstrates();
    void sameDaySameScenario();

private:
    QTemporaryDir m_dir;
};

void TestDemo::demonstrates_data()
{
    QTest::addColumn<QDate>("today");
    // A week of days (each weekday the scenario is shifted by) and the corners of a year.
    for (int d = 0; d < 7; ++d) {
        const QDate day = QDate(2026, 12, 3).addDays(d);
        QTest::newRow(qPrintable(day.toString(Qt::ISODate))) << day;
    }
    for (const QDate &day : {QDate(2026, 6, 30), QDate(2028, 2, 29)})
        QTest::newRow(qPrintable(day.toString(Qt::ISODate))) << day;
}

void TestDemo::demonstrates()
{
    QFETCH(QDate, today);
    DemoScenario demo = makeDemoScenario(today);
    const qsizetype stories = demo.stories;
    QCOMPARE(stories, 42);
    auto document = openRegister(m_dir.filePath(today.toString(Qt::ISODate) + QStringLiteral(".qwr")));
    QVERIFY(document);
    QList<Entry> entries = demo.entries;
    QList<Interaction> interactions = demo.interactions;
    QVERIFY(document->addInBulk(entries, interactions));

    // Every response of a survey, most of them good, over more than a year.
    int poor = 0;
    QDateTime first = demo.interactions.first().occurredAt;
    QDateTime last = first;
    for (const Interaction &i : std::as_const(demo.interactions)) {
        poor += i.isPoor(PoorRule::defaults()) ? 1 : 0;
        first = std::min(first, i.occurredAt);
        last = std::max(last, i.occurredAt);
    }
    const qsizetype all = demo.interactions.size();
    QVERIFY2(all > 2000, qPrintable(QString::number(all)));
    QVERIFY2(poor * 100 / all < 30 && poor * 100 / all > 5, qPrintable(QStringLiteral("%1 of %2 poor").arg(poor).arg(all)));
    QVERIFY(first.date().daysTo(last.date()) >= 365);
    QVERIFY(last.date() < today);
    for (qsizetype i = 0; i < stories; ++i)
        QVERIFY(demo.interactions.at(i).isPoor(PoorRule::defaults()));

    // The trend moves: months differ in their share of poor responses.
    const QList<MonthlySatisfaction> months = document->monthlySatisfaction();
    QVERIFY(months.size() >= 12);
    const auto [low, high] = std::minmax_element(months.cbegin(), months.cend(), [](const auto &a, const auto &b) {
        return a.poorShare < b.poorShare;
    });
    QVERIFY2(high->poorShare - low->poorShare >= 0.08,
             qPrintable(QStringLiteral("%1 to %2").arg(low->poorShare).arg(high->poorShare)));
    QVERIFY(high->poorShare < 0.5);

    // One done entry whose service improved after it, one whose did not change.
    QList<BeforeAfter::Verdict> verdicts;
    for (const Entry &e : std::as_const(demo.entries)) {
        if (!e.doneOn.isValid())
            continue;
        const std::optional<BeforeAfter> ba = document->beforeAfter(*document->entry(e.id));
        QVERIFY(ba);
        verdicts.append(ba->verdict);
        qDebug("%s: %d before (%.3f), %d after (%.3f): %s", qPrintable(e.title), ba->responsesBefore, ba->averageBefore,
               ba->responsesAfter, ba->averageAfter, qPrintable(verdictName(ba->verdict)));
    }
    QVERIFY(verdicts.contains(BeforeAfter::Verdict::Improved));
    QVERIFY(verdicts.contains(BeforeAfter::Verdict::NoChange));
}

void TestDemo::sameDaySameScenario()
{
    const DemoScenario a = makeDemoScenario(QDate(2026, 12, 3));
    const DemoScenario b = makeDemoScenario(QDate(2026, 12, 3));
    QCOMPARE(a.interactions.size(), b.interactions.size());
    for (qsizetype i = 0; i < a.interactions.size(); i += 97) {
        QCOMPARE(a.interactions.at(i).score, b.interactions.at(i).score);
        QCOMPARE(a.interactions.at(i).occurredAt, b.interactions.at(i).occurredAt);
    }
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
