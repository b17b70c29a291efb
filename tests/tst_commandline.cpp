// The executable as a script or a user runs it: --help, the demo screenshot, and refusals of
// files that are not registers, each with one clear line on stderr, a non-zero exit and the
// file left byte-identical.
#include "testprocess.h"
#include "testregister.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "storage/registerdatabase.h"

#include <QDir>
#include <QImage>
#include <QColor>
#include <QUrl>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>

#include <sys/stat.h>
#include <unistd.h>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace qw;
using namespace qw::testing;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help();
    void reviewMinutesAgendaAndReport();
    void germanOnRequest();
    void demoScreenshot();
    void refusesNonRegisters_data();
    void refusesNonRegisters();
    void badSize();
    void importSummary();
    void englishPlurals();
    void scriptAndCsvExport();
    void registerOpenElsewhere();
    void exportChart_data();
    void exportChart();
    void importAsAUserRunsIt();
    void refusesUnboundedInput();
    void exportInteractions();
    void exportsNeverDestroy_data();
    void exportsNeverDestroy();
    void exportOnAFullDiskKeepsThePreviousFile();
    void scriptRefusesAnUnclosedQuote();
    void scriptIsDrivenLineByLine();
    void fileAsAFileManagerPassesIt();
    void themeOnRequest();

private:
    using Result = ProcessResult;
    Result run(const QStringList &arguments, const QString &timeZone = {});
    QTemporaryDir m_dir;
};

void TestCommandLine::fileAsAFileManagerPassesIt()
{
    // The .desktop file's Exec=quickwins %f: the register is the one positional argument.
    const QString reg = m_dir.filePath(QStringLiteral("from file manager.qwr"));
    const QString script = m_dir.filePath(QStringLiteral("one.txt"));
    QVERIFY(writeFile(script, "add-entry title=\"Opened from the file manager\" impact=4 effort=2\n"));
    Result r = run({reg, QStringLiteral("--script"), script});
    QCOMPARE(r.exitCode, 0);
    const QString csv = m_dir.filePath(QStringLiteral("from-file-manager.csv"));
    r = run({QUrl::fromLocalFile(reg).toString(), QStringLiteral("--export-csv"), csv});
    QCOMPARE(r.exitCode, 0);
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.readAll().contains("Opened from the file manager"));
    // One register at a time, named once.
    r = run({reg, m_dir.filePath(QStringLiteral("second.qwr")), QStringLiteral("--export-csv"), csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("one register at a time")), qPrintable(r.err));
    r = run({reg, QStringLiteral("--register"), reg, QStringLiteral("--export-csv"), csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("named twice")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("second.qwr"))));
}

void TestCommandLine::themeOnRequest()
{
    // --theme dark draws the window dark whatever the desktop says.
    const QString reg = m_dir.filePath(QStringLiteral("theme.qwr"));
    const QString light = m_dir.filePath(QStringLiteral("light.png"));
    const QString dark = m_dir.filePath(QStringLiteral("dark.png"));
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--theme"), QStringLiteral("light"),
                  QStringLiteral("--screenshot"), light}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--theme"), QStringLiteral("dark"),
                  QStringLiteral("--screenshot"), dark}).exitCode, 0);
    const auto meanLightness = [](const QString &path) {
        const QImage image(path);
        qint64 sum = 0;
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = 0; x < image.width(); x += 8)
                sum += QColor(image.pixel(x, y)).lightness();
        }
        return sum / ((image.height() / 8) * (image.width() / 8));
    };
    QVERIFY(meanLightness(light) > 160);
    QVERIFY(meanLightness(dark) < 100);
    const Result bad = run({QStringLiteral("--register"), reg, QStringLiteral("--theme"), QStringLiteral("purple"),
                            QStringLiteral("--screenshot"), dark});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("light, dark or system")), qPrintable(bad.err));
}

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments, const QString &timeZone)
{
    return runQuickWins(arguments, m_dir.path(), timeZone);
}

