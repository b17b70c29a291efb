// Import of real service desk exports: CSV parsing (the csv-spectrum cases), encodings,
// delimiters, formats recognised from their headers, dates, scales, and the import itself:
// all or nothing, idempotent, dry runs that write nothing, rejected rows with their lines.
#include "testregister.h"

#include "io/columnmapping.h"
#include "io/csvreader.h"
#include "io/interactionimport.h"
#include "io/textdecoding.h"
#include "io/valueparsing.h"

#include <QStringEncoder>
#include <QTimeZone>

#include <ctime>

using namespace qw;
using namespace qw::testing;
using qw::ValueParsing::DateOrder;

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv_data();
    void csv();
    void unterminatedQuote();
    void delimiter_data();
    void delimiter();
    void encodings_data();
    void encodings();
    void recognisesSources_data();
    void recognisesSources();
    void dates_data();
    void dates();
    void dateOrderFromColumn();
    void scores_data();
    void scores();
    void windows1252ServiceNowImport();
    void reimportAddsNothing();
    void badRowImportsNothing();
    void dryRunWritesNothing();
    void mapOverridesAndAllResponses();
    void poorOnlyLeavesTheRestOut();
    void largeImportIsAllOrNothing();
    void partialReimportCountsOnlyNewRows();
    void localClockAgreesWithQDateTimeAcrossDaylightSaving();
    void readerSkipsUnwantedColumns();

private:
    QTemporaryDir m_dir;
};

void TestImport::csv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<QList<int>>("lines");
    const QStringList header{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("simple") << QStringLiteral("a,b,c\n1,2,3\n")
                            << QList<QStringList>{header, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}
                            << QList<int>{1, 2};
    QTest::newRow("comma in quotes") << QStringLiteral("a,b,c\n1,\"x, y\",3\n")
                                     << QList<QStringList>{header, {QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("3")}}
                                     << QList<int>{1, 2};
    QTest::newRow("escaped quotes") << QStringLiteral("a,b,c\n1,\"he said \"\"no\"\"\",3\n")
                                    << QList<QStringList>{header, {QStringLiteral("1"), QStringLiteral("he said \"no\""), QStringLiteral("3")}}
                                    << QList<int>{1, 2};
    QTest::newRow("crlf") << QStringLiteral("a,b,c\r\n1,2,3\r\n")
                          << QList<QStringList>{header, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}
                          << QList<int>{1, 2};
    QTest::newRow("lone cr") << QStringLiteral("a,b,c\r1,2,3\r4,5,6")
                             << QList<QStringList>{header, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
                                                   {QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}}
                             << QList<int>{1, 2, 3};
    QTest::newRow("newlines in quotes") << QStringLiteral("a,b,c\n1,\"line one\r\nline two\nthree\",3\n4,5,6\n")
                                        << QList<QStringList>{header, {QStringLiteral("1"), QStringLiteral("line one\nline two\nthree"), QStringLiteral("3")},
                                                              {QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}}
                                        << QList<int>{1, 2, 5};
    QTest::newRow("empty fields") << QStringLiteral("a,b,c\n,,\n\"\",x,\n")
                                  << QList<QStringList>{header, {QString(), QString(), QString()}, {QString(), QStringLiteral("x"), QString()}}
                                  << QList<int>{1, 2, 3};
    QTest::newRow("utf-8") << QStringLiteral("a,b,c\nJosé,Zoë,😀 مرحبا\n")
                           << QList<QStringList>{header, {QStringLiteral("José"), QStringLiteral("Zoë"), QStringLiteral("😀 مرحبا")}}
                           << QList<int>{1, 2};
    QTest::newRow("no final newline") << QStringLiteral("a,b,c\n1,2,3")
                                      << QList<QStringList>{header, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}
                                      << QList<int>{1, 2};
}

void TestImport::csv()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, expected);
    QFETCH(QList<int>, lines);
    CsvReader reader(text);
    QList<QStringList> records;
    QList<int> starts;
    CsvRecord record;
    while (reader.next(&record)) {
        records.append(record.fields);
        starts.append(record.line);
    }
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(records, expected);
    QCOMPARE(starts, lines);
}

