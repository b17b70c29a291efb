// The main window, driven as a person would, offscreen: log an interaction, turn it into an
// entry, score it while reading the rubric, and find its mark in the right quadrant; select in
// the list and on the matrix; undo and redo; reopen with the layout as it was left.
#include "testregister.h"

#include "entrydialog.h"
#include "importdialog.h"
#include "importhistorydialog.h"
#include "poorruledialog.h"
#include "commands/importcommands.h"
#include "interactiondialog.h"
#include "mainwindow.h"
#include "testwindow.h"
#include "commands/entrycommands.h"
#include "matrixview.h"
#include "trendview.h"
#include "triageview.h"
#include "actionsview.h"
#include "reviewdialogs.h"
#include "reviewpanel.h"
#include "actions/registeractions.h"
#include <QTreeWidget>
#include "models/triagemodel.h"
#include "demo/demoscenario.h"
#include "models/entrymodel.h"

#include <QAction>
#include <QCheckBox>
#include "storage/backups.h"

#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QProcess>
#include <QTableWidget>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QScreen>
#include <QLabel>
#include <QSpinBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QLineEdit>
#include <QPlainTextEdit>
#include "domain/fieldlimits.h"
#include <QListWidget>
#include <QPushButton>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace qw;
using namespace qw::testing;

namespace {

// A screen as PNGs to look at: as it is, and in a dark palette as a dark desktop shows it
// (NAME.png, NAME-dark.png in folder).
void saveLightAndDark(QWidget *widget, const QString &folder, const QString &name)
{
    QCoreApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    const QPalette light = QApplication::palette();
    QPalette dark;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? QColor(125, 125, 130) : QColor(230, 230, 230);
        dark.setColor(group, QPalette::Window, QColor(45, 45, 48));
        dark.setColor(group, QPalette::WindowText, text);
        dark.setColor(group, QPalette::Base, QColor(30, 30, 32));
        dark.setColor(group, QPalette::AlternateBase, QColor(40, 40, 44));
        dark.setColor(group, QPalette::Text, text);
        dark.setColor(group, QPalette::Button, QColor(55, 55, 60));
        dark.setColor(group, QPalette::ButtonText, text);
        dark.setColor(group, QPalette::ToolTipBase, QColor(70, 62, 30));
        dark.setColor(group, QPalette::ToolTipText, QColor(240, 240, 240));
        dark.setColor(group, QPalette::Highlight, QColor(42, 130, 218));
    }
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral("-dark.png"));
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
}

QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void logScoreAndSeeOnMatrix();
    void selectionFollowsBothWays();
    void layoutIsRestored();
    void readOnlyShowsNotice();
    void dragToRescoreThenUndo();
    void arrowKeysRescore();
    void rescoreKeepsSelectionAndScroll();
    void presentationHidesPersonalData();
    void filterNarrowsListAndMatrix();
    void movementSinceSnapshot();
    void importWizardPreviewsThenImports();
    void poorRuleAndImportHistoryDialogs();
    void trendAndBeforeAfter();
    void triageLinksAGroup();
    void reviewWalkedInTheWindow();
    void registerInUseOffersReadOnly();
    void restoreFromBackup();
    void damageShowsBannerAndRestores();
    void entryDialogBoundsItsFields();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("QuickWinsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("QuickWinsTest"));
}

