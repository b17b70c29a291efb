// Triage: unlinked poor interactions grouped by cause (what they say), the entries suggested for
// a cause (same service, or text that matches through SQLite FTS5), kept in step with edits; the
// user's corrections kept and undone; new responses placed in their cause.
#include "testregister.h"

#include "actions/registeractions.h"
#include "causes/causewords.h"
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
    void causesAndSuggestions();
    void correctionsAreKeptAndUndone();
    void newResponsesJoinTheirCause();
    void stepsAndPlacingSurviveFindingAgain();
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

namespace {

// An import's rows, as its reader hands them over.
InteractionFeed feedOf(const QList<Interaction> &rows)
{
    return [rows](const std::function<bool(const Interaction &)> &add) {
        for (const Interaction &i : rows) {
            if (!add(i))
                return false;
        }
        return true;
    };
}

Interaction poorSaying(const QString &service, const QString &reason, const QString &comment, const QDateTime &when,
                       const QString &customer = {})
{
    static int ticket = 0;
    Interaction i = makeInteraction(QStringLiteral("INC%1").arg(++ticket), 1, when);
    i.service = service;
    i.reason = reason;
    i.comment = comment;
    i.customer = customer;
    return i;
}

// Three causes, each said six ways, and two remarks like nothing else.
QList<Interaction> threeCauses(const QDate &today)
{
    const QStringList callBack = {QStringLiteral("Nobody called me back"), QStringLiteral("promised a call back, never came"),
                                  QStringLiteral("still waiting for the call back"), QStringLiteral("no call back after two days"),
                                  QStringLiteral("they said they would call back"), QStringLiteral("call back never happened")};
    const QStringList password = {QStringLiteral("password reset failed"), QStringLiteral("reset my password twice, still locked"),
                                  QStringLiteral("password reset link expired"), QStringLiteral("locked out, password reset broken"),
                                  QStringLiteral("the password reset does not work"), QStringLiteral("password reset took hours")};
    const QStringList printer = {QStringLiteral("printer jammed again"), QStringLiteral("the printer keeps jamming"),
                                 QStringLiteral("paper jam in the printer"), QStringLiteral("printer jam, nobody came"),
                                 QStringLiteral("jammed printer on floor 3"), QStringLiteral("printer jammed all week")};
    QList<Interaction> rows;
    for (int n = 0; n < 6; ++n) {
        const QDateTime recent(today.addDays(-n), QTime(9, 0), Qt::UTC);
        rows.append(poorSaying(n % 2 ? QStringLiteral("Service Desk") : QStringLiteral("Network"), QString(), callBack.at(n),
                               recent, QStringLiteral("customer%1@example.com").arg(n % 4)));
        rows.append(poorSaying(QStringLiteral("Accounts"), QStringLiteral("Password"), password.at(n),
                               QDateTime(today.addDays(-40 - n), QTime(9, 0), Qt::UTC)));
        rows.append(poorSaying(QStringLiteral("Printing"), QString(), printer.at(n),
                               QDateTime(today.addDays(-100 - n), QTime(9, 0), Qt::UTC)));
    }
    rows.append(poorSaying(QStringLiteral("Printing"), QString(), QStringLiteral("thanks"), QDateTime(today, QTime(8, 0), Qt::UTC)));
    rows.append(poorSaying(QStringLiteral("Accounts"), QString(), QString(), QDateTime(today, QTime(8, 0), Qt::UTC)));
    return rows;
}

const CauseGroupInfo *causeSaying(const TriageModel &model, const QString &word)
{
    for (int row = 0; row < model.causeCount(); ++row) {
        if (model.group(row)->label.contains(word))
            return model.group(row);
    }
    return nullptr;
}

// The counts the register keeps (by triggers) are those of the causes' members as they are.
void countsAgreeWithMembers(const RegisterDocument *document)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto groups = document->causeGroups();
    QVERIFY(groups);
    for (const CauseGroupInfo &g : *groups) {
        const QList<qint64> members = document->causeMembers(g.id);
        QSet<QString> customers;
        QSet<QString> services;
        QDate first, last;
        int recent = 0, earlier = 0;
        for (qint64 id : members) {
            const Interaction i = *document->interaction(id);
            QVERIFY(i.entryId == 0 && i.isPoor(document->poorRule()));
            if (!i.customer.isEmpty())
                customers.insert(i.customer);
            services.insert(i.service);
            const QDate day = i.occurredAt.toUTC().date();
            first = first.isValid() ? std::min(first, day) : day;
            last = last.isValid() ? std::max(last, day) : day;
            recent += day >= today.addDays(-29) ? 1 : 0;
            earlier += day >= today.addDays(-59) && day < today.addDays(-29) ? 1 : 0;
        }
        QCOMPARE(g.responses, members.size());
        QCOMPARE(g.customers, customers.size());
        QCOMPARE(QSet<QString>(g.services.cbegin(), g.services.cend()), services);
        QCOMPARE(g.first, first);
        QCOMPARE(g.last, last);
        QCOMPARE(g.recent, recent);
        QCOMPARE(g.earlier, earlier);
    }
}