void TestImport::unterminatedQuote()
{
    CsvReader reader(QStringLiteral("a,b\n1,2\n3,\"never closed\n4,5\n"));
    CsvRecord record;
    while (reader.next(&record)) {
    }
    QCOMPARE(reader.error(), QStringLiteral("line 3, column 3: this quoted field is never closed"));
}

void TestImport::delimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("comma") << QStringLiteral("a,b;c,d\n") << QChar(QLatin1Char(','));
    QTest::newRow("semicolon (Excel, German locale)") << QStringLiteral("a;b;\"c,d\";e\n1;2,5;3;4\n") << QChar(QLatin1Char(';'));
    QTest::newRow("tab") << QStringLiteral("a\tb\tc,d\n") << QChar(QLatin1Char('\t'));
}

void TestImport::delimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, expected);
    QCOMPARE(CsvReader::detectDelimiter(text), expected);
}

void TestImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedEncoding");
    const QString text = QStringLiteral("number,caller_id,comments\nINC1,José Müller,Très déçu: «café» à 5€\nINC2,Zoë Françoise,Größe\n");
    QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8");
    QStringEncoder le(QStringEncoder::Utf16LE);
    QStringEncoder be(QStringEncoder::Utf16BE);
    QTest::newRow("utf-16 le bom") << QByteArray("\xFF\xFE") + QByteArray(le.encode(text)) << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16 be bom") << QByteArray("\xFE\xFF") + QByteArray(be.encode(text)) << QStringLiteral("UTF-16BE");
    QTest::newRow("utf-16 le, no bom") << QByteArray(le.encode(text)) << QStringLiteral("UTF-16LE");
    QStringEncoder cp1252("windows-1252");
    QVERIFY(cp1252.isValid());
    QTest::newRow("windows-1252") << QByteArray(cp1252.encode(text)) << QStringLiteral("windows-1252");
}

void TestImport::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedEncoding);
    const DecodedText decoded = decodeText(bytes);
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding.toUpper(), expectedEncoding.toUpper());
    QCOMPARE(decoded.text, QStringLiteral("number,caller_id,comments\nINC1,José Müller,Très déçu: «café» à 5€\nINC2,Zoë Françoise,Größe\n"));
}

void TestImport::recognisesSources_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ExportSource>("source");
    QTest::addColumn<QString>("mapping");
    QTest::newRow("ServiceNow") << QStringLiteral("number,opened_at,short_description,caller_id,priority,state,category,assignment_group,assigned_to,u_satisfaction")
                                << ExportSource::ServiceNow
                                << QStringLiteral("ticket=number;date=opened_at;service=category;team=assignment_group;agent=assigned_to;score=u_satisfaction;reason=short_description;customer=caller_id");
    QTest::newRow("Zendesk") << QStringLiteral("Ticket ID,Satisfaction Score,Satisfaction Comment,Satisfaction Reason,Requester,Assignee,Group,Created at,Via")
                             << ExportSource::Zendesk
                             << QStringLiteral("ticket=Ticket ID;date=Created at;channel=Via;team=Group;agent=Assignee;score=Satisfaction Score;reason=Satisfaction Reason;comment=Satisfaction Comment;customer=Requester");
    QTest::newRow("Freshdesk") << QStringLiteral("Ticket ID,Rating,Feedback,Contact,Agent,Group,Surveyed At,Source,Product")
                               << ExportSource::Freshdesk
                               << QStringLiteral("ticket=Ticket ID;date=Surveyed At;channel=Source;service=Product;team=Group;agent=Agent;score=Rating;comment=Feedback;customer=Contact");
    QTest::newRow("Jira Service Management") << QStringLiteral("Issue key,Summary,Reporter,Assignee,Created,Satisfaction rating,Satisfaction comment,Request Type")
                                             << ExportSource::JiraServiceManagement
                                             << QStringLiteral("ticket=Issue key;date=Created;service=Request Type;agent=Assignee;score=Satisfaction rating;reason=Summary;comment=Satisfaction comment;customer=Reporter");
    QTest::newRow("generic") << QStringLiteral("Date,Ticket,Service,Score,Comment,Customer,Repeat contact")
                             << ExportSource::Generic
                             << QStringLiteral("ticket=Ticket;date=Date;service=Service;score=Score;comment=Comment;customer=Customer;repeat=Repeat contact");
}