// A review held by the edit script, its minutes, the next agenda, and the quarter's report in
// PDF and XLSX: each read back (pdftotext, the XLSX reader) for every decision and figure, and
// for the absence of every customer's name.
void TestCommandLine::reviewMinutesAgendaAndReport()
{
    const QString reg = m_dir.filePath(QStringLiteral("review.qwr"));
    const QStringList customers = {QStringLiteral("Zebediah Quibble"), QStringLiteral("Ottoline Farquharson")};
    const QDate from(2026, 7, 1), to(2026, 9, 30);
    int poorInPeriod = 0;
    {
        auto document = openRegister(reg);
        QVERIFY(document);
        Entry quick = makeEntry(QStringLiteral("Printer status page"), 5, 1);
        quick.status = Status::Approved;
        quick.service = QStringLiteral("Printing");
        Entry done = makeEntry(QStringLiteral("Toner reorder alert"), 4, 2);
        done.status = Status::Done;
        done.doneOn = QDate(2026, 8, 15);
        done.service = QStringLiteral("Printing");
        QList<Entry> entries = {quick, done};
        QList<Interaction> interactions;
        for (int i = 0; i < 120; ++i) {
            const QDateTime when(QDate(2026, 5, 1).addDays(i * 2), QTime(10, 0), Qt::UTC);
            Interaction in = makeInteraction(QStringLiteral("INC%1").arg(i), i % 3 == 0 ? 1 : 5, when);
            in.service = QStringLiteral("Printing");
            in.customer = customers.at(i % 2);
            in.comment = QStringLiteral("%1 says the printer jams").arg(in.customer);
            if (in.score == 1 && when.date() >= from && when.date() <= to)
                ++poorInPeriod;
            interactions.append(in);
        }
        QVERIFY(document->addInBulk(entries, interactions));
    }
    const QString script = m_dir.filePath(QStringLiteral("review.txt"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("review-start attendees=\"Ann Owner; Bob Builder\"\n"
                   "review-decide CI-0001 status=in-progress owner=\"Ann Owner\"\n"
                   "review-note CI-0001 text=\"Ask facilities first\"\n"
                   "action-add CI-0001 text=\"Publish the status page\" owner=\"Ann Owner\" due=2026-12-20\n"
                   "review-decide CI-0002 status=verified\n"
                   "review-end\n");
    }
    Result result = run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("done 6")));

    const auto pdfText = [](const QString &pdf) {
        QProcess reader;
        reader.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!reader.waitForFinished(30000) || reader.exitCode() != 0)
            return QString();
        return QString::fromUtf8(reader.readAllStandardOutput())
            .replace(QChar(0xFB00), QLatin1String("ff")).replace(QChar(0xFB01), QLatin1String("fi"))
            .replace(QChar(0xFB02), QLatin1String("fl")).simplified();
    };

    // The minutes, as Markdown and PDF.
    const QString md = m_dir.filePath(QStringLiteral("minutes.md"));
    const QString pdf = m_dir.filePath(QStringLiteral("minutes.pdf"));
    result = run({QStringLiteral("--register"), reg, QStringLiteral("--export-minutes"), md});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = run({QStringLiteral("--register"), reg, QStringLiteral("--export-minutes"), pdf, QStringLiteral("--review"),
                  QStringLiteral("1")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString minutes = QString::fromUtf8(mdFile.readAll());
    const QString minutesPdf = pdfText(pdf);
    for (const QString &expected : {QStringLiteral("status Approved → In progress"), QStringLiteral("status Done → Verified"),
                                    QStringLiteral("Publish the status page"), QStringLiteral("Ask facilities first"),
                                    QStringLiteral("Ann Owner, Bob Builder")}) {
        QVERIFY2(minutes.contains(expected), qPrintable(expected + QLatin1Char('\n') + minutes));
        QVERIFY2(minutesPdf.contains(expected), qPrintable(expected + QLatin1Char('\n') + minutesPdf));
    }
    result = run({QStringLiteral("--register"), reg, QStringLiteral("--export-minutes"), pdf, QStringLiteral("--review"),
                  QStringLiteral("7")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("no review “7”")));

    // The next agenda opens with the action still open.
    result = run({QStringLiteral("--register"), reg, QStringLiteral("--agenda")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    QVERIFY2(lines.at(1) == QStringLiteral("Open actions"), qPrintable(result.out));
    QVERIFY(lines.at(2).contains(QStringLiteral("Publish the status page")));

    // The quarter's report: its figures, the improvement and its verdict, the review held.
    const QString report = m_dir.filePath(QStringLiteral("report.pdf"));
    result = run({QStringLiteral("--register"), reg, QStringLiteral("--report"), report, QStringLiteral("--from"),
                  from.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString reportText = pdfText(report);
    QVERIFY2(reportText.contains(QStringLiteral("Poor interactions %1").arg(poorInPeriod)), qPrintable(reportText));
    QVERIFY(reportText.contains(QStringLiteral("CI-0002 Toner reorder alert")));
    QVERIFY(reportText.contains(QStringLiteral("Q3 2026")));
    const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
    result = run({QStringLiteral("--register"), reg, QStringLiteral("--report"), xlsx, QStringLiteral("--from"),
                  from.toString(Qt::ISODate), QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    XlsxReader workbook(xlsx);
    QVERIFY2(workbook.open(), qPrintable(workbook.error()));
    QCOMPARE(workbook.sheetNames(), (QStringList{QStringLiteral("Entries"), QStringLiteral("Satisfaction by service & month"),
                                                 QStringLiteral("Improvements"), QStringLiteral("Actions"),
                                                 QStringLiteral("Reviews")}));
    const auto rowsOf = [&](const QString &sheet) {
        QList<QStringList> rows;
        if (!workbook.selectSheet(sheet))
            return rows;
        CsvRecord record;
        while (workbook.next(&record))
            rows.append(record.fields);
        return rows;
    };
    const QList<QList<QStringList>> all = {rowsOf(QStringLiteral("Entries")), rowsOf(QStringLiteral("Actions")),
                                           rowsOf(QStringLiteral("Reviews")), rowsOf(QStringLiteral("Improvements")),
                                           rowsOf(QStringLiteral("Satisfaction by service & month"))};
    const QList<QStringList> &entries = all.at(0);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).value(0), QStringLiteral("CI-0001"));
    QCOMPARE(entries.at(1).value(4), QStringLiteral("5")); // impact, a number
    const QList<QStringList> &actions = all.at(1);
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(1).value(1), QStringLiteral("Publish the status page"));
    QVERIFY2(actions.at(1).value(3).startsWith(QStringLiteral("2026-12-20")), qPrintable(actions.at(1).join(QLatin1Char('|'))));
    QCOMPARE(all.at(2).size(), 2);
    QCOMPARE(all.at(2).at(1).value(2), QStringLiteral("Ann Owner; Bob Builder"));
    QVERIFY(all.at(3).size() >= 2);
    QVERIFY(all.at(4).size() >= 2);
    // No customer in any of it.
    for (const QString &name : customers) {
        QVERIFY(!minutes.contains(name));
        QVERIFY(!minutesPdf.contains(name));
        QVERIFY(!reportText.contains(name));
        for (const QList<QStringList> &sheet : all) {
            for (const QStringList &row : sheet)
                QVERIFY(!row.join(QLatin1Char(' ')).contains(name));
        }
    }
    // A report's file must say what it is.
    result = run({QStringLiteral("--register"), reg, QStringLiteral("--report"), m_dir.filePath(QStringLiteral("r.txt"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral(".pdf or .xlsx")));
}

void TestCommandLine::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--register", "--demo", "--lang", "--screenshot", "--size"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

void TestCommandLine::germanOnRequest()
{
    const Result r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Wirkung-Aufwand-Matrix")), qPrintable(r.out));
    const Result english = run({QStringLiteral("--help")});
    QVERIFY(english.out.contains(QStringLiteral("impact/effort matrix")));
    // Qt's own strings in the language too (here QCommandLineParser's, from Qt's translations).
    QVERIFY(english.out.startsWith(QStringLiteral("Usage:")));
    QVERIFY2(r.out.startsWith(QStringLiteral("Aufruf:")), qPrintable(r.out));
    const Result french = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    QCOMPARE(french.exitCode, 0);
    QVERIFY2(french.out.startsWith(QStringLiteral("Utilisation")) && french.out.contains(QStringLiteral("registre")),
             qPrintable(french.out));
}

void TestCommandLine::demoScreenshot()
{
    const QString reg = m_dir.filePath(QStringLiteral("demo.qwr"));
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    const Result r = run({QStringLiteral("--register"), reg, QStringLiteral("--demo"),
                          QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                          QStringLiteral("1280x720")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 720));

    auto document = openRegister(reg);
    QVERIFY(document);
    const QList<EntrySummary> entries = document->entrySummaries();
    QVERIFY(entries.size() >= 12);
    QVERIFY(document->interactionCount() >= 35);
    QSet<int> quadrants;
    QSet<std::pair<int, int>> scores;
    bool shared = false;
    for (const EntrySummary &e : entries) {
        quadrants.insert(int(document->quadrantRule().quadrant(e.impact, e.effort)));
        shared = shared || scores.contains({e.impact, e.effort});
        scores.insert({e.impact, e.effort});
    }
    QCOMPARE(quadrants.size(), 4);
    QVERIFY(shared);
    document.reset();

    // --demo never adds to a register that already holds something.
    QVERIFY(run({QStringLiteral("--register"), reg, QStringLiteral("--demo"),
                 QStringLiteral("--screenshot"), png}).exitCode == 0);
    QCOMPARE(openRegister(reg)->entryCount(), int(entries.size()));
}

void TestCommandLine::refusesNonRegisters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("png") << QStringLiteral("some.png")
                         << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000");
    QTest::newRow("text") << QStringLiteral("notes.txt") << QByteArray("not a register\n");
    QTest::newRow("empty") << QStringLiteral("empty.qwr") << QByteArray();
    QTest::newRow("newer") << QStringLiteral("newer.qwr") << QByteArray();
    QTest::newRow("half a register") << QStringLiteral("half.qwr") << QByteArray();
}

void TestCommandLine::refusesNonRegisters()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(name);
    if (name == QLatin1String("newer.qwr")) {
        openRegister(path).reset();
        QVERIFY(execOnFile(path, QStringLiteral("UPDATE schema_version SET version = %1").arg(RegisterDatabase::SchemaVersion + 1)));
    } else if (name == QLatin1String("half.qwr")) {
        // A real register with data, cut off at half its length (a copy that stopped).
        const QString whole = m_dir.filePath(QStringLiteral("whole.qwr"));
        QVERIFY(run({QStringLiteral("--register"), whole, QStringLiteral("--demo"), QStringLiteral("--export-csv"),
                     m_dir.filePath(QStringLiteral("whole.csv"))}).exitCode == 0);
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileHash(path);
    const QString png = m_dir.filePath(QStringLiteral("x.png"));
    QFile::remove(png);
    const Result r = run({QStringLiteral("--register"), path, QStringLiteral("--screenshot"), png});
    QVERIFY(r.exitCode != 0);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    const QString line = lines.last();
    QVERIFY2(line.startsWith(QStringLiteral("quickwins: ")) && line.contains(name), qPrintable(r.err));
    QVERIFY2(line.contains(QStringLiteral("not a QuickWins register"))
                 || line.contains(QStringLiteral("empty file"))
                 || line.contains(QStringLiteral("damaged"))
                 || line.contains(QStringLiteral("newer version")), qPrintable(line));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(png));
}

void TestCommandLine::badSize()
{
    const Result r = run({QStringLiteral("--register"), m_dir.filePath(QStringLiteral("s.qwr")),
                          QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("s.png")),
                          QStringLiteral("--size"), QStringLiteral("huge")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("WxH")), qPrintable(r.err));
}

void TestCommandLine::importSummary()
{
    const QString reg = m_dir.filePath(QStringLiteral("import.qwr"));
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Date;Ticket;Service;Score;Comment;Customer\r\n"
                   "2026-11-02T09:15:00+01:00;INC1;Printing;1;\"Jammed; again\";Ann\r\n"
                   "2026-11-03T10:00:00+01:00;INC2;Printing;5;Fine;Bob\r\n"
                   "2026-11-04T11:00:00+01:00;INC3;Wi-Fi;2;;Cy\r\n");
    }
    const QStringList base{QStringLiteral("--register"), reg, QStringLiteral("--import"), csv};
    Result r = run(base + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("\nrows read: 3, interactions imported: 3 (poor: 2), updated: 0, duplicates "
                                           "skipped: 0, rows rejected: 0")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("dry run")));
    QVERIFY2(!QFileInfo::exists(reg), "a dry run creates no register");
    r = run(base);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(openRegister(reg)->interactionCount(), 3);
    r = run(base);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("interactions imported: 0 (poor: 0), updated: 0, duplicates skipped: 3")),
             qPrintable(r.out));

    // A row that cannot be read: its line on stderr, nothing imported, a non-zero exit.
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::Append));
        file.write("2026-11-05T11:00:00;INC4;Wi-Fi;1;;Di\r\nnot a date;INC5;Wi-Fi;1;;Ed\r\n");
    }
    r = run(base);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(csv + QStringLiteral(":6: rejected: column 1 (“Date”): “not a date” is not a date")),
             qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("rows rejected: 1")));
    QCOMPARE(openRegister(reg)->interactionCount(), 3);
}

