// MainWindow, continued: what the person does to entries and interactions (dialogs, drags,
// menus), handed to the register's actions (RegisterActions, which decide how: the undo steps
// and the rules). The rest is in mainwindow.cpp.
#include "mainwindow.h"

#include "entrydialog.h"
#include "interactiondialog.h"
#include "linkdialog.h"
#include "filterbar.h"
#include "matrixview.h"
#include "noticebar.h"

#include "actions/registeractions.h"
#include "document/registerdocument.h"
#include "models/entrymodel.h"
#include "models/interactionmodel.h"

#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace qw {

void MainWindow::logInteraction()
{
    Interaction prototype;
    const QDateTime now = QDateTime::currentDateTime();
    prototype.occurredAt = now.addSecs(-now.time().second());
    // The channel and service of this register's newest interaction (never another register's).
    if (m_interactionModel && m_interactionModel->rowCount() > 0) {
        if (const auto newest = m_document->interaction(m_interactionModel->idAt(0))) {
            prototype.channel = newest->channel;
            prototype.service = newest->service;
        }
    }
    prototype.score = scaleMinimum(prototype.scale);

    InteractionDialog dialog(prototype, true, m_document->poorRule(), this);
    dialog.setServices(m_document->knownServices());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto id = m_actions->logInteraction(dialog.interaction()))
        selectInteraction(*id);
}

void MainWindow::newEntry()
{
    EntryDialog dialog(m_actions->draftEntry(), true, this);
    dialog.setServices(m_document->knownServices());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto id = m_actions->addEntry(dialog.entry())) {
        selectEntry(*id);
        sayIfHidden(*id);
    }
}

void MainWindow::newEntryFromInteraction()
{
    const QList<qint64> ids = selectedInteractions();
    if (!ids.isEmpty() && m_document->interaction(ids.first()))
        newEntryFrom(ids, m_actions->draftFromInteractions(ids));
}

void MainWindow::newEntryFrom(const QList<qint64> &ids, const Entry &draft)
{
    EntryDialog dialog(draft, true, this);
    dialog.setServices(m_document->knownServices());
    // Shown masked while personal data is hidden; what is saved is the comment as it was.
    if (isPersonalDataHidden())
        dialog.setPersonalDataHidden();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto id = m_actions->addEntry(dialog.entry(), ids))
        selectEntry(*id);
}

void MainWindow::linkToEntry()
{
    const QList<qint64> ids = selectedInteractions();
    if (ids.isEmpty())
        return;
    const auto first = m_document->interaction(ids.first());
    LinkDialog dialog(m_entryModel, first ? first->entryId : 0, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenEntry() == 0)
        return;
    m_actions->link(ids, dialog.chosenEntry());
    selectEntry(dialog.chosenEntry());
}

void MainWindow::editEntry(qint64 id)
{
    const auto before = m_document->entry(id);
    if (!before)
        return;
    EntryDialog dialog(*before, false, this);
    dialog.setServices(m_document->knownServices());
    if (isPersonalDataHidden())
        dialog.setPersonalDataHidden();
    dialog.setHistory(m_document->history(id));
    QList<Interaction> linked;
    for (qint64 interactionId : m_document->interactionsLinkedTo(id)) {
        if (const auto interaction = m_document->interaction(interactionId))
            linked.append(*interaction);
    }
    dialog.setLinkedInteractions(linked, m_document->poorRule());
    dialog.setBeforeAfter(m_document->beforeAfter(*before));
    if (m_document->isReadOnly())
        dialog.setReadOnly();
    if (dialog.exec() != QDialog::Accepted || m_document->isReadOnly())
        return;
    if (saveEditedEntry(*before, dialog.entry()))
        sayIfHidden(id);
}

void MainWindow::rescoreEntry(qint64 id, int impact, int effort)
{
    // Step by step with the arrow keys or a drag: one step of the undo history.
    if (m_actions->rescore(id, impact, effort, true))
        selectEntry(id);
}

void MainWindow::setEntryStatus(qint64 id, Status status)
{
    if (m_actions->setStatus(id, status))
        sayIfHidden(id);
}

void MainWindow::sayIfHidden(qint64 id)
{
    const QList<EntrySummary> &all = m_entryModel->allEntries();
    const auto it = std::find_if(all.cbegin(), all.cend(), [id](const EntrySummary &e) { return e.id == id; });
    if (it == all.cend() || m_entryModel->rowOf(id) >= 0)
        return;
    EntryFilter open = m_filterBar->filter();
    open.openOnly = false;
    const QString code = Entry::codeFor(id);
    const QString text = open.accepts(*it)
        ? tr("%1 is %2 and hidden by Open only.").arg(code, statusName(it->status).toLower())
        : tr("%1 is hidden by the filter.").arg(code);
    m_hiddenEntry = id;
    m_hiddenNotice->setNotice(NoticeBar::Kind::Information, text, tr("&Show"));
    statusBar()->showMessage(text, 10000);
    // A passing word: it goes after a while (counted from the latest).
    m_hiddenTimer->start();
}

void MainWindow::showEntryMenu(qint64 id, const QPoint &globalPos)
{
    QMenu menu(this);
    if (m_presenting) { // read from across the room
        QFont big = menu.font();
        big.setPixelSize(20);
        menu.setFont(big);
    }
    const auto entry = id ? m_document->entry(id) : std::nullopt;
    const bool writable = !m_document->isReadOnly();
    if (entry) {
        menu.addAction(tr("&Open %1…").arg(entry->code()), this, [this, id] { editEntry(id); });
        QMenu *status = menu.addMenu(tr("&Status"));
        status->setEnabled(writable);
        for (Status s : allStatuses()) {
            QAction *action = status->addAction(statusName(s), this, [this, id, s] { setEntryStatus(id, s); });
            action->setCheckable(true);
            action->setChecked(s == entry->status);
        }
        QAction *link = menu.addAction(tr("&Link Selected Interactions to %1").arg(entry->code()), this,
                                       [this, id] {
                                           m_actions->link(selectedInteractions(), id);
                                       });
        link->setEnabled(writable && !selectedInteractions().isEmpty());
        if (!m_presenting) { // (nothing destructive on a shared screen)
            menu.addSeparator();
            menu.addAction(m_removeEntryAction);
        }
    } else {
        menu.addAction(m_newEntryAction);
    }
    menu.exec(globalPos);
}

void MainWindow::editInteraction(qint64 id)
{
    const auto before = m_document->interaction(id);
    if (!before || m_document->isReadOnly())
        return;
    InteractionDialog dialog(*before, false, m_document->poorRule(), this);
    dialog.setServices(m_document->knownServices());
    if (isPersonalDataHidden())
        dialog.setPersonalDataHidden();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_actions->editInteraction(*before, dialog.interaction());
}

void MainWindow::removeEntry()
{
    const qint64 id = m_currentEntry;
    // In front of a room (presenting, or in a review), a key pressed by mistake removes nothing
    // unasked.
    if (id != 0 && (m_presenting || m_document->runningReview())) {
        const auto entry = m_document->entry(id);
        if (!entry
            || QMessageBox::question(this, tr("Remove Entry"),
                                     tr("Remove %1 “%2” from the register? Undo brings it back.")
                                         .arg(entry->code(), entry->title),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return;
    }
    if (m_actions->removeEntry(id))
        statusBar()->showMessage(tr("Removed %1. Undo brings it back.").arg(Entry::codeFor(id)), 5000);
}

void MainWindow::removeInteraction()
{
    m_actions->removeInteractions(selectedInteractions());
}

} // namespace qw
