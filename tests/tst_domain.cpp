// Domain rules: the quadrant of a score pair (with the boundary cases), the priority order,
// and which satisfaction scores count as poor.
#include "domain/personaldata.h"
#include "domain/priority.h"
#include "domain/quadrant.h"
#include "domain/registerlocation.h"
#include "domain/satisfaction.h"
#include "domain/score.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include <limits>
#include <tuple>

using namespace qw;

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverLocationRoundTrips_data();
    void serverLocationRoundTrips();
    void personalDataMasked_data();
    void personalDataMasked();
    void quadrant_data();
    void quadrant();
    void linesSitBetweenSteps();
    void priorityOrder_data();
    void priorityOrder();
    void priorityIsTotal();
    void prioritySortAgreesWithOrder();
    void poor_data();
    void poor();
    void rubricForEveryLevel();
};

void TestDomain::personalDataMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("shown");
    const QString m = QStringLiteral("•••");
    QTest::newRow("e-mail") << QStringLiteral("Mail j.okafor@example.edu please") << QString()
                            << QStringLiteral("Mail %1@%1 please").arg(m);
    QTest::newRow("two e-mails") << QStringLiteral("a.b@x.org, C_D+1@mail.example.co.uk") << QString()
                                 << QStringLiteral("%1@%1, %1@%1").arg(m);
    QTest::newRow("international phone") << QStringLiteral("Call +44 20 7946 0958 today") << QString()
                                         << QStringLiteral("Call +%1 %1 %1 %1 today").arg(m);
    QTest::newRow("US phone") << QStringLiteral("ring (555) 123-4567.") << QString()
                              << QStringLiteral("ring %1 %1 %1.").arg(m);
    QTest::newRow("dotted phone") << QStringLiteral("Tel. 030.1234.5678") << QString()
                                  << QStringLiteral("Tel. %1 %1 %1").arg(m);
    QTest::newRow("ticket stays") << QStringLiteral("See INC0041187 and REQ-20261104") << QString()
                                  << QStringLiteral("See INC0041187 and REQ-20261104");
    QTest::newRow("dates stay") << QStringLiteral("From 2026-10-04 to 04/11/2026, 14:05") << QString()
                                << QStringLiteral("From 2026-10-04 to 04/11/2026, 14:05");
    QTest::newRow("numbers stay") << QStringLiteral("16 384 rows, 200 people, version 6.4.2") << QString()
                                  << QStringLiteral("16 384 rows, 200 people, version 6.4.2");
    QTest::newRow("customer's name") << QStringLiteral("Helen said Ms Marsh would call back")
                                     << QStringLiteral("Prof. Helen Marsh")
                                     << QStringLiteral("%1 said Ms %1 would call back").arg(m);
    QTest::newRow("whole words only") << QStringLiteral("Chenille covers") << QStringLiteral("Chen Wei")
                                      << QStringLiteral("Chenille covers");
    QTest::newRow("short name, whole words") << QStringLiteral("Client Li called") << QStringLiteral("Li")
                                             << QStringLiteral("Client Li called");
    QTest::newRow("French dotted phone") << QStringLiteral("au 06.12.34.56.78") << QString()
                                         << QStringLiteral("au %1 %1 %1 %1 %1").arg(m);
    QTest::newRow("phone from 0") << QStringLiteral("mobile 07946095812") << QString()
                                  << QStringLiteral("mobile %1").arg(m);
    // A comment as long as a comment may be, one long run: read once, not once per character.
    const QString run = QString(100000, QLatin1Char('a'));
    QTest::newRow("long run") << run + QStringLiteral("@") << QString() << run + QStringLiteral("@");
    const QString digits = QString(100000, QLatin1Char('1'));
    QTest::newRow("long digits") << digits << QString() << digits;
    for (const char *text : {"2026-10-04 14:30", "04.10.2026 14:30", "01/02/2026 - 05/02/2026", "at 10:00 2026-10-04",
                             "build 10.0.19045.3803", "host 192.168.100.254", "Ticket #20261104", "REQ 20261104",
                             "cost 1 250 000.00", "12,500,000 rows", "hours 800-1700", "100-1000 seats", "Office 365 2019"}) {
        QTest::newRow(text) << QString::fromLatin1(text) << QString() << QString::fromLatin1(text);
    }
}

