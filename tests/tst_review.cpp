// The review cycle: the agenda built from the register (each part's boundaries), a review held
// through the edit script with decisions undone during it, its snapshot, its minutes (every
// decision in them, no customer's name, the PDF's text read back with poppler's pdftotext),
// actions carried into the next agenda until done.
#include "testregister.h"

#include "actions/editscript.h"
#include "actions/registeractions.h"
#include "review/agenda.h"
#include "review/minutes.h"
#include "review/report.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUndoStack>

using namespace qw;
using namespace qw::testing;

class TestReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entryParts_data();
    void entryParts();
    void actionsOverdueFirst();
    void newEvidenceSinceTheLastReview();
    void partsAreCapped();
    void reviewHeldByScript();
    void markdownIsEscaped();
    void reportPeriods();
    void failedReadIsNoPartialDocument();

private:
    QTemporaryDir m_dir;
};

namespace {

const QDate today(2026, 12, 3);

// Reviews that ended, one a week before today, newest first.
QList<Review> weeklyReviews(int count)
{
    QList<Review> reviews;
    for (int i = 1; i <= count; ++i) {
        Review r;
        r.id = count - i + 1;
        r.startedAt = today.addDays(-7 * i).startOfDay().addSecs(10 * 3600);
        r.endedAt = r.startedAt.addSecs(3600);
        reviews.append(r);
    }
    return reviews;
}

} // namespace

void TestReview::entryParts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("impact");
    QTest::addColumn<int>("effort");
    QTest::addColumn<int>("raisedDaysAgo");
    QTest::addColumn<int>("targetInDays");     // 0: no target date
    QTest::addColumn<int>("changedDaysAgo");   // -1: never changed
    QTest::addColumn<int>("reviews");          // ended, one a week, the newest 7 days ago
    QTest::addColumn<int>("part");             // AgendaKind, -1: not on the agenda
    const int proposed = int(Status::Proposed), approved = int(Status::Approved), inProgress = int(Status::InProgress),
              done = int(Status::Done), verified = int(Status::Verified), rejected = int(Status::Rejected);
    const int none = -1, fresh = int(AgendaKind::NewEntry), quick = int(AgendaKind::QuickWin),
              stale = int(AgendaKind::Stale), verify = int(AgendaKind::AwaitingVerification);
    // 3. raised since the last review (started 7 days ago at 10:00): that day counts.
    QTest::newRow("raised the day of the last review") << proposed << 2 << 4 << 7 << 0 << 1 << 1 << fresh;
    QTest::newRow("raised the day before it") << proposed << 2 << 4 << 8 << 0 << 1 << 1 << none;
    QTest::newRow("raised since, approved already") << approved << 2 << 4 << 2 << 0 << 1 << 1 << none;
    QTest::newRow("no review yet: the last 30 days") << proposed << 2 << 4 << 30 << 0 << 1 << 0 << fresh;
    QTest::newRow("no review yet: 31 days ago") << proposed << 2 << 4 << 31 << 0 << 1 << 0 << none;
    QTest::newRow("a new quick win is new first") << proposed << 5 << 1 << 2 << 0 << 1 << 1 << fresh;
    // 4. quick wins not started.
    QTest::newRow("quick win approved") << approved << 4 << 2 << 90 << 0 << 1 << 1 << quick;
    QTest::newRow("quick win proposed long ago") << proposed << 5 << 1 << 90 << 0 << 1 << 1 << quick;
    QTest::newRow("impact 3 is no quick win") << approved << 3 << 1 << 90 << 0 << 1 << 1 << none;
    QTest::newRow("effort 3 is no quick win") << approved << 5 << 3 << 90 << 0 << 1 << 1 << none;
    QTest::newRow("quick win in progress is started") << inProgress << 5 << 1 << 90 << 30 << 1 << 1 << none;
    // 5. stale: past the target date, or unchanged for 60 days or 3 reviews.
    QTest::newRow("in progress, target yesterday") << inProgress << 4 << 4 << 90 << -1 << 1 << 1 << stale;
    QTest::newRow("in progress, target today") << inProgress << 4 << 4 << 90 << 0 << 1 << 1 << none;
    QTest::newRow("unchanged 59 days") << approved << 2 << 4 << 100 << 0 << 59 << 0 << none;
    QTest::newRow("unchanged 60 days") << approved << 2 << 4 << 100 << 0 << 60 << 0 << stale;
    QTest::newRow("never changed, raised 60 days ago") << approved << 2 << 4 << 60 << 0 << -1 << 0 << stale;
    QTest::newRow("unchanged for 2 reviews") << approved << 2 << 4 << 100 << 0 << 15 << 2 << none;
    QTest::newRow("unchanged for 3 reviews") << approved << 2 << 4 << 100 << 0 << 22 << 3 << stale;
    QTest::newRow("rejected is never stale") << rejected << 2 << 4 << 400 << 0 << 300 << 5 << none;
    // 6. done: to verify.
    QTest::newRow("done") << done << 2 << 4 << 100 << 0 << 5 << 1 << verify;
    QTest::newRow("verified already") << verified << 2 << 4 << 100 << 0 << 5 << 1 << none;
}

