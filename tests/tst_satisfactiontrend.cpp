// Satisfaction before and after: the monthly trend by SQL aggregates, the SQL definition of
// "poor" agreeing with the domain's, and the before/after verdict on hand-computed examples.
#include "testregister.h"

#include "domain/satisfactiontrend.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace qw;
using namespace qw::testing;

namespace {

Interaction response(const QString &service, const QDate &day, SatisfactionScale scale, int score)
{
    Interaction i;
    i.occurredAt = QDateTime(day, QTime(12, 0));
    i.service = service;
    i.scale = scale;
    i.score = score;
    return i;
}

} // namespace

class TestSatisfactionTrend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqlAgreesWithDomain();
    void everyWayOfCountingAgreesPointByPoint();
    void monthlyTrend();
    void verdicts_data();
    void verdicts();
    void beforeAfterOfAnEntry();

private:
    QTemporaryDir m_dir;
};

void TestSatisfactionTrend::sqlAgreesWithDomain()
{
    // One response per point of every scale, all in one month: the share of poor ones and the
    // average on the 0..1 footing must match what the domain code says.
    auto document = openRegister(m_dir.filePath(QStringLiteral("agree.qwr")));
    QList<Entry> none;
    QList<Interaction> all;
    int poor = 0;
    double sum = 0;
    for (SatisfactionScale scale : allSatisfactionScales()) {
        for (int score = scaleMinimum(scale); score <= scaleMaximum(scale); ++score) {
            all.append(response(QStringLiteral("S"), QDate(2026, 3, 10), scale, score));
            poor += isPoor(scale, score) ? 1 : 0;
            sum += normalisedScore(scale, score);
        }
    }
    QVERIFY(document->addInBulk(none, all));
    const QList<MonthlySatisfaction> trend = document->monthlySatisfaction();
    QCOMPARE(trend.size(), 1);
    QCOMPARE(trend.first().responses, int(all.size()));
    QVERIFY(qAbs(trend.first().poorShare - double(poor) / all.size()) < 1e-9);
    QVERIFY(qAbs(trend.first().average - sum / all.size()) < 1e-9);
}

void TestSatisfactionTrend::everyWayOfCountingAgreesPointByPoint()
{
    // Each point of each scale in a service of its own, written each way the register counts
    // a response into its days (a row logged, an import, a recount when the rule changes), under
    // a rule that is not the default: every day's sum and poor count is the domain's, point by
    // point (the one definition: normalisedScore() and PoorRule).
    const QString path = m_dir.filePath(QStringLiteral("points.qwr"));
    auto document = openRegister(path);
    PoorRule rule = PoorRule::defaults();
    rule.setPoorUpTo(SatisfactionScale::ZeroToTen, 8);
    rule.setPoorUpTo(SatisfactionScale::OneToFive, 3);
    QVERIFY(document->setPoorRule(rule));
    QList<Interaction> imported;
    QHash<QString, std::pair<double, int>> expected;
    for (SatisfactionScale scale : allSatisfactionScales()) {
        for (int score = scaleMinimum(scale); score <= scaleMaximum(scale); ++score) {
            const QString point = QStringLiteral("%1:%2").arg(scaleKey(scale)).arg(score);
            Interaction logged = response(QStringLiteral("logged ") + point, QDate(2026, 3, 10), scale, score);
            QVERIFY(document->addInteraction(logged));
            imported.append(response(QStringLiteral("imported ") + point, QDate(2026, 3, 11), scale, score));
            imported.last().importKey = QStringLiteral("k:") + point;
            for (const char *way : {"logged ", "imported "})
                expected.insert(QLatin1String(way) + point, {normalisedScore(scale, score), rule.isPoor(scale, score) ? 1 : 0});
        }
    }
    int added = 0;
    int poorAdded = 0;
    QCOMPARE(document->importInteractions([&](const auto &add) {
        for (const Interaction &i : std::as_const(imported)) {
            if (!add(i))
                return false;
        }
        return true;
    }, {}, &added, &poorAdded), RegisterDocument::ImportResult::Done);
    QCOMPARE(added, int(imported.size()));

    const auto check = [&](const char *when) {
        QSqlDatabase db = behindTheBack(QStringLiteral("points"), path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT service, responses, score_sum, poor FROM interaction_days")));
        int days = 0;
        while (query.next()) {
            const QString service = query.value(0).toString();
            QVERIFY2(expected.contains(service), qPrintable(service));
            QCOMPARE(query.value(1).toInt(), 1);
            QVERIFY2(qAbs(query.value(2).toDouble() - expected.value(service).first) < 1e-12,
                     qPrintable(QStringLiteral("%1, %2: %3").arg(QLatin1String(when), service).arg(query.value(2).toDouble())));
            QVERIFY2(query.value(3).toInt() == expected.value(service).second,
                     qPrintable(QStringLiteral("%1, %2: poor %3").arg(QLatin1String(when), service).arg(query.value(3).toInt())));
            ++days;
        }
        QCOMPARE(days, int(expected.size()));
        query = QSqlQuery();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("points"));
    };
    check("as written");
    // Counted again from the rows by the rule (a change of rule recounts everything).
    rule.setPoorUpTo(SatisfactionScale::BadGood, 0);
    QVERIFY(document->setPoorRule(rule));
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QStringList parts = it.key().section(u' ', 1).split(u':');
        const SatisfactionScale scale = *scaleFromKey(parts.at(0));
        it->second = rule.isPoor(scale, parts.at(1).toInt()) ? 1 : 0;
    }
    check("recounted");
}