void TestDomain::personalDataMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, customer);
    QFETCH(QString, shown);
    QCOMPARE(PersonalData::masked(text, customer), shown);
    // What is masked is what contains() finds (the customer's name aside).
    if (customer.isEmpty())
        QCOMPARE(PersonalData::contains(text), shown != text);
}

void TestDomain::quadrant_data()
{
    QTest::addColumn<int>("impact");
    QTest::addColumn<int>("effort");
    QTest::addColumn<Quadrant>("expected");
    QTest::newRow("5,1 corner") << 5 << 1 << Quadrant::QuickWin;
    QTest::newRow("4,2 just inside quick wins") << 4 << 2 << Quadrant::QuickWin;
    QTest::newRow("4,3 effort on boundary counts high") << 4 << 3 << Quadrant::MajorProject;
    QTest::newRow("3,2 impact on boundary counts low") << 3 << 2 << Quadrant::FillIn;
    QTest::newRow("3,3 both on boundary") << 3 << 3 << Quadrant::Thankless;
    QTest::newRow("5,5 corner") << 5 << 5 << Quadrant::MajorProject;
    QTest::newRow("1,1 corner") << 1 << 1 << Quadrant::FillIn;
    QTest::newRow("1,5 corner") << 1 << 5 << Quadrant::Thankless;
    QTest::newRow("2,4") << 2 << 4 << Quadrant::Thankless;
}

void TestDomain::quadrant()
{
    QFETCH(int, impact);
    QFETCH(int, effort);
    QFETCH(Quadrant, expected);
    QCOMPARE(QuadrantRule().quadrant(impact, effort), expected);
}

void TestDomain::linesSitBetweenSteps()
{
    // The drawn lines must separate the steps exactly as quadrant() does, never cross a step.
    const QuadrantRule rule;
    for (int impact = Score::Minimum; impact <= Score::Maximum; ++impact) {
        for (int effort = Score::Minimum; effort <= Score::Maximum; ++effort) {
            const bool aboveLine = impact > rule.impactLine();
            const bool leftOfLine = effort < rule.effortLine();
            QCOMPARE(aboveLine, rule.isHighImpact(impact));
            QCOMPARE(leftOfLine, rule.isLowEffort(effort));
        }
    }
    QCOMPARE(rule.impactLine(), 3.5);
    QCOMPARE(rule.effortLine(), 2.5);
}

static EntrySummary summary(qint64 id, int impact, int effort, int linked, const QDate &raised)
{
    EntrySummary s;
    s.id = id;
    s.impact = impact;
    s.effort = effort;
    s.linkedCount = linked;
    s.raisedOn = raised;
    return s;
}

