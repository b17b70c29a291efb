// MainWindow: the review meeting (Meeting ▸ Start Review…, the review dock walking its agenda,
// the actions dock, Past Reviews).

#include "mainwindow.h"

#include "actionsview.h"
#include "matrixview.h"
#include "reviewdialogs.h"
#include "reviewpanel.h"

#include "actions/registeractions.h"
#include "document/registerdocument.h"

#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace qw {

void MainWindow::createReviewDocks()
{
    m_actionsView = new ActionsView(this);
    m_actionsView->setObjectName(QStringLiteral("actionsView"));
    auto *actionsDock = new QDockWidget(tr("Actions"), this);
    actionsDock->setObjectName(QStringLiteral("actionsDock"));
    actionsDock->setWidget(m_actionsView);
    addDockWidget(Qt::RightDockWidgetArea, actionsDock);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("interactionsDock")), actionsDock);
    findChild<QDockWidget *>(QStringLiteral("interactionsDock"))->raise();
    connect(m_actionsView, &ActionsView::entryActivated, this, &MainWindow::selectEntry);

    m_reviewPanel = new ReviewPanel(this);
    m_reviewPanel->setObjectName(QStringLiteral("reviewPanel"));
    m_reviewDock = new QDockWidget(tr("Review"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_reviewPanel);
    m_reviewDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    m_reviewDock->hide();
    connect(m_reviewPanel, &ReviewPanel::entryShown, this, [this](qint64 id) {
        m_matrix->setFocusEntry(id);
        if (id) {
            selectEntry(id);
            sayIfHidden(id); // done and hidden by Open only, say: the matrix cannot show it
        }
    });
    connect(m_reviewPanel, &ReviewPanel::editEntryRequested, this, &MainWindow::editEntry);
    connect(m_reviewPanel, &ReviewPanel::reviewEnded, this, [this](qint64) {
        statusBar()->showMessage(tr("The review ended: its snapshot is taken and its minutes are in Meeting ▸ Past "
                                    "Reviews."), 8000);
        showPastReviews();
    });
}

void MainWindow::createReviewActions(QMenu *meeting)
{
    meeting->addSeparator();
    m_startReviewAction = meeting->addAction(tr("Start &Review…"), this, &MainWindow::startReview);
    m_startReviewAction->setObjectName(QStringLiteral("startReview"));
    m_startReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    QAction *next = meeting->addAction(tr("&Next Item"), this, [this] { m_reviewPanel->next(); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    QAction *previous = meeting->addAction(tr("Previous &Item"), this, [this] { m_reviewPanel->previous(); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_endReviewAction = meeting->addAction(tr("&End Review…"), this, [this] { m_reviewPanel->endReview(); });
    m_endReviewAction->setObjectName(QStringLiteral("endReview"));
    m_endReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    QAction *past = meeting->addAction(tr("Past Re&views…"), this, &MainWindow::showPastReviews);
    past->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    addActions({m_startReviewAction, next, previous, m_endReviewAction, past});
    // Next and Previous only while a review runs.
    connect(meeting, &QMenu::aboutToShow, this, [this, next, previous] {
        const bool running = m_document && m_document->runningReview();
        next->setEnabled(running);
        previous->setEnabled(running);
    });
}

void MainWindow::startReview()
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_document->runningReview()) {
        m_reviewDock->show();
        m_reviewDock->raise();
        return;
    }
    const auto agenda = m_document->agenda(QDate::currentDate());
    if (!agenda)
        return; // the document has said why
    StartReviewDialog dialog(*agenda, m_document->knownAttendees(), this);
    if (!m_document->hasFoundCauses())
        dialog.setNote(tr("Causes in triage have not been found in this register yet, so the agenda has no new "
                          "evidence: open the Triage tab once to find them."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_actions->startReview(dialog.attendees(), dialog.items());
}

void MainWindow::updateReview()
{
    if (!m_document)
        return;
    m_actionsView->refresh();
    const bool running = m_document->runningReview().has_value();
    const bool shown = m_reviewDock->isVisible();
    m_startReviewAction->setText(running ? tr("Show the &Review") : tr("Start &Review…"));
    m_endReviewAction->setEnabled(running);
    if (running && !shown) {
        // The meeting's layout: the matrix and the review; the rest put back when it ends.
        m_stateBeforeReview = saveState();
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (dock != m_reviewDock)
                dock->hide();
        }
        m_reviewDock->show();
        resizeDocks({m_reviewDock}, {width() * 11 / 20}, Qt::Horizontal);
        if (m_presenting) { // started in front of the room: the review, not the key
            m_stateBeforeReview = m_stateBeforePresentation;
            m_matrix->setKeyShown(false);
        }
    } else if (!running && shown) {
        m_reviewDock->hide();
        m_matrix->setFocusEntry(0);
        if (!m_stateBeforeReview.isEmpty() && !m_presenting)
            restoreState(m_stateBeforeReview);
        else if (!m_stateBeforeReview.isEmpty()) // ended in front of the room: leaving it restores what was
            m_stateBeforePresentation = m_stateBeforeReview;
        m_stateBeforeReview.clear();
        if (m_presenting) // ended in front of the room: the key again
            m_matrix->setKeyShown(true);
    }
    m_reviewPanel->refresh();
}

void MainWindow::showPastReviews()
{
    if (!m_document)
        return;
    PastReviewsDialog dialog(m_document.get(), this);
    dialog.exec();
}

} // namespace qw