void TestMainWindow::logScoreAndSeeOnMatrix()
{
    MainWindow window(false);
    QString error;
    QVERIFY2(window.openRegister(m_dir.filePath(QStringLiteral("flow.qwr")), &error), qPrintable(error));
    QVERIFY(waitUntilChecked(window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // 1. Log a poor interaction from the keyboard.
    whenDialogOpens<InteractionDialog>([](InteractionDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ticket")), QStringLiteral("INC0042424"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("service")), QStringLiteral("Video conferencing"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("Call went to voice mail"));
        dialog->accept();
    });
    actionNamed(&window, QStringLiteral("Log Interaction…"))->trigger();
    QTableView *interactions = window.interactionView();
    QCOMPARE(interactions->model()->rowCount(), 1);
    QCOMPARE(interactions->model()->index(0, 5).data().toString(), QStringLiteral("INC0042424"));
    QVERIFY(interactions->selectionModel()->isRowSelected(0, {}));

    // 2. Turn it into an entry, 3. scoring it with the rubric in view.
    QAction *fromInteraction = actionNamed(&window, QStringLiteral("New Entry from Interaction…"));
    QVERIFY(fromInteraction->isEnabled());
    whenDialogOpens<EntryDialog>([](EntryDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog->findChild<QLineEdit *>()->text(), QStringLiteral("Call went to voice mail"));
        QVERIFY(!ok->isEnabled()); // not scored yet
        auto *impact5 = dialog->findChild<QWidget *>(QStringLiteral("impact"))->findChild<QRadioButton *>(QStringLiteral("score5"));
        auto *effort2 = dialog->findChild<QWidget *>(QStringLiteral("effort"))->findChild<QRadioButton *>(QStringLiteral("score2"));
        QVERIFY(impact5->text().contains(QStringLiteral("every customer")));
        QTest::mouseClick(impact5, Qt::LeftButton);
        // The effort from the keyboard (two quick clicks would make a double click).
        effort2->setFocus();
        QTest::keyClick(effort2, Qt::Key_Space);
        QVERIFY(impact5->isChecked() && effort2->isChecked());
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    fromInteraction->trigger();

    // 4. A labelled mark in the quick wins; 5. first in the list with its rank.
    EntryModel *entries = window.entryModel();
    QCOMPARE(entries->rowCount(), 1);
    const qint64 id = entries->index(0, 0).data(EntryModel::IdRole).toLongLong();
    QCOMPARE(entries->index(0, EntryModel::Rank).data().toInt(), 1);
    QCOMPARE(entries->index(0, EntryModel::Linked).data().toInt(), 1);
    MatrixView *matrix = window.matrixView();
    QCOMPARE(matrix->markCount(), 1);
    const auto position = matrix->markPosition(id);
    QVERIFY(position);
    QCOMPARE(matrix->quadrantAt(*position), std::optional<Quadrant>(Quadrant::QuickWin));
    QVERIFY(matrix->labelText(id).startsWith(QStringLiteral("CI-0001")));
    QCOMPARE(window.currentEntry(), id);
    QCOMPARE(matrix->selectedEntry(), id);
    QCOMPARE(interactions->model()->index(0, 11).data().toString(), QStringLiteral("CI-0001"));

    // 6. Undo and redo through the Edit menu's actions.
    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->count(), 2);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(entries->rowCount(), 0);
    QCOMPARE(matrix->markCount(), 0);
    QCOMPARE(interactions->model()->index(0, 11).data().toString(), QString());
    QTest::keySequence(&window, QKeySequence::Redo);
    QCOMPARE(entries->rowCount(), 1);
    QCOMPARE(matrix->markCount(), 1);
    QCOMPARE(matrix->quadrantAt(*matrix->markPosition(id)), std::optional<Quadrant>(Quadrant::QuickWin));
}

void TestMainWindow::selectionFollowsBothWays()
{
    const QString path = m_dir.filePath(QStringLiteral("select.qwr"));
    {
        auto document = openRegister(path);
        QVERIFY(document);
        for (auto [impact, effort] : {std::pair{5, 1}, std::pair{2, 5}, std::pair{4, 4}}) {
            Entry e = makeEntry(QStringLiteral("Entry %1%2").arg(impact).arg(effort), impact, effort);
            QVERIFY(document->addEntry(e));
        }
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    MatrixView *matrix = window.matrixView();
    QCOMPARE(matrix->quadrantAt(*matrix->markPosition(2)), std::optional<Quadrant>(Quadrant::Thankless));
    QCOMPARE(matrix->quadrantAt(*matrix->markPosition(3)), std::optional<Quadrant>(Quadrant::MajorProject));

    // Click a mark: the list selects its row.
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, *matrix->markPosition(2));
    QCOMPARE(matrix->selectedEntry(), 2);
    QCOMPARE(window.entryView()->currentIndex().row(), 2); // thankless tasks come last
    // Select a row: the matrix selects its mark.
    window.entryView()->selectRow(0);
    QCOMPARE(matrix->selectedEntry(), 1);
    QCOMPARE(window.currentEntry(), 1);
}

void TestMainWindow::layoutIsRestored()
{
    const QString path = m_dir.filePath(QStringLiteral("layout.qwr"));
    {
        MainWindow window(true);
        QString error;
        QVERIFY(window.openRegister(path, &error));
        QVERIFY(waitUntilChecked(window));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("interactionsDock"))->hide();
        window.resize(1100, 640);
        window.close();
    }
    {
        MainWindow window(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("interactionsDock"))->isHidden());
        QCOMPARE(window.size(), QSize(1100, 640));
        // Left larger than this screen (on a larger one, say): it comes back on this one, whole.
        window.setGeometry(300, 200, 1900, 1100);
        window.close();
    }
    MainWindow window(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect screen = window.screen()->availableGeometry();
    QVERIFY2(screen.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(window.frameGeometry().x()).arg(window.frameGeometry().y())
                            .arg(window.frameGeometry().width()).arg(window.frameGeometry().height())));
    QCOMPARE(QSettings().value(QStringLiteral("lastRegister")).toString(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::readOnlyShowsNotice()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.qwr"));
    {
        auto document = openRegister(path);
        QVERIFY(document);
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    MainWindow window(false);
    QString error;
    QVERIFY(window.openRegister(path, &error));
    QVERIFY(waitUntilChecked(window));
    window.show();
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyNotice"))->isVisible());
    QVERIFY(!actionNamed(&window, QStringLiteral("Log Interaction…"))->isEnabled());
    QVERIFY(!actionNamed(&window, QStringLiteral("New Entry…"))->isEnabled());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestMainWindow::dragToRescoreThenUndo()
{
    const QString path = m_dir.filePath(QStringLiteral("drag.qwr"));
    {
        auto document = openRegister(path);
        Entry e = makeEntry(QStringLiteral("Drag me"), 5, 1);
        QVERIFY(document->addEntry(e));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    MatrixView *matrix = window.matrixView();
    const QPoint from = *matrix->markPosition(1);
    const QPoint to = matrix->viewPosition(QPointF(4.1, 1.8)); // snaps to effort 4, impact 2
    QWidget *viewport = matrix->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 5);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);

    RegisterDocument *document = window.document();
    QCOMPARE(document->entry(1)->impact, 2);
    QCOMPARE(document->entry(1)->effort, 4);
    QCOMPARE(matrix->quadrantAt(*matrix->markPosition(1)), std::optional<Quadrant>(Quadrant::Thankless));
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->entry(1)->impact, 5);
    QCOMPARE(document->entry(1)->effort, 1);
    QCOMPARE(matrix->quadrantAt(*matrix->markPosition(1)), std::optional<Quadrant>(Quadrant::QuickWin));
}

void TestMainWindow::arrowKeysRescore()
{
    const QString path = m_dir.filePath(QStringLiteral("keys.qwr"));
    {
        auto document = openRegister(path);
        Entry e = makeEntry(QStringLiteral("Keyboard"), 3, 3);
        QVERIFY(document->addEntry(e));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    window.selectEntry(1);
    MatrixView *matrix = window.matrixView();
    QTest::keyClick(matrix, Qt::Key_Up);
    QTest::keyClick(matrix, Qt::Key_Left);
    QCOMPARE(window.document()->entry(1)->impact, 4);
    QCOMPARE(window.document()->entry(1)->effort, 2);
    // Step by step with the keys, one step of the undo history (issue 14).
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(matrix->selectedEntry(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->entry(1)->impact, 3);
    QCOMPARE(window.document()->entry(1)->effort, 3);
}

void TestMainWindow::rescoreKeepsSelectionAndScroll()
{
    // 10,000 entries; the one chosen is the only one of impact 4 with effort 1 to 3, about half
    // way down the quick wins, so that rescoring it from effort 2 to 1 keeps its rank.
    const QString path = m_dir.filePath(QStringLiteral("tenthousand.qwr"));
    qint64 chosen = 0;
    {
        auto document = openRegister(path);
        QList<Entry> entries;
        QList<Interaction> none;
        for (int n = 0; n < 10000; ++n) {
            const bool upper = n < 5000;
            entries.append(makeEntry(QStringLiteral("Entry %1").arg(n), upper ? 5 : 1 + n % 3, 1 + n % 5));
        }
        entries.append(makeEntry(QStringLiteral("The chosen one"), 4, 2));
        QVERIFY(document->addInBulk(entries, none));
        chosen = entries.constLast().id;
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    EntryModel *model = window.entryModel();
    QCOMPARE(model->rowCount(), 10001);
    QTableView *list = window.entryView();
    window.selectEntry(chosen);
    const int row = model->rowOf(chosen);
    QVERIFY2(row > 1000, qPrintable(QString::number(row))); // after the quick wins of impact 5
    list->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
    QApplication::processEvents();
    const int scrolled = list->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    QSignalSpy moves(model, &QAbstractItemModel::rowsMoved);
    MatrixView *matrix = window.matrixView();
    QCOMPARE(matrix->selectedEntry(), chosen);
    QTest::keyClick(matrix, Qt::Key_Left); // effort 2 to 1
    QApplication::processEvents();
    QCOMPARE(window.document()->entry(chosen)->effort, 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(moves.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), row);
    QCOMPARE(model->index(row, EntryModel::Effort).data().toInt(), 1);
    QCOMPARE(list->currentIndex().data(EntryModel::IdRole).toLongLong(), chosen);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(list->selectionModel()->selectedRows().first().row(), row);
    QCOMPARE(list->verticalScrollBar()->value(), scrolled);

    // Rescored to the bottom of the list: the row moves there, still chosen, nothing reset.
    changes.clear();
    QTest::keyClick(matrix, Qt::Key_Down);
    QTest::keyClick(matrix, Qt::Key_Down);
    QTest::keyClick(matrix, Qt::Key_Down);
    QApplication::processEvents();
    QCOMPARE(window.document()->entry(chosen)->impact, 1);
    QCOMPARE(resets.count(), 0);
    QVERIFY(moves.count() >= 1);
    QCOMPARE(list->currentIndex().data(EntryModel::IdRole).toLongLong(), chosen);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(matrix->selectedEntry(), chosen);
    QCOMPARE(window.document()->undoStack()->count(), 1); // one rescoring, step by step
}

void TestMainWindow::presentationHidesPersonalData()
{
    const QString path = m_dir.filePath(QStringLiteral("present.qwr"));
    {
        auto document = openRegister(path);
        QList<Entry> entries = {makeEntry(QStringLiteral("Quick one"), 5, 1), makeEntry(QStringLiteral("Big one"), 5, 5)};
        QList<Interaction> interactions = {makeInteraction(QStringLiteral("INC1"), 1, QDateTime::currentDateTime())};
        QVERIFY(document->addInBulk(entries, interactions));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    QAbstractItemModel *interactions = window.interactionView()->model();
    QCOMPARE(interactions->index(0, 9).data().toString(), QStringLiteral("Helen Marsh"));
    const auto markSizes = [&] {
        QList<int> sizes;
        for (const MatrixView::TextSample &sample : window.matrixView()->textSamples()) {
            if (sample.text == QStringLiteral("#"))
                sizes.append(sample.pixelHeight);
        }
        return sizes;
    };
    const QList<int> normalMarks = markSizes();
    QCOMPARE(normalMarks.size(), 2);

    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isPresenting());
    QVERIFY(window.isFullScreen());
    QVERIFY(window.matrixView()->isPresentation());
    QVERIFY(!window.interactionView()->isVisible());
    QVERIFY(!interactions->index(0, 9).data().toString().contains(QStringLiteral("Helen")));
    // The key beside the matrix: number, ID and title of each entry shown, at presentation size.
    MatrixView *matrix = window.matrixView();
    QVERIFY(matrix->isKeyShown());
    QTRY_COMPARE(matrix->keyRows().size(), 2); // once the matrix has the screen's width
    QCOMPARE(matrix->keyRowsListed(), 2);
    QCOMPARE(matrix->keyRows().first().number, 1);
    QCOMPARE(matrix->keyRows().first().id, qint64(1));
    bool keyed = false;
    for (const MatrixView::TextSample &sample : matrix->textSamples()) {
        if (sample.text.startsWith(QStringLiteral("CI-0001  "))) {
            keyed = true;
            QVERIFY(sample.pixelHeight >= 18);
        }
    }
    QVERIFY(keyed);
    // Keys 1 to 4 zoom into a quadrant, 0 shows all four again.
    matrix->setFocus();
    QTest::keyClick(matrix, Qt::Key_1);
    QCOMPARE(matrix->zoom(), std::optional<Quadrant>(Quadrant::QuickWin));
    QCOMPARE(matrix->keyRows().size(), 1); // "Big one" is a major project
    QCOMPARE(matrix->keyRows().first().id, qint64(1));
    QCOMPARE(matrix->markCount(), 1);
    QTest::keyClick(matrix, Qt::Key_0);
    QVERIFY(!matrix->zoom());
    QCOMPARE(matrix->markCount(), 2);
    // Esc leaves the zoom first, and presentation mode only when pressed again.
    QTest::keyClick(matrix, Qt::Key_2);
    QCOMPARE(matrix->zoom(), std::optional<Quadrant>(Quadrant::MajorProject));
    QTest::keyClick(matrix, Qt::Key_Escape);
    QVERIFY(!matrix->zoom());
    QVERIFY(window.isPresenting());

    const QList<int> presented = markSizes();
    QVERIFY(!presented.isEmpty());
    QVERIFY(std::all_of(presented.cbegin(), presented.cend(), [](int pixels) { return pixels >= 18; }));

    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isPresenting());
    QVERIFY(window.interactionView()->isVisible());
    QCOMPARE(interactions->index(0, 9).data().toString(), QStringLiteral("Helen Marsh"));
    // The marks (kept from presentation mode, not made anew) are back to their own size.
    QTRY_COMPARE(markSizes(), normalMarks);
}

void TestMainWindow::filterNarrowsListAndMatrix()
{
    const QString path = m_dir.filePath(QStringLiteral("filter.qwr"));
    {
        auto document = openRegister(path);
        Entry done = makeEntry(QStringLiteral("Finished work"), 4, 2);
        done.status = Status::Done;
        QList<Entry> entries = {makeEntry(QStringLiteral("Printer status page"), 5, 1),
                                makeEntry(QStringLiteral("Wi-Fi survey"), 4, 4), done};
        QList<Interaction> none;
        QVERIFY(document->addInBulk(entries, none));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    // Open only by default: the done entry is neither listed nor drawn.
    QCOMPARE(window.entryModel()->rowCount(), 2);
    QCOMPARE(window.matrixView()->markCount(), 2);
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("filterText")), QStringLiteral("wi-fi"));
    QCOMPARE(window.entryModel()->rowCount(), 1);
    QCOMPARE(window.matrixView()->markCount(), 1);
    QVERIFY(window.matrixView()->markPosition(2));
    QCOMPARE(window.entryModel()->index(0, EntryModel::Rank).data().toInt(), 1);
}

void TestMainWindow::movementSinceSnapshot()
{
    const QString path = m_dir.filePath(QStringLiteral("movement.qwr"));
    {
        auto document = openRegister(path);
        QList<Entry> entries = {makeEntry(QStringLiteral("Moves"), 2, 4), makeEntry(QStringLiteral("Stays"), 5, 1),
                                makeEntry(QStringLiteral("Gets done"), 4, 2)};
        QList<Interaction> none;
        QVERIFY(document->addInBulk(entries, none));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    window.takeSnapshot(QStringLiteral("Monday meeting"));
    const qint64 snapshot = window.document()->snapshots().first().id;
    window.rescoreEntry(1, 4, 2);
    window.setEntryStatus(3, Status::Done);
    Entry added = makeEntry(QStringLiteral("New idea"), 3, 1);
    window.document()->undoStack()->push(new AddEntryCommand(window.document(), added));

    window.compareWith(snapshot);
    MatrixView *matrix = window.matrixView();
    QCOMPARE(matrix->arrowCount(), 1);
    QLabel *notice = window.comparisonNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("1 moved, 1 new")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("CI-0003 Gets done (closed)")), qPrintable(notice->text()));
    // Undoing the rescore removes the arrow.
    window.document()->undoStack()->undo(); // the new entry
    window.document()->undoStack()->undo(); // done
    window.document()->undoStack()->undo(); // rescore
    QCOMPARE(matrix->arrowCount(), 0);
    window.compareWith(0);
    QVERIFY(!notice->isVisible());
}

void TestMainWindow::importWizardPreviewsThenImports()
{
    const QString path = m_dir.filePath(QStringLiteral("wizard.qwr"));
    const QString csv = m_dir.filePath(QStringLiteral("zendesk.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ticket ID,Satisfaction Score,Satisfaction Comment,Requester,Assignee,Group,Created at,Via\n"
                   "1001,bad,\"Waited two days, no answer\",Ann Lee,Sam,Service desk,2026-11-02T09:15:00Z,email\n"
                   "1002,good,Quick,Bob Roy,Sam,Service desk,2026-11-03T09:15:00Z,web\n"
                   "1003,bad,,Cy Dunn,Farid,Network,2026-11-04T09:15:00Z,chat\n");
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));

    ImportDialog dialog(window.document(), &window);
    dialog.show();
    QVERIFY(dialog.loadFile(csv));
    QCOMPARE(dialog.lastReport().source, ExportSource::Zendesk);
    // The preview shows every response (the good one too); nothing is written yet.
    auto *preview = dialog.findChild<QTableWidget *>();
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("1001"));
    QCOMPARE(window.document()->interactionCount(), 0);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("customer"))->currentText(), QStringLiteral("4: Requester"));
    // What the wizard said it decided is on screen.
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("scale: Bad / good")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("new, to import: 3")), qPrintable(summary->text()));
    if (const QString shots = qEnvironmentVariable("QW_SCREENSHOTS"); !shots.isEmpty())
    {
        QCoreApplication::processEvents(); // laid out as a person sees it
        dialog.grab().save(shots + QStringLiteral("/import-wizard.png")); // for people to look at
    }

    QVERIFY(dialog.importNow());
    // Through the window's own document: one step of its undo history, the views told at once.
    QVERIFY(window.document()->undoStack()->undoText().startsWith(QStringLiteral("Import of ‘zendesk.csv’ (3 response")));
    QCOMPARE(window.interactionView()->model()->rowCount(), 3);
    QCOMPARE(window.interactionView()->model()->index(2, 9).data().toString(), QStringLiteral("Ann Lee"));
    // Triage counted the imported rows in once, after the import, not left for the tab's showing.
    int uncounted = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("triage"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM interactions WHERE id > (SELECT up_to FROM triage_counted)")));
        QVERIFY(query.next());
        uncounted = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("triage"));
    QCOMPARE(uncounted, 0);
    int inTriage = 0;
    for (const TriageGroup &g : window.document()->triageGroups())
        inTriage += g.count;
    QCOMPARE(inTriage, 2); // the two poor responses
    // Ctrl+Z takes the import back, and nothing else.
    window.document()->undoStack()->undo();
    QCOMPARE(window.interactionView()->model()->rowCount(), 0);
    QVERIFY(!window.document()->imports().constLast().inRegister);
    window.document()->undoStack()->redo();
    QCOMPARE(window.interactionView()->model()->rowCount(), 3);
}

