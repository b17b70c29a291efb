// Hostile input is data: SQL-injection strings, a field as long as it may be, emoji, right-to-left text and
// NUL bytes go into the register and an import and come back exactly as they went in.
#include "testregister.h"

#include "domain/fieldlimits.h"
#include "io/interactionimport.h"

using namespace qw;
using namespace qw::testing;

class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughRegister_data();
    void roundTripThroughRegister();
    void roundTripThroughImport_data();
    void roundTripThroughImport();
    void tooLongIsRefusedOnEveryWayIn();

private:
    QTemporaryDir m_dir;
};

namespace {

void hostileTexts()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sql injection") << QStringLiteral("Robert'); DROP TABLE entries;--");
    QTest::newRow("sql or") << QStringLiteral("\" OR 1=1 -- ' OR ''='");
    QTest::newRow("placeholder") << QStringLiteral(":title ? ?1 @x $y %s %1 {0}");
    QTest::newRow("emoji") << QStringLiteral("Printer 🖨️ on fire 🔥 👩🏽‍💻 👍🏿");
    QTest::newRow("right to left") << QStringLiteral("‏الطابعة لا تعمل‏ — המדפסת תקועה ‮reversed‬");
    QTest::newRow("nul bytes") << QString(QStringLiteral("before") + QChar(0) + QStringLiteral("after") + QChar(0));
    QTest::newRow("control characters") << QString(QStringLiteral("bell") + QChar(7) + QStringLiteral("\x1b[31mred"));
    QTest::newRow("lone surrogate neighbours") << QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ℌ𝔢𝔞𝔳𝔶");
    QTest::newRow("as long as a name may be") << QString(FieldLimits::Name, QLatin1Char('x'));
}

} // namespace

void TestHostileInput::roundTripThroughRegister_data()
{
    hostileTexts();
}

void TestHostileInput::roundTripThroughRegister()
{
    QFETCH(QString, text);
    const QString path = m_dir.filePath(QStringLiteral("%1.qwr").arg(QLatin1String(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
    qint64 entryId = 0;
    qint64 interactionId = 0;
    {
        auto document = openRegister(path);
        Entry entry = makeEntry(text, 4, 2);
        entry.description = text;
        entry.owner = text;
        QVERIFY(document->addEntry(entry));
        entryId = entry.id;
        Interaction interaction = makeInteraction(text, 1, QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        interaction.comment = text;
        interaction.service = text;
        QVERIFY(document->addInteraction(interaction));
        interactionId = interaction.id;
    }
    // Read back from the file by a new process's worth of state.
    auto document = openRegister(path);
    QCOMPARE(document->entryCount(), 1);
    const Entry entry = *document->entry(entryId);
    QCOMPARE(entry.title, text);
    QCOMPARE(entry.description, text);
    QCOMPARE(entry.owner, text);
    const Interaction interaction = *document->interaction(interactionId);
    QCOMPARE(interaction.comment, text);
    QCOMPARE(interaction.service, text);
    QCOMPARE(interaction.ticket, text);
    QCOMPARE(valueOnFile(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(valueOnFile(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'entries'")),
             QStringLiteral("1"));
}

void TestHostileInput::roundTripThroughImport_data()
{
    hostileTexts();
}

void TestHostileInput::roundTripThroughImport()
{
    QFETCH(QString, text);
    // The text as a quoted CSV field (quotes doubled), in the comment and the service.
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    const QString csv = QStringLiteral("ticket,date,service,score,comment\nINC1,2026-03-01 09:00,\"%1\",1,\"%1\"\n").arg(quoted);
    auto document = openRegister(m_dir.filePath(QStringLiteral("import-%1.qwr").arg(QLatin1String(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const ImportReport report = InteractionImport::run(document.get(), csv.toUtf8(), {});
    QVERIFY2(report.ok(), qPrintable(report.error + (report.rejected.isEmpty() ? QString() : report.rejected.first().message)));
    QCOMPARE(report.imported, 1);
    const Interaction imported = document->interactionPage(0, 1).first();
    // Import trims the ends of a cell (exports pad them); the text itself is kept exactly.
    QCOMPARE(imported.comment, text.trimmed());
    QCOMPARE(imported.service, text.trimmed());
}

void TestHostileInput::tooLongIsRefusedOnEveryWayIn()
{
    // Before: a 10 MB title was saved, and the window then took 30 s to appear.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // numbers as 10,485,760
    const QString path = m_dir.filePath(QStringLiteral("bounded.qwr"));
    auto document = openRegister(path);
    QString said;
    connect(document.get(), &RegisterDocument::errorOccurred, this, [&](const QString &m) { said = m; });
    Entry huge = makeEntry(QString(10 * 1024 * 1024, QLatin1Char('t')), 4, 2);
    QVERIFY(!document->addEntry(huge));
    QCOMPARE(said, QStringLiteral("The entry was not saved: the title field is 10,485,760 characters long; it may be at most 200."));
    QCOMPARE(document->entryCount(), 0);
    Entry fits = makeEntry(QStringLiteral("Fits"), 4, 2);
    QVERIFY(document->addEntry(fits));
    fits.notes = QString(FieldLimits::Text + 1, QLatin1Char('n'));
    QVERIFY(!document->updateEntry(fits));
    QVERIFY2(said.contains(QStringLiteral("the notes field is 20,001 characters long")), qPrintable(said));
    QVERIFY(document->entry(fits.id)->notes.isEmpty());
    Interaction chatty = makeInteraction(QStringLiteral("INC9"), 1, QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    chatty.comment = QString(FieldLimits::Comment + 1, QLatin1Char('c'));
    QVERIFY(!document->addInteraction(chatty));
    QVERIFY2(said.contains(QStringLiteral("the comment field is 100,001 characters long")), qPrintable(said));

    // An import names the row; nothing of the file is imported.
    const QString csv = QStringLiteral("ticket,date,score,comment\nINC1,2026-03-01 09:00,1,short\nINC2,2026-03-01 10:00,1,%1\n")
                            .arg(QString(FieldLimits::Comment + 5, QLatin1Char('x')));
    const ImportReport report = InteractionImport::run(document.get(), csv.toUtf8(), {});
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.first().line, 3);
    QVERIFY2(report.rejected.first().message.contains(QStringLiteral("the comment field is 100,005 characters long")),
             qPrintable(report.rejected.first().message));

    // A title written behind QuickWins' back is listed cut, not laid out whole; the entry keeps it.
    document.reset();
    QVERIFY(execOnFile(path, QStringLiteral("UPDATE entries SET title = printf('%.*c', 10485760, 'x')")));
    document = openRegister(path);
    const QList<EntrySummary> summaries = document->entrySummaries();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().title.size(), FieldLimits::Name + 1);
    QVERIFY(summaries.first().title.endsWith(QChar(0x2026)));
    QCOMPARE(document->entry(summaries.first().id)->title.size(), 10485760);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
