// Issue 13, a newcomer's first hour: on a 1280x720 screen every window fits, every dialog and
// the filter bar can be walked with Tab and Shift+Tab, an empty register shows the ways in, and
// the help lists every key.

#include "entrydialog.h"
#include "filterbar.h"
#include "helpdialogs.h"
#include "importdialog.h"
#include "importhistorydialog.h"
#include "interactiondialog.h"
#include "linkdialog.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "poorruledialog.h"
#include "recentfolders.h"
#include "markitem.h"
#include "theme.h"
#include "trendview.h"

#include "commands/entrycommands.h"
#include "demo/demoscenario.h"
#include "commands/interactioncommands.h"
#include "document/registerdocument.h"
#include "domain/satisfaction.h"
#include "models/entrymodel.h"
#include "models/interactionmodel.h"
#include "matrix/markcolours.h"
#include "testregister.h"
#include "testwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QTableView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTest>
#include <QTimer>
#include <QScopeGuard>
#include <QCompleter>
#include <QUndoStack>

using namespace qw;
using namespace qw::testing;

namespace {

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString name = w->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += QLatin1Char('[') + button->text() + QLatin1Char(']');
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + name;
}

// Presses Tab (or Shift+Tab) from the focus until target has it; every press must move the
// focus. The widgets passed on the way, in order; empty when target was never reached.
QList<QWidget *> walk(QWidget *target, bool forward, int most = 80)
{
    QList<QWidget *> passed;
    for (int i = 0; i < most; ++i) {
        QWidget *from = QApplication::focusWidget();
        if (!from)
            return {};
        passed.append(from);
        if (from == target)
            return passed;
        QTest::keyClick(from, Qt::Key_Tab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        if (QApplication::focusWidget() == from) {
            qWarning("Tab is stuck in %s", qPrintable(describe(from)));
            return {};
        }
    }
    QStringList path;
    for (const QWidget *w : passed)
        path.append(describe(w));
    qWarning("Tab never reached %s: %s", qPrintable(describe(target)), qPrintable(path.join(QStringLiteral(" → "))));
    return {};
}

QString names(const QList<QWidget *> &widgets)
{
    QStringList list;
    for (const QWidget *w : widgets)
        list.append(describe(w));
    return list.join(QStringLiteral(" → "));
}

// The whole window, frame and all, on the available screen, and laid out no smaller than its
// layout needs (else buttons are cut off).
bool fits(const QWidget *window, QString *why)
{
    const QRect screen = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    const QSize needed = window->minimumSizeHint();
    *why = QStringLiteral("%1: %2,%3 %4x%5 on a %6x%7 screen, needs %8x%9")
               .arg(describe(window)).arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height())
               .arg(screen.width()).arg(screen.height()).arg(needed.width()).arg(needed.height());
    return screen.contains(frame) && window->width() >= needed.width() && window->height() >= needed.height();
}

} // namespace

class TestFirstHour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenIsTheSharedOne();
    void firstWindowFits();
    void dialogsFitAndWalkToOk_data();
    void dialogsFitAndWalkToOk();
    void filterBarIsWalkable();
    void escClearsTheFilterText();
    void dateFieldClearsWithDelete();
    void emptyRegisterShowsTheWaysIn();
    void demonstrationRegisterOpens();
    void shortcutsListEveryKey();
    void menusHaveDistinctMnemonics();
    void doneEntryHiddenIsSaid();
    void linkSearchChoosesTheOneMatch();
    void docksAreReadableAtTheDefaultSize();
    void personalDataHiddenEverywhere();
    void serviceIsCompletedAndItsCaseKept();
    void colourMarksByIsRemembered();
    void fileDialogsStartWhereTheyWereLeft();
    void loggingStartsFromThisRegister();
    void themesAreReadable_data();
    void themesAreReadable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RegisterDocument> m_register;
};

