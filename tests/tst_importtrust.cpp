// An import a manager can trust, case by case as real exports break it: every response once
// (whatever the time zone, the mapping or a newer export), dates read whole, Windows-1252
// decoded as such, scales with outliers, the register's rule for poor responses, rows with the
// wrong number of fields, defaults that invent nothing, the mapping said, free text kept,
// every response imported, imports recorded and undoable, unbounded input refused.
#include "testregister.h"

#include "commands/importcommands.h"
#include "commands/interactioncommands.h"
#include "io/columnmapping.h"
#include "io/csvreader.h"
#include "io/interactionimport.h"
#include "io/textdecoding.h"
#include "io/valueparsing.h"

#include <QStringEncoder>
#include <QTimeZone>
#include <QUndoStack>

#include <ctime>

#include <sys/stat.h>

using namespace qw;
using namespace qw::testing;
using qw::ValueParsing::DateOrder;

class TestImportTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newerExportUpdatesNeverDoubles();
    void otherTimeZoneAddsNothing();
    void correctedMappingAddsNothing();
    void sameTicketSurveyedTwice();
    void datesReadWhole_data();
    void datesReadWhole();
    void partlyReadDateIsRejected();
    void windows1252Decoded_data();
    void windows1252Decoded();
    void chosenEncodingWins();
    void zeroToTenSurvey();
    void outlierIsItsOwnRejection();
    void poorRuleRecountsInOneUndoableStep();
    void raggedRowsRejected();
    void truncatedLastRowIsNotLost();
    void skipBadRowsListsEachRowLeftOut();
    void unknownChannelStaysUnknown();
    void mappingIsSaid();
    void moreRealHeaders_data();
    void moreRealHeaders();
    void serviceNowFallbacks();
    void ambiguousHeader();
    void freeTextKeptAsWritten();
    void importIsOneUndoStep();
    void removedImportPutsBackWhatItChanged();
    void unboundedInputRefused();
    void scalesFromWholeColumns_data();
    void scalesFromWholeColumns();
    void almostUtf8IsNotGuessed();
    void excelResaveIsTheSameResponse();
    void fallbacksSurviveARememberedMapping();

private:
    QTemporaryDir m_dir;
};

namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

ImportReport import(RegisterDocument *document, const QString &text, ImportOptions options = {})
{
    return InteractionImport::run(document, utf8(text), options);
}

// A time zone for the rest of a test, and the one before it back afterwards.
class TimeZone
{
public:
    explicit TimeZone(const char *zone) : m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        ::tzset();
    }
    ~TimeZone()
    {
        if (m_previous.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_previous);
        ::tzset();
    }

private:
    QByteArray m_previous;
};

const char zendesk[] = "Ticket ID,Created at,Updated at,Satisfaction Score,Satisfaction Comment,Requester\n"
                       "101,2024-03-13 10:00:00,2024-03-14 09:00:00,1,\"I can’t log in, again\",ann@example.com\n"
                       "102,2024-03-13 11:00:00,2024-03-14 09:00:00,5,Great,bob@example.com\n"
                       "103,2024-03-13 12:00:00,2024-03-14 09:00:00,2,Slow,cy@example.com\n";

} // namespace

void TestImportTrust::newerExportUpdatesNeverDoubles()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("newer.qwr")));
    QCOMPARE(import(document.get(), QString::fromUtf8(zendesk)).imported, 3);
    // Exported again later: every ticket touched ("Updated at" moved), one re-rated, one new.
    QString newer = QString::fromUtf8(zendesk).replace(QStringLiteral("2024-03-14 09:00:00"), QStringLiteral("2024-04-02 16:30:00"));
    newer.replace(QStringLiteral(",5,Great,"), QStringLiteral(",2,Broke again,"));
    newer += QStringLiteral("104,2024-04-01 08:00:00,2024-04-02 16:30:00,4,Fine,di@example.com\n");
    const ImportReport report = import(document.get(), newer);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.duplicates, 2);
    QVERIFY(report.summary().contains(QStringLiteral("updated: 1")));
    QCOMPARE(document->interactionCount(), 4);
    const QList<Interaction> rows = document->interactionPage(0, 10);
    const auto bob = std::find_if(rows.cbegin(), rows.cend(), [](const Interaction &i) { return i.ticket == u"102"; });
    QVERIFY(bob != rows.cend());
    QCOMPARE(bob->score, 2);
    QCOMPARE(bob->comment, QStringLiteral("Broke again"));
    QVERIFY(bob->isPoor(document->poorRule()));
    // The survey's own date, not "Updated at", is the response's time.
    QCOMPARE(bob->occurredAt, QDateTime(QDate(2024, 3, 13), QTime(11, 0)));
}