void TestCommandLine::englishPlurals()
{
    // English has its plurals too: "1 row", "2 rows", not "row(s)" (whatever the locale, when
    // QuickWins has no translation for it).
    const QString reg = m_dir.filePath(QStringLiteral("plurals.qwr"));
    const QString csv = m_dir.filePath(QStringLiteral("channels.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Date,Ticket,Service,Score,Channel\n"
                   "2026-11-02,INC1,Printing,1,pigeon\n"
                   "2026-11-03,INC2,Printing,1,smoke signal\n"
                   "2026-11-04,INC3,Printing,1,smoke signal\n");
    }
    const Result r = run({QStringLiteral("--register"), reg, QStringLiteral("--import"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    const QString said = r.out + r.err;
    QVERIFY2(said.contains(QStringLiteral("channel “pigeon” (1 row) was not recognised")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("channel “smoke signal” (2 rows) was not recognised")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("(s)")), qPrintable(said));
}

void TestCommandLine::scriptAndCsvExport()
{
    // Text a spreadsheet would run as a formula, typed in as titles and owners by a script.
    const QString reg = m_dir.filePath(QStringLiteral("hostile.qwr"));
    const QString script = m_dir.filePath(QStringLiteral("hostile.txt"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# titles that would be formulas\n"
               "add-entry title=\"=HYPERLINK(\"\"\"http://evil\"\"\")\" impact=5 effort=1\n"
               "add-entry title=+1+2 owner=@admin service=-5\n"
               "\n"
               "add-entry title=\"Plain, with a comma\" impact=2 effort=4\n"
               "edit-entry 2 description=\"@SUM(A1:A9)\"\n");
    file.write("add-entry title=\"\tTabbed\" owner=\"\rReturned\"\n");
    file.close();
    Result r = run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("done 2\ndone 3\ndone 5\ndone 6\ndone 7\n"));

    const QString csv = m_dir.filePath(QStringLiteral("entries.csv"));
    r = run({QStringLiteral("--register"), reg, QStringLiteral("--export-csv"), csv});
    QCOMPARE(r.exitCode, 0);
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    QVERIFY(bytes.startsWith("\xef\xbb\xbf")); // UTF-8 with its mark, for Excel
    CsvReader reader(QString::fromUtf8(bytes.mid(3)));
    CsvRecord record;
    QStringList titles;
    int cells = 0;
    while (reader.next(&record)) {
        for (const QString &cell : std::as_const(record.fields)) {
            ++cells;
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
        }
        titles << record.fields.value(2);
    }
    QVERIFY(reader.error().isEmpty());
    QCOMPARE(record.fields.size(), 20);
    QCOMPARE(cells, 5 * 20);
    // Priority order: the quick win first; the text kept whole after the apostrophe.
    QCOMPARE(titles, (QStringList{QStringLiteral("Title"), QStringLiteral("'=HYPERLINK(\"http://evil\")"),
                                  QStringLiteral("'+1+2"), QStringLiteral("'\tTabbed"),
                                  QStringLiteral("Plain, with a comma")}));
    QVERIFY(bytes.contains("'@admin"));
    QVERIFY(bytes.contains("'@SUM(A1:A9)"));
    QVERIFY(bytes.contains("'-5"));

    // A line that is not an edit stops the script with its line, after the edits before it.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("edit-entry 1 impact=4\nedit-entry 99 impact=4\nedit-entry 1 impact=1\n");
    file.close();
    r = run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QStringLiteral("done 1\n"));
    QVERIFY2(r.err.contains(QStringLiteral("hostile.txt:2: there is no entry “99”")), qPrintable(r.err));
    QCOMPARE(openRegister(reg)->entry(1)->impact, 4);
}

void TestCommandLine::registerOpenElsewhere()
{
    // Another QuickWins holds the register: a script waiting on its standard input.
    const QString reg = m_dir.filePath(QStringLiteral("shared.qwr"));
    QVERIFY(run({QStringLiteral("--register"), reg, QStringLiteral("--demo"), QStringLiteral("--export-csv"),
                 m_dir.filePath(QStringLiteral("shared.csv"))}).exitCode == 0);
    QProcess holder;
    holder.start(QStringLiteral(QUICKWINS_EXECUTABLE), {QStringLiteral("--register"), reg, QStringLiteral("--script"), QStringLiteral("-")});
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY(QFile::exists(reg + QStringLiteral(".lock")));
    const QByteArray before = fileHash(reg);

    // A change is refused, saying why; the file is untouched.
    const QString script = m_dir.filePath(QStringLiteral("one-edit.txt"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("add-entry title=Blocked\n");
    file.close();
    const Result refused = run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("is open in another QuickWins (process %1").arg(holder.processId())),
             qPrintable(refused.err));
    QCOMPARE(refused.err.count(QStringLiteral("quickwins: ")), 1);
    // Reading is still possible.
    const Result exported = run({QStringLiteral("--register"), reg, QStringLiteral("--export-csv"),
                                 m_dir.filePath(QStringLiteral("while-open.csv"))});
    QCOMPARE(exported.exitCode, 0);

    holder.closeWriteChannel(); // the other QuickWins finishes its (empty) script and exits
    QVERIFY(holder.waitForFinished());
    QCOMPARE(holder.exitCode(), 0);
    QCOMPARE(fileHash(reg), before);
    QVERIFY(!QFile::exists(reg + QStringLiteral(".lock")));
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script}).exitCode, 0);
}