void TestFirstHour::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    // The demonstration register and the home folder the file dialogs fall back to: in the test's
    // own folder, never the user's.
    qputenv("HOME", m_dir.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    m_register = openRegister(m_dir.filePath(QStringLiteral("dialogs.qwr")));
    QVERIFY(m_register);
    QList<Entry> entries{makeEntry(QStringLiteral("Call-back within 15 minutes"), 4, 2),
                         makeEntry(QStringLiteral("Self-service password reset"), 5, 3)};
    QList<Interaction> interactions{makeInteraction(QStringLiteral("INC-1"), 1, QDateTime(QDate(2026, 10, 2), QTime(9, 0))),
                                    makeInteraction(QStringLiteral("INC-2"), 2, QDateTime(QDate(2026, 10, 3), QTime(9, 0)))};
    QVERIFY(m_register->addInBulk(entries, interactions));
}

void TestFirstHour::screenIsTheSharedOne()
{
    // The test's screen (tests/data/screen-1280x720.json) is what the user had.
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1280, 720));
}

void TestFirstHour::firstWindowFits()
{
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("first.qwr"))));
    QString why;
    QVERIFY2(fits(&window, &why), qPrintable(why));
    // The status bar, the matrix's axis and all four quadrants are on the screen.
    QVERIFY(window.statusBar()->isVisible());
    const QRect screen = window.screen()->availableGeometry();
    QVERIFY(screen.contains(QRect(window.statusBar()->mapToGlobal(QPoint()), window.statusBar()->size())));
}