void TestImportTrust::otherTimeZoneAddsNothing()
{
    const QString text = QStringLiteral("date,score,comment\n2024-03-13 10:00,1,Waited\n2024-03-14 11:00,4,Fine\n");
    auto document = openRegister(m_dir.filePath(QStringLiteral("zones.qwr")));
    {
        TimeZone utc("UTC");
        QCOMPARE(import(document.get(), text).imported, 2);
    }
    TimeZone newYork("America/New_York");
    const ImportReport again = import(document.get(), text);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.imported, 0);
    QCOMPARE(document->interactionCount(), 2);
    // With tickets too.
    const QString tickets = QString::fromUtf8(zendesk);
    {
        TimeZone utc("UTC");
        QCOMPARE(import(document.get(), tickets).imported, 3);
    }
    QCOMPARE(import(document.get(), tickets).imported, 0);
    QCOMPARE(document->interactionCount(), 5);
}

void TestImportTrust::correctedMappingAddsNothing()
{
    const QString text = QStringLiteral("When,Rating,Ref,Notes\n2024-03-13 10:00,1,T-1,Waited\n2024-03-13 11:00,2,T-2,Again\n");
    auto document = openRegister(m_dir.filePath(QStringLiteral("mapping.qwr")));
    ImportOptions first;
    first.mappings = {QStringLiteral("date=When"), QStringLiteral("score=Rating")};
    QCOMPARE(import(document.get(), text, first).imported, 2);
    ImportOptions corrected = first;
    corrected.mappings << QStringLiteral("ticket=Ref") << QStringLiteral("comment=Notes");
    const ImportReport report = import(document.get(), text, corrected);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.updated, 2); // now with their tickets and comments
    QCOMPARE(document->interactionCount(), 2);
    QCOMPARE(document->interactionPage(0, 1).first().ticket, QStringLiteral("T-2"));
    // And once more the first way: still the same two responses.
    QCOMPARE(import(document.get(), text, first).imported, 0);
    QCOMPARE(document->interactionCount(), 2);
}

void TestImportTrust::sameTicketSurveyedTwice()
{
    // A generic survey export: one ticket, two responses on different days, are two responses.
    auto document = openRegister(m_dir.filePath(QStringLiteral("twice.qwr")));
    const ImportReport report = import(document.get(), QStringLiteral("ticket,response date,score\nT-1,2024-03-01 10:00,2\n"
                                                                     "T-1,2024-03-09 10:00,5\n"));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 2);
}

void TestImportTrust::datesReadWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime nineUtc(QDate(2024, 3, 13), QTime(9, 0), QTimeZone::utc());
    QTest::newRow("space +0100") << QStringLiteral("2024-03-13 10:00:00 +0100") << DateOrder::Undecided << nineUtc;
    QTest::newRow("space +01:00") << QStringLiteral("2024-03-13 10:00:00 +01:00") << DateOrder::Undecided << nineUtc;
    QTest::newRow("space UTC") << QStringLiteral("2024-03-13 09:00:00 UTC") << DateOrder::Undecided << nineUtc;
    QTest::newRow("space -0500, next day in UTC") << QStringLiteral("2024-03-13 23:30:00 -0500") << DateOrder::Undecided
                                                  << QDateTime(QDate(2024, 3, 14), QTime(4, 30), QTimeZone::utc());
    QTest::newRow("fractional seconds, Z") << QStringLiteral("2024-03-13T09:00:00.250Z") << DateOrder::Undecided << nineUtc;
    QTest::newRow("fractional seconds, local") << QStringLiteral("2024-03-13 09:00:00.999") << DateOrder::Undecided
                                               << QDateTime(QDate(2024, 3, 13), QTime(9, 0));
    QTest::newRow("3/13/2024 10:00 PM") << QStringLiteral("3/13/2024 10:00 PM") << DateOrder::MonthFirst
                                        << QDateTime(QDate(2024, 3, 13), QTime(22, 0));
    QTest::newRow("12:30 AM") << QStringLiteral("3/13/2024 12:30 AM") << DateOrder::MonthFirst
                              << QDateTime(QDate(2024, 3, 13), QTime(0, 30));
    QTest::newRow("13.03.2024 10:00") << QStringLiteral("13.03.2024 10:00") << DateOrder::DayFirst
                                      << QDateTime(QDate(2024, 3, 13), QTime(10, 0));
    QTest::newRow("trailing words") << QStringLiteral("2024-03-13 10:00:00 +01:00 (CET)") << DateOrder::Undecided << QDateTime();
    QTest::newRow("a named zone") << QStringLiteral("2024-03-13 10:00:00 Europe/Paris") << DateOrder::Undecided << QDateTime();
    QTest::newRow("13 PM") << QStringLiteral("3/13/2024 13:00 PM") << DateOrder::MonthFirst << QDateTime();
    QTest::newRow("25 o'clock") << QStringLiteral("2024-03-13 25:00") << DateOrder::Undecided << QDateTime();
    QTest::newRow("offset out of range") << QStringLiteral("2024-03-13 10:00 +1900") << DateOrder::Undecided << QDateTime();
    QTest::newRow("zone without a time") << QStringLiteral("2024-03-13 +0100") << DateOrder::Undecided << QDateTime();
}

