#include "mainwindow.h"

#include "actionsview.h"
#include "recentfolders.h"
#include "reportexport.h"
#include "reviewpanel.h"

#include "importhistorydialog.h"
#include "poorruledialog.h"

#include "chartexport.h"
#include "columnwidths.h"
#include "comparisonbar.h"
#include "filterbar.h"
#include "recentregisters.h"
#include "screenfit.h"
#include "helpdialogs.h"
#include "startpanel.h"
#include "theme.h"
#include "trendview.h"
#include "triageview.h"
#include "matrixview.h"

#include "actions/registeractions.h"
#include "document/registerdocument.h"
#include "models/entrymodel.h"
#include "models/interactionmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QToolTip>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include "noticebar.h"

namespace qw {


MainWindow::MainWindow(bool persistent, QWidget *parent)
    : QMainWindow(parent), m_persistent(persistent), m_undoGroup(new QUndoGroup(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new NoticeBar(central);
    connect(m_notice, &NoticeBar::buttonClicked, this, &MainWindow::restoreFromBackup);
    layout->addWidget(m_notice);
    m_hiddenNotice = new NoticeBar(central);
    m_hiddenNotice->setObjectName(QStringLiteral("hiddenNotice"));
    connect(m_hiddenNotice, &NoticeBar::buttonClicked, this, [this] {
        const qint64 id = m_hiddenEntry;
        const auto it = std::find_if(m_entryModel->allEntries().cbegin(), m_entryModel->allEntries().cend(),
                                     [id](const EntrySummary &e) { return e.id == id; });
        if (it != m_entryModel->allEntries().cend()) {
            EntryFilter open = m_filterBar->filter();
            open.openOnly = false;
            if (!open.accepts(*it))
                m_filterBar->reset();
            m_filterBar->setOpenOnly(false);
        }
        m_hiddenNotice->setNotice(NoticeBar::Kind::Information, {});
        selectEntry(id);
    });
    layout->addWidget(m_hiddenNotice);
    m_hiddenTimer = new QTimer(this);
    m_hiddenTimer->setSingleShot(true);
    m_hiddenTimer->setInterval(12000);
    connect(m_hiddenTimer, &QTimer::timeout, this, [this] {
        m_hiddenEntry = 0;
        m_hiddenNotice->setNotice(NoticeBar::Kind::Information, {});
    });
    m_comparison = new ComparisonBar(central);
    connect(m_comparison, &ComparisonBar::stopRequested, this, [this] { compareWith(0); });
    layout->addWidget(m_comparison);
    m_filterBar = new FilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    m_matrix = new MatrixView(central);
    connect(m_comparison, &ComparisonBar::comparisonChanged, m_matrix, &MatrixView::setComparison);
    m_matrix->setObjectName(QStringLiteral("matrix"));
    row->addWidget(m_matrix, 1);
    m_startPanel = new StartPanel(central);
    m_startPanel->hide();
    connect(m_startPanel, &StartPanel::importRequested, this, &MainWindow::importInteractions);
    connect(m_startPanel, &StartPanel::logRequested, this, &MainWindow::logInteraction);
    connect(m_startPanel, &StartPanel::demoRequested, this, &MainWindow::openDemonstration);
    row->addWidget(m_startPanel, 1);
    layout->addLayout(row, 1);
    setCentralWidget(central);

    createDocks();
    createActions();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);

    connect(m_matrix, &MatrixView::entrySelected, this, &MainWindow::selectEntry);
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const EntryFilter &filter) {
        if (m_entryModel)
            m_entryModel->setFilter(filter);
    });
    connect(m_matrix, &MatrixView::entryActivated, this, &MainWindow::editEntry);
    connect(m_matrix, &MatrixView::rescoreRequested, this, &MainWindow::rescoreEntry);
    connect(m_matrix, &MatrixView::contextMenuRequested, this, &MainWindow::showEntryMenu);
    connect(m_entryView, &QTableView::activated, this, [this](const QModelIndex &index) {
        editEntry(index.data(EntryModel::IdRole).toLongLong());
    });
    connect(m_interactionView, &QTableView::activated, this, [this](const QModelIndex &index) {
        editInteraction(index.data(InteractionModel::IdRole).toLongLong());
    });

    // 1280x800 where there is room; on a 1280x720 shared screen, what fits.
    ScreenFit::resize(this, QSize(1280, 800));
    auto *entriesDock = findChild<QDockWidget *>(QStringLiteral("entriesDock"));
    resizeDocks({entriesDock}, {620}, Qt::Horizontal);
    // The prioritised list gets the larger share; interactions, trend and triage share the rest.
    resizeDocks({entriesDock, findChild<QDockWidget *>(QStringLiteral("interactionsDock"))}, {440, 260},
                Qt::Vertical);
    if (m_persistent) {
        QSettings settings;
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
        // Restored where it was, unless that was on a larger screen than this one.
        if (!isMaximized() && !isFullScreen())
            ScreenFit::keepOnScreen(this);
    }
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_backup)
        m_backup->wait(); // a backup is never left half written
    // Views first, then models, then the document they read from.
    m_entryView->setModel(nullptr);
    m_interactionView->setModel(nullptr);
    m_matrix->setModel(nullptr);
    delete m_entryModel;
    delete m_interactionModel;
}