void TestDomain::priorityOrder_data()
{
    QTest::addColumn<QList<EntrySummary>>("entries");
    QTest::addColumn<QList<qint64>>("expected");
    const QDate d(2026, 3, 1);
    QTest::newRow("quadrants in order")
        << QList<EntrySummary>{summary(1, 1, 5, 0, d), summary(2, 1, 1, 0, d),
                               summary(3, 5, 5, 0, d), summary(4, 4, 2, 0, d)}
        << QList<qint64>{4, 3, 2, 1};
    QTest::newRow("higher impact first inside a quadrant")
        << QList<EntrySummary>{summary(1, 4, 1, 0, d), summary(2, 5, 2, 0, d)}
        << QList<qint64>{2, 1};
    QTest::newRow("then lower effort")
        << QList<EntrySummary>{summary(1, 5, 2, 9, d), summary(2, 5, 1, 0, d)}
        << QList<qint64>{2, 1};
    QTest::newRow("then more linked interactions")
        << QList<EntrySummary>{summary(1, 5, 1, 2, d), summary(2, 5, 1, 7, d)}
        << QList<qint64>{2, 1};
    QTest::newRow("then older")
        << QList<EntrySummary>{summary(1, 5, 1, 2, d), summary(2, 5, 1, 2, d.addDays(-3))}
        << QList<qint64>{2, 1};
    QTest::newRow("undated counts as newest")
        << QList<EntrySummary>{summary(1, 5, 1, 2, QDate()), summary(2, 5, 1, 2, d)}
        << QList<qint64>{2, 1};
    QTest::newRow("full tie settled by id")
        << QList<EntrySummary>{summary(9, 3, 3, 1, d), summary(3, 3, 3, 1, d)}
        << QList<qint64>{3, 9};
}

void TestDomain::priorityOrder()
{
    QFETCH(QList<EntrySummary>, entries);
    QFETCH(QList<qint64>, expected);
    sortByPriority(entries);
    QList<qint64> ids;
    for (const EntrySummary &e : entries)
        ids.append(e.id);
    QCOMPARE(ids, expected);
}

void TestDomain::priorityIsTotal()
{
    // Any permutation sorts to the same order.
    QList<EntrySummary> entries;
    for (int i = 0; i < 40; ++i)
        entries.append(summary(i + 1, 1 + i % 5, 1 + (i / 5) % 5, i % 3, QDate(2026, 1, 1 + i % 7)));
    QList<EntrySummary> reversed(entries.rbegin(), entries.rend());
    sortByPriority(entries);
    sortByPriority(reversed);
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(reversed.at(i).id, entries.at(i).id);
}

void TestDomain::prioritySortAgreesWithOrder()
{
    // The sort packs each entry's key into one number: it must give the order the header
    // states, for every rule, with undated entries, many links and equal keys; priorityLess()
    // agrees with it.
    QRandomGenerator random(20261124);
    const QList<QuadrantRule> rules = {QuadrantRule(), QuadrantRule(4, 2), QuadrantRule(2, 4)};
    for (const QuadrantRule &rule : rules) {
        QList<EntrySummary> entries;
        for (int i = 0; i < 2000; ++i) {
            const int links = random.bounded(4) == 0 ? random.bounded(3) : random.bounded(1000000);
            const QDate raised = random.bounded(10) == 0 ? QDate()
                                                         : QDate(2020, 1, 1).addDays(random.bounded(3000));
            entries.append(summary(1 + (i * 7919) % 2000, 1 + random.bounded(5), 1 + random.bounded(5), // ids unique, shuffled
                                   links, raised));
        }
        sortByPriority(entries, rule);
        // The order as the header states it, field by field, independent of the packing.
        const auto stated = [&](const EntrySummary &e) {
            const qint64 day = e.raisedOn.isValid() ? e.raisedOn.toJulianDay() : std::numeric_limits<qint64>::max();
            return std::tuple(int(rule.quadrant(e.impact, e.effort)), -e.impact, e.effort, -e.linkedCount, day, e.id);
        };
        for (qsizetype i = 1; i < entries.size(); ++i) {
            QVERIFY2(stated(entries.at(i - 1)) < stated(entries.at(i)),
                     qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(i - 1).arg(i)));
            QVERIFY(priorityLess(entries.at(i - 1), entries.at(i), rule));
        }
    }
}

