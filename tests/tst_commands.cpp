// Undo and redo at library level, without widgets: every command restores the register
// exactly, and a change that cannot be saved never reaches the undo history.
#include "testregister.h"

#include "actions/editscript.h"
#include "actions/registeractions.h"
#include "commands/entrycommands.h"
#include "commands/interactioncommands.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

using namespace qw;
using namespace qw::testing;

namespace {

// Everything a user could see of the register, in a comparable form.
struct State
{
    QList<Entry> entries;
    QList<Interaction> interactions;
    friend bool operator==(const State &, const State &) = default;
};

State snapshot(const RegisterDocument &document)
{
    State state;
    for (const EntrySummary &s : document.entrySummaries())
        state.entries.append(*document.entry(s.id));
    state.interactions = document.interactionPage(0, 1000);
    return state;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void undoRedoRoundTrip();
    void newEntryFromInteractionIsOneStep();
    void rescoreKeepsHistory();
    void relinkRestoresPreviousEntry();
    void failedChangeIsNotUndoable();
    void undoPutsBackOnlyItsFields();
    void undoLeavesAFieldChangedSince();
    void rescoringStepsMerge();
    void actionsKeepTheRules();
    void interactionUndoPutsBackOnlyItsFields();
    void failedUndoLeavesTheStackWhereTheRegisterIs();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegisterDocument> m_document;
};

void TestCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_document = openRegister(m_dir->filePath(QStringLiteral("r.qwr")));
    QVERIFY(m_document);
}

void TestCommands::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

void TestCommands::undoRedoRoundTrip()
{
    QUndoStack *stack = m_document->undoStack();
    const State empty = snapshot(*m_document);

    auto *logged = new AddInteractionCommand(m_document.get(), makeInteraction(
        QStringLiteral("INC1"), 1, QDateTime(QDate(2026, 11, 1), QTime(10, 0))));
    stack->push(logged);
    stack->push(new AddInteractionCommand(m_document.get(), makeInteraction(
        QStringLiteral("INC2"), 2, QDateTime(QDate(2026, 11, 2), QTime(11, 0)))));
    auto *added = new AddEntryCommand(m_document.get(), makeEntry(QStringLiteral("Call-back"), 5, 1),
                                      {logged->interactionId()});
    stack->push(added);
    const qint64 id = added->entryId();
    Entry before = *m_document->entry(id);
    Entry after = before;
    after.impact = 3;
    after.status = Status::InProgress;
    stack->push(new EditEntryCommand(m_document.get(), before, after));
    const qint64 second = m_document->interactionPage(0, 1).first().id;
    stack->push(new LinkInteractionsCommand(m_document.get(), {second}, id));
    stack->push(new RemoveInteractionCommand(m_document.get(), {logged->interactionId()}));
    auto *other = new AddEntryCommand(m_document.get(), makeEntry(QStringLiteral("Wiki page"), 2, 1));
    stack->push(other);
    stack->push(new RemoveEntryCommand(m_document.get(), *m_document->entry(other->entryId())));

    QCOMPARE(stack->count(), 8);
    const State final = snapshot(*m_document);
    QCOMPARE(final.entries.size(), 1);
    QCOMPARE(final.entries.first().impact, 3);
    QCOMPARE(final.interactions.size(), 1);
    QCOMPARE(final.interactions.first().entryId, id);

    while (stack->canUndo())
        stack->undo();
    QCOMPARE(snapshot(*m_document), empty);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(snapshot(*m_document), final);
}

void TestCommands::newEntryFromInteractionIsOneStep()
{
    QUndoStack *stack = m_document->undoStack();
    Interaction i = makeInteraction(QStringLiteral("INC7"), 1, QDateTime::currentDateTime());
    QVERIFY(m_document->addInteraction(i));
    QSignalSpy entries(m_document.get(), &RegisterDocument::changed);
    auto *command = new AddEntryCommand(m_document.get(), makeEntry(QStringLiteral("Answer the phone"), 4, 1), {i.id});
    stack->push(command);
    QCOMPARE(stack->count(), 1);
    // One change, saying what it changed: the entry added, the interaction linked to it.
    QCOMPARE(entries.count(), 1);
    const auto change = entries.first().first().value<RegisterChange>();
    QCOMPARE(change.entriesAdded, QList<qint64>{command->entryId()});
    QCOMPARE(change.interactionsChanged, QList<qint64>{i.id});
    QCOMPARE(m_document->interaction(i.id)->entryId, command->entryId());
    QCOMPARE(m_document->entrySummaries().first().linkedCount, 1);
    stack->undo();
    QCOMPARE(m_document->entryCount(), 0);
    QCOMPARE(m_document->interaction(i.id)->entryId, 0);
    stack->redo();
    // Redo brings back the same entry, with the same ID people may have written down.
    QCOMPARE(m_document->entrySummaries().first().id, command->entryId());
    QCOMPARE(m_document->interaction(i.id)->entryId, command->entryId());
}

