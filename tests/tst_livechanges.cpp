// Others' changes on a shared register (issue 17): two people with the same register on a
// PostgreSQL server each see what the other commits within a second, as the same change events
// as their own edits, with the window saying who changed what last. Needs the server
// QW_TEST_POSTGRES (tests/pgserver.sh): skipped without one, failed in CI.

#include "testregister.h"
#include "testwindow.h"

#include "mainwindow.h"
#include "actions/registeractions.h"
#include "domain/entryfields.h"
#include "teamregisterdialog.h"
#include "models/entrymodel.h"
#include "models/interactionmodel.h"

#include "domain/registerlocation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <csignal>
#include <sys/types.h>
#include <QTest>

using namespace qw;
using namespace qw::testing;

class TestLiveChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entryChangedElsewhereArrivesWithinASecond();
    void ownChangesAreNotHeardAgain();
    void interactionsAddedAndSetAsideElsewhere();
    void importIsHeardAsOneChange();
    void attendeesSeeTheReviewsDecisions();
    void windowKeepsSelectionAndSaysWhoChangedWhat();
    void serverGoneIsSaidAndComesBack();
    void listenerCutAloneIsNoticed();
    void serverThatStopsAnsweringIsSaidWithoutWaiting();
    void windowAsksForThePasswordItWasNotGiven();
    void sameFieldChangedByTwoIsTheirsOrYours();
    void staleWriteIsRefusedInsideTheTransaction();

private:
    // Two documents on one new register on the server, both following the other's changes.
    bool openTwo(std::unique_ptr<RegisterDocument> *first, std::unique_ptr<RegisterDocument> *second);

    QString m_location; // openTwo()'s

    QTemporaryDir m_dir;
    int m_serial = 0;
};

void TestLiveChanges::initTestCase()
{
    QVERIFY(m_dir.isValid());
    testServer(); // skipped without one (failed in CI)
    // What the window remembers goes to the test's own folder.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
}

bool TestLiveChanges::openTwo(std::unique_ptr<RegisterDocument> *first, std::unique_ptr<RegisterDocument> *second)
{
    m_location = serverDatabaseFor(m_dir.filePath(QStringLiteral("live-%1").arg(++m_serial)));
    *first = openRegister(m_location);
    *second = openRegister(m_location);
    return *first && *second && (*first)->isShared() && (*first)->followOthers() && (*second)->followOthers();
}

void TestLiveChanges::entryChangedElsewhereArrivesWithinASecond()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    QSignalSpy bobHeard(bob.get(), &RegisterDocument::changed);
    QSignalSpy bobTold(bob.get(), &RegisterDocument::changedElsewhere);

    Entry entry = makeEntry(QStringLiteral("Password resets by chat"), 4, 2);
    QVERIFY(ann->addEntry(entry));
    QTRY_VERIFY_WITH_TIMEOUT(!bobHeard.isEmpty(), 1000);
    auto change = bobHeard.takeFirst().at(0).value<RegisterChange>();
    QVERIFY(change.entriesChanged.contains(entry.id) || change.entriesAdded.contains(entry.id));
    QCOMPARE(bob->entrySummaries().size(), 1);
    QCOMPARE(bobTold.size(), 1);
    QCOMPARE(bobTold.first().at(0).toString(), ann->userName()); // the database user

    Entry edited = *ann->entry(entry.id);
    edited.effort = 4;
    QVERIFY(ann->updateEntry(edited));
    QTRY_VERIFY_WITH_TIMEOUT(!bobHeard.isEmpty(), 1000);
    change = bobHeard.takeFirst().at(0).value<RegisterChange>();
    QCOMPARE(change.entriesChanged, QList<qint64>{entry.id});
    QCOMPARE(bob->entry(entry.id)->effort, 4);

    QVERIFY(ann->setEntryRemoved(entry.id, true));
    QTRY_VERIFY_WITH_TIMEOUT(!bobHeard.isEmpty(), 1000);
    QVERIFY(!bob->isInRegister(entry.id));
}