void TestImportTrust::datesReadWhole()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = ValueParsing::parseDate(text, order);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toUTC(), expected.toUTC());
}

void TestImportTrust::partlyReadDateIsRejected()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("partly.qwr")));
    const ImportReport report = import(document.get(), QStringLiteral("date,score\n2024-03-13 10:00:00 +0100,1\n"
                                                                     "2024-03-13 10:00:00 CET,2\n"));
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.first().line, 3);
    QVERIFY2(report.rejected.first().message.contains(QStringLiteral("“2024-03-13 10:00:00 CET” is not a date")),
             qPrintable(report.rejected.first().message));
    QCOMPARE(document->interactionCount(), 0);
}

void TestImportTrust::windows1252Decoded_data()
{
    QTest::addColumn<QString>("comment");
    // Short texts, as one comment of a survey: where uchardet guesses Mac or other Latin pages.
    QTest::newRow("English") << QStringLiteral("I can’t log in – again “today”");
    QTest::newRow("English, en dash only") << QStringLiteral("Slow – very slow");
    QTest::newRow("French") << QStringLiteral("Très déçu : l’agent n’a pas rappelé, ça traîne");
    QTest::newRow("German") << QStringLiteral("Größte Enttäuschung, überhaupt keine Rückmeldung");
    QTest::newRow("Danish") << QStringLiteral("Vi ventede på svar i én uge, øv og æv");
    QTest::newRow("Portuguese") << QStringLiteral("Não consegui acessar, atendimento péssimo, ação lenta");
    QTest::newRow("Spanish") << QStringLiteral("¿Por qué nadie contestó? ¡Qué mal servicio! Año perdido");
    QTest::newRow("Turkish") << QStringLiteral("Çok kötü, hiç cevap gelmedi, üzüldüm");
    QTest::newRow("euro and ellipsis") << QStringLiteral("Paid 50€ for nothing… ™");
}

void TestImportTrust::windows1252Decoded()
{
    QFETCH(QString, comment);
    const QString text = QStringLiteral("ticket,date,score,comment\n1,2024-03-01,1,\"") + comment + QStringLiteral("\"\n");
    QStringEncoder cp1252("windows-1252");
    const QByteArray bytes = cp1252.encode(text);
    QVERIFY(!cp1252.hasError());
    const DecodedText decoded = decodeText(bytes);
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding.toLower(), QStringLiteral("windows-1252"));
    QCOMPARE(decoded.text, text);
    // And the same text as UTF-8 is UTF-8, whatever uchardet would say.
    const DecodedText asUtf8 = decodeText(text.toUtf8());
    QCOMPARE(asUtf8.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(asUtf8.text, text);
    // The report says which encoding it used.
    auto document = openRegister(m_dir.filePath(QStringLiteral("cp1252-%1.qwr").arg(QString::fromLatin1(QTest::currentDataTag()))));
    const ImportReport report = InteractionImport::run(document.get(), bytes, {});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.decisions().first().contains(QStringLiteral("windows-1252 (detected)")));
    QCOMPARE(document->interactionPage(0, 1).first().comment, comment);
}

void TestImportTrust::chosenEncodingWins()
{
    QStringEncoder latin9("ISO-8859-15");
    const QByteArray bytes = latin9.encode(QStringLiteral("ticket,date,score,comment\n1,2024-03-01,1,Payé 5€\n"));
    auto document = openRegister(m_dir.filePath(QStringLiteral("chosen.qwr")));
    ImportOptions options;
    options.encoding = QStringLiteral("ISO-8859-15");
    const ImportReport report = InteractionImport::run(document.get(), bytes, options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.decisions().first().contains(QStringLiteral("ISO-8859-15 (as chosen)")));
    QCOMPARE(document->interactionPage(0, 1).first().comment, QStringLiteral("Payé 5€"));
}