void TestImport::recognisesSources()
{
    QFETCH(QString, header);
    QFETCH(ExportSource, source);
    QFETCH(QString, mapping);
    const QStringList columns = header.split(QLatin1Char(','));
    const ColumnMapping m = ColumnMapping::detect(columns);
    QCOMPARE(m.source(), source);
    QCOMPARE(m.toText(columns), mapping);
}

void TestImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime leap(QDate(2016, 2, 29), QTime(1, 16));
    QTest::newRow("iso with offset") << QStringLiteral("2016-02-29T01:16:00+01:00") << DateOrder::Undecided
                                     << QDateTime(QDate(2016, 2, 29), QTime(0, 16), QTimeZone::utc());
    QTest::newRow("iso utc") << QStringLiteral("2016-02-29T01:16:00Z") << DateOrder::Undecided
                             << QDateTime(QDate(2016, 2, 29), QTime(1, 16), QTimeZone::utc());
    QTest::newRow("iso, no offset") << QStringLiteral("2016-02-29 01:16:00") << DateOrder::Undecided << leap;
    QTest::newRow("29/2/2016 01:16") << QStringLiteral("29/2/2016 01:16") << DateOrder::DayFirst << leap;
    QTest::newRow("02-29-2016 13:05:00") << QStringLiteral("02-29-2016 13:05:00") << DateOrder::MonthFirst
                                         << QDateTime(QDate(2016, 2, 29), QTime(13, 5));
    QTest::newRow("29-02-2016") << QStringLiteral("29-02-2016") << DateOrder::DayFirst
                                << QDateTime(QDate(2016, 2, 29), QTime(0, 0));
    QTest::newRow("2/29/2016 1:16 PM") << QStringLiteral("2/29/2016 1:16 PM") << DateOrder::MonthFirst
                                       << QDateTime(QDate(2016, 2, 29), QTime(13, 16));
    QTest::newRow("excel serial") << QStringLiteral("42429.5") << DateOrder::Undecided
                                  << QDateTime(QDate(2016, 2, 29), QTime(12, 0));
    QTest::newRow("ambiguous, undecided") << QStringLiteral("02/03/2016") << DateOrder::Undecided << QDateTime();
    QTest::newRow("31 February") << QStringLiteral("31/02/2016") << DateOrder::DayFirst << QDateTime();
    QTest::newRow("not a date") << QStringLiteral("yesterday") << DateOrder::DayFirst << QDateTime();
}

void TestImport::dates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = ValueParsing::parseDate(text, order);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestImport::dateOrderFromColumn()
{
    QCOMPARE(ValueParsing::dateOrder({QStringLiteral("02/03/2016"), QStringLiteral("13/03/2016 09:00")}), DateOrder::DayFirst);
    QCOMPARE(ValueParsing::dateOrder({QStringLiteral("02-03-2016"), QStringLiteral("03-13-2016")}), DateOrder::MonthFirst);
    QCOMPARE(ValueParsing::dateOrder({QStringLiteral("02/03/2016"), QStringLiteral("04/05/2016")}), DateOrder::Undecided);
    QCOMPARE(ValueParsing::dateOrder({QStringLiteral("13/03/2016"), QStringLiteral("03/13/2016")}), DateOrder::Conflicting);
    QCOMPARE(ValueParsing::dateOrder({QStringLiteral("2016-03-13"), QStringLiteral("?")}), DateOrder::Undecided);
}