void TestLiveChanges::ownChangesAreNotHeardAgain()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    QSignalSpy annHeard(ann.get(), &RegisterDocument::changed);
    QSignalSpy annTold(ann.get(), &RegisterDocument::changedElsewhere);
    QSignalSpy bobTold(bob.get(), &RegisterDocument::changedElsewhere);
    Entry entry = makeEntry(QStringLiteral("Self-service unlock"), 3, 1);
    QVERIFY(ann->addEntry(entry));
    QCOMPARE(annHeard.size(), 1); // its own, as it committed
    QTRY_COMPARE_WITH_TIMEOUT(bobTold.size(), 1, 1000);
    QTest::qWait(200); // long after the other's was heard
    QCOMPARE(annHeard.size(), 1);
    QCOMPARE(annTold.size(), 0);
}

void TestLiveChanges::interactionsAddedAndSetAsideElsewhere()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    InteractionModel bobsList(bob.get());
    QCOMPARE(bobsList.rowCount(), 0);
    Interaction poor = makeInteraction(QStringLiteral("INC0042"), 1, QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    QVERIFY(ann->addInteraction(poor));
    QTRY_COMPARE_WITH_TIMEOUT(bobsList.rowCount(), 1, 1000);
    QCOMPARE(bobsList.data(bobsList.index(0, 0), InteractionModel::IdRole).toLongLong(), poor.id);

    QVERIFY(ann->setInteractionRemoved(poor.id, true));
    QTRY_COMPARE_WITH_TIMEOUT(bobsList.rowCount(), 0, 1000);
    QCOMPARE(bob->interactionCount(), 0);
}

void TestLiveChanges::importIsHeardAsOneChange()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    QSignalSpy bobHeard(bob.get(), &RegisterDocument::changed);
    int added = 0, poorAdded = 0;
    const auto feed = [](const std::function<bool(const Interaction &)> &add) {
        for (int i = 0; i < 500; ++i) {
            Interaction row = makeInteraction(QStringLiteral("INC%1").arg(i), i % 5 + 1,
                                              QDateTime(QDate(2026, 11, 1).addDays(i % 28), QTime(8, 0), Qt::UTC));
            if (!add(row))
                return false;
        }
        return true;
    };
    QCOMPARE(ann->importInteractions(feed, {}, &added, &poorAdded), RegisterDocument::ImportResult::Done);
    QCOMPARE(added, 500);
    QTRY_VERIFY_WITH_TIMEOUT(!bobHeard.isEmpty(), 1000);
    QTest::qWait(100);
    // One change for the whole import, read again as a whole, not 500 rows one by one.
    QCOMPARE(bobHeard.size(), 1);
    QVERIFY(bobHeard.first().at(0).value<RegisterChange>().allInteractions);
    QCOMPARE(bob->interactionCount(), 500);
}

void TestLiveChanges::attendeesSeeTheReviewsDecisions()
{
    std::unique_ptr<RegisterDocument> facilitator, attendee;
    QVERIFY(openTwo(&facilitator, &attendee));
    Entry entry = makeEntry(QStringLiteral("Knowledge article for VPN"), 5, 2);
    QVERIFY(facilitator->addEntry(entry));
    QTRY_COMPARE_WITH_TIMEOUT(attendee->entrySummaries().size(), 1, 1000);

    const auto agenda = facilitator->agenda(QDate::currentDate());
    QVERIFY(agenda);
    Review review;
    review.startedAt = QDateTime::currentDateTimeUtc();
    review.facilitator = QStringLiteral("Ann");
    QVERIFY(facilitator->startReview(review, *agenda));
    QTRY_VERIFY_WITH_TIMEOUT(attendee->runningReview().has_value(), 1000);
    QCOMPARE(attendee->runningReview()->id, review.id);

    QSignalSpy attendeeHeard(attendee.get(), &RegisterDocument::changed);
    Entry decided = *facilitator->entry(entry.id);
    decided.status = Status::InProgress;
    QVERIFY(facilitator->updateEntry(decided));
    QTRY_VERIFY_WITH_TIMEOUT(!attendeeHeard.isEmpty(), 1000);
    QCOMPARE(attendee->entry(entry.id)->status, Status::InProgress);

    QVERIFY(facilitator->endReview(review));
    QTRY_VERIFY_WITH_TIMEOUT(!attendee->runningReview().has_value(), 1000);
}