void TestSatisfactionTrend::monthlyTrend()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("trend.qwr")));
    QList<Entry> none;
    QList<Interaction> all = {
        response(QStringLiteral("Printing"), QDate(2026, 1, 5), SatisfactionScale::OneToFive, 1),  // 0.0, poor
        response(QStringLiteral("Printing"), QDate(2026, 1, 20), SatisfactionScale::OneToFive, 5), // 1.0
        response(QStringLiteral("Printing"), QDate(2026, 2, 3), SatisfactionScale::OneToFive, 4),  // 0.75
        response(QStringLiteral("Wi-Fi"), QDate(2026, 2, 9), SatisfactionScale::BadGood, 0),       // 0.0, poor
    };
    Interaction unscored = response(QStringLiteral("Wi-Fi"), QDate(2026, 2, 9), SatisfactionScale::OneToFive, -1);
    all.append(unscored);
    QVERIFY(document->addInBulk(none, all));
    const QList<MonthlySatisfaction> trend = document->monthlySatisfaction();
    QCOMPARE(trend.size(), 2);
    QCOMPARE(trend.at(0).month, QDate(2026, 1, 1));
    QCOMPARE(trend.at(0).responses, 2);
    QCOMPARE(trend.at(0).average, 0.5);
    QCOMPARE(trend.at(0).poorShare, 0.5);
    QCOMPARE(trend.at(1).responses, 2);     // the unscored response is not a response
    QCOMPARE(trend.at(1).average, 0.375);
    const QList<MonthlySatisfaction> printing = document->monthlySatisfaction(QStringLiteral("Printing"));
    QCOMPARE(printing.size(), 2);
    QCOMPARE(printing.at(1).average, 0.75);
    QCOMPARE(printing.at(1).poorShare, 0.0);
}

void TestSatisfactionTrend::verdicts_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<double>("averageBefore");
    QTest::addColumn<int>("after");
    QTest::addColumn<double>("averageAfter");
    QTest::addColumn<BeforeAfter::Verdict>("verdict");
    QTest::newRow("improved") << 20 << 0.50 << 20 << 0.60 << BeforeAfter::Verdict::Improved;
    QTest::newRow("exactly the threshold") << 10 << 0.55 << 10 << 0.60 << BeforeAfter::Verdict::Improved;
    QTest::newRow("no change") << 30 << 0.50 << 30 << 0.53 << BeforeAfter::Verdict::NoChange;
    QTest::newRow("worse") << 30 << 0.70 << 30 << 0.50 << BeforeAfter::Verdict::Worse;
    QTest::newRow("too few after") << 30 << 0.20 << 9 << 0.90 << BeforeAfter::Verdict::NotEnoughData;
    QTest::newRow("none before") << 0 << 0.0 << 50 << 0.90 << BeforeAfter::Verdict::NotEnoughData;
}

void TestSatisfactionTrend::verdicts()
{
    QFETCH(int, before);
    QFETCH(double, averageBefore);
    QFETCH(int, after);
    QFETCH(double, averageAfter);
    QFETCH(BeforeAfter::Verdict, verdict);
    QCOMPARE(BeforeAfter::judge(before, averageBefore, after, averageAfter), verdict);
}

void TestSatisfactionTrend::beforeAfterOfAnEntry()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("beforeafter.qwr")));
    const QDate done(2026, 6, 1);
    QList<Entry> none;
    QList<Interaction> all;
    // 12 responses in the 90 days before, average 0.25 (score 2 of 5); 12 after, average 0.75
    // (score 4 of 5); noise from another service and from outside the windows.
    for (int n = 0; n < 12; ++n) {
        all.append(response(QStringLiteral("Printing"), done.addDays(-5 - n * 7), SatisfactionScale::OneToFive, 2));
        all.append(response(QStringLiteral("Printing"), done.addDays(n * 7), SatisfactionScale::OneToFive, 4));
        all.append(response(QStringLiteral("Wi-Fi"), done.addDays(n), SatisfactionScale::OneToFive, 1));
    }
    all.append(response(QStringLiteral("Printing"), done.addDays(-200), SatisfactionScale::OneToFive, 5));
    all.append(response(QStringLiteral("Printing"), done.addDays(95), SatisfactionScale::OneToFive, 1));
    QVERIFY(document->addInBulk(none, all));

    Entry entry = makeEntry(QStringLiteral("Printer status page"), 4, 2);
    entry.service = QStringLiteral("Printing");
    QVERIFY(!document->beforeAfter(entry)); // not done: nothing to compare
    entry.status = Status::Done;
    entry.doneOn = done;
    const auto result = document->beforeAfter(entry);
    QVERIFY(result);
    QCOMPARE(result->responsesBefore, 12);
    QCOMPARE(result->responsesAfter, 12);
    QCOMPARE(result->averageBefore, 0.25);
    QCOMPARE(result->averageAfter, 0.75);
    QCOMPARE(result->verdict, BeforeAfter::Verdict::Improved);
    QCOMPARE(verdictName(result->verdict), QStringLiteral("improved"));
    // A shorter window holds too few responses.
    QCOMPARE(document->beforeAfter(entry, 30)->verdict, BeforeAfter::Verdict::NotEnoughData);
}

QTEST_GUILESS_MAIN(TestSatisfactionTrend)
#include "tst_satisfactiontrend.moc"