void TestImport::scores_data()
{
    QTest::addColumn<QStringList>("column");
    QTest::addColumn<SatisfactionScale>("scale");
    QTest::addColumn<QList<int>>("expected"); // -1 missing, -2 unreadable
    QTest::newRow("1-5") << QStringList{QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("?"), QStringLiteral("3")}
                         << SatisfactionScale::OneToFive << QList<int>{1, 5, -1, 3};
    QTest::newRow("1-10") << QStringList{QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("")}
                          << SatisfactionScale::OneToTen << QList<int>{2, 10, -1};
    QTest::newRow("0-3 with labels") << QStringList{QStringLiteral("0 - Unknown"), QStringLiteral("1 - Dissatisfied"),
                                                    QStringLiteral("3 - Highly Satisfied")}
                                     << SatisfactionScale::ZeroToThree << QList<int>{-1, 1, 3};
    QTest::newRow("good/bad (Zendesk)") << QStringList{QStringLiteral("Bad"), QStringLiteral("good"), QStringLiteral("Offered")}
                                        << SatisfactionScale::BadGood << QList<int>{0, 1, -1};
    QTest::newRow("happy/neutral/unhappy") << QStringList{QStringLiteral("Unhappy"), QStringLiteral("Neutral"), QStringLiteral("happy")}
                                           << SatisfactionScale::UnhappyNeutralHappy << QList<int>{0, 1, 2};
    QTest::newRow("Freshdesk five labels") << QStringList{QStringLiteral("Very Unhappy"), QStringLiteral("Extremely Happy")}
                                           << SatisfactionScale::OneToFive << QList<int>{1, 5};
    QTest::newRow("out of scale") << QStringList{QStringLiteral("4"), QStringLiteral("five")}
                                  << SatisfactionScale::OneToFive << QList<int>{4, -2};
}

void TestImport::scores()
{
    QFETCH(QStringList, column);
    QFETCH(SatisfactionScale, scale);
    QFETCH(QList<int>, expected);
    const ValueParsing::ScaleGuess guess = ValueParsing::guessScale(column);
    QVERIFY(guess.known);
    QCOMPARE(guess.scale, scale);
    QList<int> parsed;
    for (const QString &cell : column)
        parsed.append(ValueParsing::parseScore(cell, scale).value_or(-2));
    QCOMPARE(parsed, expected);
}

namespace {

QByteArray serviceNowExport(const QString &extraRow = {})
{
    QStringList rows{
        QStringLiteral("number,opened_at,short_description,caller_id,priority,state,category,assignment_group,assigned_to,u_satisfaction,comments,contact_type,reopen_count"),
        QStringLiteral("INC0010001,29/2/2016 01:16,Call went to voice mail,José Müller,2,Closed,Video conferencing,Service desk,Renée Dubois,1,\"Nobody answered, twice.\r\nVery frustrating\",phone,1"),
        QStringLiteral("INC0010002,13/03/2016 09:00,Printer jam,Zoë Françoise,3,Closed,Printing,Print team,Sam Okoro,2,\"Said \"\"fixed\"\" but it was not\",email,0"),
        QStringLiteral("INC0010003,14/03/2016 10:00,Password reset,Ana Lima,4,Closed,Accounts,Service desk,Sam Okoro,5,Great,self-service,0"),
        QStringLiteral("number,opened_at,short_description,caller_id,priority,state,category,assignment_group,assigned_to,u_satisfaction,comments,contact_type,reopen_count"),
        QStringLiteral("INC0010004,15/03/2016 11:00,Wi-Fi drops,Björn Åberg,3,Closed,Network,Network team,Farid Karimi,2,?,walk-in,"),
    };
    if (!extraRow.isEmpty())
        rows.append(extraRow);
    QStringEncoder cp1252("windows-1252");
    return cp1252.encode(rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
}

} // namespace

void TestImport::windows1252ServiceNowImport()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("sn.qwr")));
    const ImportReport report = InteractionImport::run(document.get(), serviceNowExport(), {});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.encoding.toLower(), QStringLiteral("windows-1252"));
    QCOMPARE(report.source, ExportSource::ServiceNow);
    QCOMPARE(report.rowsRead, 4);
    QCOMPARE(report.imported, 4);   // every response, the satisfied password reset too
    QCOMPARE(report.notPoor, 0);
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.at(0).line, 6); // the repeated header (row 2 spans lines 2 and 3)
    QCOMPARE(report.summary(), QStringLiteral("rows read: 4, interactions imported: 4 (poor: 3), updated: 0, "
                                              "duplicates skipped: 0, rows rejected: 0"));

    const QList<Interaction> rows = document->interactionPage(0, 10);
    QCOMPARE(rows.size(), 4);
    const Interaction &first = rows.last(); // oldest last
    QCOMPARE(first.ticket, QStringLiteral("INC0010001"));
    QCOMPARE(first.customer, QStringLiteral("José Müller"));
    QCOMPARE(first.agent, QStringLiteral("Renée Dubois"));
    QCOMPARE(first.comment, QStringLiteral("Nobody answered, twice.\nVery frustrating"));
    QCOMPARE(first.occurredAt, QDateTime(QDate(2016, 2, 29), QTime(1, 16)));
    QCOMPARE(first.channel, Channel::Phone);
    QVERIFY(first.repeatContact);
    QVERIFY(first.isPoor(document->poorRule()));
    QCOMPARE(rows.at(2).comment, QStringLiteral("Said \"fixed\" but it was not"));
    QVERIFY(!rows.at(1).isPoor(document->poorRule()));
    QCOMPARE(rows.at(1).channel, Channel::Portal); // self-service
    QCOMPARE(rows.first().customer, QStringLiteral("Björn Åberg"));
    QCOMPARE(rows.first().channel, Channel::WalkIn);
}