void TestLiveChanges::windowKeepsSelectionAndSaysWhoChangedWhat()
{
    const QString location = serverDatabaseFor(m_dir.filePath(QStringLiteral("window")));
    std::unique_ptr<RegisterDocument> ann = openRegister(location);
    QVERIFY(ann);
    Entry first = makeEntry(QStringLiteral("Chat hand-over notes"), 4, 2);
    Entry second = makeEntry(QStringLiteral("Printer queue reset guide"), 2, 1);
    QVERIFY(ann->addEntry(first));
    QVERIFY(ann->addEntry(second));

    MainWindow window(false);
    QVERIFY(showRegister(window, location));
    window.selectEntry(second.id);
    auto *list = window.findChild<QTableView *>(QStringLiteral("entryView"));
    QVERIFY(list);
    auto *label = window.findChild<QLabel *>(QStringLiteral("elsewhereLabel"));
    QVERIFY(label);
    QVERIFY(label->text().isEmpty());

    Entry edited = *ann->entry(first.id);
    edited.title = QStringLiteral("Chat hand-over checklist");
    QVERIFY(ann->updateEntry(edited));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("“Chat hand-over checklist”")), 1000);
    QVERIFY2(label->text().startsWith(ann->userName() + QStringLiteral(" changed ")), qPrintable(label->text()));
    saveScreens(&window, QStringLiteral("team-changed-elsewhere"));
    // The window's list shows it, and what was chosen stays chosen.
    const auto *model = qobject_cast<const EntryModel *>(list->model());
    QVERIFY(model);
    QCOMPARE(model->data(model->index(model->rowOf(first.id), EntryModel::Title)).toString(),
             QStringLiteral("Chat hand-over checklist"));
    QCOMPARE(list->currentIndex().data(EntryModel::IdRole).toLongLong(), second.id);
}