bool findCauses(RegisterDocument *document)
{
    QString error;
    auto found = document->findCauses({}, nullptr, &error);
    return found && document->applyFoundCauses(*found);
}

} // namespace

void TestTriage::causesAndSuggestions()
{
    QTemporaryDir dir;
    auto document = openRegister(dir.filePath(QStringLiteral("triage.qwr")));
    Entry printer = makeEntry(QStringLiteral("Printer status page on the portal"), 4, 2);
    printer.service = QStringLiteral("Printing");
    printer.description = QStringLiteral("Show which printers are jammed before people walk there");
    Entry closed = makeEntry(QStringLiteral("Old printer jammed fix"), 3, 1);
    closed.status = Status::Done;
    QList<Entry> entries{printer, closed};
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QList<Interaction> interactions = threeCauses(today);
    Interaction good = poorSaying(QStringLiteral("Printing"), QString(), QStringLiteral("printer jammed"), QDateTime(today, QTime(7, 0), Qt::UTC));
    good.score = 5;
    Interaction linked = poorSaying(QStringLiteral("Printing"), QString(), QStringLiteral("printer jammed"), QDateTime(today, QTime(7, 0), Qt::UTC));
    linked.entryId = 1;
    interactions << good << linked;
    QVERIFY(document->addInBulk(entries, interactions));
    printer = entries.at(0);
    closed = entries.at(1);

    TriageModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Before causes are found: every poor response in triage is in none, and counted there.
    QCOMPARE(model.total(), 20);
    QCOMPARE(model.causeCount(), 0);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!document->hasFoundCauses());
    QVERIFY(findCauses(document.get()));
    QVERIFY(document->hasFoundCauses());
    countsAgreeWithMembers(document.get());

    // Three causes of six (the good and the linked one left out), and the two remarks in none:
    // the rows add up to every poor response in triage.
    QCOMPARE(model.causeCount(), 3);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.ungrouped(), 2);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.group(row)->responses, 6);
    const CauseGroupInfo *callBack = causeSaying(model, QStringLiteral("call back"));
    QVERIFY2(callBack, qPrintable(model.group(0)->label));
    QCOMPARE(callBack->customers, 4);
    QCOMPARE(callBack->services, QStringList({QStringLiteral("Network"), QStringLiteral("Service Desk")}));
    QCOMPARE(callBack->last, today);
    QCOMPARE(callBack->first, today.addDays(-5));
    QVERIFY(callBack->isGrowing()); // six in the last 30 days, none before
    const CauseGroupInfo *password = causeSaying(model, QStringLiteral("password"));
    QVERIFY(password);
    QVERIFY(!password->isGrowing());
    QCOMPARE(password->earlier, 6);
    QCOMPARE(model.index(model.rowOfGroup(callBack->id), TriageModel::Trend).data().toString(), QStringLiteral("↑ growing"));
    QCOMPARE(document->causeExamples(*callBack).size(), 3);

    // A new entry from the cause: its words as title and cause, what three of them wrote.
    const Entry draft = RegisterActions(document.get()).draftFromCause(*callBack);
    QCOMPARE(draft.title, callBack->label);
    QCOMPARE(draft.service, QStringLiteral("Network"));
    QVERIFY2(draft.cause.startsWith(QStringLiteral("6 poor")) && draft.cause.contains(QStringLiteral("“%1”").arg(callBack->label)), qPrintable(draft.cause));
    QCOMPARE(draft.description.count(u'\n'), 2);
    QVERIFY(draft.description.contains(QStringLiteral("call back")));

    // The printer entry matches by service and words; the closed one is not offered.
    const CauseGroupInfo *printing = causeSaying(model, QStringLiteral("printer"));
    QVERIFY(printing);
    QList<EntrySuggestion> suggestions = document->suggestEntries(*printing);
    QVERIFY(!suggestions.isEmpty());
    QCOMPARE(suggestions.first().entryId, printer.id);
    QVERIFY(suggestions.first().sameService && suggestions.first().textMatches);
    for (const EntrySuggestion &s : suggestions)
        QVERIFY(s.entryId != closed.id);

    // Renaming an entry reaches the index (the triggers keep it in step), and undo too.
    Entry renamed = *document->entry(printer.id);
    renamed.title = QStringLiteral("Toner leaflet");
    renamed.description.clear();
    renamed.service = QStringLiteral("Facilities");
    document->undoStack()->push(new EditEntryCommand(document.get(), *document->entry(printer.id), renamed));
    QVERIFY(document->suggestEntries(*causeSaying(model, QStringLiteral("printer"))).isEmpty());
    document->undoStack()->undo();
    QCOMPARE(document->suggestEntries(*causeSaying(model, QStringLiteral("printer"))).first().entryId, printer.id);

    // Linking the cause's responses empties it from triage.
    const qint64 printingId = causeSaying(model, QStringLiteral("printer"))->id;
    const QList<qint64> members = document->causeMembers(printingId);
    QCOMPARE(members.size(), 6);
    QList<Link> links;
    for (qint64 id : members)
        links.append({id, printer.id});
    QVERIFY(document->setLinks(links));
    countsAgreeWithMembers(document.get());
    QCOMPARE(model.causeCount(), 2);
    QCOMPARE(model.total(), 14);
    QCOMPARE(model.rowOfGroup(printingId), -1);
}

