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
    void importedPoorReachTriage();
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
    QCOMPARE(group.latest, QDateTime(QDate(2026, 10, 3), QTime(9, 0)).toUTC().date()); // not the good or linked ones'
    QCOMPARE(document->triageInteractions(group).size(), 3);
    QCOMPARE(model.index(0, TriageModel::Count).data().toInt(), 3);

    // The printer entry matches by service and text; the closed one is not offered.
    QList<EntrySuggestion> suggestions = document->suggestEntries(group);
    QVERIFY(!suggestions.isEmpty());
    QCOMPARE(suggestions.first().entryId, printer.id);
    QVERIFY(suggestions.first().sameService && suggestions.first().textMatches);
    for (const EntrySuggestion &s : suggestions)
        QVERIFY(s.entryId != closed.id);
    // The Wi-Fi group finds the eduroam guide through the customer's own words, before and
    // after triage counts the new interactions in (the words are read from either).
    for (int pass = 0; pass < 2; ++pass) {
        suggestions = document->suggestEntries(model.group(1));
        QCOMPARE(suggestions.first().entryId, wifi.id);
        QVERIFY(suggestions.first().textMatches);
        QCOMPARE(document->suggestEntries(group).first().entryId, printer.id);
        document->countNewIntoTriage();
    }

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

void TestTriage::importedPoorReachTriage()
{
    // Imported poor responses reach triage, once each when an import meets rows already there;
    // removing, linking and deleting take them out, and deleting the entry they were linked to
    // puts them back.
    QTemporaryDir dir;
    auto document = openRegister(dir.filePath(QStringLiteral("imported.qwr")));
    QVERIFY(document);
    const auto feedOf = [](const QList<Interaction> &rows) -> InteractionFeed {
        return [rows](const std::function<bool(const Interaction &)> &add) {
            for (const Interaction &i : rows) {
                if (!add(i))
                    return false;
            }
            return true;
        };
    };
    QList<Interaction> rows;
    for (int n = 0; n < 12; ++n) {
        Interaction i = makeInteraction(QStringLiteral("IMP%1").arg(n), n % 3 == 0 ? 5 : 1,
                                        QDateTime(QDate(2026, 9, 1 + n % 4), QTime(10, 0), Qt::UTC));
        i.reason = n % 2 ? QStringLiteral("No call-back") : QStringLiteral("Dropped call");
        i.repeatContact = n % 4 == 1;
        i.importKey = QStringLiteral("imp|%1").arg(n);
        rows.append(i);
    }
    int added = 0;
    int poorAdded = 0;
    QCOMPARE(document->importInteractions(feedOf(rows.mid(0, 8)), {}, &added, &poorAdded), RegisterDocument::ImportResult::Done);
    QCOMPARE(added, 8);
    // Again with the first eight among them: the duplicates are skipped, four are new.
    QCOMPARE(document->importInteractions(feedOf(rows), {}, &added, &poorAdded), RegisterDocument::ImportResult::Done);
    QCOMPARE(added, 4);

    const auto expected = [&](const QString &reason) {
        int poor = 0, repeats = 0;
        QDate latest;
        for (const Interaction &i : std::as_const(rows)) {
            if (i.reason == reason && i.isPoor(document->poorRule())) {
                ++poor;
                repeats += i.repeatContact ? 1 : 0;
                latest = std::max(latest, i.occurredAt.toUTC().date());
            }
        }
        return std::tuple(poor, repeats, latest);
    };
    const auto found = [&](const QString &reason) {
        for (const TriageGroup &g : document->triageGroups()) {
            if (g.reason == reason)
                return std::tuple(g.count, g.repeats, g.latest);
        }
        return std::tuple(0, 0, QDate());
    };
    // Read as they are (an import counts nothing into triage), then counted in: the same.
    for (const QString &reason : {QStringLiteral("No call-back"), QStringLiteral("Dropped call")})
        QCOMPARE(found(reason), expected(reason));
    document->countNewIntoTriage();
    for (const QString &reason : {QStringLiteral("No call-back"), QStringLiteral("Dropped call")})
        QCOMPARE(found(reason), expected(reason));

    // Out of triage: one removed, one linked; an entry deleted gives its links back to triage.
    const TriageGroup dropped = [&] {
        for (const TriageGroup &g : document->triageGroups()) {
            if (g.reason == QLatin1String("Dropped call"))
                return g;
        }
        return TriageGroup();
    }();
    const QList<qint64> ids = document->triageInteractions(dropped);
    QCOMPARE(ids.size(), dropped.count);
    QVERIFY(document->setInteractionRemoved(ids.at(0), true));
    QList<Entry> entries{makeEntry(QStringLiteral("Call-back promise"), 4, 2)};
    QList<Interaction> none;
    QVERIFY(document->addInBulk(entries, none));
    QVERIFY(document->setLinks({{ids.at(1), entries.first().id}}));
    QCOMPARE(std::get<0>(found(dropped.reason)), dropped.count - 2);
    document->undoStack()->clear();
    QVERIFY(document->eraseEntry(entries.first().id));
    QCOMPARE(std::get<0>(found(dropped.reason)), dropped.count - 1);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