void TestCommandLine::exportChart_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << QStringLiteral("out.svg") << QStringList() << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("out.pdf") << QStringList() << QByteArray("%PDF");
    QTest::newRow("png presentation") << QStringLiteral("out.png")
                                      << QStringList{QStringLiteral("--size"), QStringLiteral("1280x720"),
                                                     QStringLiteral("--presentation")}
                                      << QByteArray("\x89PNG");
    QTest::newRow("unknown format") << QStringLiteral("out.bmp") << QStringList() << QByteArray();
}

void TestCommandLine::exportChart()
{
    QFETCH(QString, name);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, magic);
    const QString reg = m_dir.filePath(QStringLiteral("export.qwr"));
    const QString out = m_dir.filePath(name);
    const Result r = run(QStringList{QStringLiteral("--register"), reg, QStringLiteral("--demo"),
                                     QStringLiteral("--export-chart"), out} + extra);
    if (magic.isEmpty()) {
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral(".png, .svg or .pdf")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        return;
    }
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    if (name.endsWith(QLatin1String(".svg"))) {
        auto document = openRegister(reg);
        for (const EntrySummary &e : document->entrySummaries()) {
            if (isOpen(e.status))
                QVERIFY2(bytes.contains(Entry::codeFor(e.id).toLatin1()), qPrintable(Entry::codeFor(e.id)));
        }
    }
    if (name.endsWith(QLatin1String(".png")))
        QCOMPARE(QImage::fromData(bytes).size(), QSize(1280, 720));
}