void TestTriage::correctionsAreKeptAndUndone()
{
    QTemporaryDir dir;
    auto document = openRegister(dir.filePath(QStringLiteral("corrections.qwr")));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QList<Entry> none;
    QList<Interaction> rows = threeCauses(today);
    QVERIFY(document->addInBulk(none, rows));
    QVERIFY(findCauses(document.get()));
    TriageModel model(document.get());
    RegisterActions actions(document.get());
    const qint64 callBack = causeSaying(model, QStringLiteral("call back"))->id;
    const qint64 password = causeSaying(model, QStringLiteral("password"))->id;
    const qint64 printer = causeSaying(model, QStringLiteral("printer"))->id;
    const auto ids = [&] {
        QList<qint64> result;
        for (int row = 0; row < model.causeCount(); ++row)
            result.append(model.group(row)->id);
        std::sort(result.begin(), result.end());
        return result;
    };
    const QList<qint64> found = ids();

    // Found again with nothing changed: the same causes, the same ids.
    QVERIFY(findCauses(document.get()));
    QCOMPARE(ids(), found);

    // Rename, and undo it.
    QVERIFY(actions.renameCause(callBack, QStringLiteral("Call-backs not made")));
    QCOMPARE(model.group(model.rowOfGroup(callBack))->shownName(), QStringLiteral("Call-backs not made"));
    document->undoStack()->undo();
    QCOMPARE(model.group(model.rowOfGroup(callBack))->name, QString());
    document->undoStack()->redo();
    QCOMPARE(model.group(model.rowOfGroup(callBack))->shownName(), QStringLiteral("Call-backs not made"));

    // Merge two causes: one of twelve; undo gives both back, with their ids and members.
    const QList<qint64> passwordMembers = document->causeMembers(password);
    QVERIFY(actions.mergeCauses(printer, {password}));
    QCOMPARE(model.causeCount(), 2);
    QCOMPARE(model.group(model.rowOfGroup(printer))->responses, 12);
    countsAgreeWithMembers(document.get());
    document->undoStack()->undo();
    countsAgreeWithMembers(document.get());
    QCOMPARE(model.causeCount(), 3);
    QCOMPARE(document->causeMembers(password), passwordMembers);
    document->undoStack()->redo();
    QCOMPARE(model.causeCount(), 2);

    // Finding causes again respects the merge (the user's placements stay) and the name.
    QVERIFY(findCauses(document.get()));
    QCOMPARE(model.group(model.rowOfGroup(printer))->responses, 12);
    QCOMPARE(model.group(model.rowOfGroup(callBack))->shownName(), QStringLiteral("Call-backs not made"));
    QCOMPARE(model.rowOfGroup(password), -1);

    // A response taken out stays out, found again or not; undo puts it back.
    const qint64 out = document->causeMembers(callBack).first();
    QVERIFY(actions.moveResponses({out}, 0));
    countsAgreeWithMembers(document.get());
    QCOMPARE(model.group(model.rowOfGroup(callBack))->responses, 5);
    QCOMPARE(model.ungrouped(), 3);
    QVERIFY(findCauses(document.get()));
    QVERIFY(!document->causeMembers(callBack).contains(out));
    QCOMPARE(model.ungrouped(), 3);
    document->undoStack()->undo();
    QVERIFY(document->causeMembers(callBack).contains(out));

    // Pinned: kept as it is.
    QVERIFY(actions.pinCause(callBack, true));
    QVERIFY(model.group(model.rowOfGroup(callBack))->pinned);
    QVERIFY(findCauses(document.get()));
    QCOMPARE(document->causeMembers(callBack).size(), 6);

    // Kept in the register: opened again, the same.
    model.setActive(false);
    document.reset();
    document = openRegister(dir.filePath(QStringLiteral("corrections.qwr")));
    TriageModel again(document.get());
    QCOMPARE(again.causeCount(), 2);
    QVERIFY(again.group(again.rowOfGroup(callBack))->pinned);
    QCOMPARE(again.group(again.rowOfGroup(callBack))->shownName(), QStringLiteral("Call-backs not made"));
    QCOMPARE(again.group(again.rowOfGroup(printer))->responses, 12);

    // The register's language for what customers wrote, kept; detected when none is set.
    QVERIFY(!document->causeLanguage());
    QVERIFY(document->setCauseLanguage(TextLanguage::German));
    QCOMPARE(document->causeLanguage(), std::optional<TextLanguage>(TextLanguage::German));
    QVERIFY(findCauses(document.get()));
    QVERIFY(document->setCauseLanguage(std::nullopt));
    QVERIFY(!document->causeLanguage());
}