void TestCommands::rescoreKeepsHistory()
{
    Entry e = makeEntry(QStringLiteral("Printer status page"), 4, 2);
    QVERIFY(m_document->addEntry(e));
    Entry rescored = e;
    rescored.effort = 4;
    auto *command = new EditEntryCommand(m_document.get(), e, rescored);
    QVERIFY(command->text().contains(QStringLiteral("Rescore CI-0001")));
    m_document->undoStack()->push(command);
    m_document->undoStack()->undo();
    const QList<HistoryRecord> history = m_document->history(e.id);
    QCOMPARE(history.size(), 3); // created, effort 2 -> 4, effort 4 -> 2
    QCOMPARE(history.at(1).field, QStringLiteral("effort"));
    QCOMPARE(history.at(1).oldValue, QStringLiteral("2"));
    QCOMPARE(history.at(1).newValue, QStringLiteral("4"));
    QCOMPARE(history.at(2).newValue, QStringLiteral("2"));
    QCOMPARE(history.at(1).changedBy, m_document->userName());
    QCOMPARE(m_document->entry(e.id)->effort, 2);
}

void TestCommands::relinkRestoresPreviousEntry()
{
    Entry a = makeEntry(QStringLiteral("A"), 4, 2);
    Entry b = makeEntry(QStringLiteral("B"), 2, 4);
    QVERIFY(m_document->addEntry(a));
    QVERIFY(m_document->addEntry(b));
    Interaction i = makeInteraction(QStringLiteral("INC9"), 1, QDateTime::currentDateTime());
    i.entryId = a.id;
    QVERIFY(m_document->addInteraction(i));
    m_document->undoStack()->push(new LinkInteractionsCommand(m_document.get(), {i.id}, b.id));
    QCOMPARE(m_document->interaction(i.id)->entryId, b.id);
    // Both entries' histories say what moved.
    const auto last = [this](qint64 id) { return m_document->history(id).constLast(); };
    QCOMPARE(last(b.id).field, QStringLiteral("linked"));
    QCOMPARE(last(b.id).newValue, QStringLiteral("INC9"));
    QCOMPARE(last(a.id).field, QStringLiteral("unlinked"));
    QCOMPARE(last(a.id).oldValue, QStringLiteral("INC9"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->interaction(i.id)->entryId, a.id);
    QCOMPARE(last(a.id).field, QStringLiteral("linked"));
    QCOMPARE(last(b.id).field, QStringLiteral("unlinked"));
}

void TestCommands::undoPutsBackOnlyItsFields()
{
    Entry e = makeEntry(QStringLiteral("Printer queue"), 3, 3);
    QVERIFY(m_document->addEntry(e));
    Entry retitled = e;
    retitled.title = QStringLiteral("Printer queue clean-up");
    m_document->undoStack()->push(new EditEntryCommand(m_document.get(), e, retitled));
    // A colleague rescored it meanwhile (another connection, on a shared register).
    Entry rescored = *m_document->entry(e.id);
    rescored.impact = 5;
    QVERIFY(m_document->updateEntry(rescored));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->entry(e.id)->title, QStringLiteral("Printer queue"));
    QCOMPARE(m_document->entry(e.id)->impact, 5); // the colleague's change stays
    m_document->undoStack()->redo();
    QCOMPARE(m_document->entry(e.id)->title, QStringLiteral("Printer queue clean-up"));
    QCOMPARE(m_document->entry(e.id)->impact, 5);
}

void TestCommands::undoLeavesAFieldChangedSince()
{
    Entry e = makeEntry(QStringLiteral("Wi-Fi survey"), 2, 3);
    QVERIFY(m_document->addEntry(e));
    Entry mine = e;
    mine.impact = 4;
    mine.notes = QStringLiteral("Supplier booked");
    m_document->undoStack()->push(new EditEntryCommand(m_document.get(), e, mine));
    Entry theirs = *m_document->entry(e.id);
    theirs.impact = 5;
    QVERIFY(m_document->updateEntry(theirs));
    QSignalSpy said(m_document.get(), &RegisterDocument::errorOccurred);
    m_document->undoStack()->undo();
    // The impact was changed since: not overwritten, and said; the notes are undone.
    QCOMPARE(m_document->entry(e.id)->impact, 5);
    QCOMPARE(m_document->entry(e.id)->notes, QString());
    QCOMPARE(said.count(), 1);
    QVERIFY2(said.first().first().toString().contains(QStringLiteral("impact")), qPrintable(said.first().first().toString()));
}

