// The executable as a script or a user runs it: --help, the demo screenshot, and refusals of
// files that are not registers, each with one clear line on stderr, a non-zero exit and the
// file left byte-identical.
#include "testregister.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace qw;
using namespace qw::testing;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help();
    void germanOnRequest();
    void demoScreenshot();
    void refusesNonRegisters_data();
    void refusesNonRegisters();
    void badSize();
    void importSummary();
    void exportChart_data();
    void exportChart();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QUICKWINS_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
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
}

void TestCommandLine::refusesNonRegisters()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(name);
    if (name == QLatin1String("newer.qwr")) {
        openRegister(path).reset();
        QVERIFY(execOnFile(path, QStringLiteral("UPDATE schema_version SET version = 7")));
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
    QVERIFY2(r.out.startsWith(QStringLiteral("rows read: 3, interactions imported: 2 (poor: 2), duplicates skipped: 0, rows rejected: 0")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("dry run")));
    QCOMPARE(openRegister(reg)->interactionCount(), 0);
    r = run(base);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(openRegister(reg)->interactionCount(), 2);
    r = run(base);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("interactions imported: 0 (poor: 0), duplicates skipped: 2")), qPrintable(r.out));

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
    QCOMPARE(openRegister(reg)->interactionCount(), 2);
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