void TestTriage::newResponsesJoinTheirCause()
{
    // Responses imported after causes were found are placed in them within the import.
    QTemporaryDir dir;
    auto document = openRegister(dir.filePath(QStringLiteral("placed.qwr")));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QList<Entry> none;
    QList<Interaction> rows = threeCauses(today);
    QVERIFY(document->addInBulk(none, rows));
    QVERIFY(findCauses(document.get()));
    TriageModel model(document.get());
    const qint64 printer = causeSaying(model, QStringLiteral("printer"))->id;
    QList<Interaction> later{poorSaying(QStringLiteral("Printing"), QString(), QStringLiteral("printer jammed, again!"),
                                        QDateTime(today, QTime(11, 0), Qt::UTC)),
                             poorSaying(QStringLiteral("Printing"), QString(), QStringLiteral("my cat likes the sofa"),
                                        QDateTime(today, QTime(11, 0), Qt::UTC))};
    for (qsizetype i = 0; i < later.size(); ++i)
        later[i].importKey = QStringLiteral("later|%1").arg(i);
    int added = 0;
    int poorAdded = 0;
    QCOMPARE(document->importInteractions(feedOf(later), {}, &added, &poorAdded), RegisterDocument::ImportResult::Done);
    QCOMPARE(added, 2);
    QCOMPARE(model.group(model.rowOfGroup(printer))->responses, 7);
    QCOMPARE(model.ungrouped(), 3);
    countsAgreeWithMembers(document.get());
    // And one logged by hand.
    Interaction logged = poorSaying(QStringLiteral("Network"), QString(), QStringLiteral("nobody called back"),
                                    QDateTime(today, QTime(12, 0), Qt::UTC));
    QVERIFY(document->addInteraction(logged));
    QCOMPARE(model.group(model.rowOfGroup(causeSaying(model, QStringLiteral("call back"))->id))->responses, 7);
    countsAgreeWithMembers(document.get());


    // A response edited (its day, its customer, its score) or removed, and a new rule for poor:
    // the counts follow.
    const qint64 printerId = causeSaying(model, QStringLiteral("printer"))->id;
    const QList<qint64> members = document->causeMembers(printerId);
    Interaction moved = *document->interaction(members.at(0));
    moved.occurredAt = QDateTime(today.addDays(-45), QTime(10, 0), Qt::UTC);
    moved.customer = QStringLiteral("someone.else@example.com");
    QVERIFY(document->updateInteraction(moved));
    countsAgreeWithMembers(document.get());
    Interaction better = *document->interaction(members.at(1));
    better.score = 4;
    QVERIFY(document->updateInteraction(better));
    QVERIFY(document->setInteractionRemoved(members.at(2), true));
    countsAgreeWithMembers(document.get());
    QCOMPARE(model.group(model.rowOfGroup(printerId))->responses, 5);
    PoorRule rule = document->poorRule();
    rule.setPoorUpTo(SatisfactionScale::OneToFive, 4);
    QVERIFY(document->setPoorRule(rule));
    countsAgreeWithMembers(document.get());
    QCOMPARE(model.group(model.rowOfGroup(printerId))->responses, 6); // the one scored 4 is poor now
    QVERIFY(document->setInteractionRemoved(members.at(2), false));
    countsAgreeWithMembers(document.get());
    QVERIFY(document->eraseInteraction(members.at(3)));
    countsAgreeWithMembers(document.get());
    // A large import is placed in one pass (the counts' triggers off): the same counts, its
    // customers counted once whether new to a cause or known to it already.
    QList<Interaction> many;
    const QStringList said = {QStringLiteral("printer jammed on floor %1"), QStringLiteral("still waiting for a call back, day %1"),
                              QStringLiteral("password reset failed %1 times"), QStringLiteral("my cat %1")};
    for (int n = 0; n < 400; ++n) {
        Interaction i = poorSaying(n % 3 ? QStringLiteral("Printing") : QStringLiteral("Network"), QString(),
                                   said.at(n % 4).arg(n % 7), QDateTime(today.addDays(-(n % 90)), QTime(13, 0), Qt::UTC),
                                   QStringLiteral("customer%1@example.com").arg(n % 9));
        i.importKey = QStringLiteral("many|%1").arg(n);
        if (n % 10 == 0)
            i.score = 5; // not poor: not placed
        many.append(i);
    }
    const int inCausesBefore = model.total() - model.ungrouped();
    QCOMPARE(document->importInteractions(feedOf(many), {}, &added, &poorAdded), RegisterDocument::ImportResult::Done);
    QCOMPARE(added, 400);
    countsAgreeWithMembers(document.get());
    QVERIFY(model.total() - model.ungrouped() >= inCausesBefore + 250); // the printers, call-backs, passwords
}