void TestCommands::rescoringStepsMerge()
{
    Entry e = makeEntry(QStringLiteral("Call-back"), 2, 2);
    QVERIFY(m_document->addEntry(e));
    QUndoStack *stack = m_document->undoStack();
    const int before = stack->count();
    Entry step = e;
    for (int impact : {3, 4, 5}) {
        Entry next = step;
        next.impact = impact;
        auto *command = new EditEntryCommand(m_document.get(), step, next);
        command->setMergeable(true);
        stack->push(command);
        step = next;
    }
    // Three arrow presses, one step to undo.
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(m_document->entry(e.id)->impact, 5);
    stack->undo();
    QCOMPARE(m_document->entry(e.id)->impact, 2);
    // Another entry's rescoring, or an edit of another field, is a step of its own.
    stack->redo();
    Entry titled = *m_document->entry(e.id);
    titled.title = QStringLiteral("Call-back in 15 min");
    auto *edit = new EditEntryCommand(m_document.get(), *m_document->entry(e.id), titled);
    edit->setMergeable(true);
    stack->push(edit);
    QCOMPARE(stack->count(), before + 2);
}

void TestCommands::actionsKeepTheRules()
{
    // Done means done today whichever way an entry is set done: the entry editor (editEntry),
    // the status menu (setStatus), the edit script. A date someone gave is kept.
    RegisterActions actions(m_document.get());
    Entry draft = actions.draftEntry();
    draft.title = QStringLiteral("Password resets");
    const auto added = actions.addEntry(draft);
    QVERIFY(added);
    QCOMPARE(m_document->entry(*added)->raisedOn, QDate::currentDate());
    QCOMPARE(m_document->entry(*added)->raisedBy, m_document->userName());
    Entry done = *m_document->entry(*added);
    done.status = Status::Done;
    QVERIFY(actions.editEntry(*m_document->entry(*added), done));
    QCOMPARE(m_document->entry(*added)->doneOn, QDate::currentDate());
    m_document->undoStack()->undo();
    QVERIFY(!m_document->entry(*added)->doneOn.isValid());
    QVERIFY(actions.setStatus(*added, Status::Verified));
    QCOMPARE(m_document->entry(*added)->doneOn, QDate::currentDate());

    const auto second = actions.addEntry(makeEntry(QStringLiteral("Printer queue"), 3, 3));
    Entry dated = *m_document->entry(*second);
    dated.status = Status::Done;
    dated.doneOn = QDate(2026, 11, 2);
    QVERIFY(actions.editEntry(*m_document->entry(*second), dated));
    QCOMPARE(m_document->entry(*second)->doneOn, QDate(2026, 11, 2));

    const EditScript::Result script = EditScript::run(
        m_document.get(), QStringLiteral("add-entry title=Scripted\nedit-entry %1 status=done").arg(*second + 1));
    QCOMPARE(script.error, QString());
    QCOMPARE(m_document->entry(*second + 1)->doneOn, QDate::currentDate());

    // Nothing to change is no step; a step that failed is none either.
    const int steps = m_document->undoStack()->count();
    QVERIFY(!actions.editEntry(*m_document->entry(*second), *m_document->entry(*second)));
    QVERIFY(!actions.rescore(*second, 3, 3));
    QCOMPARE(m_document->undoStack()->count(), steps);
    QVERIFY(actions.rescore(*second, 4, 3, true));
    QVERIFY(actions.rescore(*second, 5, 3, true));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);

    // A change that fails costs nothing: not the steps there are to redo either.
    m_document->undoStack()->undo();
    QVERIFY(m_document->undoStack()->canRedo());
    Entry tooLong = *m_document->entry(*second);
    tooLong.title = QString(100000, u'x');
    QVERIFY(!actions.editEntry(*m_document->entry(*second), tooLong));
    QVERIFY(m_document->undoStack()->canRedo());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);

    // Several interactions removed: one step, one change.
    Interaction a = makeInteraction(QStringLiteral("INC-A"), 1, QDateTime::currentDateTime());
    Interaction b = makeInteraction(QStringLiteral("INC-B"), 2, QDateTime::currentDateTime());
    QVERIFY(m_document->addInteraction(a));
    QVERIFY(m_document->addInteraction(b));
    QSignalSpy changes(m_document.get(), &RegisterDocument::changed);
    QVERIFY(actions.removeInteractions({a.id, b.id}));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(m_document->interactionCount(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->interactionCount(), 2);
}