void TestImportTrust::zeroToTenSurvey()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("nps.qwr")));
    QString text = QStringLiteral("response id,date,score\n");
    for (int s = 0; s <= 10; ++s)
        text += QStringLiteral("R%1,2024-03-%2 10:00,%1\n").arg(s).arg(s + 1, 2, 10, QLatin1Char('0'));
    const ImportReport report = import(document.get(), text);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.scale, SatisfactionScale::ZeroToTen);
    QCOMPARE(report.imported, 11);
    QCOMPARE(report.poor, 7); // 0..6, the detractors
    QVERIFY2(report.decisions().join(u'\n').contains(QStringLiteral("0 to 10: 0 to 6 are poor")),
             qPrintable(report.decisions().join(u'\n')));
    QCOMPARE(document->monthlySatisfaction().first().responses, 11);
    QVERIFY(qAbs(document->monthlySatisfaction().first().poorShare - 7.0 / 11.0) < 1e-9);
}

void TestImportTrust::outlierIsItsOwnRejection()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("outlier.qwr")));
    const QString text = QStringLiteral("Ticket ID,Created at,Satisfaction Score\n1,2024-03-01,4\n2,2024-03-02,383\n"
                                        "3,2024-03-03,1\n4,2024-03-04,5\n");
    ImportReport report = import(document.get(), text);
    QCOMPARE(report.scale, SatisfactionScale::OneToFive);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.first().line, 3);
    QVERIFY2(report.rejected.first().message.contains(QStringLiteral("383 is outside the scale 1 to 5")),
             qPrintable(report.rejected.first().message));
    QCOMPARE(document->interactionCount(), 0);
    ImportOptions skip;
    skip.skipBadRows = true;
    report = import(document.get(), text, skip);
    QVERIFY(report.ok());
    QCOMPARE(report.imported, 3);
    QCOMPARE(report.leftOut.size(), 1);
}

void TestImportTrust::poorRuleRecountsInOneUndoableStep()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("rule.qwr")));
    QCOMPARE(import(document.get(), QStringLiteral("date,score,reason\n2024-03-01,1,Slow\n2024-03-02,2,Slow\n"
                                                   "2024-03-03,3,Slow\n2024-03-04,5,Fine\n")).poor, 2);
    document->countNewIntoTriage();
    const auto poorShare = [&] { return document->monthlySatisfaction().first().poorShare; };
    const auto triaged = [&] {
        int n = 0;
        for (const TriageGroup &g : document->triageGroups())
            n += g.count;
        return n;
    };
    QCOMPARE(poorShare(), 0.5);
    QCOMPARE(triaged(), 2);
    PoorRule rule = document->poorRule();
    rule.setPoorUpTo(SatisfactionScale::OneToFive, 3);
    document->undoStack()->push(new SetPoorRuleCommand(document.get(), rule));
    QCOMPARE(document->poorRule().poorUpTo(SatisfactionScale::OneToFive), 3);
    QCOMPARE(poorShare(), 0.75);
    QCOMPARE(triaged(), 3);
    document->undoStack()->undo();
    QCOMPARE(poorShare(), 0.5);
    QCOMPARE(triaged(), 2);
    // Kept in the register.
    const QString path = document->filePath();
    document->undoStack()->redo();
    document.reset();
    document = openRegister(path);
    QCOMPARE(document->poorRule().poorUpTo(SatisfactionScale::OneToFive), 3);
    QCOMPARE(poorShare(), 0.75);
}

void TestImportTrust::raggedRowsRejected()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("ragged.qwr")));
    const ImportReport report = import(document.get(), QStringLiteral(
        "Ticket ID,Created at,Satisfaction Score,Satisfaction Comment\n"
        "1,2024-03-01,4,Fine\n"
        "2,2024-03-02,Long story, with a comma,10\n" // unquoted comma: 5 fields
        "3,2024-03-03,8\n"));                        // 3 fields
    QCOMPARE(report.rejected.size(), 2);
    QCOMPARE(report.rejected.at(0).line, 3);
    QVERIFY2(report.rejected.at(0).message.contains(QStringLiteral("5 fields where the header has 4")),
             qPrintable(report.rejected.at(0).message));
    QCOMPARE(report.rejected.at(1).line, 4);
    QVERIFY(report.rejected.at(1).message.contains(QStringLiteral("3 fields where the header has 4")));
    QCOMPARE(document->interactionCount(), 0);
}