void TestFirstHour::dialogsFitAndWalkToOk_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char *name : {"entry", "new entry", "interaction", "import", "import history", "link", "poor responses",
                             "keyboard shortcuts", "getting started"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestFirstHour::dialogsFitAndWalkToOk()
{
    QFETCH(QString, dialog);
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("walk.qwr"))));
    std::unique_ptr<QDialog> shown;
    EntryModel entries(m_register.get());
    const QString csv = m_dir.filePath(QStringLiteral("survey.csv"));
    QVERIFY(writeFile(csv, "Ticket,Date,Service,Score,Comment\nINC-9,2026-10-04,Email,1,Slow\n"));
    if (dialog == QLatin1String("entry")) {
        shown = std::make_unique<EntryDialog>(*m_register->entry(1), false, &window);
    } else if (dialog == QLatin1String("new entry")) {
        Entry fresh = makeEntry(QStringLiteral("Knowledge article for VPN"), 3, 2);
        shown = std::make_unique<EntryDialog>(fresh, true, &window);
        // A new entry's scores are chosen by the person, not defaulted.
        shown->findChild<QWidget *>(QStringLiteral("impact"))->findChild<QRadioButton *>(QStringLiteral("score3"))->click();
        shown->findChild<QWidget *>(QStringLiteral("effort"))->findChild<QRadioButton *>(QStringLiteral("score2"))->click();
    } else if (dialog == QLatin1String("interaction")) {
        shown = std::make_unique<InteractionDialog>(*m_register->interaction(1), false, m_register->poorRule(), &window);
    } else if (dialog == QLatin1String("import")) {
        auto import = std::make_unique<ImportDialog>(m_register.get(), &window);
        QVERIFY(import->loadFile(csv));
        shown = std::move(import);
    } else if (dialog == QLatin1String("import history")) {
        shown = std::make_unique<ImportHistoryDialog>(m_register.get(), &window);
    } else if (dialog == QLatin1String("link")) {
        shown = std::make_unique<LinkDialog>(&entries, 1, &window);
    } else if (dialog == QLatin1String("poor responses")) {
        shown = std::make_unique<PoorRuleDialog>(m_register->poorRule(), &window);
    } else if (dialog == QLatin1String("keyboard shortcuts")) {
        HelpDialogs::showShortcuts(&window);
        shown.reset(window.findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
        shown->setAttribute(Qt::WA_DeleteOnClose, false);
    } else {
        HelpDialogs::showGettingStarted(&window);
        shown.reset(window.findChild<QDialog *>(QStringLiteral("gettingStartedDialog")));
        shown->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    QVERIFY(shown);
    shown->show();
    QApplication::setActiveWindow(shown.get());
    QVERIFY(QTest::qWaitForWindowActive(shown.get()));
    QString why;
    QVERIFY2(fits(shown.get(), &why), qPrintable(why));
    saveScreens(shown.get(), QStringLiteral("dialog-") + QString(dialog).replace(QLatin1Char(' '), QLatin1Char('-')));

    // The button that says yes: OK, Import, Close.
    auto *box = shown->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QAbstractButton *ok = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        const QDialogButtonBox::ButtonRole role = box->buttonRole(b);
        if (role == QDialogButtonBox::AcceptRole || (!ok && role == QDialogButtonBox::RejectRole
                                                     && box->standardButton(b) == QDialogButtonBox::Close))
            ok = b;
    }
    QVERIFY(ok);
    QVERIFY2(ok->isEnabled(), qPrintable(describe(ok)));
    // Alt and a letter reach one field each.
    QHash<QChar, QString> letters;
    const auto mnemonic = [&](const QString &text) {
        const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (at < 0)
            return;
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!letters.contains(key), qPrintable(QStringLiteral("“%1” and “%2” share Alt+%3")
                                                       .arg(letters.value(key), text, key)));
        letters.insert(key, text);
    };
    for (const QLabel *label : shown->findChildren<QLabel *>()) {
        if (label->buddy())
            mnemonic(label->text());
    }
    for (const QAbstractButton *button : shown->findChildren<QAbstractButton *>()) {
        if (!qobject_cast<const QTabBar *>(button->parentWidget()))
            mnemonic(button->text());
    }
    for (const QGroupBox *group : shown->findChildren<QGroupBox *>())
        mnemonic(group->title());
    for (const QTabWidget *tabs : shown->findChildren<QTabWidget *>()) {
        for (int t = 0; t < tabs->count(); ++t)
            mnemonic(tabs->tabText(t));
    }
    // Its buttons are inside the dialog, not cut off by the screen's edge.
    QVERIFY(shown->rect().contains(QRect(ok->mapTo(shown.get(), QPoint()), ok->size())));

    QWidget *first = QApplication::focusWidget();
    QVERIFY2(first && shown->isAncestorOf(first), qPrintable(describe(first) + QStringLiteral(" active: ")
                                                             + describe(QApplication::activeWindow())));
    const QList<QWidget *> there = walk(ok, true);
    QVERIFY2(!there.isEmpty(), qPrintable(dialog));
    // And back again with Shift+Tab to where it started.
    const QList<QWidget *> back = walk(first, false);
    QVERIFY2(!back.isEmpty(), qPrintable(names(there)));

    if (dialog == QLatin1String("entry")) {
        // In the order of the form: the dates, then the notes, then the scores, then OK.
        const auto at = [&](const QString &name) {
            for (qsizetype i = 0; i < there.size(); ++i) {
                if (there.at(i)->objectName() == name || there.at(i)->parentWidget()->objectName() == name)
                    return i;
            }
            return qsizetype(-1);
        };
        const QList<QDateEdit *> dates = shown->findChildren<QDateEdit *>();
        QCOMPARE(dates.size(), 3);
        for (QDateEdit *date : dates)
            QVERIFY2(there.contains(date), qPrintable(names(there)));
        QVERIFY(there.indexOf(dates.at(0)) < there.indexOf(dates.at(1)));
        QVERIFY(there.indexOf(dates.at(1)) < there.indexOf(dates.at(2)));
        QVERIFY2(at(QStringLiteral("impact")) > there.indexOf(dates.at(2)), qPrintable(names(there)));
        QVERIFY2(at(QStringLiteral("effort")) > at(QStringLiteral("impact")), qPrintable(names(there)));
    }
}