void TestCommandLine::importAsAUserRunsIt()
{
    // The same export under two time zones, then with a corrected mapping, then undone by its
    // import's number: the register never holds a response twice.
    const QString reg = m_dir.filePath(QStringLiteral("user.qwr"));
    const QString csv = m_dir.filePath(QStringLiteral("survey.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("When,Rating,Our number,Notes\n2024-03-13 10:00,1,T-1,Waited\n2024-03-13 23:30,4,T-2,Fine\n");
    }
    const QStringList base{QStringLiteral("--register"), reg, QStringLiteral("--import"), csv,
                           QStringLiteral("--map"), QStringLiteral("date=When"), QStringLiteral("--map"), QStringLiteral("score=Rating")};
    Result r = run(base, QStringLiteral("UTC"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("date ← column 1 “When” (recognised")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("not imported: 3 (“Our number”), 4 (“Notes”)")), qPrintable(r.out));
    r = run(base, QStringLiteral("America/New_York"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("interactions imported: 0")), qPrintable(r.out));
    r = run(base + QStringList{QStringLiteral("--map"), QStringLiteral("ticket=Our number")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("interactions imported: 0 (poor: 0), updated: 2")), qPrintable(r.out));
    QCOMPARE(openRegister(reg)->interactionCount(), 2);
    r = run({QStringLiteral("--register"), reg, QStringLiteral("--imports")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QStringLiteral("survey.csv")), 3);
    r = run({QStringLiteral("--register"), reg, QStringLiteral("--remove-import"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("removed import 1")), qPrintable(r.out));
    QCOMPARE(openRegister(reg)->interactionCount(), 0);
    r = run({QStringLiteral("--register"), reg, QStringLiteral("--remove-import"), QStringLiteral("1")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("was removed already")), qPrintable(r.err));
    // --poor-only keeps the old choice; an ambiguous column is refused with both numbers.
    r = run(base + QStringList{QStringLiteral("--poor-only")});
    QVERIFY2(r.out.contains(QStringLiteral("interactions imported: 1 (poor: 1)")), qPrintable(r.out));
    r = run({QStringLiteral("--register"), reg, QStringLiteral("--import"), csv, QStringLiteral("--map"),
             QStringLiteral("score=Nope"), QStringLiteral("--dry-run")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("has no column “Nope”")), qPrintable(r.err));
}

void TestCommandLine::refusesUnboundedInput()
{
    // /dev/zero grew memory by a gigabyte a second; a FIFO without a writer hung holding the
    // register. Both are refused at once, and the register is left as it was.
    const QString reg = m_dir.filePath(QStringLiteral("unbounded.qwr"));
    QVERIFY(openRegister(reg));
    const QByteArray before = fileHash(reg);
    const QString fifo = m_dir.filePath(QStringLiteral("export.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo}) {
        QElapsedTimer timer;
        timer.start();
        const Result r = run({QStringLiteral("--register"), reg, QStringLiteral("--import"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a regular file")), qPrintable(r.err));
        QVERIFY(timer.elapsed() < 30000);
    }
    QCOMPARE(fileHash(reg), before);
}

void TestCommandLine::exportInteractions()
{
    const QString reg = m_dir.filePath(QStringLiteral("interactions.qwr"));
    const QString csv = m_dir.filePath(QStringLiteral("formulas.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,score,comment,customer,service\n"
                   "2024-03-13T10:00:00+01:00,1,\"=HYPERLINK(\"\"http://x\"\")\",ann@example.com,@SUM(A1)\n"
                   "2024-03-14T10:00:00Z,5,\"-2+3\",Bob,Printing\n");
    }
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--import"), csv}).exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("interactions-out.csv"));
    Result r = run({QStringLiteral("--register"), reg, QStringLiteral("--export-interactions"), out,
                    QStringLiteral("--hide-personal-data")});
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(file.seek(0));
    QVERIFY(file.read(3) == "\xEF\xBB\xBF"); // a byte-order mark, for Excel
    CsvReader reader(text);
    CsvRecord record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields.first(), QStringLiteral("Time (UTC)"));
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields.at(0), QStringLiteral("2024-03-13T09:00:00Z"));
    QCOMPARE(record.fields.at(2), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(record.fields.at(8), QStringLiteral("poor"));
    QCOMPARE(record.fields.at(10), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(record.fields.at(11), QString()); // hidden
    QVERIFY(record.fields.at(14).contains(QStringLiteral("formulas.csv")));
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields.at(10), QStringLiteral("'-2+3"));
    QVERIFY(!text.contains(QStringLiteral("ann@example.com")));
}

void TestCommandLine::exportsNeverDestroy_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("target"); // relative to the test's folder; "REG" the register itself
    QTest::addColumn<QString>("said");
    for (const char *option : {"--export-csv", "--export-interactions", "--export-chart", "--screenshot"}) {
        const QString o = QLatin1String(option);
        const QString chart = o == u"--export-chart" || o == u"--screenshot" ? QStringLiteral(".png") : QString();
        QTest::newRow(qPrintable(o + QStringLiteral(" onto the register"))) << o << QStringLiteral("REG")
            << QStringLiteral("is the open register");
        QTest::newRow(qPrintable(o + QStringLiteral(" onto another register"))) << o << QStringLiteral("other.qwr")
            << QStringLiteral("is a QuickWins register");
        QTest::newRow(qPrintable(o + QStringLiteral(" onto the register's log"))) << o << QStringLiteral("REG-wal")
            << QStringLiteral("is the open register");
        QTest::newRow(qPrintable(o + QStringLiteral(" through a symbolic link"))) << o << QStringLiteral("link") + chart
            << QStringLiteral("is the open register");
        QTest::newRow(qPrintable(o + QStringLiteral(" through a hard link"))) << o << QStringLiteral("hard") + chart
            << QStringLiteral("is the open register");
        QTest::newRow(qPrintable(o + QStringLiteral(" onto a device"))) << o << QStringLiteral("/dev/null")
            << QStringLiteral("is not a regular file");
    }
}

void TestCommandLine::exportsNeverDestroy()
{
    QFETCH(QString, option);
    QFETCH(QString, target);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString reg = dir.filePath(QStringLiteral("team.qwr"));
    const QString other = dir.filePath(QStringLiteral("other.qwr"));
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--demo"), QStringLiteral("--export-csv"),
                  dir.filePath(QStringLiteral("first.csv"))}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--register"), other, QStringLiteral("--export-csv"), dir.filePath(QStringLiteral("o.csv"))}).exitCode, 0);
    QVERIFY(QFile::link(reg, dir.filePath(QStringLiteral("link.png"))) && QFile::link(reg, dir.filePath(QStringLiteral("link"))));
    QCOMPARE(::link(QFile::encodeName(reg).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard"))).constData()), 0);
    QCOMPARE(::link(QFile::encodeName(reg).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.png"))).constData()), 0);
    QFile wal(reg + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly)); // an empty log, as a closed register may leave
    wal.close();
    const QString path = target == u"REG" ? reg : target == u"REG-wal" ? reg + QStringLiteral("-wal")
        : target.startsWith(u'/') ? target : dir.filePath(target);
    const QByteArray registerBefore = fileHash(reg);
    const QByteArray otherBefore = fileHash(other);
    const Result r = run({QStringLiteral("--register"), reg, option, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QCOMPARE(r.err.count(QStringLiteral("quickwins: ")), 1); // one line
    QCOMPARE(fileHash(reg), registerBefore);
    QCOMPARE(fileHash(other), otherBefore);
    QVERIFY(QFileInfo(QStringLiteral("/dev/null")).isFile() == false);
    QCOMPARE(valueOnFile(reg, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestCommandLine::exportOnAFullDiskKeepsThePreviousFile()
{
    // A small tmpfs, full: every export fails with the disk named, and the earlier export of the
    // same name is left whole (it was replaced by 0 bytes, exit 0).
    if (::geteuid() != 0) {
        const ProcessResult r = rerunAsNamespaceRoot(QTest::currentTestFunction());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        return;
    }
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount));
    QVERIFY(mountTmpfs(mount, 64 * 1024));
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mount}); });
    const QString reg = dir.filePath(QStringLiteral("full.qwr"));
    QCOMPARE(run({QStringLiteral("--register"), reg, QStringLiteral("--demo"), QStringLiteral("--export-csv"),
                  dir.filePath(QStringLiteral("first.csv"))}).exitCode, 0);
    const QStringList targets{mount + QStringLiteral("/entries.csv"), mount + QStringLiteral("/interactions.csv"),
                              mount + QStringLiteral("/chart.svg"), mount + QStringLiteral("/chart.png"),
                              mount + QStringLiteral("/chart.pdf")};
    for (const QString &target : targets) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the earlier export\n");
    }
    QFile fill(mount + QStringLiteral("/fill"));
    QVERIFY(fill.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (fill.write(block) == block.size() && fill.flush()) {
    }
    fill.close();
    const QStringList options{QStringLiteral("--export-csv"), QStringLiteral("--export-interactions"),
                              QStringLiteral("--export-chart"), QStringLiteral("--export-chart"), QStringLiteral("--export-chart")};
    int refused = 0;
    for (qsizetype n = 0; n < targets.size(); ++n) {
        const Result r = run({QStringLiteral("--register"), reg, options.at(n), targets.at(n)});
        QFile file(targets.at(n));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray now = file.readAll();
        if (r.exitCode == 0) {
            // What little room the filling left held it: then it is there whole.
            QVERIFY2(now != QByteArray("the earlier export\n"), qPrintable(targets.at(n)));
            if (targets.at(n).endsWith(QLatin1String(".png")))
                QVERIFY2(!QImage::fromData(now, "PNG").isNull(), "a PNG written whole");
            continue;
        }
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("%1: exit %2: %3").arg(targets.at(n)).arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("the disk is full")), qPrintable(r.err));
        QCOMPARE(now, QByteArray("the earlier export\n"));
        ++refused;
    }
    QVERIFY2(refused >= 3, qPrintable(QString::number(refused))); // the large ones cannot fit
}

void TestCommandLine::scriptRefusesAnUnclosedQuote()
{
    // The quote swallowed the rest of the line, and the entry was made with impact and effort 3.
    const QString reg = m_dir.filePath(QStringLiteral("quote.qwr"));
    const QString script = m_dir.filePath(QStringLiteral("quote.txt"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("add-entry title=\"Printer jams impact=5 effort=1\n");
    }
    const Result r = run({QStringLiteral("--register"), reg, QStringLiteral("--script"), script});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral(":1: the quote at column 17 is never closed")), qPrintable(r.err));
    QCOMPARE(openRegister(reg)->entryCount(), 0);
    // /dev/zero is one endless line: refused, not read into memory for ever.
    QElapsedTimer timer;
    timer.start();
    const Result zero = run({QStringLiteral("--register"), reg, QStringLiteral("--script"), QStringLiteral("/dev/zero")});
    QCOMPARE(zero.exitCode, 1);
    QVERIFY2(zero.err.contains(QStringLiteral("the line is longer than")), qPrintable(zero.err));
    QVERIFY(timer.elapsed() < 30000);
}

void TestCommandLine::scriptIsDrivenLineByLine()
{
    // Another program writes an edit, waits for "done N", writes the next: each edit is made
    // (and on disk) as its line arrives, not when the input ends.
    const QString reg = m_dir.filePath(QStringLiteral("driven.qwr"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QUICKWINS_EXECUTABLE), {QStringLiteral("--register"), reg, QStringLiteral("--script"),
                                                         QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    for (int n = 1; n <= 3; ++n) {
        process.write(QStringLiteral("add-entry title=\"Entry %1\" impact=4 effort=2\n").arg(n).toUtf8());
        QByteArray said;
        const QByteArray want = QByteArray("done ").append(QByteArray::number(n));
        QElapsedTimer timer;
        timer.start();
        while (!said.contains(want) && timer.elapsed() < 20000) {
            process.waitForReadyRead(500);
            said += process.readAllStandardOutput();
        }
        QVERIFY2(said.contains(want), said.constData());
        QCOMPARE(valueOnFile(reg, QStringLiteral("SELECT count(*) FROM entries")), QString::number(n));
    }
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