QLabel *MainWindow::comparisonNotice() const
{
    return m_comparison;
}

QString MainWindow::defaultRegisterPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/register.qwr");
}

QString MainWindow::demonstrationRegisterPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demonstration.qwr");
}

void MainWindow::createDocks()
{
    m_entryView = new QTableView(this);
    m_entryView->setObjectName(QStringLiteral("entryView"));
    // Tab goes from view to view; the arrow keys move within one.
    m_entryView->setTabKeyNavigation(false);
    m_entryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entryView->setAlternatingRowColors(true);
    m_entryView->setWordWrap(false);
    m_entryView->verticalHeader()->hide();
    m_entryView->horizontalHeader()->setHighlightSections(false);
    auto *entriesDock = new QDockWidget(tr("Priorities"), this);
    entriesDock->setObjectName(QStringLiteral("entriesDock"));
    entriesDock->setWidget(m_entryView);
    addDockWidget(Qt::RightDockWidgetArea, entriesDock);

    m_interactionView = new QTableView(this);
    m_interactionView->setObjectName(QStringLiteral("interactionView"));
    m_interactionView->setTabKeyNavigation(false);
    m_interactionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_interactionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_interactionView->setWordWrap(false);
    m_interactionView->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it does not show.
    m_interactionView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_interactionView->verticalHeader()->setDefaultSectionSize(
        m_interactionView->fontMetrics().height() + 8);
    auto *interactionsDock = new QDockWidget(tr("Interactions"), this);
    interactionsDock->setObjectName(QStringLiteral("interactionsDock"));
    interactionsDock->setWidget(m_interactionView);
    addDockWidget(Qt::RightDockWidgetArea, interactionsDock);
    splitDockWidget(entriesDock, interactionsDock, Qt::Vertical);

    m_trend = new TrendView(this);
    m_trend->setObjectName(QStringLiteral("trendView"));
    auto *trendDock = new QDockWidget(tr("Satisfaction trend"), this);
    trendDock->setObjectName(QStringLiteral("trendDock"));
    trendDock->setWidget(m_trend);
    addDockWidget(Qt::RightDockWidgetArea, trendDock);
    tabifyDockWidget(interactionsDock, trendDock);
    connect(trendDock, &QDockWidget::visibilityChanged, m_trend, &TrendView::setActive);

    m_triage = new TriageView(this);
    m_triage->setObjectName(QStringLiteral("triageView"));
    auto *triageDock = new QDockWidget(tr("Triage"), this);
    triageDock->setObjectName(QStringLiteral("triageDock"));
    triageDock->setWidget(m_triage);
    addDockWidget(Qt::RightDockWidgetArea, triageDock);
    tabifyDockWidget(interactionsDock, triageDock);
    connect(triageDock, &QDockWidget::visibilityChanged, m_triage, &TriageView::setActive);
    interactionsDock->raise();
    connect(m_triage, &TriageView::newEntryRequested, this,
            [this](const QList<qint64> &ids, const Entry &draft) { newEntryFrom(ids, draft); });
    connect(m_triage, &TriageView::linkRequested, this, [this](const QList<qint64> &ids, qint64 entryId) {
        if (m_actions->link(ids, entryId))
            selectEntry(entryId);
    });
    createReviewDocks();
}