void TestFirstHour::filterBarIsWalkable()
{
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("filters.qwr"))));
    FilterBar *bar = window.filterBar();
    bar->focusSearch();
    const QList<QDateEdit *> dates = bar->findChildren<QDateEdit *>();
    QCOMPARE(dates.size(), 2);
    // Both "any time" fields are passed, forwards and back.
    const QList<QWidget *> forward = walk(dates.last(), true);
    QVERIFY(!forward.isEmpty());
    QVERIFY2(forward.contains(dates.first()) && forward.contains(bar->findChild<QWidget *>(QStringLiteral("openOnly"))),
             qPrintable(names(forward)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(!bar->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget()->isEnabled(),
             qPrintable(describe(QApplication::focusWidget())));
    QVERIFY(QApplication::focusWidget() != dates.last());
    dates.last()->setFocus();
    QVERIFY(!walk(bar->findChild<QLineEdit *>(QStringLiteral("filterText")), false).isEmpty());
}

void TestFirstHour::escClearsTheFilterText()
{
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("esc.qwr"))));
    auto *text = window.filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("vpn"));
    QCOMPARE(window.filterBar()->filter().text, QStringLiteral("vpn"));
    QTest::keyClick(text, Qt::Key_Escape);
    QCOMPARE(text->text(), QString());
    QVERIFY(window.filterBar()->filter().isDefault());
}

void TestFirstHour::dateFieldClearsWithDelete()
{
    Entry e = *m_register->entry(1);
    e.targetOn = QDate(2026, 12, 24);
    EntryDialog dialog(e, false);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QDateEdit *target = dialog.findChildren<QDateEdit *>().at(1);
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Delete);
    QCOMPARE(dialog.entry().targetOn, QDate());
    QCOMPARE(target->text(), target->specialValueText());
}

void TestFirstHour::emptyRegisterShowsTheWaysIn()
{
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("empty.qwr"))));
    auto *panel = window.findChild<QWidget *>(QStringLiteral("startPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QVERIFY(!window.matrixView()->isVisible());
    for (const char *button : {"startImport", "startLog", "startDemo"}) {
        auto *b = panel->findChild<QPushButton *>(QString::fromLatin1(button));
        QVERIFY(b && b->isVisible() && b->isEnabled());
    }
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("startSentence"))->text().contains(QStringLiteral("matrix")));
    saveScreens(&window, QStringLiteral("start-panel"));
    // Once there is evidence, the matrix.
    Interaction first = makeInteraction(QStringLiteral("INC-77"), 1, QDateTime::currentDateTime());
    window.document()->undoStack()->push(new AddInteractionCommand(window.document(), first));
    QVERIFY(!panel->isVisible());
    QVERIFY(window.matrixView()->isVisible());
    window.document()->undoStack()->undo();
    QVERIFY(panel->isVisible());
}

void TestFirstHour::demonstrationRegisterOpens()
{
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("before-demo.qwr"))));
    QFile::remove(MainWindow::demonstrationRegisterPath());
    window.findChild<QPushButton *>(QStringLiteral("startDemo"))->click();
    QVERIFY(waitUntilChecked(window));
    QCOMPARE(QFileInfo(window.document()->filePath()).absoluteFilePath(),
             QFileInfo(MainWindow::demonstrationRegisterPath()).absoluteFilePath());
    QVERIFY(window.document()->entryCount() > 0);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("startPanel"))->isVisible());
    QVERIFY(window.matrixView()->markCount() > 0);
}