void TestMainWindow::trendAndBeforeAfter()
{
    const QString path = m_dir.filePath(QStringLiteral("trend.qwr"));
    const QDate done(2026, 6, 1);
    {
        auto document = openRegister(path);
        Entry entry = makeEntry(QStringLiteral("Printer status page"), 4, 2);
        entry.service = QStringLiteral("Printing");
        entry.status = Status::Done;
        entry.doneOn = done;
        QList<Entry> entries{entry};
        QList<Interaction> responses;
        for (int n = 0; n < 12; ++n) {
            Interaction before = makeInteraction(QStringLiteral("B%1").arg(n), 2, QDateTime(done.addDays(-3 - 7 * n), QTime(9, 0)));
            before.service = QStringLiteral("Printing");
            Interaction after = makeInteraction(QStringLiteral("A%1").arg(n), 5, QDateTime(done.addDays(7 * n), QTime(9, 0)));
            after.service = QStringLiteral("Printing");
            responses << before << after;
        }
        QVERIFY(document->addInBulk(entries, responses));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    // The list says it too, once closed entries are shown.
    window.findChild<QCheckBox *>(QStringLiteral("openOnly"))->setChecked(false);
    QCOMPARE(window.entryModel()->index(0, EntryModel::Verdict).data().toString(), QStringLiteral("improved"));
    auto *trend = window.findChild<TrendView *>();
    QVERIFY(trend);
    window.findChild<QDockWidget *>(QStringLiteral("trendDock"))->raise();
    QTRY_VERIFY(trend->monthCount() >= 5);
    QCOMPARE(trend->doneMarkCount(), 1);

    whenDialogOpens<EntryDialog>([](EntryDialog *dialog) {
        QVERIFY2(dialog->beforeAfterText().contains(QStringLiteral("improved")), qPrintable(dialog->beforeAfterText()));
        QVERIFY(dialog->beforeAfterText().contains(QStringLiteral("12 responses")));
        QCOMPARE(dialog->suggestedImpact(), 0); // the linked evidence is empty
        dialog->reject();
    });
    window.editEntry(1);
}

void TestMainWindow::triageLinksAGroup()
{
    const QString path = m_dir.filePath(QStringLiteral("triage.qwr"));
    {
        auto document = openRegister(path);
        DemoScenario demo = makeDemoScenario(QDate(2026, 11, 24));
        QVERIFY(document->addInBulk(demo.entries, demo.interactions));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    auto *triage = window.findChild<TriageView *>();
    QVERIFY(triage);
    window.findChild<QDockWidget *>(QStringLiteral("triageDock"))->raise();
    // Seen for the first time, the register's causes are found.
    QTRY_VERIFY(triage->model()->causeCount() > 0);
    QVERIFY(window.document()->hasFoundCauses());
    const int groups = triage->model()->rowCount();
    const int unlinkedBefore = triage->model()->total();
    QVERIFY(unlinkedBefore >= 10);
    int inRows = triage->model()->ungrouped();
    for (int row = 0; row < triage->model()->causeCount(); ++row)
        inRows += triage->model()->group(row)->responses;
    QCOMPARE(inRows, unlinkedBefore); // the rows add up to every poor response in triage
    QVERIFY(triage->suggestions()->currentItem()); // the first cause gets suggestions, the first chosen
    QVERIFY(triage->examples()->count() > 0);
    QPushButton *link = nullptr;
    for (QPushButton *b : triage->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Suggested")))
            link = b;
    }
    QVERIFY(link && link->isEnabled());
    const int firstCount = triage->model()->group(0)->responses;
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(triage->model()->total(), unlinkedBefore - firstCount);
    window.document()->undoStack()->undo();
    QCOMPARE(triage->model()->rowCount(), groups);
    QCOMPARE(triage->model()->total(), unlinkedBefore);
}

void TestMainWindow::reviewWalkedInTheWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("review.qwr"));
    qint64 quick = 0;
    {
        auto document = openRegister(path);
        QList<Entry> entries = {makeEntry(QStringLiteral("Quick one"), 5, 1), makeEntry(QStringLiteral("Big one"), 5, 5),
                                makeEntry(QStringLiteral("Small one"), 2, 1)};
        entries[0].status = Status::Approved;
        QList<Interaction> interactions;
        QVERIFY(document->addInBulk(entries, interactions));
        quick = entries[0].id;
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    auto *panel = window.findChild<ReviewPanel *>(QStringLiteral("reviewPanel"));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    QVERIFY(panel && dock);
    QVERIFY(!dock->isVisible());

    // Meeting ▸ Start Review…: the agenda built from the register, attendees typed.
    auto *start = window.findChild<QAction *>(QStringLiteral("startReview"));
    QVERIFY(start && !start->shortcut().isEmpty());
    whenDialogOpens<StartReviewDialog>([](StartReviewDialog *dialog) {
        QVERIFY(dialog->agendaList()->count() >= 1);
        QVERIFY(dialog->agendaList()->item(0)->text().contains(QStringLiteral("Quick one")));
        dialog->attendeesField()->setText(QStringLiteral("Ann Owner; Bob Builder"));
        dialog->accept();
    });
    start->trigger();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.document()->runningReview());
    QCOMPARE(window.document()->runningReview()->attendees, (QStringList{QStringLiteral("Ann Owner"), QStringLiteral("Bob Builder")}));
    QTRY_VERIFY(dock->isVisible());
    // The first item's mark is the one highlighted; the others are dimmed.
    QCOMPARE(window.matrixView()->focusEntry(), quick);
    auto *title = panel->findChild<QLabel *>(QStringLiteral("reviewTitle"));
    QVERIFY(title->text().contains(QStringLiteral("Quick one")));
    QVERIFY(QFontInfo(title->font()).pixelSize() >= 18);

    // A decision through the panel: an edit written as made in the review, undone by Ctrl+Z even
    // in presentation mode.
    auto *status = panel->findChild<QComboBox *>();
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(Status::InProgress)));
    Q_EMIT status->activated(status->currentIndex());
    QCOMPARE(window.document()->entry(quick)->status, Status::InProgress);
    const QList<HistoryRecord> history = window.document()->history(quick);
    QVERIFY(history.last().changedBy.contains(QStringLiteral("in the review of")));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isPresenting() && !window.menuWidget()->isVisible());
    QVERIFY(dock->isVisible()); // a review presented is the matrix and its item
    status->setFocus(); // where the decision was made (a text field would undo its own typing)
    QTest::keyClick(status, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.document()->entry(quick)->status, Status::Approved);
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isPresenting());

    // The numbers stay as the review found them: rescored, the entry moves in the list but keeps
    // its number, and the matrix says what the numbers are.
    const auto numberOf = [&](qint64 id) {
        QAbstractItemModel *model = window.entryView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(EntryModel::IdRole).toLongLong() == id)
                return model->index(row, EntryModel::Rank).data().toInt();
        }
        return -1;
    };
    const int before = numberOf(quick);
    QCOMPARE(before, 1);
    RegisterActions(window.document()).rescore(quick, 2, 5);
    QCOMPARE(numberOf(quick), before);
    QVERIFY(window.entryModel()->numbersMeaning().contains(QStringLiteral("as at the start of the review")));
    window.document()->undoStack()->undo();

    // An action for the item, shown in the Actions dock; Next moves on and marks it discussed.
    auto *actionText = panel->findChild<QLineEdit *>(QStringLiteral("actionText"));
    actionText->setText(QStringLiteral("Tell the service desk"));
    QTest::keyClick(actionText, Qt::Key_Return);
    const auto actions = window.document()->actionItems();
    QVERIFY(actions && actions->size() == 1);
    QCOMPARE(actions->first().entryId, quick);
    auto *actionsTree = window.findChild<ActionsView *>(QStringLiteral("actionsView"))->tree();
    QCOMPARE(actionsTree->topLevelItemCount(), 1);
    QCOMPARE(actionsTree->topLevelItem(0)->text(0), QStringLiteral("Tell the service desk"));
    const int items = int(window.document()->reviewItems(window.document()->runningReview()->id)->size());
    if (items > 1) {
        panel->next();
        QCOMPARE(panel->currentPosition(), 1);
        QVERIFY(window.document()->reviewItems(window.document()->runningReview()->id)->first().discussed);
        QVERIFY(window.matrixView()->focusEntry() != quick);
    }

    // End Review… asks first; its minutes are then in Past Reviews.
    whenDialogOpens<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("End Review"))
                button->click();
        }
    });
    whenDialogOpens<PastReviewsDialog>([](PastReviewsDialog *past) { past->reject(); }); // (shown once it ends)
    panel->endReview();
    QVERIFY(!window.document()->runningReview());
    QTRY_VERIFY(!dock->isVisible());
    QCOMPARE(window.matrixView()->focusEntry(), 0);
    const auto reviews = window.document()->reviews();
    QVERIFY(reviews && reviews->size() == 1);
    QVERIFY(reviews->first().minutes.contains(QStringLiteral("Tell the service desk")));
    QVERIFY(window.entryModel()->numbersMeaning().contains(QStringLiteral("priority rank")));
}