void TestTriage::importedPoorReachTriage()
{
    // Imported poor responses reach triage, once each when an import meets rows already there;
    // removing, linking and deleting take them out, and deleting the entry they were linked to
    // puts them back.
    QTemporaryDir dir;
    auto document = openRegister(dir.filePath(QStringLiteral("imported.qwr")));
    QVERIFY(document);
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

void TestTriage::stepsAndPlacingSurviveFindingAgain()
{
    QTemporaryDir dir;
    auto document = openRegister(dir.filePath(QStringLiteral("again.qwr")));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QList<Entry> none;
    QList<Interaction> rows = threeCauses(today);
    QVERIFY(document->addInBulk(none, rows));
    QVERIFY(findCauses(document.get()));
    TriageModel model(document.get());
    RegisterActions actions(document.get());
    const qint64 printer = causeSaying(model, QStringLiteral("printer"))->id;
    const qint64 password = causeSaying(model, QStringLiteral("password"))->id;
    const qint64 callBack = causeSaying(model, QStringLiteral("call back"))->id;

    // Merged away, a cause the grouping learned is not where new responses like it go: they
    // go to the cause it was merged into (and the import never fails on a cause that is gone).
    QVERIFY(actions.mergeCauses(printer, {password}));
    QList<Interaction> later{poorSaying(QStringLiteral("Accounts"), QString(), QStringLiteral("password reset failed again"),
                                        QDateTime(today, QTime(11, 0), Qt::UTC))};
    later[0].importKey = QStringLiteral("later|0");
    int added = 0, poorAdded = 0;
    QCOMPARE(document->importInteractions(feedOf(later), {}, &added, &poorAdded), RegisterDocument::ImportResult::Done);
    QCOMPARE(added, 1);
    countsAgreeWithMembers(document.get());
    QCOMPARE(model.group(model.rowOfGroup(printer))->responses, 13);

    // A response moved out, then causes found again with its cause gone: undoing the move
    // still works (the response goes back to no cause, not to a cause that is not there).
    const qint64 out = document->causeMembers(callBack).first();
    QVERIFY(actions.moveResponses({out}, 0));
    QVERIFY(document->changeCauses({}, {}, {callBack})); // as finding causes again can leave it out
    document->undoStack()->undo(); // the move
    QCOMPARE(document->undoStack()->index(), 1);
    countsAgreeWithMembers(document.get());
    QVERIFY(findCauses(document.get()));

    // Most of a cause linked: the rest keep its identity and its name when found again.
    const qint64 printing = causeSaying(model, QStringLiteral("printer"))->id;
    QVERIFY(actions.renameCause(printing, QStringLiteral("Printers")));
    const QList<qint64> members = document->causeMembers(printing);
    QList<Link> links;
    for (qsizetype i = 0; i < members.size() * 2 / 3; ++i)
        links.append({members.at(i), 0});
    QList<Entry> entry{makeEntry(QStringLiteral("Printer care"), 4, 2)};
    QList<Interaction> noInteractions;
    QVERIFY(document->addInBulk(entry, noInteractions));
    for (Link &l : links)
        l.entryId = entry.first().id;
    QVERIFY(document->setLinks(links));
    QVERIFY(findCauses(document.get()));
    QVERIFY(model.rowOfGroup(printing) >= 0);
    QCOMPARE(model.group(model.rowOfGroup(printing))->shownName(), QStringLiteral("Printers"));

    // A removed response is never shown as what they wrote.
    const CauseGroupInfo *shown = model.group(model.rowOfGroup(printing));
    const QList<Interaction> examples = document->causeExamples(*shown);
    QVERIFY(!examples.isEmpty());
    QVERIFY(document->setInteractionRemoved(examples.first().id, true));
    for (const Interaction &i : document->causeExamples(*model.group(model.rowOfGroup(printing))))
        QVERIFY(i.id != examples.first().id);

    // An import undone and done again: its responses are placed again, not left in no cause.
    const int inNoneBefore = model.ungrouped();
    QList<Interaction> more;
    for (int n = 0; n < 4; ++n) {
        more.append(poorSaying(QStringLiteral("Network"), QString(), QStringLiteral("nobody called me back, again"),
                               QDateTime(today, QTime(12, n), Qt::UTC)));
        more.last().importKey = QStringLiteral("more|%1").arg(n);
    }
    ImportRecord record;
    record.fileName = QStringLiteral("more.csv");
    record.source = QStringLiteral("generic");
    QCOMPARE(document->importInteractions(feedOf(more), {}, &record), RegisterDocument::ImportResult::Done);
    QCOMPARE(model.ungrouped(), inNoneBefore);
    QVERIFY(document->setImportInRegister(record.id, false));
    QVERIFY(document->setImportInRegister(record.id, true));
    QCOMPARE(model.ungrouped(), inNoneBefore);
    countsAgreeWithMembers(document.get());
}

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