void TestReview::entryParts()
{
    QFETCH(int, status);
    QFETCH(int, impact);
    QFETCH(int, effort);
    QFETCH(int, raisedDaysAgo);
    QFETCH(int, targetInDays);
    QFETCH(int, changedDaysAgo);
    QFETCH(int, reviews);
    QFETCH(int, part);
    Agenda::Input input;
    input.today = today;
    input.endedReviews = weeklyReviews(reviews);
    Entry e;
    e.id = 42;
    e.title = QStringLiteral("Printer status page");
    e.status = Status(status);
    e.impact = impact;
    e.effort = effort;
    e.raisedOn = today.addDays(-raisedDaysAgo);
    if (targetInDays != 0 || status == int(Status::InProgress))
        e.targetOn = today.addDays(targetInDays);
    if (e.status == Status::Done)
        e.doneOn = today.addDays(-20);
    input.entries = {e};
    if (changedDaysAgo >= 0)
        input.lastChanged.insert(42, today.addDays(-changedDaysAgo).startOfDay().addSecs(9 * 3600));
    const QList<ReviewItem> agenda = Agenda::compose(input);
    if (part < 0) {
        QVERIFY2(agenda.isEmpty(), qPrintable(agenda.value(0).title + QLatin1String(" · ") + agenda.value(0).detail));
        return;
    }
    QCOMPARE(agenda.size(), 1);
    QCOMPARE(int(agenda.first().kind), part);
    QCOMPARE(agenda.first().entryId, 42);
    QCOMPARE(agenda.first().title, QStringLiteral("CI-0042 Printer status page"));
    QVERIFY(!agenda.first().detail.isEmpty());
}

void TestReview::actionsOverdueFirst()
{
    Agenda::Input input;
    input.today = today;
    const auto action = [](qint64 id, const QDate &due, const QDate &done = {}) {
        ActionItem a;
        a.id = id;
        a.text = QStringLiteral("action %1").arg(id);
        a.owner = QStringLiteral("Ann");
        a.due = due;
        a.doneOn = done;
        return a;
    };
    input.actions = {action(1, today.addDays(3)), action(2, today), action(3, {}), action(4, today.addDays(-1)),
                     action(5, today.addDays(-10)), action(6, today.addDays(-5), today)};
    const QList<ReviewItem> agenda = Agenda::compose(input);
    QList<qint64> order;
    for (const ReviewItem &item : agenda) {
        QCOMPARE(item.kind, AgendaKind::OpenAction);
        order.append(item.actionId);
    }
    // Overdue (the oldest first), then due today, then later, then undated; one done is gone.
    QCOMPARE(order, (QList<qint64>{5, 4, 2, 1, 3}));
    QVERIFY(agenda.at(0).detail.contains(QStringLiteral("overdue")));
    QVERIFY(agenda.at(2).detail.contains(QStringLiteral("due today")));
    QVERIFY(!agenda.at(2).detail.contains(QStringLiteral("overdue")));
}