void TestMainWindow::registerInUseOffersReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("in-use.qwr"));
    {
        auto document = openRegister(path);
        Entry e = makeEntry(QStringLiteral("Seen, not changed"), 4, 2);
        QVERIFY(document->addEntry(e));
    }
    // Another QuickWins: a script waiting for its standard input keeps the register open.
    QProcess other;
    other.start(QStringLiteral(QUICKWINS_EXECUTABLE), {QStringLiteral("--register"), path, QStringLiteral("--script"), QStringLiteral("-")});
    QVERIFY(other.waitForStarted());
    QTRY_VERIFY(QFile::exists(path + QStringLiteral(".lock")));

    MainWindow window(true);
    QString said;
    whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == QLatin1String("Open Read-Only"))
                button->click();
        }
    });
    QString error;
    QVERIFY(window.openRegister(path, &error));
    QVERIFY(waitUntilChecked(window));
    QVERIFY2(said.contains(QStringLiteral("is open in another QuickWins (process %1").arg(other.processId())), qPrintable(said));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyNotice"))->isVisible());
    QCOMPARE(window.document()->entrySummaries().first().title, QStringLiteral("Seen, not changed"));

    // Declining opens nothing and says nothing more.
    MainWindow second(true);
    whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->reject(); });
    QVERIFY(!second.openRegister(path, &error));
    QVERIFY(error.isEmpty());

    other.closeWriteChannel();
    QVERIFY(other.waitForFinished());
}