void TestImportTrust::truncatedLastRowIsNotLost()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("cut.qwr")));
    const QString whole = QStringLiteral("ticket,date,score,comment,customer\nT1,2024-03-01,1,Waited,Ann\n"
                                         "T2,2024-03-02,2,The comment that was cut,Bob\n");
    const QString cut = whole.left(whole.indexOf(QStringLiteral(",The comment")));
    ImportOptions skip;
    skip.skipBadRows = true;
    const ImportReport first = import(document.get(), cut, skip);
    QCOMPARE(first.imported, 1);
    QCOMPARE(first.leftOut.size(), 1);
    QCOMPARE(first.leftOut.first().line, 3);
    // The complete export later brings the row whole, comment and all.
    const ImportReport second = import(document.get(), whole);
    QCOMPARE(second.imported, 1);
    QCOMPARE(document->interactionPage(0, 1).first().comment, QStringLiteral("The comment that was cut"));
}

void TestImportTrust::skipBadRowsListsEachRowLeftOut()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("skip.qwr")));
    ImportOptions skip;
    skip.skipBadRows = true;
    const ImportReport report = import(document.get(), QStringLiteral(
        "date,score\n2024-03-01,1\nsoon,2\n2024-03-03,two\n2024-03-04,3,extra\n2024-03-05,5\n"), skip);
    QVERIFY(report.ok());
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.leftOut.size(), 3);
    QCOMPARE(report.leftOut.at(0).line, 3);
    QCOMPARE(report.leftOut.at(1).line, 4);
    QCOMPARE(report.leftOut.at(2).line, 5);
    QVERIFY(report.summary().contains(QStringLiteral("bad rows left out: 3")));
}

void TestImportTrust::unknownChannelStaysUnknown()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("channel.qwr")));
    const ImportReport report = import(document.get(), QStringLiteral("date,score,channel\n2024-03-01,1,\n"
                                                                     "2024-03-02,1,carrier pigeon\n2024-03-03,1,phone\n"));
    QVERIFY(report.ok());
    const QList<Interaction> rows = document->interactionPage(0, 10);
    QCOMPARE(rows.at(2).channel, Channel::Unknown); // empty
    QCOMPARE(rows.at(1).channel, Channel::Unknown); // not recognised
    QCOMPARE(rows.at(0).channel, Channel::Phone);
    QCOMPARE(channelName(Channel::Unknown), QStringLiteral("Unknown"));
    QVERIFY(report.warnings.constLast().message.contains(QStringLiteral("recorded as unknown")));
}

void TestImportTrust::mappingIsSaid()
{
    const ImportReport missing = InteractionImport::read(utf8(QStringLiteral("Ticket,Notes\n1,hi\n")), {}, nullptr).report;
    QVERIFY2(missing.error.contains(QStringLiteral("the date or the satisfaction score"))
                 && missing.error.contains(QStringLiteral("--map date=COLUMN --map score=COLUMN")),
             qPrintable(missing.error));
    const ImportReport report = InteractionImport::read(
        utf8(QStringLiteral("Date,Score,Feedback text,Region\n2024-03-01,1,Slow,North\n")), {}, nullptr).report;
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    const QString said = report.decisions().join(u'\n');
    QVERIFY2(said.contains(QStringLiteral("score ← column 2 “Score” (recognised, a generic export)")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("not imported: 3 (“Feedback text”), 4 (“Region”)")), qPrintable(said));
    ImportOptions options;
    options.mappings = {QStringLiteral("comment=Feedback text")};
    const QString corrected = InteractionImport::read(utf8(QStringLiteral("Date,Score,Feedback text,Region\n2024-03-01,1,Slow,North\n")),
                                                      options, nullptr).report.decisions().join(u'\n');
    QVERIFY2(corrected.contains(QStringLiteral("comment ← column 3 “Feedback text” (as chosen)")), qPrintable(corrected));
}

void TestImportTrust::moreRealHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("mapping");
    QTest::newRow("Ticket ID, Created time, Customer Satisfaction Rating, Description, Affected User")
        << QStringLiteral("Ticket ID,Created time,Customer Satisfaction Rating,Description,Affected User")
        << QStringLiteral("ticket=Ticket ID;date=Created time;score=Customer Satisfaction Rating;comment=Description;customer=Affected User");
    QTest::newRow("review export") << QStringLiteral("review_id,review_score,review_comment_message,review_creation_date")
                                   << QStringLiteral("date=review_creation_date;score=review_score;comment=review_comment_message;response=review_id");
    QTest::newRow("created_date, Survey results, u_comments") << QStringLiteral("created_date,Survey results,u_comments")
                                                              << QStringLiteral("date=created_date;score=Survey results;comment=u_comments");
}