void TestReview::newEvidenceSinceTheLastReview()
{
    Agenda::Input input;
    input.today = today;
    const auto cause = [](qint64 id, int responses, int recent) {
        CauseGroupInfo c;
        c.id = id;
        c.label = QStringLiteral("cause %1").arg(id);
        c.responses = responses;
        c.recent = recent;
        return c;
    };
    input.causes = {cause(1, 40, 0), cause(2, 12, 5), cause(3, 30, 2)};
    // No review yet: what came in the last 30 days, the most first.
    QList<ReviewItem> agenda = Agenda::compose(input);
    QCOMPARE(agenda.size(), 2);
    QCOMPARE(agenda.at(0).causeId, 2);
    QCOMPARE(agenda.at(1).causeId, 3);
    // Since the last review: what each gained (a new cause gained all it has), nothing for one
    // that lost or stayed.
    input.endedReviews = weeklyReviews(1);
    input.causesAtLastReview = {{1, 40}, {2, 15}, {3, 21}};
    input.causes.append(cause(4, 4, 4));
    agenda = Agenda::compose(input);
    QCOMPARE(agenda.size(), 2);
    QCOMPARE(agenda.at(0).causeId, 3);
    QVERIFY2(agenda.at(0).detail.startsWith(QStringLiteral("+9 poor responses")), qPrintable(agenda.at(0).detail));
    QCOMPARE(agenda.at(1).causeId, 4);
    // At most ten.
    for (int i = 10; i < 30; ++i)
        input.causes.append(cause(i, 3, 3));
    QCOMPARE(Agenda::compose(input).size(), Agenda::MaxNewEvidence);
}

void TestReview::partsAreCapped()
{
    // A register of thousands: each part shows the most pressing dozen and says how many more.
    Agenda::Input input;
    input.today = today;
    int verdicts = 0;
    input.verdict = [&](const Entry &) {
        ++verdicts;
        return std::optional<BeforeAfter>();
    };
    for (int i = 1; i <= 40; ++i) {
        Entry stale;
        stale.id = i;
        stale.title = QStringLiteral("stale %1").arg(i);
        stale.status = Status::Approved;
        stale.impact = 2;
        stale.effort = 4;
        stale.raisedOn = today.addDays(-400 + i); // entry 1 unchanged the longest
        input.entries.append(stale);
        Entry done = stale;
        done.id = 100 + i;
        done.status = Status::Done;
        done.doneOn = today.addDays(-i); // entry 101 done the most recently
        input.entries.append(done);
    }
    const QList<ReviewItem> agenda = Agenda::compose(input);
    QList<ReviewItem> stale, done;
    for (const ReviewItem &item : agenda)
        (item.kind == AgendaKind::Stale ? stale : done).append(item);
    QCOMPARE(stale.size(), Agenda::MaxPerPart + 1);
    QCOMPARE(stale.first().entryId, 1);
    QCOMPARE(stale.last().entryId, 0);
    QCOMPARE(stale.last().title, QStringLiteral("28 more stale entries"));
    QCOMPARE(done.size(), Agenda::MaxPerPart + 1);
    QCOMPARE(done.first().entryId, 101);
    QCOMPARE(verdicts, Agenda::MaxPerPart); // worked out for those shown alone
}