void TestMainWindow::restoreFromBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("restore.qwr"));
    {
        auto document = openRegister(path);
        Entry e = makeEntry(QStringLiteral("In yesterday's backup"), 4, 2);
        QVERIFY(document->addEntry(e));
    }
    QString error;
    QVERIFY(Backups::takeDaily(path, &error, QDateTime::currentDateTime().addDays(-1)));
    MainWindow window(true);
    QVERIFY(showRegister(window, path));
    QTRY_COMPARE(Backups::list(path).size(), 2); // today's, taken in the background on opening
    Entry later = makeEntry(QStringLiteral("Added today"), 2, 4);
    QVERIFY(window.document()->addEntry(later));

    const Backups::Backup yesterday = Backups::list(path).at(1);
    QStringList offered;
    bool confirmed = false;
    whenDialogOpens<QInputDialog>([&](QInputDialog *dialog) {
        offered = dialog->comboBoxItems();
        dialog->setTextValue(Backups::describe(yesterday));
        whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
            confirmed = box->text().contains(Backups::describe(yesterday));
            box->button(QMessageBox::Yes)->click();
        });
        dialog->accept();
    });
    actionNamed(&window, QStringLiteral("Restore from Backup…"))->trigger();
    QCOMPARE(offered.size(), 2);
    QVERIFY(confirmed);
    QCOMPARE(window.document()->entryCount(), 1);
    QCOMPARE(window.document()->entrySummaries().first().title, QStringLiteral("In yesterday's backup"));
    QCOMPARE(window.entryModel()->rowCount(), 1);
    // What was there before the restore can itself be restored.
    const QList<Backups::Backup> backups = Backups::list(path);
    QVERIFY(std::any_of(backups.cbegin(), backups.cend(),
                        [](const Backups::Backup &b) { return b.kind == Backups::Kind::BeforeRestore; }));
}