void TestImport::reimportAddsNothing()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("twice.qwr")));
    QCOMPARE(InteractionImport::run(document.get(), serviceNowExport(), {}).imported, 4);
    const ImportReport again = InteractionImport::run(document.get(), serviceNowExport(), {});
    QVERIFY(again.ok());
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 4);
    QCOMPARE(document->interactionCount(), 4);
}

void TestImport::badRowImportsNothing()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("bad.qwr")));
    const QByteArray bytes = serviceNowExport(
        QStringLiteral("INC0010005,31/31/2016 11:00,Broken date,Ann,3,Closed,Network,Network team,Farid,1,,phone,0"));
    const ImportReport report = InteractionImport::run(document.get(), bytes, {});
    QVERIFY(!report.ok());
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.first().line, 8);
    QVERIFY2(report.rejected.first().message.contains(QStringLiteral("column 2 (“opened_at”)")),
             qPrintable(report.rejected.first().message));
    QVERIFY(report.rejected.first().message.contains(QStringLiteral("“31/31/2016 11:00” is not a date")));
    QCOMPARE(report.imported, 0);
    QCOMPARE(document->interactionCount(), 0);
}

void TestImport::dryRunWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("dry.qwr"));
    { openRegister(path); }
    const QByteArray before = fileHash(path);
    {
        auto document = openRegister(path);
        ImportOptions options;
        options.dryRun = true;
        const ImportReport report = InteractionImport::run(document.get(), serviceNowExport(), options);
        QVERIFY(report.ok());
        QCOMPARE(report.imported, 4); // what would be imported
        QCOMPARE(document->interactionCount(), 0);
    }
    QCOMPARE(fileHash(path), before);
}

void TestImport::mapOverridesAndAllResponses()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("map.qwr")));
    ImportOptions options;
    options.mappings = {QStringLiteral("service=assignment_group"), QStringLiteral("comment=")};
    const ImportReport report = InteractionImport::run(document.get(), serviceNowExport(), options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 4);
    QCOMPARE(report.poor, 3);
    const QList<Interaction> rows = document->interactionPage(0, 10);
    QCOMPARE(rows.last().service, QStringLiteral("Service desk"));
    QVERIFY(rows.last().comment.isEmpty());
    // The correction is remembered for this source.
    QVERIFY(document->setting(QStringLiteral("import-mapping/%1").arg(int(ExportSource::ServiceNow)))
                .contains(QStringLiteral("service=assignment_group")));
    options.mappings = {QStringLiteral("colour=red")};
    QVERIFY(InteractionImport::run(document.get(), serviceNowExport(), options).error.contains(QStringLiteral("FIELD=COLUMN")));
}

void TestImport::poorOnlyLeavesTheRestOut()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("poor-only.qwr")));
    ImportOptions options;
    options.poorOnly = true;
    const ImportReport report = InteractionImport::run(document.get(), serviceNowExport(), options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 3);
    QCOMPARE(report.notPoor, 1);
    QCOMPARE(document->interactionCount(), 3);
}