void TestReview::reviewHeldByScript()
{
    const QString path = m_dir.filePath(QStringLiteral("review.qwr"));
    auto document = openRegister(path);
    QVERIFY(document);
    document->setUserName(QStringLiteral("Maria Facilitator"));
    RegisterActions actions(document.get());
    // Entries, and poor responses of customers whose names must never reach minutes.
    const QStringList customers = {QStringLiteral("Zebediah Quibble"), QStringLiteral("Ottoline Farquharson"),
                                   QStringLiteral("Perpetua Gamgee")};
    const auto addEntry = [&](const QString &title, Status status, int impact, int effort) {
        Entry e = actions.draftEntry();
        e.title = title;
        e.status = status;
        e.impact = impact;
        e.effort = effort;
        e.service = QStringLiteral("Printing");
        return *actions.addEntry(e);
    };
    const qint64 quick = addEntry(QStringLiteral("Printer status page"), Status::Approved, 5, 1);
    const qint64 fresh = addEntry(QStringLiteral("Toner reorder alert"), Status::Proposed, 3, 3);
    const qint64 other = addEntry(QStringLiteral("Queue names by floor"), Status::Proposed, 2, 4);
    addEntry(QStringLiteral("Badge release printers"), Status::Proposed, 2, 4);
    const qint64 dropped = addEntry(QStringLiteral("Fax to e-mail gateway"), Status::Approved, 1, 5);
    for (int i = 0; i < 30; ++i) {
        Interaction in = makeInteraction(QStringLiteral("INC%1").arg(i), 1, QDateTime::currentDateTime().addDays(-i));
        in.service = QStringLiteral("Printing");
        in.customer = customers.at(i % customers.size());
        in.comment = QStringLiteral("%1 says the printer on floor 3 jams").arg(in.customer);
        QVERIFY(actions.logInteraction(in));
    }
    const int snapshotsBefore = int(document->snapshots().size());

    const QString script = QStringLiteral(
        "review-start attendees=\"Ann Owner; Bob Builder\"\n"
        "review-decide %1 status=in-progress owner=\"Ann Owner\" target=2027-01-31\n"
        "review-decide %2 status=approved impact=4\n"
        "review-decide %3 status=rejected\n"
        "undo\n"
        "review-note %2 text=\"Ask facilities first | *not* urgent\"\n"
        "action-add %1 text=\"Publish the status page\" owner=\"Ann Owner\" due=2026-12-20\n"
        "action-add %2 text=\"Price the alert\" owner=\"Bob Builder\" due=2026-12-10\n"
        "action-done 2\n"
        "remove-entry %4\n"
        "review-end\n").arg(quick).arg(fresh).arg(other).arg(dropped);
    const EditScript::Result result = EditScript::run(document.get(), script);
    QVERIFY2(result.error.isEmpty(), qPrintable(QStringLiteral("line %1: %2").arg(result.line).arg(result.error)));
    QCOMPARE(result.done, 11);

    // The review is over, with its snapshot, named after it.
    QVERIFY(!document->runningReview());
    const auto reviews = document->reviews();
    QVERIFY(reviews && reviews->size() == 1);
    const Review review = reviews->first();
    QCOMPARE(review.attendees, (QStringList{QStringLiteral("Ann Owner"), QStringLiteral("Bob Builder")}));
    QVERIFY(review.endedAt.isValid());
    QCOMPARE(document->snapshots().size(), snapshotsBefore + 1);
    QCOMPARE(document->snapshots().first().id, review.snapshotId);
    QCOMPARE(document->snapshotEntries(review.snapshotId).size(), 4); // (the one removed is not in it)

    // The entries' history says the review decided.
    bool decidedInReview = false;
    for (const HistoryRecord &h : document->history(quick))
        decidedInReview |= h.field == QLatin1String("status") && h.changedBy.contains(review.name())
            && h.changedBy.startsWith(QStringLiteral("Maria Facilitator"));
    QVERIFY(decidedInReview);
    QCOMPARE(document->entry(other)->status, Status::Proposed); // undone during the review

    // What it decided, net: the undone rejection is none.
    const auto decisions = document->reviewDecisions(review);
    QVERIFY(decisions);
    QStringList decided;
    for (const auto &d : *decisions)
        decided.append(QStringLiteral("%1 %2 %3→%4").arg(d.entryId).arg(d.field, d.before, d.after));
    QVERIFY2(decided.contains(QStringLiteral("%1 status 1→2").arg(quick)), qPrintable(decided.join(QLatin1Char(','))));
    QVERIFY(decided.contains(QStringLiteral("%1 target_on →2027-01-31").arg(quick)));
    QVERIFY(decided.contains(QStringLiteral("%1 status 0→1").arg(fresh)));
    QVERIFY(decided.contains(QStringLiteral("%1 impact 3→4").arg(fresh)));
    for (const auto &d : *decisions)
        QVERIFY(d.entryId != other);

    // The minutes: each decision, the note as written, the actions, who came; no customer.
    const QString minutes = review.minutes;
    for (const QString &expected : {QStringLiteral("status Approved → In progress"), QStringLiteral("owner"),
                                    QStringLiteral("target date none → 2027"), QStringLiteral("status Proposed → Approved"),
                                    QStringLiteral("impact 3 → 4"), QStringLiteral("Publish the status page"),
                                    QStringLiteral("Price the alert"), QStringLiteral("Ann Owner, Bob Builder")})
        QVERIFY2(minutes.contains(expected), qPrintable(expected + QLatin1String("\n") + minutes));
    QVERIFY(!minutes.contains(QStringLiteral("Rejected")));
    QVERIFY2(minutes.contains(QStringLiteral("Fax to e\\-mail gateway**: removed from the register"))
                 || minutes.contains(QStringLiteral("Fax to e-mail gateway**: removed from the register")),
             qPrintable(minutes));
    QVERIFY2(minutes.contains(QStringLiteral("Ask facilities first \\| \\*not\\* urgent")), qPrintable(minutes));
    // Discussed, decided and undone: an outcome of nothing; never reached: not discussed.
    const qsizetype notDiscussed = minutes.indexOf(QStringLiteral("## Not discussed"));
    const qsizetype undone = minutes.indexOf(QStringLiteral("Queue names by floor"));
    QVERIFY(undone > 0 && undone < notDiscussed);
    QVERIFY(minutes.indexOf(QStringLiteral("nothing was changed"), undone) > undone);
    QVERIFY(minutes.indexOf(QStringLiteral("Badge release printers"), notDiscussed) > notDiscussed);
    for (const QString &name : customers)
        QVERIFY2(!minutes.contains(name), qPrintable(name));

    // Written out: Markdown as kept, HTML, and PDF whose text says the same.
    QString error;
    const QString title = QStringLiteral("Minutes");
    const QString md = m_dir.filePath(QStringLiteral("minutes.md"));
    const QString html = m_dir.filePath(QStringLiteral("minutes.html"));
    const QString pdf = m_dir.filePath(QStringLiteral("minutes.pdf"));
    QVERIFY2(Minutes::save(minutes, title, md, path, &error), qPrintable(error));
    QVERIFY2(Minutes::save(minutes, title, html, path, &error), qPrintable(error));
    QVERIFY2(Minutes::save(minutes, title, pdf, path, &error), qPrintable(error));
    QVERIFY(!Minutes::save(minutes, title, path, path, &error)); // never over the register
    QVERIFY(!Minutes::save(minutes, title, m_dir.filePath(QStringLiteral("minutes.txt")), path, &error));
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(mdFile.readAll()), minutes);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(htmlText.contains(QStringLiteral("Ask facilities first | <span style=\" font-style:italic;\">not</span>"))
            || htmlText.contains(QStringLiteral("Ask facilities first | *not* urgent")));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "poppler-utils' pdftotext is needed to read the minutes' PDF");
    QProcess reader;
    reader.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(reader.waitForFinished(30000));
    QCOMPARE(reader.exitCode(), 0);
    // (pdftotext gives the ligatures the PDF's font has: "ﬁ" for "fi".)
    const QString pdfText = QString::fromUtf8(reader.readAllStandardOutput())
                                .replace(QChar(0xFB00), QLatin1String("ff")).replace(QChar(0xFB01), QLatin1String("fi"))
                                .replace(QChar(0xFB02), QLatin1String("fl")).simplified();
    for (const QString &expected : {QStringLiteral("Publish the status page"), QStringLiteral("Price the alert"),
                                    QStringLiteral("Ann Owner, Bob Builder"), QStringLiteral("Not discussed"),
                                    QStringLiteral("Ask facilities first | *not* urgent")})
        QVERIFY2(pdfText.contains(expected), qPrintable(expected + QLatin1String("\n") + pdfText));
    for (const QString &name : customers)
        QVERIFY(!pdfText.contains(name));

    // The next agenda opens with the action still open; the one done in the review is gone.
    const auto next = document->agenda(QDate::currentDate());
    QVERIFY(next && !next->isEmpty());
    QCOMPARE(next->first().kind, AgendaKind::OpenAction);
    QCOMPARE(next->first().title, QStringLiteral("Publish the status page"));
    for (const ReviewItem &item : *next)
        QVERIFY(item.title != QStringLiteral("Price the alert"));

    // Undo and redo of an action keep its id; a second review cannot start while one runs.
    const qint64 added = *actions.addAction(fresh, QStringLiteral("Tell the printer team"), {}, {});
    document->undoStack()->undo();
    QVERIFY(!document->actionItem(added));
    document->undoStack()->redo();
    QCOMPARE(document->actionItem(added)->text, QStringLiteral("Tell the printer team"));
    QVERIFY(actions.startReview({}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("still running")));
    QVERIFY(!actions.startReview({}));
    QVERIFY(document->runningReview());
    // A register opened again knows the review still runs, and history goes on saying so.
    document.reset();
    document = openRegister(path);
    QVERIFY(document->runningReview());
    QVERIFY(document->historyAuthor().contains(QStringLiteral("in the review of")));
}