void TestMainWindow::damageShowsBannerAndRestores()
{
    // A zeroed page of the entries table was shown as "0 entries", edits went on into the
    // damaged file, and only the daily backup complained.
    const QString path = m_dir.filePath(QStringLiteral("damaged.qwr"));
    {
        auto document = openRegister(path);
        for (int n = 0; n < 3; ++n) {
            Entry e = makeEntry(QStringLiteral("Kept in the backup %1").arg(n), 4, 2);
            QVERIFY(document->addEntry(e));
        }
    }
    QString error;
    QVERIFY(Backups::takeDaily(path, &error, QDateTime::currentDateTime().addDays(-1)));
    const int pageSize = valueOnFile(path, QStringLiteral("PRAGMA page_size")).toInt();
    const int page = valueOnFile(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'entries'")).toInt();
    QVERIFY(execOnFile(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(qint64(page - 1) * pageSize));
        file.write(QByteArray(pageSize, '\0'));
    }
    MainWindow window(true);
    QStringList said; // what a read that met the damage said, if one did
    QTimer dismiss;
    connect(&dismiss, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said << box->text();
            box->accept();
        }
    });
    dismiss.start(20);
    QVERIFY(showRegister(window, path));
    dismiss.stop();
    QCOMPARE(window.document()->health(), RegisterDocument::Health::Damaged);
    QVERIFY(window.document()->isReadOnly());
    auto *notice = window.findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Damaged.")) && notice->text().contains(QStringLiteral("newest healthy backup")),
             qPrintable(notice->text()));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("noticeButton"));
    QVERIFY(button && button->isVisible());
    QVERIFY(!actionNamed(&window, QStringLiteral("New Entry from Interaction…"))->isEnabled());
    for (const QString &message : std::as_const(said))
        QVERIFY2(message.contains(QStringLiteral("is damaged")), qPrintable(message));
    QVERIFY(actionNamed(&window, QStringLiteral("Restore from Backup…"))->isEnabled());
    if (const QString shots = qEnvironmentVariable("QW_SCREENSHOTS"); !shots.isEmpty()) {
        window.resize(1280, 720);
        QCoreApplication::processEvents();
        saveLightAndDark(&window, shots, QStringLiteral("damaged"));
    }
    QCOMPARE(Backups::list(path).size(), 1); // no backup taken of the damaged file

    // The banner's button offers the healthy backup first; restoring it brings the entries back.
    QString preselected;
    whenDialogOpens<QInputDialog>([&](QInputDialog *dialog) {
        preselected = dialog->textValue();
        whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        dialog->accept();
    });
    button->click();
    QCOMPARE(preselected, Backups::describe(Backups::list(path).constLast()));
    QVERIFY(waitUntilChecked(window));
    QCOMPARE(window.document()->health(), RegisterDocument::Health::Whole);
    QCOMPARE(window.document()->entryCount(), 3);
    QVERIFY(!notice->isVisible());
}