void TestFirstHour::shortcutsListEveryKey()
{
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("keys.qwr"))));
    HelpDialogs::showShortcuts(&window);
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    QStringList listed;
    for (QTreeWidgetItemIterator it(list); *it; ++it)
        listed.append((*it)->text(1));
    int withKeys = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            ++withKeys;
            const QString text = key.toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(), [&](const QString &l) { return l.contains(text); }),
                     qPrintable(QStringLiteral("%1 (%2) is not listed").arg(action->text(), text)));
        }
    }
    QVERIFY(withKeys > 15);
    // Quit has its key under every desktop theme.
    QAction *quit = window.findChild<QAction *>(QStringLiteral("quit"));
    QVERIFY(!quit->shortcuts().isEmpty());
    dialog->close();
}

void TestFirstHour::menusHaveDistinctMnemonics()
{
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("menus.qwr"))));
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    std::function<void(const QMenu *, const QString &)> check = [&](const QMenu *menu, const QString &where) {
        QHash<QChar, QString> seen;
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QChar key = mnemonic(action->text());
            if (!key.isNull()) {
                QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: “%2” and “%3” share %4")
                                                            .arg(where, seen.value(key), action->text(), key)));
                seen.insert(key, action->text());
            }
            if (action->menu())
                check(action->menu(), where + QStringLiteral(" ▸ ") + action->text());
        }
    };
    QHash<QChar, QString> bar;
    for (const QAction *top : window.menuBar()->actions()) {
        const QChar key = mnemonic(top->text());
        QVERIFY2(!bar.contains(key), qPrintable(top->text()));
        bar.insert(key, top->text());
        check(top->menu(), top->text());
    }
}