namespace {

// A standard key, or the usual one where the desktop's theme has none (Quit has no key under
// some desktop themes, and people expect Ctrl+Q).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &usual)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(usual);
    return keys;
}

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *view = nullptr;
    QAction *newAction = file->addAction(tr("&New Register…"), this, &MainWindow::newRegister);
    newAction->setShortcuts(standardKeys(QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N)));
    QAction *openAction = file->addAction(tr("&Open Register…"), this, &MainWindow::openFromDialog);
    openAction->setShortcuts(standardKeys(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    file->addAction(tr("Open Tea&m Register…"), this, [this] {
        QString ignored;
        openTeamRegister(RegisterLocation::parseServer(QSettings().value(QStringLiteral("team/last")).toString(), &ignored)
                             .value_or(RegisterLocation::ServerAddress()));
    });
    m_recent = new RecentRegisters(file->addMenu(tr("Open &Recent")), m_persistent, this);
    connect(m_recent, &RecentRegisters::openRequested, this, &MainWindow::openChosen);
    m_importAction = file->addAction(tr("&Import Interactions…"), this, &MainWindow::importInteractions);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Import &History…"), this, [this] {
        ImportHistoryDialog dialog(m_document.get(), this);
        dialog.exec();
    });
    m_poorRuleAction = file->addAction(tr("&Poor Responses…"), this, [this] {
        PoorRuleDialog dialog(m_document->poorRule(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_actions->setPoorRule(dialog.rule());
    });
    m_saveCopyAction = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcuts(
        standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_copyToTeamAction = file->addAction(tr("Cop&y Register to a Team Register…"), this, &MainWindow::copyToTeamRegister);
    m_restoreAction = file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup);
    QAction *exportAction = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChart);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    file->addAction(tr("Export Repor&t…"), this, [this] {
        ReportExport::exportInteractively(
            this, m_document.get(),
            RecentFolders::start(RecentFolders::Kind::Exports, QFileInfo(m_document->filePath()).absolutePath()));
    })->setObjectName(QStringLiteral("exportReport"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setObjectName(QStringLiteral("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(standardKeys(QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(standardKeys(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo); // Ctrl+Z works in presentation mode too, with the menu bar hidden
    addAction(redo);
    QAction *copyChart = edit->addAction(tr("&Copy Chart"), this, &MainWindow::copyChart);
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    m_logAction = edit->addAction(tr("&Log Interaction…"), this, &MainWindow::logInteraction);
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_newEntryAction = edit->addAction(tr("New &Entry…"), this, &MainWindow::newEntry);
    m_newEntryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fromInteractionAction = edit->addAction(tr("New Entry &from Interaction…"), this,
                                              &MainWindow::newEntryFromInteraction);
    m_fromInteractionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_linkAction = edit->addAction(tr("Lin&k to Entry…"), this, &MainWindow::linkToEntry);
    m_linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    edit->addSeparator();
    m_editEntryAction = edit->addAction(tr("Edit Entr&y…"), this, [this] { editEntry(m_currentEntry); });
    m_editEntryAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_removeEntryAction = edit->addAction(tr("Remove Entry"), this, &MainWindow::removeEntry);
    m_removeInteractionAction = edit->addAction(tr("Remove Interaction"), this,
                                                &MainWindow::removeInteraction);

    // Delete removes what has the focus; the views offer their actions on right-click too.
    m_removeEntryAction->setShortcut(QKeySequence::Delete);
    m_removeEntryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeInteractionAction->setShortcut(QKeySequence::Delete);
    m_removeInteractionAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_entryView->addActions({m_editEntryAction, m_removeEntryAction});
    m_entryView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_matrix->addAction(m_removeEntryAction);
    m_interactionView->addActions({m_logAction, m_fromInteractionAction, m_linkAction,
                                   m_removeInteractionAction});
    m_interactionView->setContextMenuPolicy(Qt::ActionsContextMenu);

    view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    m_hidePersonalAction = view->addAction(tr("&Hide Personal Data"));
    m_hidePersonalAction->setCheckable(true);
    m_hidePersonalAction->setObjectName(QStringLiteral("hidePersonalData"));
    m_hidePersonalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_hidePersonalAction->setToolTip(tr("Mask customers' names, e-mail addresses and phone numbers everywhere, "
                                        "for sharing the screen"));
    connect(m_hidePersonalAction, &QAction::toggled, this, [this](bool hidden) {
        applyPersonalData();
        if (m_persistent)
            QSettings().setValue(QStringLiteral("view/hidePersonalData"), hidden);
    });
    if (m_persistent)
        m_hidePersonalAction->setChecked(QSettings().value(QStringLiteral("view/hidePersonalData")).toBool());
    view->addSeparator();
    QMenu *colourBy = view->addMenu(tr("&Colour Marks By"));
    auto *colourGroup = new QActionGroup(colourBy);
    // As the user left it: a meeting that looks at owners looks at owners next time too.
    const int savedColours = m_persistent ? QSettings().value(QStringLiteral("view/colourBy"), 0).toInt() : 0;
    for (ColourBy by : {ColourBy::Quadrant, ColourBy::Status, ColourBy::Category, ColourBy::Service,
                        ColourBy::Owner}) {
        QAction *action = colourBy->addAction(colourByName(by), this, [this, by] {
            m_matrix->setColourBy(by);
            if (m_entryModel)
                m_entryModel->setColourBy(by);
            if (m_persistent)
                QSettings().setValue(QStringLiteral("view/colourBy"), int(by));
        });
        action->setCheckable(true);
        action->setChecked(int(by) == savedColours);
        action->setObjectName(QStringLiteral("colourBy%1").arg(int(by)));
        colourGroup->addAction(action);
        if (int(by) == savedColours && by != ColourBy::Quadrant)
            m_matrix->setColourBy(by);
    }
    QAction *sizeByEvidence = view->addAction(tr("&Size Marks by Evidence"));
    sizeByEvidence->setCheckable(true);
    sizeByEvidence->setToolTip(tr("Larger marks for entries with more linked interactions"));
    connect(sizeByEvidence, &QAction::toggled, m_matrix, &MatrixView::setSizeByEvidence);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    auto *themeGroup = new QActionGroup(theme);
    const std::pair<Theme::Choice, QString> themes[] = {{Theme::Choice::System, tr("&System")},
                                                        {Theme::Choice::Light, tr("&Light")},
                                                        {Theme::Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, name] : themes) {
        QAction *action = theme->addAction(name, this, [this, choice] {
            Theme::apply(choice);
            if (m_persistent)
                Theme::save(choice);
        });
        action->setCheckable(true);
        action->setChecked(choice == Theme::current());
        action->setObjectName(QStringLiteral("theme-") + Theme::key(choice));
        themeGroup->addAction(action);
    }
    QMenu *meeting = menuBar()->addMenu(tr("&Meeting"));
    QAction *snapshot = meeting->addAction(tr("&Take Snapshot…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Take Snapshot"), tr("Name of the snapshot, for example the meeting it records:"),
            QLineEdit::Normal, tr("Meeting of %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)), &ok);
        if (ok && !name.trimmed().isEmpty())
            takeSnapshot(name.trimmed());
    });
    snapshot->setObjectName(QStringLiteral("takeSnapshot"));
    snapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    QAction *compare = meeting->addAction(tr("&Compare with Snapshot…"), this, [this] {
        if (const qint64 id = ComparisonBar::chooseSnapshot(this, m_document.get()))
            compareWith(id);
    });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_stopComparingAction = meeting->addAction(tr("&Stop Comparing"), this, [this] { compareWith(0); });
    m_stopComparingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    // Every meeting action works in presentation mode too, with the menu bar hidden.
    addActions({snapshot, compare, m_stopComparingAction});
    m_stopComparingAction->setEnabled(false);
    createReviewActions(meeting);
    meeting->addSeparator();
    m_presentAction = meeting->addAction(tr("&Presentation Mode"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::toggled, this, &MainWindow::setPresentation);
    addAction(m_presentAction); // F5 works while the menu bar is hidden
    auto *leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setShortcutContext(Qt::WindowShortcut);
    connect(leave, &QAction::triggered, this, [this] { m_presentAction->setChecked(false); });
    addAction(leave);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting Started"), this, [this] { HelpDialogs::showGettingStarted(this); });
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { HelpDialogs::showShortcuts(this); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    help->addAction(tr("&About QuickWins"), this, [this] {
        QMessageBox::about(this, tr("About QuickWins"),
                           tr("<p><b>QuickWins %1</b></p><p>A continuous-improvement register for "
                              "IT service desks: every poor interaction becomes evidence, every "
                              "improvement is scored on impact and effort, and the quick wins "
                              "come first.</p>").arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(m_logAction);
    tools->addAction(m_newEntryAction);
    tools->addAction(m_fromInteractionAction);
    tools->addAction(m_linkAction);

    // The filters apply to the list and the matrix alike: a bar across the whole window.
    addToolBarBreak();
    QToolBar *filters = addToolBar(tr("Filters"));
    filters->setObjectName(QStringLiteral("filterToolBar"));
    filters->addWidget(m_filterBar);
    QAction *find = new QAction(tr("&Find Entries"), this);
    find->setShortcuts(standardKeys(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    view->addAction(find);
}

void MainWindow::setDocument(std::unique_ptr<RegisterDocument> document)
{
    // A shared register's others' changes are listened for before the models read it.
    if (document->isShared())
        document->followOthers();
    auto *entryModel = new EntryModel(document.get(), this);
    entryModel->setFilter(m_filterBar->filter());
    entryModel->setColourBy(m_matrix->colourBy());
    auto *interactionModel = new InteractionModel(document.get(), this);
    const bool hidden = m_hidePersonalAction->isChecked() || m_presenting;
    entryModel->setPersonalDataHidden(hidden);
    interactionModel->setPersonalDataHidden(hidden);

    QItemSelectionModel *oldEntrySelection = m_entryView->selectionModel();
    QItemSelectionModel *oldInteractionSelection = m_interactionView->selectionModel();
    m_entryView->setModel(entryModel);
    m_interactionView->setModel(interactionModel);
    m_matrix->setModel(entryModel);
    delete oldEntrySelection;
    delete oldInteractionSelection;
    delete m_entryModel;
    delete m_interactionModel;
    m_entryModel = entryModel;
    m_interactionModel = interactionModel;
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_actions.reset();
    m_document = std::move(document);
    m_actions = std::make_unique<RegisterActions>(m_document.get());
    followOthers();
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    m_currentEntry = 0;
    // A word about another register's entry goes with it.
    m_hiddenTimer->stop();
    m_hiddenEntry = 0;
    m_hiddenNotice->setNotice(NoticeBar::Kind::Information, {});
    m_comparison->compareWith(0, m_document.get(), m_entryModel);
    // (After the models, which were connected first, have applied the change.)
    connect(m_document.get(), &RegisterDocument::changed, this, [this](const RegisterChange &change) {
        if (change.snapshots)
            updateComparison();
        if (change.reviews || change.touchesEntries())
            updateReview();
        if (change.allEntries || !change.entriesAdded.isEmpty() || !change.entriesRemoved.isEmpty()
            || (change.entryFields & (EntryFields::Service | EntryFields::Owner)))
            updateFilterChoices();
    });

    sizeEntryColumns(m_entryView);
    m_interactionView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_interactionView->horizontalHeader()->resizeSection(
        InteractionModel::When, m_interactionView->fontMetrics().horizontalAdvance(
                                    QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)),
                                                       QLocale::ShortFormat)) + 16);
    m_interactionView->horizontalHeader()->resizeSection(InteractionModel::Comment, 260);

    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing)
                    selectEntry(current.data(EntryModel::IdRole).toLongLong());
            });
    connect(m_interactionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_entryModel, &EntryModel::entriesUpdated, this, [this] {
        updateComparison();
        updateStatus();
    });
    // A filter shows other rows: the entry chosen stays chosen if it is among them.
    connect(m_entryModel, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = m_currentEntry;
        m_currentEntry = 0;
        selectEntry(keep);
    });
    connect(m_interactionModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_interactionModel, &InteractionModel::totalChanged, this, &MainWindow::updateStatus);
    updateFilterChoices();
    m_trend->setDocument(m_document.get());
    m_triage->setDocument(m_document.get(), m_actions.get());
    m_reviewPanel->setDocument(m_document.get(), m_actions.get());
    m_actionsView->setDocument(m_document.get(), m_actions.get());
    updateReview();
    connect(m_document.get(), &RegisterDocument::errorOccurred, this, &MainWindow::showError);

    setWindowTitle(tr("%1 – QuickWins").arg(QFileInfo(m_document->filePath()).fileName()));
    setWindowFilePath(m_document->filePath());
    connect(m_document.get(), &RegisterDocument::healthChanged, this, &MainWindow::updateHealth);
    m_document->startCheck();
    updateHealth();
}

void MainWindow::updateFilterChoices()
{
    QStringList services;
    QStringList owners;
    for (const EntrySummary &e : m_entryModel->allEntries()) {
        services.append(e.service);
        owners.append(e.owner);
    }
    for (QStringList *list : {&services, &owners}) {
        list->removeDuplicates();
        list->sort(Qt::CaseInsensitive);
    }
    m_filterBar->setChoices(services, owners);
}

void MainWindow::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool hasInteraction = m_interactionView->selectionModel()
        && m_interactionView->selectionModel()->hasSelection();
    m_saveCopyAction->setEnabled(m_document != nullptr);
    m_copyToTeamAction->setEnabled(m_document != nullptr);
    m_restoreAction->setEnabled(m_document && m_document->canRestore());
    m_logAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_poorRuleAction->setEnabled(writable);
    m_newEntryAction->setEnabled(writable);
    m_fromInteractionAction->setEnabled(writable && hasInteraction);
    m_linkAction->setEnabled(writable && hasInteraction && m_entryModel && m_entryModel->rowCount() > 0);
    m_editEntryAction->setEnabled(m_currentEntry != 0);
    m_removeEntryAction->setEnabled(writable && m_currentEntry != 0);
    m_removeInteractionAction->setEnabled(writable && hasInteraction);
}

void MainWindow::updateStatus()
{
    if (!m_document)
        return;
    if (m_document->readOnlyReason().isEmpty())
        m_notice->setNotice(NoticeBar::Kind::Warning, storedValuesNotice());
    const int shown = m_entryModel->rowCount();
    const int all = int(m_entryModel->allEntries().size());
    // An empty register shows the ways in instead of an empty matrix.
    const bool empty = all == 0 && m_interactionModel->totalCount() == 0;
    m_startPanel->setWritable(!m_document->isReadOnly());
    m_startPanel->setVisible(empty && !m_presenting);
    m_matrix->setVisible(!empty || m_presenting);
    m_statusLabel->setText((shown == all ? tr("%n entries", nullptr, all)
                                         : tr("%1 of %n entries shown", nullptr, all).arg(shown))
                           + QStringLiteral(" · ")
                           + tr("%n interactions", nullptr, m_interactionModel->totalCount()));
    updateActions();
}

void MainWindow::selectEntry(qint64 id)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_currentEntry = id;
    m_matrix->setSelectedEntry(id);
    const int row = m_entryModel ? m_entryModel->rowOf(id) : -1;
    if (row >= 0) {
        const QModelIndex index = m_entryModel->index(row, 0);
        m_entryView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_entryView->scrollTo(index);
    } else if (m_entryView->selectionModel()) {
        m_entryView->selectionModel()->clear();
        m_currentEntry = 0;
    }
    m_syncing = false;
    updateActions();
}

void MainWindow::selectInteraction(qint64 id)
{
    const int row = m_interactionModel ? m_interactionModel->rowOf(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_interactionModel->index(row, 0);
    m_interactionView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_interactionView->scrollTo(index);
}

QList<qint64> MainWindow::selectedInteractions() const
{
    QList<qint64> ids;
    if (!m_interactionView->selectionModel())
        return ids;
    for (const QModelIndex &index : m_interactionView->selectionModel()->selectedRows())
        ids.append(index.data(InteractionModel::IdRole).toLongLong());
    return ids;
}













void MainWindow::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    m_presentAction->setChecked(on);
    if (on) {
        m_stateBeforePresentation = saveState();
        // A review presented is the matrix and the item walked; otherwise the quick wins.
        const bool review = m_document && m_document->runningReview();
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (!(review && dock == m_reviewDock))
                dock->hide();
        }
        for (QToolBar *bar : findChildren<QToolBar *>())
            bar->hide();
        menuBar()->hide();
        statusBar()->hide();
        // The key beside the matrix; in a review the item walked is beside it instead.
        m_matrix->setKeyShown(!review);
        showFullScreen();
    } else {
        m_matrix->setKeyShown(false);
        menuBar()->show();
        statusBar()->show();
        restoreState(m_stateBeforePresentation);
        showNormal();
    }
    m_matrix->setPresentation(on);
    // Tooltips are read from across the room too.
    static const QFont usualTips = QToolTip::font();
    QFont tips = usualTips;
    if (on)
        tips.setPixelSize(20);
    QToolTip::setFont(tips);
    QFont noticeFont = font();
    if (on)
        noticeFont.setPixelSize(18);
    m_comparison->setFont(noticeFont);
    applyPersonalData();
}

bool MainWindow::isPersonalDataHidden() const
{
    return m_presenting || m_hidePersonalAction->isChecked();
}

void MainWindow::applyPersonalData()
{
    const bool hidden = isPersonalDataHidden();
    if (m_entryModel)
        m_entryModel->setPersonalDataHidden(hidden);
    if (m_interactionModel)
        m_interactionModel->setPersonalDataHidden(hidden);
    m_triage->setPersonalDataHidden(hidden);
}

void MainWindow::takeSnapshot(const QString &name)
{
    if (m_actions->takeSnapshot(name))
        statusBar()->showMessage(tr("Snapshot “%1” taken").arg(name), 5000);
}

void MainWindow::compareWith(qint64 snapshotId)
{
    m_comparison->compareWith(snapshotId, m_document.get(), m_entryModel);
    m_stopComparingAction->setEnabled(m_comparison->snapshotId() != 0);
}

void MainWindow::updateComparison()
{
    m_comparison->refresh(m_document.get(), m_entryModel);
    m_stopComparingAction->setEnabled(m_comparison->snapshotId() != 0);
}





void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("QuickWins"), message);
}





void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistent) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
    }
    event->accept();
}

} // namespace qw