void TestMainWindow::entryDialogBoundsItsFields()
{
    // What a field may hold is said before OK, so nothing typed is lost to a refusal.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Entry entry = makeEntry(QStringLiteral("Bounded"), 4, 2);
    entry.id = 7;
    EntryDialog dialog(entry, false);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("limitNote"));
    QVERIFY(ok && note);
    auto *title = dialog.findChildren<QLineEdit *>().first();
    title->setText(QString(FieldLimits::Name + 50, QLatin1Char('t')));
    QCOMPARE(title->text().size(), FieldLimits::Name); // a line holds no more than it may
    QVERIFY(ok->isEnabled());
    const auto boxes = dialog.findChildren<QPlainTextEdit *>();
    QVERIFY(!boxes.isEmpty());
    boxes.first()->setPlainText(QString(FieldLimits::Text + 1, QLatin1Char('d')));
    QVERIFY(!ok->isEnabled());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("20,001 characters long")), qPrintable(note->text()));
    if (const QString shots = qEnvironmentVariable("QW_SCREENSHOTS"); !shots.isEmpty())
        saveLightAndDark(&dialog, shots, QStringLiteral("entry-too-long"));
    boxes.first()->setPlainText(QStringLiteral("Short again"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!note->isVisible());

    // Values written outside QuickWins are said and left unchosen: OK waits for a choice.
    Entry odd = entry;
    odd.impact = 99;
    odd.stored.invalid = StoredValues::Impact | StoredValues::Status;
    odd.stored.status = 42;
    EntryDialog oddDialog(odd, false);
    oddDialog.show();
    auto *warning = oddDialog.findChild<QLabel *>(QStringLiteral("storedValuesWarning"));
    QVERIFY(warning && warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("impact 99 is not 1 to 5")), qPrintable(warning->text()));
    QVERIFY(!oddDialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    if (const QString shots = qEnvironmentVariable("QW_SCREENSHOTS"); !shots.isEmpty())
        saveLightAndDark(&oddDialog, shots, QStringLiteral("entry-stored-values"));
}