void TestImportTrust::moreRealHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, mapping);
    const QStringList columns = header.split(QLatin1Char(','));
    QCOMPARE(ColumnMapping::detect(columns).toText(columns), mapping);
}

void TestImportTrust::serviceNowFallbacks()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("sn.qwr")));
    const ImportReport report = import(document.get(), QStringLiteral(
        "number,opened_at,opened_by,caller_id,u_affected_user,cmdb_ci,business_service,category,u_satisfaction\n"
        "INC1,2024-03-01 10:00:00,Agent Smith,Ann Lee,,Mail server,E-mail,Software,1\n"
        "INC2,2024-03-02 10:00:00,Agent Smith,,Bob Roy,?,Printing,Hardware,2\n"
        "INC3,2024-03-03 10:00:00,Agent Smith,,,,,Network,2\n"));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.source, ExportSource::ServiceNow);
    const QList<Interaction> rows = document->interactionPage(0, 10); // newest first
    QCOMPARE(rows.at(2).service, QStringLiteral("Mail server"));
    QCOMPARE(rows.at(1).service, QStringLiteral("Printing"));
    QCOMPARE(rows.at(0).service, QStringLiteral("Network"));
    QCOMPARE(rows.at(2).customer, QStringLiteral("Ann Lee"));
    QCOMPARE(rows.at(1).customer, QStringLiteral("Bob Roy"));
    QCOMPARE(rows.at(0).customer, QString()); // never opened_by, the agent who logged it
}

void TestImportTrust::ambiguousHeader()
{
    const QByteArray text = utf8(QStringLiteral("Date,Severity,Comment,Severity\n2024-03-01,1,x,4\n"));
    ImportOptions options;
    options.mappings = {QStringLiteral("score=Severity")};
    const ImportReport report = InteractionImport::read(text, options, nullptr).report;
    QVERIFY2(report.error.contains(QStringLiteral("“Severity” is ambiguous: columns 2 and 4")), qPrintable(report.error));
    options.mappings = {QStringLiteral("score=4")};
    const InteractionImport::Plan plan = InteractionImport::read(text, options, nullptr);
    QVERIFY2(plan.report.error.isEmpty(), qPrintable(plan.report.error));
    QCOMPARE(plan.interactions.first().score, 4);
}

void TestImportTrust::freeTextKeptAsWritten()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("text.qwr")));
    const ImportReport report = import(document.get(), QStringLiteral(
        "date,score,reason,comment\n2024-03-01,1,-,NA\n2024-03-02,1,n/a,\"  two spaces  \"\n2024-03-03,?,null,-\n"));
    QVERIFY2(report.ok(), qPrintable(report.error));
    const QList<Interaction> rows = document->interactionPage(0, 10);
    QCOMPARE(rows.at(2).reason, QStringLiteral("-"));
    QCOMPARE(rows.at(2).comment, QStringLiteral("NA"));
    QCOMPARE(rows.at(1).reason, QStringLiteral("n/a"));
    QCOMPARE(rows.at(1).comment, QStringLiteral("  two spaces  "));
    QCOMPARE(rows.at(0).score, -1); // "?" in a typed column is missing
    QCOMPARE(rows.at(0).comment, QStringLiteral("-"));
}

namespace {

std::optional<ImportInput> writtenExport(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        return std::nullopt;
    file.close();
    QString error;
    return ImportInput::fromFile(path, &error);
}

} // namespace