void TestLiveChanges::serverGoneIsSaidAndComesBack()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    Entry entry = makeEntry(QStringLiteral("Callback queue for the phone line"), 3, 2);
    QVERIFY(ann->addEntry(entry));
    QTRY_COMPARE_WITH_TIMEOUT(bob->entrySummaries().size(), 1, 1000);

    // A window on it too, to look at (QW_SCREENSHOTS).
    std::unique_ptr<MainWindow> shown;
    if (!qEnvironmentVariableIsEmpty("QW_SCREENSHOTS")) {
        shown = std::make_unique<MainWindow>(false);
        QVERIFY(showRegister(*shown, m_location));
        shown->resize(1280, 720);
    }
    // The server goes away for this register: every connection cut, none taken meanwhile.
    const QString database = m_location.section(QLatin1Char('/'), -1);
    QVERIFY(onMaintenance(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database)));
    auto allowAgain = qScopeGuard(
        [&] { onMaintenance(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)); });
    QVERIFY(onMaintenance(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                              .arg(database)));
    // Said within a second or so, read-only, and why.
    QTRY_VERIFY_WITH_TIMEOUT(ann->isServerLost(), 2500);
    QVERIFY(ann->isReadOnly());
    QVERIFY2(ann->readOnlyReason().contains(QStringLiteral("has not answered since")), qPrintable(ann->readOnlyReason()));
    QVERIFY(ann->readOnlyReason().contains(RegisterLocation::shown(m_location)));
    if (shown) {
        QTRY_VERIFY_WITH_TIMEOUT(shown->findChild<QLabel *>(QStringLiteral("statusLabel")) != nullptr, 1000);
        QTest::qWait(1500); // (its own document hears the server go within its heartbeat)
        saveScreens(shown.get(), QStringLiteral("team-server-gone"));
    }

    // An edit now is refused and said so, never announced as done.
    QSignalSpy errors(ann.get(), &RegisterDocument::errorOccurred);
    QSignalSpy changes(ann.get(), &RegisterDocument::changed);
    Entry edited = entry;
    edited.effort = 5;
    QVERIFY(!ann->updateEntry(edited));
    QCOMPARE(changes.size(), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().at(0).toString().startsWith(QStringLiteral("The change was not saved: the server of")),
             qPrintable(errors.first().at(0).toString()));

    // Back: what someone changed before QuickWins connected again is there once it has.
    QVERIFY(onMaintenance(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)));
    {
        QSqlDatabase other = behindTheBack(QStringLiteral("other"), m_location);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.prepare(QStringLiteral("UPDATE entries SET title = ? WHERE id = ?")));
        query.addBindValue(QStringLiteral("Callback queue, phone and chat"));
        query.addBindValue(entry.id);
        QVERIFY(query.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QTRY_VERIFY_WITH_TIMEOUT(!ann->isServerLost(), 5000);
    QVERIFY(!ann->isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 1000);
    QVERIFY(changes.last().at(0).value<RegisterChange>().allEntries);
    QCOMPARE(ann->entry(entry.id)->title, QStringLiteral("Callback queue, phone and chat"));
    QCOMPARE(ann->entry(entry.id)->effort, entry.effort); // the refused edit is not there

    // And others' changes are heard again.
    QTRY_VERIFY_WITH_TIMEOUT(!bob->isServerLost(), 5000);
    QSignalSpy annTold(ann.get(), &RegisterDocument::changedElsewhere);
    Entry bobs = *bob->entry(entry.id);
    bobs.impact = 5;
    QVERIFY(bob->updateEntry(bobs));
    QTRY_VERIFY_WITH_TIMEOUT(!annTold.isEmpty(), 1000);
    QCOMPARE(ann->entry(entry.id)->impact, 5);
}

void TestLiveChanges::listenerCutAloneIsNoticed()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    // Only the connections that listen are cut (a server's idle timeout, a firewall), before
    // either has run anything else.
    const QString database = m_location.section(QLatin1Char('/'), -1);
    QVERIFY(onMaintenance(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"
                                         " AND query LIKE 'LISTEN%%'").arg(database)));
    // Said, and mended: once connected again, others' changes are heard again.
    QTRY_VERIFY_WITH_TIMEOUT(ann->isServerLost(), 2500);
    QTRY_VERIFY_WITH_TIMEOUT(!ann->isServerLost() && !bob->isServerLost(), 5000);
    QSignalSpy annTold(ann.get(), &RegisterDocument::changedElsewhere);
    Entry entry = makeEntry(QStringLiteral("Queue position announcements"), 4, 3);
    QVERIFY(bob->addEntry(entry));
    QTRY_VERIFY_WITH_TIMEOUT(!annTold.isEmpty(), 1000);
    QVERIFY(ann->isInRegister(entry.id));
}

