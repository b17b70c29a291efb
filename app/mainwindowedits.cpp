// MainWindow, continued: turning what the person does to entries and interactions (dialogs,
// drags, menus) into undo commands on the open register. The rest is in mainwindow.cpp.
#include "mainwindow.h"

#include "entrydialog.h"
#include "interactiondialog.h"
#include "linkdialog.h"
#include "filterbar.h"
#include "matrixview.h"
#include "noticebar.h"

#include "commands/entrycommands.h"
#include "commands/interactioncommands.h"
#include "document/registerdocument.h"
#include "domain/personaldata.h"
#include "models/entrymodel.h"
#include "models/interactionmodel.h"

#include <QMenu>
#include <QTimer>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace qw {

namespace {

// Pushes command and says whether it was done and kept: a command whose change failed (a full
// disk, a field too long) makes itself obsolete, and the stack deletes it at once, so it must
// not be asked anything after.
bool pushKept(QUndoStack *stack, QUndoCommand *command)
{
    stack->push(command);
    return stack->index() > 0 && stack->command(stack->index() - 1) == command;
}

} // namespace

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
    const Interaction interaction = dialog.interaction();
    auto *command = new AddInteractionCommand(m_document.get(), interaction);
    if (pushKept(m_document->undoStack(), command))
        selectInteraction(command->interactionId());
}

void MainWindow::newEntry()
{
    Entry entry;
    entry.raisedOn = QDate::currentDate();
    entry.raisedBy = m_document->userName();
    EntryDialog dialog(entry, true, this);
    dialog.setServices(m_document->knownServices());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddEntryCommand(m_document.get(), dialog.entry());
    if (pushKept(m_document->undoStack(), command)) {
        selectEntry(command->entryId());
        sayIfHidden(command->entryId());
    }
}

void MainWindow::newEntryFromInteraction()
{
    const QList<qint64> ids = selectedInteractions();
    if (ids.isEmpty())
        return;
    const auto first = m_document->interaction(ids.first());
    if (!first)
        return;
    // Masked before it is cut: a cut address or number would no longer be recognised.
    QString title = PersonalData::masked(first->reason.isEmpty() ? first->comment : first->reason, first->customer)
                        .simplified();
    if (title.size() > 60)
        title = title.left(59) + QStringLiteral("…");
    newEntryFromInteractions(ids, first->service, title);
}

void MainWindow::newEntryFromInteractions(const QList<qint64> &ids, const QString &service, const QString &title)
{
    Entry entry;
    const auto first = m_document->interaction(ids.value(0));
    // A title goes on the matrix and onto a shared screen: the customer's e-mail address, phone
    // number or name never come into it from the reason (the description says why, below).
    entry.title = PersonalData::masked(title, first ? first->customer : QString());
    if (first)
        entry.description = first->comment;
    entry.service = service;
    entry.raisedOn = QDate::currentDate();
    entry.raisedBy = m_document->userName();
    EntryDialog dialog(entry, true, this);
    dialog.setServices(m_document->knownServices());
    // Shown masked while personal data is hidden; what is saved is the comment as it was.
    if (isPersonalDataHidden())
        dialog.setPersonalDataHidden();
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddEntryCommand(m_document.get(), dialog.entry(), ids);
    if (pushKept(m_document->undoStack(), command))
        selectEntry(command->entryId());
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
    m_document->undoStack()->push(new LinkInteractionsCommand(m_document.get(), ids, dialog.chosenEntry()));
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
    const Entry after = dialog.entry();
    if (after != *before) {
        m_document->undoStack()->push(new EditEntryCommand(m_document.get(), *before, after));
        sayIfHidden(id);
    }
}

void MainWindow::rescoreEntry(qint64 id, int impact, int effort)
{
    const auto before = m_document->entry(id);
    if (!before || m_document->isReadOnly() || (before->impact == impact && before->effort == effort))
        return;
    Entry after = *before;
    after.impact = impact;
    after.effort = effort;
    // Step by step with the arrow keys, one step of the undo history.
    auto *command = new EditEntryCommand(m_document.get(), *before, after);
    command->setMergeable(true);
    m_document->undoStack()->push(command);
    selectEntry(id);
}

void MainWindow::setEntryStatus(qint64 id, Status status)
{
    const auto before = m_document->entry(id);
    const bool unknown = before && (before->stored.invalid & StoredValues::Status);
    if (!before || m_document->isReadOnly() || (before->status == status && !unknown))
        return;
    Entry after = *before;
    after.status = status;
    after.stored.invalid &= quint8(~StoredValues::Status);
    // Done means done today, unless someone said otherwise.
    if ((status == Status::Done || status == Status::Verified) && !after.doneOn.isValid())
        after.doneOn = QDate::currentDate();
    m_document->undoStack()->push(new EditEntryCommand(m_document.get(), *before, after));
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
                                           const QList<qint64> ids = selectedInteractions();
                                           m_document->undoStack()->push(
                                               new LinkInteractionsCommand(m_document.get(), ids, id));
                                       });
        link->setEnabled(writable && !selectedInteractions().isEmpty());
        menu.addSeparator();
        menu.addAction(m_removeEntryAction);
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
    const Interaction after = dialog.interaction();
    if (after != *before)
        m_document->undoStack()->push(new EditInteractionCommand(m_document.get(), *before, after));
}

void MainWindow::removeEntry()
{
    const auto entry = m_document->entry(m_currentEntry);
    if (!entry)
        return;
    m_document->undoStack()->push(new RemoveEntryCommand(m_document.get(), *entry));
    statusBar()->showMessage(tr("Removed %1. Undo brings it back.").arg(entry->code()), 5000);
}

void MainWindow::removeInteraction()
{
    const QList<qint64> ids = selectedInteractions();
    if (ids.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Remove %n interaction(s)", nullptr, int(ids.size())));
    for (qint64 id : ids)
        stack->push(new RemoveInteractionCommand(m_document.get(), id));
    stack->endMacro();
}

} // namespace qw