void TestImportTrust::importIsOneUndoStep()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("undo.qwr")));
    Interaction logged = makeInteraction(QStringLiteral("BY-HAND"), 1, QDateTime(QDate(2024, 2, 1), QTime(9, 0)));
    document->undoStack()->push(new AddInteractionCommand(document.get(), logged));
    const auto input = writtenExport(m_dir.filePath(QStringLiteral("survey.csv")), QString::fromUtf8(zendesk));
    QVERIFY(input);
    const ImportReport report = InteractionImport::run(document.get(), *input, {});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(document->interactionCount(), 4);
    QCOMPARE(document->undoStack()->count(), 2);
    // (Its plural is English's own where the application loads its translations.)
    QVERIFY2(document->undoStack()->undoText().startsWith(QStringLiteral("Import of ‘survey.csv’ (3 response")),
             qPrintable(document->undoStack()->undoText()));
    // The import is recorded: file, source, encoding, mapping, who, when, counts.
    QCOMPARE(document->imports().size(), 1);
    const ImportRecord record = document->imports().first();
    QCOMPARE(record.fileName, QStringLiteral("survey.csv"));
    QCOMPARE(record.source, QStringLiteral("Zendesk"));
    QCOMPARE(record.encoding, QStringLiteral("UTF-8"));
    QVERIFY(record.mapping.contains(QStringLiteral("score=Satisfaction Score")));
    QCOMPARE(record.importedBy, document->userName());
    QVERIFY(qAbs(record.importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(record.rowsRead, 3);
    QCOMPARE(record.added, 3);
    // Undo takes the import back, not the edit before it.
    document->undoStack()->undo();
    QCOMPARE(document->interactionCount(), 1);
    QCOMPARE(document->interactionPage(0, 1).first().ticket, QStringLiteral("BY-HAND"));
    QVERIFY(!document->imports().first().inRegister);
    QCOMPARE(document->monthlySatisfaction().size(), 1); // February only: March's days counted out
    document->undoStack()->redo();
    QCOMPARE(document->interactionCount(), 4);
    QVERIFY(document->imports().first().inRegister);
    QCOMPARE(document->monthlySatisfaction().size(), 2);
    // After undo, importing the file again imports it again.
    document->undoStack()->undo();
    QCOMPARE(InteractionImport::run(document.get(), *input, {}).imported, 3);
    QCOMPARE(document->interactionCount(), 4);
}

void TestImportTrust::removedImportPutsBackWhatItChanged()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("remove.qwr")));
    const auto first = writtenExport(m_dir.filePath(QStringLiteral("march.csv")), QString::fromUtf8(zendesk));
    QString text = QString::fromUtf8(zendesk).replace(QStringLiteral(",5,Great,"), QStringLiteral(",2,Broke again,"));
    text += QStringLiteral("104,2024-04-01 08:00:00,2024-04-02 16:30:00,4,Fine,di@example.com\n");
    const auto second = writtenExport(m_dir.filePath(QStringLiteral("april.csv")), text);
    QVERIFY(first && second);
    QCOMPARE(InteractionImport::run(document.get(), *first, {}).imported, 3);
    const ImportReport april = InteractionImport::run(document.get(), *second, {});
    QCOMPARE(april.imported, 1);
    QCOMPARE(april.updated, 1);
    const auto scoreOf = [&](const QString &ticket) {
        for (const Interaction &i : document->interactionPage(0, 100)) {
            if (i.ticket == ticket)
                return i.score;
        }
        return -9;
    };
    QCOMPARE(scoreOf(QStringLiteral("102")), 2);
    // File > Import History > Remove: April's new response leaves, the re-rated one is as in March.
    auto *remove = new RemoveImportCommand(document.get(), document->imports().at(1));
    document->undoStack()->push(remove);
    QCOMPARE(remove->keptChanged(), 0);
    QCOMPARE(document->interactionCount(), 3);
    QCOMPARE(scoreOf(QStringLiteral("102")), 5);
    QCOMPARE(scoreOf(QStringLiteral("104")), -9);
    document->undoStack()->undo();
    QCOMPARE(document->interactionCount(), 4);
    QCOMPARE(scoreOf(QStringLiteral("102")), 2);
    // A response changed by hand since the import keeps the newer value.
    std::optional<Interaction> bob;
    for (const Interaction &i : document->interactionPage(0, 100)) {
        if (i.ticket == u"102")
            bob = i;
    }
    QVERIFY(bob);
    Interaction edited = *bob;
    edited.score = 3;
    document->undoStack()->push(new EditInteractionCommand(document.get(), *bob, edited));
    auto *again = new RemoveImportCommand(document.get(), document->imports().at(1));
    document->undoStack()->push(again);
    QCOMPARE(again->keptChanged(), 1);
    QCOMPARE(scoreOf(QStringLiteral("102")), 3);
    QCOMPARE(document->interactionCount(), 3);
}