void TestLiveChanges::serverThatStopsAnsweringIsSaidWithoutWaiting()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    // Every server process of this register stops (as a network that drops packets looks):
    // connections stay, nothing answers.
    const QString database = m_location.section(QLatin1Char('/'), -1);
    QSqlDatabase admin = behindTheBack(QStringLiteral("admin"), m_location);
    admin.setDatabaseName(QStringLiteral("postgres"));
    QVERIFY(admin.open());
    QList<qint64> stopped;
    {
        QSqlQuery query(admin);
        QVERIFY(query.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = '%1'").arg(database)));
        while (query.next())
            stopped.append(query.value(0).toLongLong());
    }
    QVERIFY(!stopped.isEmpty());
    auto resume = qScopeGuard([&] {
        for (qint64 pid : std::as_const(stopped))
            ::kill(pid_t(pid), SIGCONT);
    });
    for (qint64 pid : std::as_const(stopped))
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    // Said within a few seconds, and the window's event loop never waited meanwhile.
    QElapsedTimer waited;
    waited.start();
    qint64 longestTurn = 0;
    qint64 last = 0;
    while (!ann->isServerLost() && waited.elapsed() < 8000) {
        QTest::qWait(20);
        longestTurn = std::max(longestTurn, waited.elapsed() - last);
        last = waited.elapsed();
    }
    QVERIFY(ann->isServerLost());
    QVERIFY2(longestTurn < 1000, qPrintable(QStringLiteral("the event loop waited %1 ms").arg(longestTurn)));
    QVERIFY(ann->isReadOnly());
    // The server goes on: connected again, writable.
    resume.dismiss();
    for (qint64 pid : std::as_const(stopped))
        ::kill(pid_t(pid), SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(!ann->isServerLost(), 10000);
    QVERIFY(!ann->isReadOnly());
    admin.close();
    admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

void TestLiveChanges::windowAsksForThePasswordItWasNotGiven()
{
    const QString location = serverDatabaseFor(m_dir.filePath(QStringLiteral("asked")));
    {
        std::unique_ptr<RegisterDocument> made = openRegister(location);
        QVERIFY(made);
        Entry entry = makeEntry(QStringLiteral("Status page for outages"), 4, 2);
        QVERIFY(made->addEntry(entry));
    }
    // The test server's password, as its administrator would tell it; libpq is then given none.
    QFile passfile(qEnvironmentVariable("PGPASSFILE"));
    QVERIFY(passfile.open(QIODevice::ReadOnly));
    const QString password = QString::fromUtf8(passfile.readAll()).trimmed().section(QLatin1Char(':'), 4);
    QVERIFY(!password.isEmpty());
    const QByteArray passfilePath = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("none")).toLocal8Bit());
    auto restore = qScopeGuard([&] { qputenv("PGPASSFILE", passfilePath); });

    MainWindow window(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool asked = false;
    QString problem;
    whenDialogOpens<TeamRegisterDialog>([&](TeamRegisterDialog *dialog) {
        asked = true;
        problem = dialog->findChild<QLabel *>(QStringLiteral("problem"))->text();
        // Filled from the address, the password asked for, typed as a user types it.
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("database"))->text(), location.section(QLatin1Char('/'), -1));
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        saveScreens(dialog, QStringLiteral("team-password-asked"));
        QTest::keyClicks(field, password);
        QTest::keyClick(field, Qt::Key_Return);
    });
    // Opened from the recent list, as the address was remembered: without a password.
    window.openChosen(RegisterLocation::shown(location));
    QTRY_VERIFY_WITH_TIMEOUT(asked, 5000);
    QVERIFY2(problem.contains(QStringLiteral("password")), qPrintable(problem));
    QTRY_VERIFY_WITH_TIMEOUT(window.entryModel() && window.entryModel()->rowCount() == 1, 5000);
    // What is remembered of it holds no password.
    QVERIFY(!QSettings().value(QStringLiteral("team/last")).toString().contains(password));
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(!QSettings().value(key).toString().contains(password), qPrintable(key));
}