void TestReview::markdownIsEscaped()
{
    QCOMPARE(Minutes::escaped(QStringLiteral("*urgent* #1 [x] a|b")), QStringLiteral("\\*urgent\\* \\#1 \\[x\\] a\\|b"));
    QCOMPARE(Minutes::escaped(QStringLiteral("- not a list")), QStringLiteral("\\- not a list"));
    QCOMPARE(Minutes::escaped(QStringLiteral("12. not a list")), QStringLiteral("12\\. not a list"));
    QCOMPARE(Minutes::escaped(QStringLiteral("CI-0042 v1.2 (new)")), QStringLiteral("CI-0042 v1.2 (new)"));
}

// A read that fails while minutes, a report or the agenda are put together fails the whole:
// a part silently left out (no movement, no trend, no entries) would be a wrong number.
void TestReview::failedReadIsNoPartialDocument()
{
    const QString path = m_dir.filePath(QStringLiteral("vanishing.qwr"));
    auto document = openRegister(path);
    QVERIFY(document);
    RegisterActions actions(document.get());
    Entry e = actions.draftEntry();
    e.title = QStringLiteral("Printer status page");
    e.impact = 5;
    e.effort = 1;
    QVERIFY(actions.addEntry(e));
    QVERIFY(actions.startReview({QStringLiteral("Ann")}));
    QVERIFY(actions.endReview());
    QVERIFY(actions.startReview({QStringLiteral("Ann")}));
    // A period from tomorrow: its movement is since the snapshot the review took today.
    const Report::Period period{QDate::currentDate().addDays(1), QDate::currentDate().addDays(31)};
    QVERIFY(Report::compose(*document, period));
    QVERIFY(Minutes::compose(*document, *document->runningReview()));

    // Behind the document's back, a table it reads goes (not damage: the file is sound).
    {
        QSqlDatabase other = behindTheBack(QStringLiteral("behind"), path);
        QVERIFY(other.open());
        QSqlQuery drop(other);
        QVERIFY(onServer() || drop.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE snapshot_entries")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    QSignalSpy errors(document.get(), &RegisterDocument::errorOccurred);
    QVERIFY(!Report::compose(*document, period)); // the snapshot at the period's start
    QVERIFY(!Minutes::compose(*document, *document->runningReview())); // the last review's snapshot
    QVERIFY(errors.count() >= 2);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("could not be read")));
    // Ending the review needs its minutes: it does not end on a partial read.
    QVERIFY(!actions.endReview());
    QVERIFY(document->runningReview());
}

void TestReview::reportPeriods()
{
    // The default: the last full quarter; held against the quarter (or month) before, not as
    // many days back.
    const Report::Period q = Report::lastFullQuarter(QDate(2026, 12, 4));
    QCOMPARE(q.from, QDate(2026, 7, 1));
    QCOMPARE(q.to, QDate(2026, 9, 30));
    QCOMPARE(q.name(), QStringLiteral("Q3 2026"));
    QCOMPARE(q.previous().from, QDate(2026, 4, 1));
    QCOMPARE(q.previous().to, QDate(2026, 6, 30));
    const Report::Period january = Report::lastFullMonth(QDate(2027, 2, 10));
    QCOMPARE(january.from, QDate(2027, 1, 1));
    QCOMPARE(january.previous().from, QDate(2026, 12, 1));
    QCOMPARE(january.previous().to, QDate(2026, 12, 31));
    const Report::Period tenDays{QDate(2026, 3, 11), QDate(2026, 3, 20)};
    QCOMPARE(tenDays.previous().from, QDate(2026, 3, 1));
    QCOMPARE(tenDays.previous().to, QDate(2026, 3, 10));
    QCOMPARE(Report::lastFullQuarter(QDate(2026, 2, 1)).from, QDate(2025, 10, 1));
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