void TestFirstHour::doneEntryHiddenIsSaid()
{
    const QString path = m_dir.filePath(QStringLiteral("done.qwr"));
    {
        auto document = openRegister(path);
        QList<Entry> entries{makeEntry(QStringLiteral("Printer queue clean-up"), 4, 2)};
        QList<Interaction> none;
        QVERIFY(document->addInBulk(entries, none));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    QVERIFY(window.filterBar()->filter().openOnly);
    window.setEntryStatus(1, Status::Done);
    QCOMPARE(window.entryModel()->rowCount(), 0);
    auto *notice = window.findChild<QWidget *>(QStringLiteral("hiddenNotice"));
    QVERIFY(notice->isVisible());
    const QString said = notice->findChild<QLabel *>(QStringLiteral("readOnlyNotice"))->text();
    QVERIFY2(said.contains(QStringLiteral("CI-0001")) && said.contains(QStringLiteral("Open only")), qPrintable(said));
    // Show brings it back, selected.
    notice->findChild<QPushButton *>(QStringLiteral("noticeButton"))->click();
    QCOMPARE(window.entryModel()->rowCount(), 1);
    QVERIFY(!window.filterBar()->filter().openOnly);
    QCOMPARE(window.currentEntry(), 1);
    QVERIFY(!notice->isVisible());
}

void TestFirstHour::linkSearchChoosesTheOneMatch()
{
    EntryModel entries(m_register.get());
    LinkDialog dialog(&entries, 0);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.chosenEntry(), 0);
    auto *search = dialog.findChild<QLineEdit *>();
    QTest::keyClicks(search, QStringLiteral("password"));
    QCOMPARE(dialog.chosenEntry(), 2);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFirstHour::docksAreReadableAtTheDefaultSize()
{
    const QString path = m_dir.filePath(QStringLiteral("docks.qwr"));
    {
        auto document = openRegister(path);
        DemoScenario demo = makeDemoScenario(QDate(2026, 12, 3));
        QVERIFY(document->addInBulk(demo.entries, demo.interactions));
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    window.findChild<QDockWidget *>(QStringLiteral("trendDock"))->raise();
    auto *trend = window.findChild<TrendView *>();
    QTRY_VERIFY(trend->monthCount() >= 12);
    // Month labels: several, none twice, and room for each.
    const QStringList labels = trend->monthLabels();
    QVERIFY2(labels.size() >= 4, qPrintable(labels.join(QLatin1Char(','))));
    // One label every step months, from the first month: none lost (QCategoryAxis drops a label it
    // has already, so a repeated "Dec" would be missing here) and none twice.
    const int step = trend->monthLabelStep();
    QCOMPARE(labels.size(), (trend->monthCount() + step - 1) / step);
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    QCOMPARE(trend->doneMarkCount(), 2);
    saveScreens(window.findChild<QDockWidget *>(QStringLiteral("trendDock")), QStringLiteral("dock-trend"));
    window.findChild<QDockWidget *>(QStringLiteral("triageDock"))->raise();
    auto *groups = window.findChild<QTableView *>(QStringLiteral("triageGroups"));
    QTRY_VERIFY(groups->model() && groups->model()->rowCount() > 1);
    saveScreens(window.findChild<QDockWidget *>(QStringLiteral("triageDock")), QStringLiteral("dock-triage"));
    QVERIFY2(groups->viewport()->height() >= 4 * groups->verticalHeader()->defaultSectionSize(),
             qPrintable(QString::number(groups->viewport()->height())));
    saveScreens(&window, QStringLiteral("demonstration"));
    // Presentation mode: no personal data, the quick wins beside the matrix, on the whole screen.
    window.setPresentation(true);
    QTRY_VERIFY(window.matrixView()->isKeyShown() && window.matrixView()->keyRowsListed() > 0);
    QVERIFY(window.isPersonalDataHidden());
    QVERIFY(window.screen()->availableGeometry().contains(window.frameGeometry()));
    saveScreens(&window, QStringLiteral("presentation"));
    window.setPresentation(false);
}


void TestFirstHour::personalDataHiddenEverywhere()
{
    const QString path = m_dir.filePath(QStringLiteral("personal.qwr"));
    {
        auto document = openRegister(path);
        QList<Entry> entries{makeEntry(QStringLiteral("Call back helen.marsh@example.edu"), 4, 2)};
        Interaction i = makeInteraction(QStringLiteral("INC-5"), 1, QDateTime(QDate(2026, 10, 2), QTime(9, 0)));
        i.comment = QStringLiteral("Ring me on +44 20 7946 0958, Helen");
        i.reason = QStringLiteral("No call-back to helen.marsh@example.edu");
        i.entryId = 1;
        QList<Interaction> interactions{i};
        QVERIFY(document->addInBulk(entries, interactions));
    }
    {
        MainWindow window(true);
        QVERIFY(showRegister(window, path));
        auto *hide = window.findChild<QAction *>(QStringLiteral("hidePersonalData"));
        QVERIFY(hide);
        hide->setChecked(true);
    }
    // Remembered: the next window hides it too.
    MainWindow window(true);
    QVERIFY(showRegister(window, path));
    QVERIFY(window.isPersonalDataHidden());
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return window.interactionView()->model()->index(0, column).data(role).toString();
    };
    for (const QString &text : {cell(InteractionModel::Comment), cell(InteractionModel::Reason),
                                cell(InteractionModel::Comment, Qt::ToolTipRole), cell(InteractionModel::Customer),
                                window.entryModel()->index(0, EntryModel::Title).data().toString(),
                                window.entryModel()->index(0, EntryModel::Title).data(Qt::ToolTipRole).toString(),
                                window.matrixView()->labelText(1)}) {
        QVERIFY2(!text.contains(QStringLiteral("7946")) && !text.contains(QStringLiteral("marsh"))
                     && !text.contains(QStringLiteral("Helen")),
                 qPrintable(text));
    }
    QVERIFY(cell(InteractionModel::Comment).contains(QStringLiteral("•••")));
    // The editor shows it masked and keeps what was there.
    whenDialogOpens<EntryDialog>([](EntryDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        QVERIFY2(!title->text().contains(QStringLiteral("marsh")), qPrintable(title->text()));
        QVERIFY(title->isReadOnly());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("personalNote"))->isVisible());
        QCOMPARE(dialog->entry().title, QStringLiteral("Call back helen.marsh@example.edu"));
        dialog->reject();
    });
    window.editEntry(1);
    // A new entry from the interaction does not take the e-mail address into its title.
    window.selectInteraction(window.interactionView()->model()->index(0, 0).data(InteractionModel::IdRole).toLongLong());
    whenDialogOpens<EntryDialog>([](EntryDialog *dialog) {
        const QString title = dialog->entry().title;
        QVERIFY2(!title.contains(QStringLiteral("marsh")) && title.contains(QStringLiteral("No call-back")),
                 qPrintable(title));
        dialog->reject();
    });
    window.newEntryFromInteraction();
    window.findChild<QAction *>(QStringLiteral("hidePersonalData"))->setChecked(false);
    QVERIFY(cell(InteractionModel::Comment).contains(QStringLiteral("7946")));
}

