// The main window opened as QuickWins opens it at start, and its interactions list on a
// register with more of them than a page: read as the list is scrolled.
#include "testregister.h"

#include "mainwindow.h"
#include "testwindow.h"
#include "models/entrymodel.h"
#include "models/interactionmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>

using namespace qw;
using namespace qw::testing;

class TestOpening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void interactionsReadAsScrolled();
    void opensAsAtStart();

private:
    QTemporaryDir m_dir;
};

void TestOpening::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("QuickWinsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("QuickWinsTest"));
}

void TestOpening::interactionsReadAsScrolled()
{
    // Opening reads one page of interactions; scrolling down reads more; the status line
    // counts them all; selecting one further down reads down to it and shows it.
    const QString path = m_dir.filePath(QStringLiteral("scrolled.qwr"));
    const int count = 3000;
    QList<qint64> ids;
    {
        auto document = openRegister(path);
        QList<Entry> entries;
        QList<Interaction> interactions;
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
        for (int n = 0; n < count; ++n)
            interactions.append(makeInteraction(QStringLiteral("INC%1").arg(n), 4, start.addSecs(n * 60)));
        QVERIFY(document->addInBulk(entries, interactions));
        for (const Interaction &i : std::as_const(interactions))
            ids.append(i.id);
    }
    MainWindow window(false);
    QVERIFY(showRegister(window, path));
    QTableView *view = window.interactionView();
    QCOMPARE(view->model()->rowCount(), InteractionModel::PageSize);
    QCOMPARE(view->verticalHeader()->count(), InteractionModel::PageSize);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("3000 interactions")));

    view->scrollToBottom();
    QTRY_VERIFY(view->model()->rowCount() > InteractionModel::PageSize);
    QVERIFY(view->model()->rowCount() < count);

    // The oldest, at the far end: read down to it, selected and scrolled into view.
    window.selectInteraction(ids.first());
    QCOMPARE(view->currentIndex().row(), count - 1);
    QCOMPARE(view->currentIndex().siblingAtColumn(InteractionModel::Ticket).data().toString(), QStringLiteral("INC0"));
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
}

void TestOpening::opensAsAtStart()
{
    // As QuickWins starts: the register opened before the window, its entries read while the
    // window is built, then shown: the same list and matrix as opening it in the window.
    const QString path = m_dir.filePath(QStringLiteral("start.qwr"));
    {
        auto document = openRegister(path);
        QList<Entry> entries = {makeEntry(QStringLiteral("Quick one"), 5, 1), makeEntry(QStringLiteral("Big one"), 5, 5),
                                makeEntry(QStringLiteral("Small one"), 1, 1)};
        QList<Interaction> none;
        QVERIFY(document->addInBulk(entries, none));
    }
    QString error;
    auto document = RegisterDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    document->prefetchEntrySummaries();
    MainWindow window(false);
    window.showDocument(std::move(document));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.entryModel()->rowCount(), 3);
    QCOMPARE(window.entryModel()->index(0, EntryModel::Title).data().toString(), QStringLiteral("Quick one"));
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("3 entries")));
}

QTEST_MAIN(TestOpening)
#include "tst_opening.moc"
