// The impact suggested by the evidence, on hand-computed examples (see impactsuggestion.h for
// the formula): volume with older evidence counted half, and the half-point adjustments.
#include "domain/impactsuggestion.h"

#include <QTest>

using namespace qw;

namespace {

const QDate today(2026, 11, 24);

Interaction poor(int daysAgo, int score = 2, bool repeat = false, const QString &customer = {})
{
    Interaction i;
    i.occurredAt = QDateTime(today.addDays(-daysAgo), QTime(10, 0));
    i.scale = SatisfactionScale::OneToFive;
    i.score = score;
    i.repeatContact = repeat;
    i.customer = customer;
    return i;
}

} // namespace

class TestImpactSuggestion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examples_data();
    void examples();
    void noPoorEvidenceNoSuggestion();
    void reasoningIsShown();
};

void TestImpactSuggestion::examples_data()
{
    QTest::addColumn<QList<Interaction>>("linked");
    QTest::addColumn<int>("expected");
    // One recent score-2 complaint: volume 1, nothing else.
    QTest::newRow("one") << QList<Interaction>{poor(3)} << 1;
    // Three recent: volume 2 (2 <= 3 < 4).
    QTest::newRow("three recent") << QList<Interaction>{poor(1), poor(2, 2, false, QStringLiteral("a")), poor(5, 2, false, QStringLiteral("b"))} << 2;
    // Four old ones count as two: volume 2.
    QTest::newRow("four old") << QList<Interaction>{poor(200), poor(201), poor(300), poor(400)} << 2;
    // Eight recent, all score 1 (worst: +0.5), half repeats (+0.5), 8 customers (+0.5):
    // volume 4 (8 <= 8 < 16) + 1.5 = 5.5 -> 5 (kept within 1..5).
    QList<Interaction> wide;
    for (int n = 0; n < 8; ++n)
        wide.append(poor(n, 1, n % 2 == 0, QStringLiteral("customer %1").arg(n)));
    QTest::newRow("eight, worst, repeats, wide") << wide << 5;
    // Five recent score-2, no repeats, 5 customers: volume 3 + 0.5 = 3.5 -> 4 (half up).
    QList<Interaction> five;
    for (int n = 0; n < 5; ++n)
        five.append(poor(n, 2, false, QStringLiteral("c%1").arg(n)));
    QTest::newRow("five customers") << five << 4;
    // Four from one customer: volume 3 - 0.5 = 2.5 -> 3.
    QList<Interaction> one;
    for (int n = 0; n < 4; ++n)
        one.append(poor(n, 2, false, QStringLiteral("Helen Marsh")));
    QTest::newRow("one customer") << one << 3;
    // Good responses are not evidence of a problem.
    QTest::newRow("good ones ignored") << QList<Interaction>{poor(1), poor(1, 5), poor(1, 4)} << 1;
}

void TestImpactSuggestion::examples()
{
    QFETCH(QList<Interaction>, linked);
    QFETCH(int, expected);
    const auto s = suggestImpact(linked, today, PoorRule::defaults());
    QVERIFY(s);
    QCOMPARE(s->impact, expected);
}

void TestImpactSuggestion::noPoorEvidenceNoSuggestion()
{
    QVERIFY(!suggestImpact({}, today, PoorRule::defaults()));
    QVERIFY(!suggestImpact({poor(1, 5)}, today, PoorRule::defaults()));
}

void TestImpactSuggestion::reasoningIsShown()
{
    QList<Interaction> wide;
    for (int n = 0; n < 8; ++n)
        wide.append(poor(n, 1, n % 2 == 0, QStringLiteral("customer %1").arg(n)));
    const auto s = suggestImpact(wide, today, PoorRule::defaults());
    QCOMPARE(s->reasons.size(), 4);
    QVERIFY(s->reasons.at(0).contains(QStringLiteral("8 in the last 90 days, 0 older")));
    QVERIFY(s->reasons.at(2).contains(QStringLiteral("4 of 8 were repeat contacts")));
    QVERIFY(s->reasons.at(3).contains(QStringLiteral("8 different customers")));
}

QTEST_GUILESS_MAIN(TestImpactSuggestion)
#include "tst_impactsuggestion.moc"
