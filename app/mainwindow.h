#pragma once

#include "chartexport.h"
#include "domain/registerlocation.h"
#include "domain/status.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QTableView;
class QThread;
class QTimer;
class QDateTime;
class QUndoGroup;

namespace qw {

class ActionsView;
class ComparisonBar;
class ReviewPanel;
struct Entry;
struct RegisterChange;
class RegisterActions;
class NoticeBar;
class EntryModel;
class RecentRegisters;
class StartPanel;
class TrendView;
class TriageView;
class FilterBar;
class InteractionModel;
class MatrixView;
class RegisterDocument;

// The main window: the matrix in the middle, the prioritised list and the interactions beside
// it. It turns the person's actions into undo commands on the open register and keeps the
// selection of an entry the same in the list and on the matrix. It never touches storage.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // persistent: remember the layout and recent registers in the user's settings (off for
    // screenshots and tests, which must not depend on or change the user's settings).
    explicit MainWindow(bool persistent = true, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the register at path in this window; on failure the current one stays open.
    bool openRegister(const QString &path, QString *error);
    // Shows a register opened already (at start, before the window was built: see
    // RegisterDocument::prefetchEntrySummaries()).
    void showDocument(std::unique_ptr<RegisterDocument> document);
    RegisterDocument *document() const { return m_document.get(); }
    MatrixView *matrixView() const { return m_matrix; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *entryView() const { return m_entryView; }
    QTableView *interactionView() const { return m_interactionView; }
    EntryModel *entryModel() const { return m_entryModel; }
    // Opens a register the user chose (a file, or a team register's address, asking for its
    // password when the server wants one it was not given); errors are said.
    void openChosen(const QString &path);

    qint64 currentEntry() const { return m_currentEntry; }
    void selectEntry(qint64 id);
    void selectInteraction(qint64 id);

    static QString defaultRegisterPath();
    static QString demonstrationRegisterPath();

    // Presentation mode (F5, Esc leaves): full screen, the matrix in large text, a numbered list
    // of the quick wins beside it, and no personal data anywhere.
    void setPresentation(bool on);
    bool isPresenting() const { return m_presenting; }
    // View ▸ Hide Personal Data, or presentation mode: customers' data masked everywhere.
    bool isPersonalDataHidden() const;

    void takeSnapshot(const QString &name);
    // Compares the matrix with a snapshot (0: stop comparing).
    void compareWith(qint64 snapshotId);
    QLabel *comparisonNotice() const;

public Q_SLOTS:
    void logInteraction();
    void importInteractions();
    void newEntry();
    void newEntryFromInteraction();
    void newEntryFrom(const QList<qint64> &ids, const Entry &draft);
    void linkToEntry();
    void editEntry(qint64 id);
    void editInteraction(qint64 id);
    void removeEntry();
    void removeInteraction();
    void rescoreEntry(qint64 id, int impact, int effort);
    void setEntryStatus(qint64 id, Status status);
    void showEntryMenu(qint64 id, const QPoint &globalPos);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    // The review meeting (mainwindowreview.cpp): its docks, its menu, its state.
    void createReviewDocks();
    void createReviewActions(QMenu *meeting);
    void startReview();
    void showPastReviews();
    void updateReview();
    void setDocument(std::unique_ptr<RegisterDocument> document);
    void updateActions();
    void updateHealth();
    QString storedValuesNotice() const;
    void updateStatus();
    void updateFilterChoices();
    void openFromDialog();
    void newRegister();
    void saveCopy();
    void restoreFromBackup();
    // Today's backup of the open register, on a thread of its own (see Backups).
    void startDailyBackup();
    // The demonstration register, in a file of its own, filled the first time.
    void openDemonstration();
    QList<qint64> selectedInteractions() const;
    void showError(const QString &message);
    void exportChart();
    void copyChart();
    ChartExport::Options chartOptions() const;
    void updateComparison();
    void applyPersonalData();
    // After an edit: a passing word, with a way to show it, when the filter now hides the entry.
    void sayIfHidden(qint64 id);
    // A shared register (mainwindowshared.cpp): others' changes as they come, and who made the
    // last one, in the status bar.
    void followOthers();
    // File ▸ Open Team Register: address shown first, problem why it is asked again (a
    // password refused), if it is.
    void openTeamRegister(const RegisterLocation::ServerAddress &address, const QString &problem = {});
    void copyToTeamRegister();
    // An entry edited in its dialog, saved: on a team register, a field someone else changed
    // meanwhile is theirs or yours as the user decides, asked field by field.
    bool saveEditedEntry(const Entry &before, const Entry &after);
    static bool isPasswordRefusal(const QString &error);
    // What the dialog says of it, for people.
    static QString passwordProblem(const QString &error, const QString &user);
    void sayChangedElsewhere(const QString &user, const RegisterChange &change, const QDateTime &when);

    bool m_persistent;
    std::unique_ptr<RegisterDocument> m_document;
    std::unique_ptr<RegisterActions> m_actions; // the document's (after it: goes first)
    std::unique_ptr<QThread> m_backup;
    EntryModel *m_entryModel = nullptr;
    InteractionModel *m_interactionModel = nullptr;
    MatrixView *m_matrix = nullptr;
    QTableView *m_entryView = nullptr;
    QTableView *m_interactionView = nullptr;
    NoticeBar *m_notice = nullptr;
    NoticeBar *m_hiddenNotice = nullptr; // "CI-0007 is done and hidden by Open only"
    qint64 m_hiddenEntry = 0;
    QTimer *m_hiddenTimer = nullptr;
    bool m_backupWanted = false; // today's backup, once the register is found whole
    FilterBar *m_filterBar = nullptr;
    TrendView *m_trend = nullptr;
    TriageView *m_triage = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_elsewhereLabel = nullptr; // who changed what last, on a shared register
    QUndoGroup *m_undoGroup = nullptr;
    RecentRegisters *m_recent = nullptr;
    qint64 m_currentEntry = 0;
    bool m_syncing = false;

    QAction *m_saveCopyAction = nullptr;
    QAction *m_copyToTeamAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_poorRuleAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_newEntryAction = nullptr;
    QAction *m_fromInteractionAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_editEntryAction = nullptr;
    QAction *m_removeEntryAction = nullptr;
    QAction *m_removeInteractionAction = nullptr;
    QAction *m_hidePersonalAction = nullptr;
    QAction *m_presentAction = nullptr;
    StartPanel *m_startPanel = nullptr;
    bool m_presenting = false;
    QByteArray m_stateBeforePresentation;
    ComparisonBar *m_comparison = nullptr;
    QAction *m_stopComparingAction = nullptr;
    ReviewPanel *m_reviewPanel = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    ActionsView *m_actionsView = nullptr;
    QAction *m_startReviewAction = nullptr;
    QAction *m_endReviewAction = nullptr;
    QByteArray m_stateBeforeReview;
};

} // namespace qw