void TestFirstHour::serviceIsCompletedAndItsCaseKept()
{
    Interaction fresh = makeInteraction(QString(), 1, QDateTime::currentDateTime());
    fresh.service.clear();
    InteractionDialog dialog(fresh, true, m_register->poorRule());
    dialog.setServices(m_register->knownServices());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *service = dialog.findChild<QLineEdit *>(QStringLiteral("service"));
    QVERIFY(service->completer());
    QVERIFY(service->completer()->model()->rowCount() >= 1);
    service->setFocus();
    QTest::keyClicks(service, QStringLiteral("video Conferencing"));
    dialog.findChild<QLineEdit *>(QStringLiteral("ticket"))->setFocus();
    QCOMPARE(dialog.interaction().service, QStringLiteral("Video conferencing"));
}

void TestFirstHour::colourMarksByIsRemembered()
{
    const QString path = m_dir.filePath(QStringLiteral("colours.qwr"));
    {
        auto document = openRegister(path);
        QList<Entry> entries{makeEntry(QStringLiteral("A"), 4, 2), makeEntry(QStringLiteral("B"), 2, 4)};
        entries[1].owner = QStringLiteral("Dana Whitfield");
        QList<Interaction> none;
        QVERIFY(document->addInBulk(entries, none));
    }
    const auto colourOfRow = [](MainWindow &window, int row) {
        return window.entryModel()->index(row, EntryModel::Rank).data(Qt::DecorationRole).value<QColor>();
    };
    {
        MainWindow window(true);
        QVERIFY(showRegister(window, path));
        const QColor byQuadrant = colourOfRow(window, 0);
        window.findChild<QAction *>(QStringLiteral("colourBy%1").arg(int(ColourBy::Owner)))->trigger();
        QCOMPARE(window.matrixView()->colourBy(), ColourBy::Owner);
        // The list's squares are the marks' colours.
        const MarkColours owners(window.entryModel()->entries(), ColourBy::Owner);
        QCOMPARE(colourOfRow(window, 0), owners.colourOf(window.entryModel()->entries().at(0)));
        QVERIFY(colourOfRow(window, 0) != byQuadrant || colourOfRow(window, 1) != byQuadrant);
        window.close();
    }
    MainWindow window(true);
    QVERIFY(showRegister(window, path));
    QCOMPARE(window.matrixView()->colourBy(), ColourBy::Owner);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("colourBy%1").arg(int(ColourBy::Owner)))->isChecked());
    window.findChild<QAction *>(QStringLiteral("colourBy%1").arg(int(ColourBy::Quadrant)))->trigger();
}