void TestLiveChanges::sameFieldChangedByTwoIsTheirsOrYours()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    Entry entry = makeEntry(QStringLiteral("Password reset kiosk"), 3, 2);
    QVERIFY(ann->addEntry(entry));
    RegisterActions annActs(ann.get());
    RegisterActions bobActs(bob.get());

    // Ann opens the editor; meanwhile Bob sets the effort to 4.
    const Entry annOpened = *ann->entry(entry.id);
    Entry bobs = *bob->entry(entry.id);
    bobs.effort = 4;
    QVERIFY(bobActs.editEntry(*bob->entry(entry.id), bobs));
    // Ann saves effort 5 and a new title: the effort is a conflict, the title is not.
    Entry annEdit = annOpened;
    annEdit.effort = 5;
    annEdit.title = QStringLiteral("Password reset kiosk in the library");
    const auto found = annActs.conflicts(annOpened, annEdit);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().field, quint32(EntryFields::Effort));
    QCOMPARE(found->first().theirs, QStringLiteral("4"));
    QCOMPARE(found->first().yours, QStringLiteral("5"));
    QCOMPARE(found->first().who, bob->userName());
    QVERIFY(found->first().when.isValid());

    // Keep theirs: Ann's title is saved, Bob's effort stays.
    QVERIFY(annActs.editEntry(annOpened, annEdit, *found, 0));
    QCOMPARE(ann->entry(entry.id)->effort, 4);
    QCOMPARE(ann->entry(entry.id)->title, annEdit.title);
    // Ann's undo takes back her title alone.
    ann->undoStack()->undo();
    QCOMPARE(ann->entry(entry.id)->title, entry.title);
    QCOMPARE(ann->entry(entry.id)->effort, 4);

    // Again, Bob sets it to 1 while Ann edits; this time hers is used, and her undo puts his back.
    const Entry annOpenedAgain = *ann->entry(entry.id);
    Entry bobsAgain = *bob->entry(entry.id);
    bobsAgain.effort = 1;
    QVERIFY(bobActs.editEntry(*bob->entry(entry.id), bobsAgain));
    Entry annAgain = annOpenedAgain;
    annAgain.effort = 5;
    const auto again = annActs.conflicts(annOpenedAgain, annAgain);
    QVERIFY(again);
    QCOMPARE(again->size(), 1);
    QVERIFY(annActs.editEntry(annOpenedAgain, annAgain, *again, EntryFields::Effort));
    QCOMPARE(ann->entry(entry.id)->effort, 5);
    ann->undoStack()->undo();
    QCOMPARE(ann->entry(entry.id)->effort, 1);
    // Both changed it to the same value: no conflict.
    Entry same = *ann->entry(entry.id);
    const Entry sameOpened = same;
    Entry bobsSame = *bob->entry(entry.id);
    bobsSame.effort = 3;
    QVERIFY(bobActs.editEntry(*bob->entry(entry.id), bobsSame));
    same.effort = 3;
    QCOMPARE(annActs.conflicts(sameOpened, same)->size(), 0);
}

void TestLiveChanges::staleWriteIsRefusedInsideTheTransaction()
{
    std::unique_ptr<RegisterDocument> ann, bob;
    QVERIFY(openTwo(&ann, &bob));
    Entry entry = makeEntry(QStringLiteral("Chat queue banner"), 2, 2);
    QVERIFY(ann->addEntry(entry));
    const Entry read = *ann->entry(entry.id);
    // Between Ann's read and her write, Bob changes the same field.
    Entry bobs = *bob->entry(entry.id);
    bobs.impact = 5;
    QVERIFY(bob->updateEntry(bobs));
    Entry annWrite = read;
    annWrite.impact = 1;
    QSignalSpy errors(ann.get(), &RegisterDocument::errorOccurred);
    QVERIFY(!ann->updateEntry(annWrite, &read));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("someone else changed the impact")),
             qPrintable(errors.first().at(0).toString()));
    QCOMPARE(bob->entry(entry.id)->impact, 5);
    // A write of another field goes through: only the field changed meanwhile is guarded.
    Entry other = read;
    other.owner = QStringLiteral("Dana");
    QVERIFY(ann->updateEntry(other, &read));
    QCOMPARE(ann->entry(entry.id)->impact, 5);
    QCOMPARE(ann->entry(entry.id)->owner, QStringLiteral("Dana"));
}

QTEST_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"