void TestDomain::poor_data()
{
    QTest::addColumn<SatisfactionScale>("scale");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("poor");
    QTest::newRow("1-5: 1") << SatisfactionScale::OneToFive << 1 << true;
    QTest::newRow("1-5: 2") << SatisfactionScale::OneToFive << 2 << true;
    QTest::newRow("1-5: 3") << SatisfactionScale::OneToFive << 3 << false;
    QTest::newRow("1-10: 4") << SatisfactionScale::OneToTen << 4 << true;
    QTest::newRow("1-10: 5") << SatisfactionScale::OneToTen << 5 << false;
    QTest::newRow("0-10: 0") << SatisfactionScale::ZeroToTen << 0 << true;
    QTest::newRow("0-10: 6, a detractor") << SatisfactionScale::ZeroToTen << 6 << true;
    QTest::newRow("0-10: 7, passive") << SatisfactionScale::ZeroToTen << 7 << false;
    QTest::newRow("0-3: 1") << SatisfactionScale::ZeroToThree << 1 << true;
    QTest::newRow("0-3: 2") << SatisfactionScale::ZeroToThree << 2 << false;
    QTest::newRow("bad") << SatisfactionScale::BadGood << 0 << true;
    QTest::newRow("good") << SatisfactionScale::BadGood << 1 << false;
    QTest::newRow("unhappy") << SatisfactionScale::UnhappyNeutralHappy << 0 << true;
    QTest::newRow("neutral") << SatisfactionScale::UnhappyNeutralHappy << 1 << false;
}

void TestDomain::poor()
{
    QFETCH(SatisfactionScale, scale);
    QFETCH(int, score);
    QFETCH(bool, poor);
    QCOMPARE(isPoor(scale, score), poor);
}

void TestDomain::rubricForEveryLevel()
{
    QStringList seen;
    for (int s = Score::Minimum; s <= Score::Maximum; ++s) {
        QVERIFY2(!Score::impactRubric(s).isEmpty(), qPrintable(QString::number(s)));
        QVERIFY2(!Score::effortRubric(s).isEmpty(), qPrintable(QString::number(s)));
        seen << Score::impactRubric(s) << Score::effortRubric(s);
    }
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 10);
    QVERIFY(Score::impactRubric(6).isEmpty());
}

void TestDomain::serverLocationRoundTrips_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslmode");
    QTest::newRow("plain") << "ann" << "" << "db.example.edu" << 5432 << "servicedesk" << "";
    QTest::newRow("password of every delimiter") << "ann" << "p@ss:w/rd?&=#%" << "db" << 0 << "sd" << "require";
    QTest::newRow("names with @ and spaces") << "ann@corp" << "x" << "10.0.0.5" << 6543 << "service desk" << "";
    QTest::newRow("IPv6") << "bob" << "" << "::1" << 5433 << "sd" << "verify-full";
    QTest::newRow("no user") << "" << "" << "localhost" << 0 << "" << "";
}

void TestDomain::serverLocationRoundTrips()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, sslmode);
    RegisterLocation::ServerAddress address;
    address.user = user;
    address.password = password;
    address.host = host;
    address.port = port;
    address.database = database;
    if (!sslmode.isEmpty())
        address.options.append({QStringLiteral("sslmode"), sslmode});
    const QString location = RegisterLocation::serverLocation(address);
    QVERIFY(RegisterLocation::isServer(location));
    QString error;
    const auto read = RegisterLocation::parseServer(location, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->user, user);
    QCOMPARE(read->password, password);
    QCOMPARE(read->host, host);
    QCOMPARE(read->port, port);
    QCOMPARE(read->database, database);
    QCOMPARE(read->options, address.options);
    // What is shown of it never holds the password, and reads back without one.
    const QString shown = RegisterLocation::shown(location);
    if (!password.isEmpty())
        QVERIFY2(!shown.contains(QString::fromLatin1(QUrl::toPercentEncoding(password))) && !shown.contains(password),
                 qPrintable(shown));
    const auto readShown = RegisterLocation::parseServer(shown, &error);
    QVERIFY2(readShown, qPrintable(error));
    QVERIFY(readShown->password.isEmpty());
    QCOMPARE(readShown->database, database);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