void TestImportTrust::unboundedInputRefused()
{
    QString error;
    QVERIFY(!ImportInput::fromFile(QStringLiteral("/dev/zero"), &error));
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    error.clear();
    QVERIFY(!ImportInput::fromFile(fifo, &error)); // at once: nothing waits for a writer
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    QVERIFY(!ImportInput::fromFile(m_dir.path(), &error));
    QVERIFY(error.contains(QStringLiteral("is a folder")));
    // One field larger than any comment: refused with its line, not read into memory for ever.
    QString huge = QStringLiteral("date,score,comment\n2024-03-01,1,\"");
    huge += QString(RecordReader::maxFieldLength + 10, QLatin1Char('x'));
    huge += QStringLiteral("\"\n");
    const ImportReport report = InteractionImport::read(huge.toUtf8(), {}, nullptr).report;
    QVERIFY2(report.error.contains(QStringLiteral("line 2, column 14: a field longer than")), qPrintable(report.error));
}

void TestImportTrust::scalesFromWholeColumns_data()
{
    QTest::addColumn<QStringList>("column");
    QTest::addColumn<bool>("known");
    QTest::addColumn<SatisfactionScale>("scale");
    QTest::newRow("1-5 with a 0 (not rated)") << QStringList{QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("0"),
                                                             QStringLiteral("5")} << true << SatisfactionScale::OneToFive;
    QTest::newRow("0-10") << QStringList{QStringLiteral("0"), QStringLiteral("9"), QStringLiteral("10")} << true
                          << SatisfactionScale::ZeroToTen;
    QTest::newRow("1-10") << QStringList{QStringLiteral("2"), QStringLiteral("10")} << true << SatisfactionScale::OneToTen;
    QTest::newRow("percentages") << QStringList{QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("100")} << false
                                 << SatisfactionScale::OneToFive;
    QTest::newRow("happy first, then extremely happy") << QStringList{QStringLiteral("Happy"), QStringLiteral("Extremely Happy")}
                                                       << true << SatisfactionScale::OneToFive;
}

void TestImportTrust::scalesFromWholeColumns()
{
    QFETCH(QStringList, column);
    QFETCH(bool, known);
    QFETCH(SatisfactionScale, scale);
    const ValueParsing::ScaleGuess guess = ValueParsing::guessScale(column);
    QCOMPARE(guess.known, known);
    if (known)
        QCOMPARE(guess.scale, scale);
    // A decimal is no point of a scale: never cut down to its whole part.
    QVERIFY(!ValueParsing::parseScore(QStringLiteral("2.5"), SatisfactionScale::OneToFive));
    QCOMPARE(ValueParsing::parseScore(QStringLiteral("4.0"), SatisfactionScale::OneToFive), 4);
    QCOMPARE(ValueParsing::parseScore(QStringLiteral("2 - Dissatisfied"), SatisfactionScale::OneToFive), 2);
}

void TestImportTrust::almostUtf8IsNotGuessed()
{
    QByteArray bytes = QStringLiteral("ticket,date,score,comment\n1,2024-03-01,1,Très déçu, ça traîne\n"
                                      "2,2024-03-02,2,Réponse tardive\n").toUtf8();
    bytes.insert(bytes.indexOf("tardive"), '\xe9'); // one Windows-1252 byte pasted in
    const DecodedText decoded = decodeText(bytes);
    QVERIFY2(decoded.error.contains(QStringLiteral("UTF-8 text except at byte")), qPrintable(decoded.error));
}

void TestImportTrust::excelResaveIsTheSameResponse()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("resave.qwr")));
    QCOMPARE(import(document.get(), QStringLiteral("ticket,response date,score\nT-1,2024-03-13 10:00:00,2\n")).imported, 1);
    // Opened and saved again by Excel: the same response, dates written its way.
    const ImportReport again = import(document.get(), QStringLiteral("ticket,response date,score\nT-1,13/03/2024 10:00,2\n"
                                                                     "T-2,14/03/2024 09:00,4\n"));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.imported, 1);
    QCOMPARE(document->interactionCount(), 2);
}

void TestImportTrust::fallbacksSurviveARememberedMapping()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("remembered.qwr")));
    const QString text = QStringLiteral("number,opened_at,caller_id,cmdb_ci,business_service,u_satisfaction\n"
                                        "INC1,2024-03-01 10:00:00,Ann,,E-mail,1\nINC2,2024-03-02 10:00:00,Bob,Printer 3,Printing,2\n");
    QCOMPARE(import(document.get(), text).imported, 2);
    const ImportReport again = import(document.get(), text); // with the mapping remembered from the first
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 2);
    QCOMPARE(document->interactionPage(0, 10).last().service, QStringLiteral("E-mail"));
}

QTEST_GUILESS_MAIN(TestImportTrust)
#include "tst_importtrust.moc"