namespace {

// A generic export of rows with ticket numbers first..last; every third response poor (score 1).
QByteArray manyRows(int first, int last, int badRow = -1)
{
    QString text = QStringLiteral("ticket,date,service,score,comment\n");
    for (int n = first; n <= last; ++n) {
        const QDateTime when = QDateTime(QDate(2025, 1, 1), QTime(8, 0)).addSecs(qint64(n) * 600);
        text += QStringLiteral("T%1,%2,Printing,%3,\"row %1, quoted\"\n")
                    .arg(n)
                    .arg(n == badRow ? QStringLiteral("soon") : when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    .arg(n % 3 == 0 ? 1 : 4);
    }
    return text.toUtf8();
}

} // namespace

void TestImport::largeImportIsAllOrNothing()
{
    // Thousands of rows are written batch by batch while the rest is still being read: a bad
    // row near the end must still leave the register without any of them.
    auto document = openRegister(m_dir.filePath(QStringLiteral("large.qwr")));
    ImportOptions options;
    const ImportReport rejected = InteractionImport::run(document.get(), manyRows(1, 5000, 4500), options);
    QCOMPARE(rejected.rejected.size(), 1);
    QCOMPARE(rejected.rejected.first().line, 4501);
    QCOMPARE(rejected.imported, 0);
    QCOMPARE(document->interactionCount(), 0);

    const ImportReport report = InteractionImport::run(document.get(), manyRows(1, 5000), options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.rowsRead, 5000);
    QCOMPARE(report.imported, 5000);
    QCOMPARE(report.poor, 1666);
    QCOMPARE(document->interactionCount(), 5000);
    const Interaction newest = document->interactionPage(0, 1).first();
    QCOMPARE(newest.ticket, QStringLiteral("T5000"));
    QCOMPARE(newest.comment, QStringLiteral("row 5000, quoted"));
    QCOMPARE(newest.occurredAt, QDateTime(QDate(2025, 1, 1), QTime(8, 0)).addSecs(5000 * 600));
}

void TestImport::partialReimportCountsOnlyNewRows()
{
    auto document = openRegister(m_dir.filePath(QStringLiteral("partial.qwr")));
    ImportOptions options;
    QCOMPARE(InteractionImport::run(document.get(), manyRows(1, 300), options).imported, 300);
    // The next export overlaps the last: rows 201..300 again, and one row twice in the file.
    QByteArray next = manyRows(201, 600);
    next += manyRows(600, 600).mid(manyRows(1, 0).size());
    const ImportReport report = InteractionImport::run(document.get(), next, options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.rowsRead, 401);
    QCOMPARE(report.imported, 300);
    QCOMPARE(report.duplicates, 101);
    QCOMPARE(report.poor, 100); // 303, 306, … 600
    QCOMPARE(document->interactionCount(), 600);
}

void TestImport::localClockAgreesWithQDateTimeAcrossDaylightSaving()
{
    // The import's cached offsets against Qt's own conversion, every half hour through the
    // days when Europe/Berlin and America/New_York change their clocks (and the local zone).
    const QByteArray previous = qgetenv("TZ");
    for (const char *zone : {"Europe/Berlin", "America/New_York", ""}) {
        if (*zone)
            qputenv("TZ", zone);
        else if (previous.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", previous);
        ::tzset();
        ValueParsing::LocalClock clock;
        for (const QDate &day : {QDate(2025, 3, 9), QDate(2025, 3, 30), QDate(2025, 10, 26), QDate(2025, 11, 2),
                                 QDate(2025, 7, 1)}) {
            for (int minutes = 0; minutes < 24 * 60; minutes += 30) {
                const QTime time(minutes / 60, minutes % 60);
                const QDateTime cached = clock.toUtc(day, time);
                QCOMPARE(cached.timeSpec(), Qt::UTC);
                QCOMPARE(cached, QDateTime(day, time).toUTC());
            }
        }
    }
}

void TestImport::readerSkipsUnwantedColumns()
{
    CsvReader reader(QStringLiteral("a,b,c\n1,\"two\nlines\",3\n\"x\"\"y\",5,\"6,6\"\n"));
    reader.setColumns({0, 2});
    CsvRecord record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields, (QStringList{QStringLiteral("a"), QString(), QStringLiteral("c")}));
    QVERIFY(record.fields.at(1).isNull());
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields, (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    QVERIFY(reader.next(&record));
    QCOMPARE(record.line, 4); // the quoted line break still counts
    QCOMPARE(record.fields, (QStringList{QStringLiteral("x\"y"), QString(), QStringLiteral("6,6")}));
    QVERIFY(!reader.next(&record));
    QVERIFY(reader.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
