// Triage: unlinked poor interactions grouped by service and reason, and the entries suggested
// for a group (same service, or text that matches through SQLite FTS5), kept in step with edits.
#include "testregister.h"

#include "commands/entrycommands.h"
#include "domain/triage.h"
#include "models/triagemodel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace qw;
using namespace qw::testing;

class TestTriage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullTextQueryKeepsOnlyWords_data();
    void fullTextQueryKeepsOnlyWords();
    void groupsAndSuggestions();
};

void TestTriage::fullTextQueryKeepsOnlyWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("words") << QStringLiteral("Printer jammed again") << QStringLiteral("\"printer\"* OR \"jammed\"*");
    QTest::newRow("short and common words dropped") << QStringLiteral("No Wi-Fi at all, the eduroam") << QStringLiteral("\"eduroam\"*");
    QTest::newRow("syntax and injection are not words") << QStringLiteral("x\" OR 1=1; DROP TABLE entries; --")
                                                        << QStringLiteral("\"drop\"* OR \"table\"* OR \"entries\"*");
    QTest::newRow("accents") << QStringLiteral("Drucker kaputt, Größe") << QStringLiteral("\"drucker\"* OR \"kaputt\"* OR \"größe\"*");
    QTest::newRow("nothing") << QStringLiteral("?? -- !!") << QString();
}

void TestTriage::fullTextQueryKeepsOnlyWords()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(fullTextQuery(text), query);
}

void TestTriage::groupsAndSuggestions()
{
    QTemporaryDir dir;
    auto document = openRegister(dir.filePath(QStringLiteral("triage.qwr")));
    Entry printer = makeEntry(QStringLiteral("Printer status page on the portal"), 4, 2);
    printer.service = QStringLiteral("Printing");
    printer.description = QStringLiteral("Show which printers are jammed before people walk there");
    Entry wifi = makeEntry(QStringLiteral("One eduroam guide"), 4, 2);
    wifi.service = QStringLiteral("Wi-Fi");
    Entry closed = makeEntry(QStringLiteral("Old printer jammed fix"), 3, 1);
    closed.status = Status::Done;
    QList<Entry> entries{printer, wifi, closed};
    const auto poor = [](const QString &service, const QString &reason, const QString &comment, int day, bool repeat) {
        Interaction i = makeInteraction(QStringLiteral("INC%1").arg(day), 1, QDateTime(QDate(2026, 10, day), QTime(9, 0)));
        i.service = service;
        i.reason = reason;
        i.comment = comment;
        i.repeatContact = repeat;
        return i;
    };
    QList<Interaction> interactions{
        poor(QStringLiteral("Printing"), QStringLiteral("Printer jammed"), QStringLiteral("jammed again"), 1, true),
        poor(QStringLiteral("Printing"), QStringLiteral("Printer jammed"), QString(), 2, false),
        poor(QStringLiteral("Printing"), QStringLiteral("Printer jammed"), QString(), 3, false),
        poor(QStringLiteral("Wi-Fi"), QStringLiteral("Cannot connect"), QStringLiteral("eduroam refuses my password"), 4, false),
    };
    Interaction good = poor(QStringLiteral("Printing"), QStringLiteral("Printer jammed"), QString(), 5, false);
    good.score = 5;
    Interaction linked = poor(QStringLiteral("Printing"), QStringLiteral("Printer jammed"), QString(), 6, false);
    linked.entryId = 1;
    interactions << good << linked;
    QVERIFY(document->addInBulk(entries, interactions));
    printer = entries.at(0);
    wifi = entries.at(1);
    closed = entries.at(2);

    TriageModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const TriageGroup group = model.group(0);   // the largest first; the good and the linked one left out
    QCOMPARE(group.service, QStringLiteral("Printing"));
    QCOMPARE(group.count, 3);
    QCOMPARE(group.repeats, 1);
    QCOMPARE(document->triageInteractions(group).size(), 3);
    QCOMPARE(model.index(0, TriageModel::Count).data().toInt(), 3);

    // The printer entry matches by service and text; the closed one is not offered.
    QList<EntrySuggestion> suggestions = document->suggestEntries(group);
    QVERIFY(!suggestions.isEmpty());
    QCOMPARE(suggestions.first().entryId, printer.id);
    QVERIFY(suggestions.first().sameService && suggestions.first().textMatches);
    for (const EntrySuggestion &s : suggestions)
        QVERIFY(s.entryId != closed.id);
    // The Wi-Fi group finds the eduroam guide through the customer's own words.
    suggestions = document->suggestEntries(model.group(1));
    QCOMPARE(suggestions.first().entryId, wifi.id);
    QVERIFY(suggestions.first().textMatches);

    // Renaming an entry reaches the index (the triggers keep it in step), and undo too.
    Entry renamed = *document->entry(wifi.id);
    renamed.title = QStringLiteral("Wireless onboarding leaflet");
    renamed.service = QStringLiteral("Network");
    document->undoStack()->push(new EditEntryCommand(document.get(), *document->entry(wifi.id), renamed));
    QVERIFY(document->suggestEntries(model.group(1)).isEmpty());
    document->undoStack()->undo();
    QCOMPARE(document->suggestEntries(model.group(1)).first().entryId, wifi.id);

    // Linking the group empties it from the triage list.
    QVERIFY(document->setLinks({{document->triageInteractions(group).at(0), printer.id},
                                {document->triageInteractions(group).at(1), printer.id},
                                {document->triageInteractions(group).at(2), printer.id}}));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