void TestMainWindow::poorRuleAndImportHistoryDialogs()
{
    const QString path = m_dir.filePath(QStringLiteral("dialogs.qwr"));
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    const QString csv = m_dir.filePath(QStringLiteral("nps.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Response ID,Date,Score\nR1,2026-11-02,0\nR2,2026-11-03,9\nR3,2026-11-04,6\n");
    }
    QString error;
    const ImportReport report = InteractionImport::run(window.document(), *ImportInput::fromFile(csv, &error), {});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.poor, 2);

    // The rule, as a person sees and changes it.
    PoorRuleDialog rule(window.document()->poorRule(), &window);
    rule.show();
    auto *zeroToTen = rule.findChild<QSpinBox *>(QStringLiteral("0-10"));
    QVERIFY(zeroToTen);
    QCOMPARE(zeroToTen->value(), 6);
    const auto labels = rule.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == QStringLiteral("0 to 10: 0 to 6 are poor"); }));
    zeroToTen->setValue(9);
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == QStringLiteral("0 to 10: 0 to 9 are poor"); }));
    if (const QString shots = qEnvironmentVariable("QW_SCREENSHOTS"); !shots.isEmpty()) {
        QCoreApplication::processEvents();
        rule.grab().save(shots + QStringLiteral("/poor-responses.png"));
    }
    QVERIFY(qAbs(window.document()->monthlySatisfaction().constLast().poorShare - 2.0 / 3.0) < 1e-9);
    window.document()->undoStack()->push(new SetPoorRuleCommand(window.document(), rule.rule()));
    QCOMPARE(window.document()->monthlySatisfaction().constLast().poorShare, 1.0); // 0, 9 and 6 are poor up to 9
    window.document()->undoStack()->undo();
    QVERIFY(qAbs(window.document()->monthlySatisfaction().constLast().poorShare - 2.0 / 3.0) < 1e-9);

    // The history lists the import with what it did, newest first.
    ImportHistoryDialog history(window.document(), &window);
    history.show();
    auto *table = history.findChild<QTableWidget *>(QStringLiteral("imports"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("nps.csv"));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(0, 9)->text(), QStringLiteral("In the register"));
    auto *remove = history.findChild<QPushButton *>(QStringLiteral("removeImport"));
    QVERIFY(remove && !remove->isEnabled());
    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    if (const QString shots = qEnvironmentVariable("QW_SCREENSHOTS"); !shots.isEmpty()) {
        QCoreApplication::processEvents();
        history.grab().save(shots + QStringLiteral("/import-history.png"));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