void TestCommands::failedUndoLeavesTheStackWhereTheRegisterIs()
{
    RegisterActions actions(m_document.get());
    Entry e = makeEntry(QStringLiteral("Shared drive full"), 3, 3);
    QVERIFY(m_document->addEntry(e));
    QUndoStack *stack = m_document->undoStack();
    QVERIFY(actions.rescore(e.id, 5, 1));
    QCOMPARE(stack->index(), 1);
    const QString undoText = stack->undoText();

    // Something outside QuickWins refuses every change of the entries (a trigger of its own).
    const auto outside = [&](const QString &sql) {
        QSqlDatabase db = behindTheBack(QStringLiteral("outside"), m_document->filePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("outside"));
    };
    if (onServer()) {
        outside(QStringLiteral("CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                               " RAISE EXCEPTION 'refused'; END $$"));
        outside(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON entries FOR EACH ROW EXECUTE FUNCTION refuse()"));
    } else {
        outside(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    }
    QSignalSpy errors(m_document.get(), &RegisterDocument::errorOccurred);
    stack->undo();
    // Said, not done, and the history still offers the same undo: it is where the register is.
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("refused")));
    QCOMPARE(m_document->entry(e.id)->impact, 5);
    QCOMPARE(stack->index(), 1);
    QVERIFY(stack->canUndo());
    QCOMPARE(stack->undoText(), undoText);

    // Once it can be done, it is.
    outside(onServer() ? QStringLiteral("DROP TRIGGER refuse ON entries") : QStringLiteral("DROP TRIGGER refuse"));
    stack->undo();
    QCOMPARE(m_document->entry(e.id)->impact, 3);
    QCOMPARE(stack->index(), 0);

    // A redo that fails leaves the step to redo.
    if (onServer()) {
        outside(QStringLiteral("CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                               " RAISE EXCEPTION 'refused'; END $$"));
        outside(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON entries FOR EACH ROW EXECUTE FUNCTION refuse()"));
    } else {
        outside(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    }
    stack->redo();
    QCOMPARE(m_document->entry(e.id)->impact, 3);
    QCOMPARE(stack->index(), 0);
    QVERIFY(stack->canRedo());
    outside(onServer() ? QStringLiteral("DROP TRIGGER refuse ON entries") : QStringLiteral("DROP TRIGGER refuse"));
    stack->redo();
    QCOMPARE(m_document->entry(e.id)->impact, 5);
    QCOMPARE(stack->index(), 1);
}

void TestCommands::interactionUndoPutsBackOnlyItsFields()
{
    Interaction i = makeInteraction(QStringLiteral("INC-9"), 2, QDateTime::currentDateTime());
    i.comment = QStringLiteral("Waited an hour");
    QVERIFY(m_document->addInteraction(i));
    Interaction scored = i;
    scored.score = 1;
    m_document->undoStack()->push(new EditInteractionCommand(m_document.get(), i, scored));
    // A colleague corrects the comment meanwhile.
    Interaction corrected = *m_document->interaction(i.id);
    corrected.comment = QStringLiteral("Waited an hour on the phone");
    QVERIFY(m_document->updateInteraction(corrected));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->interaction(i.id)->score, 2);
    QCOMPARE(m_document->interaction(i.id)->comment, QStringLiteral("Waited an hour on the phone"));
}

void TestCommands::failedChangeIsNotUndoable()
{
    const QString path = m_document->filePath();
    Entry e = makeEntry(QStringLiteral("Existing"), 4, 2);
    QVERIFY(m_document->addEntry(e));
    m_document.reset();
    auto readOnly = openRegister(path, true);
    QVERIFY(readOnly);
    QSignalSpy errors(readOnly.get(), &RegisterDocument::errorOccurred);
    Entry changed = e;
    changed.title = QStringLiteral("Changed");
    readOnly->undoStack()->push(new EditEntryCommand(readOnly.get(), e, changed));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(readOnly->undoStack()->count(), 0);
    QCOMPARE(readOnly->entry(e.id)->title, QStringLiteral("Existing"));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