void TestFirstHour::fileDialogsStartWhereTheyWereLeft()
{
    // Each kind of file its own folder; the home folder only the first time.
    QDir(m_dir.path()).mkpath(QStringLiteral("exports"));
    QDir(m_dir.path()).mkpath(QStringLiteral("registers"));
    QCOMPARE(RecentFolders::start(RecentFolders::Kind::Imports), QDir::homePath());
    RecentFolders::remember(RecentFolders::Kind::Imports, m_dir.filePath(QStringLiteral("exports/survey.csv")));
    RecentFolders::remember(RecentFolders::Kind::Registers, m_dir.filePath(QStringLiteral("registers/team.qwr")));
    QCOMPARE(RecentFolders::start(RecentFolders::Kind::Imports), m_dir.filePath(QStringLiteral("exports")));
    QCOMPARE(RecentFolders::start(RecentFolders::Kind::Registers), m_dir.filePath(QStringLiteral("registers")));
    // A folder that has gone since: the fallback.
    QDir(m_dir.filePath(QStringLiteral("exports"))).removeRecursively();
    QCOMPARE(RecentFolders::start(RecentFolders::Kind::Imports, m_dir.path()), m_dir.path());
}

void TestFirstHour::loggingStartsFromThisRegister()
{
    // Another register's last channel and service do not come into this one's form.
    MainWindow window(false);
    QVERIFY(showRegister(window, m_dir.filePath(QStringLiteral("log-empty.qwr"))));
    whenDialogOpens<InteractionDialog>([](InteractionDialog *dialog) {
        QCOMPARE(dialog->interaction().service, QString());
        dialog->reject();
    });
    window.logInteraction();
    QVERIFY(showRegister(window, m_register->filePath().replace(QStringLiteral("dialogs.qwr"), QStringLiteral("dialogs-copy.qwr"))));
    Interaction chat = makeInteraction(QStringLiteral("INC-31"), 1, QDateTime::currentDateTime().addSecs(-60));
    chat.channel = Channel::Chat;
    chat.service = QStringLiteral("Printing");
    window.document()->undoStack()->push(new AddInteractionCommand(window.document(), chat));
    whenDialogOpens<InteractionDialog>([](InteractionDialog *dialog) {
        QCOMPARE(dialog->interaction().service, QStringLiteral("Printing"));
        QCOMPARE(dialog->interaction().channel, Channel::Chat);
        dialog->reject();
    });
    window.logInteraction();
}

void TestFirstHour::themesAreReadable_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("light") << int(Theme::Choice::Light);
    QTest::newRow("dark") << int(Theme::Choice::Dark);
}

void TestFirstHour::themesAreReadable()
{
    QFETCH(int, choice);
    Theme::apply(Theme::Choice(choice));
    const auto restore = qScopeGuard([] { Theme::apply(Theme::Choice::System); });
    const QPalette p = QApplication::palette();
    QCOMPARE(p.color(QPalette::Base).lightness() < 128, Theme::Choice(choice) == Theme::Choice::Dark);
    // Every text on what it is drawn on, WCAG AA.
    const std::tuple<QPalette::ColorGroup, QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::Active, QPalette::WindowText, QPalette::Window},
        {QPalette::Active, QPalette::Text, QPalette::Base},
        {QPalette::Active, QPalette::Text, QPalette::AlternateBase},
        {QPalette::Active, QPalette::ButtonText, QPalette::Button},
        {QPalette::Active, QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Active, QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::Active, QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Active, QPalette::Link, QPalette::Base},
    };
    for (const auto &[group, text, background] : pairs) {
        const double ratio = contrastRatio(p.color(group, text), p.color(group, background));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(p.color(group, text).name(),
                                                                             p.color(group, background).name())
                                              .arg(ratio)));
    }
    // And the matrix in that theme, presenting or not.
    EntryModel model(m_register.get());
    for (bool presenting : {false, true}) {
        MatrixView view;
        view.setModel(&model);
        view.setPresentation(presenting);
        view.resize(1000, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const MatrixView::TextSample &t : view.textSamples()) {
            QVERIFY2(contrastRatio(t.colour, t.background) >= 4.5,
                     qPrintable(QStringLiteral("“%1”: %2 on %3").arg(t.text, t.colour.name(), t.background.name())));
        }
    }
}

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
