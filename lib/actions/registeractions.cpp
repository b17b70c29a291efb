#include "registeractions.h"

#include "commands/causecommands.h"
#include "commands/entrycommands.h"
#include "commands/importcommands.h"
#include "commands/interactioncommands.h"
#include "commands/reviewcommands.h"
#include "commands/snapshotcommands.h"
#include "document/registerdocument.h"
#include "domain/entryfields.h"
#include "domain/personaldata.h"
#include "domain/priority.h"
#include "review/minutes.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace qw {

namespace {

struct ActionsText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterActions)
};

// Makes the command's change, and only once it is made pushes it (QUndoStack::push() drops the
// steps to redo before it looks whether the command failed: a change that failed must not cost
// them). False when it failed (the document has said why); the command is then gone.
bool pushKept(QUndoStack *stack, RegisterCommand *command)
{
    if (!command->applyBeforePush()) {
        delete command;
        return false;
    }
    stack->push(command);
    return true;
}

} // namespace

void RegisterActions::applyRules(const Entry &before, Entry &after)
{
    using namespace EntryFields;
    const Fields changed = differing(before, after);
    // A value set is one QuickWins knows: the mark of one written outside it goes.
    if (changed & Impact)
        after.stored.invalid &= quint8(~StoredValues::Impact);
    if (changed & Effort)
        after.stored.invalid &= quint8(~StoredValues::Effort);
    if (changed & StatusField)
        after.stored.invalid &= quint8(~StoredValues::Status);
    if (changed & CategoryField)
        after.stored.invalid &= quint8(~StoredValues::Category);
    // Done means done today, unless someone said when.
    if ((changed & StatusField) && (after.status == Status::Done || after.status == Status::Verified)
        && !after.doneOn.isValid())
        after.doneOn = QDate::currentDate();
}

Entry RegisterActions::draftEntry() const
{
    Entry entry;
    entry.raisedOn = QDate::currentDate();
    entry.raisedBy = m_document->userName();
    return entry;
}

Entry RegisterActions::draftFromInteractions(const QList<qint64> &interactionIds) const
{
    const auto first = m_document->interaction(interactionIds.value(0));
    if (!first)
        return draftEntry();
    // Masked before it is cut: a cut address or number would no longer be recognised.
    QString title = PersonalData::masked(first->reason.isEmpty() ? first->comment : first->reason, first->customer)
                        .simplified();
    if (title.size() > 60)
        title = title.left(59) + QStringLiteral("…");
    Entry entry = draftEntry();
    entry.title = title;
    entry.description = first->comment;
    entry.service = first->service;
    return entry;
}

Entry RegisterActions::draftFromCause(const CauseGroupInfo &cause) const
{
    Entry entry = draftEntry();
    entry.title = PersonalData::masked(cause.shownName()).simplified();
    if (entry.title.size() > 60)
        entry.title = entry.title.left(59) + QStringLiteral("…");
    entry.service = cause.services.value(0);
    QString services = cause.services.mid(0, 3).join(QStringLiteral(", "));
    if (cause.services.size() > 3)
        services = ActionsText::tr("%1 and %n more", nullptr, int(cause.services.size()) - 3).arg(services);
    entry.cause = ActionsText::tr("%n poor response(s) say “%1” (%2)", nullptr, cause.responses)
                      .arg(PersonalData::masked(cause.label), services);
    QStringList said;
    for (const Interaction &i : m_document->causeExamples(cause)) {
        const QString text = QString(i.reason + u' ' + i.comment).simplified();
        said.append(QStringLiteral("“%1”").arg(PersonalData::masked(text, i.customer)));
    }
    entry.description = said.join(u'\n');
    return entry;
}

std::optional<qint64> RegisterActions::addEntry(const Entry &entry, const QList<qint64> &evidence)
{
    if (m_document->isReadOnly()) {
        m_document->warn(ActionsText::tr("This register is open read-only, so the change was not made."));
        return std::nullopt;
    }
    Entry added = entry;
    if (!added.raisedOn.isValid())
        added.raisedOn = QDate::currentDate();
    if (added.raisedBy.isEmpty())
        added.raisedBy = m_document->userName();
    applyRules(Entry(), added);
    auto *command = new AddEntryCommand(m_document, added, evidence);
    if (!pushKept(m_document->undoStack(), command))
        return std::nullopt;
    return command->entryId();
}

bool RegisterActions::editEntry(const Entry &before, const Entry &after)
{
    Entry ruled = after;
    applyRules(before, ruled);
    if (EntryFields::differing(before, ruled) == 0)
        return false;
    return pushKept(m_document->undoStack(), new EditEntryCommand(m_document, before, ruled));
}

std::optional<QList<RegisterActions::EditConflict>> RegisterActions::conflicts(const Entry &before, const Entry &after) const
{
    const std::optional<Entry> now = m_document->entry(before.id);
    if (!now)
        return std::nullopt;
    Entry ruled = after;
    applyRules(before, ruled);
    // Changed by both, and not to the same value.
    const EntryFields::Fields both = EntryFields::differing(before, ruled) & EntryFields::differing(before, *now)
        & EntryFields::differing(*now, ruled);
    QList<EditConflict> found;
    if (both == 0)
        return found;
    const QList<HistoryRecord> history = m_document->history(before.id);
    for (const EntryFields::Field field : EntryFields::each(both)) {
        EditConflict conflict;
        conflict.field = field;
        conflict.name = EntryFields::names(field);
        const QString column = EntryFields::historyField(field);
        // The latest line of the field's history says who and when, and their value.
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (it->field == column) {
                conflict.who = it->changedBy;
                conflict.when = it->changedAt;
                conflict.theirs = EntryFields::historyValue(column, it->newValue);
                break;
            }
        }
        Entry mine = *now;
        EntryFields::copy(field, ruled, mine);
        conflict.yours = EntryFields::describe(field, mine);
        if (conflict.theirs.isEmpty())
            conflict.theirs = EntryFields::describe(field, *now);
        found.append(conflict);
    }
    return found;
}

bool RegisterActions::editEntry(const Entry &before, const Entry &after, const QList<EditConflict> &conflicts,
                                quint32 useYours)
{
    const std::optional<Entry> now = m_document->entry(before.id);
    if (!now)
        return false;
    Entry base = before;
    Entry target = after;
    for (const EditConflict &conflict : conflicts) {
        // Yours over theirs: from theirs (what undo puts back); theirs kept: not changed here.
        EntryFields::copy(conflict.field, *now, base);
        if (!(useYours & conflict.field))
            EntryFields::copy(conflict.field, *now, target);
    }
    return editEntry(base, target);
}

bool RegisterActions::rescore(qint64 entryId, int impact, int effort, bool stepwise)
{
    const auto before = m_document->entry(entryId);
    if (!before || m_document->isReadOnly() || (before->impact == impact && before->effort == effort))
        return false;
    Entry after = *before;
    after.impact = impact;
    after.effort = effort;
    applyRules(*before, after);
    auto *command = new EditEntryCommand(m_document, *before, after);
    command->knowCurrent(*before);
    command->setMergeable(stepwise);
    // (A step merged into the one before is deleted by the stack, once its change is made.)
    return pushKept(m_document->undoStack(), command);
}

bool RegisterActions::setStatus(qint64 entryId, Status status)
{
    const auto before = m_document->entry(entryId);
    const bool unknown = before && (before->stored.invalid & StoredValues::Status);
    if (!before || m_document->isReadOnly() || (before->status == status && !unknown))
        return false;
    Entry after = *before;
    after.status = status;
    // (A status QuickWins does not know, set to one it does: a change, though the enum agrees.)
    after.stored.invalid &= quint8(~StoredValues::Status);
    applyRules(*before, after);
    auto *command = new EditEntryCommand(m_document, *before, after);
    command->knowCurrent(*before);
    return pushKept(m_document->undoStack(), command);
}

bool RegisterActions::removeEntry(qint64 entryId)
{
    const auto entry = m_document->entry(entryId);
    if (!entry || m_document->isReadOnly())
        return false;
    return pushKept(m_document->undoStack(), new RemoveEntryCommand(m_document, *entry));
}

std::optional<qint64> RegisterActions::logInteraction(const Interaction &interaction)
{
    auto *command = new AddInteractionCommand(m_document, interaction);
    if (!pushKept(m_document->undoStack(), command))
        return std::nullopt;
    return command->interactionId();
}

bool RegisterActions::editInteraction(const Interaction &before, const Interaction &after)
{
    if (after == before || m_document->isReadOnly())
        return false;
    return pushKept(m_document->undoStack(), new EditInteractionCommand(m_document, before, after));
}

bool RegisterActions::removeInteractions(const QList<qint64> &interactionIds)
{
    if (interactionIds.isEmpty() || m_document->isReadOnly())
        return false;
    return pushKept(m_document->undoStack(), new RemoveInteractionCommand(m_document, interactionIds));
}

bool RegisterActions::link(const QList<qint64> &interactionIds, qint64 entryId)
{
    if (interactionIds.isEmpty() || m_document->isReadOnly())
        return false;
    // Linked there already, every one: nothing to change, no step.
    if (std::all_of(interactionIds.cbegin(), interactionIds.cend(), [&](qint64 id) {
            const auto interaction = m_document->interaction(id);
            return interaction && interaction->entryId == entryId;
        }))
        return false;
    return pushKept(m_document->undoStack(), new LinkInteractionsCommand(m_document, interactionIds, entryId));
}

bool RegisterActions::setPoorRule(const PoorRule &rule)
{
    if (m_document->isReadOnly() || rule == m_document->poorRule())
        return false;
    return pushKept(m_document->undoStack(), new SetPoorRuleCommand(m_document, rule));
}

std::optional<int> RegisterActions::removeImport(const ImportRecord &record)
{
    auto *command = new RemoveImportCommand(m_document, record);
    if (!pushKept(m_document->undoStack(), command))
        return std::nullopt;
    return command->keptChanged();
}

std::optional<qint64> RegisterActions::takeSnapshot(const QString &name)
{
    auto *command = new TakeSnapshotCommand(m_document, name, QDateTime::currentDateTime());
    if (!pushKept(m_document->undoStack(), command))
        return std::nullopt;
    return command->snapshotId();
}

bool RegisterActions::renameCause(qint64 groupId, const QString &name)
{
    const auto group = m_document->causeGroup(groupId);
    const QString trimmed = name.trimmed();
    if (!group || group->name == trimmed)
        return group.has_value();
    return pushKept(m_document->undoStack(), new RenameCauseCommand(m_document, groupId, group->name, trimmed));
}

bool RegisterActions::pinCause(qint64 groupId, bool pinned)
{
    const auto group = m_document->causeGroup(groupId);
    if (!group || group->pinned == pinned)
        return group.has_value();
    return pushKept(m_document->undoStack(), new PinCauseCommand(m_document, groupId, pinned));
}

bool RegisterActions::mergeCauses(qint64 into, const QList<qint64> &others)
{
    QList<qint64> rest;
    for (qint64 id : others) {
        if (id != into && id > 0 && !rest.contains(id))
            rest.append(id);
    }
    const auto group = m_document->causeGroup(into);
    if (!group || rest.isEmpty())
        return false;
    return pushKept(m_document->undoStack(), new MergeCausesCommand(m_document, into, rest, group->shownName()));
}

bool RegisterActions::moveResponses(const QList<qint64> &interactionIds, qint64 groupId)
{
    if (interactionIds.isEmpty())
        return false;
    QString name;
    if (groupId > 0) {
        const auto group = m_document->causeGroup(groupId);
        if (!group)
            return false;
        name = group->shownName();
    }
    return pushKept(m_document->undoStack(), new MoveResponsesCommand(m_document, interactionIds, groupId, name));
}

std::optional<Review> RegisterActions::startReview(const QStringList &attendees)
{
    const auto agenda = m_document->agenda(QDate::currentDate());
    if (!agenda)
        return std::nullopt;
    return startReview(attendees, *agenda);
}

std::optional<Review> RegisterActions::startReview(const QStringList &attendees, const QList<ReviewItem> &agenda)
{
    Review review;
    for (const QString &name : attendees) {
        const QString trimmed = name.simplified();
        if (!trimmed.isEmpty() && !review.attendees.contains(trimmed))
            review.attendees.append(trimmed);
    }
    // The marks' numbers as they are now (the priority order of the open entries): they stay
    // while the review runs, so that "number 5" means the same entry all meeting long.
    QList<EntrySummary> open;
    for (const EntrySummary &e : m_document->entrySummaries()) {
        if (isOpen(e.status))
            open.append(e);
    }
    sortByPriority(open, m_document->quadrantRule());
    QHash<qint64, int> numbers;
    for (qsizetype i = 0; i < open.size(); ++i)
        numbers.insert(open.at(i).id, int(i + 1));
    if (!m_document->startReview(review, agenda, numbers))
        return std::nullopt;
    return review;
}

std::optional<Review> RegisterActions::endReview()
{
    std::optional<Review> review = m_document->runningReview();
    if (!review) {
        m_document->warn(ActionsText::tr("No review is running, so none was ended."));
        return std::nullopt;
    }
    review->endedAt = QDateTime::currentDateTimeUtc();
    const auto minutes = Minutes::compose(*m_document, *review);
    if (!minutes)
        return std::nullopt;
    review->minutes = *minutes;
    if (!m_document->endReview(*review))
        return std::nullopt;
    // A decision undone afterwards is a change of its own, by whoever undoes it: the minutes
    // stay as the review left them.
    return review;
}

std::optional<int> RegisterActions::reviewItemFor(qint64 entryId)
{
    const auto review = m_document->runningReview();
    if (!review)
        return std::nullopt;
    auto items = m_document->reviewItems(review->id);
    if (!items)
        return std::nullopt;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (items->at(i).entryId == entryId && items->at(i).kind != AgendaKind::OpenAction)
            return int(i);
    }
    const auto entry = m_document->entry(entryId);
    if (!entry)
        return std::nullopt;
    ReviewItem item;
    item.kind = AgendaKind::Added;
    item.entryId = entryId;
    item.title = entry->code() + QLatin1Char(' ') + entry->title;
    item.detail = ActionsText::tr("added during the review");
    items->append(item);
    if (!m_document->setReviewItems(review->id, *items))
        return std::nullopt;
    return int(items->size() - 1);
}

bool RegisterActions::noteReviewItem(int position, const QString &note)
{
    const auto review = m_document->runningReview();
    const auto items = review ? m_document->reviewItems(review->id) : std::nullopt;
    if (!items || position < 0 || position >= items->size())
        return false;
    ReviewItem item = items->at(position);
    item.note = note.trimmed();
    item.discussed = true;
    item.skipped = false;
    return item == items->at(position) || m_document->setReviewItem(review->id, position, item);
}

bool RegisterActions::markDiscussed(int position, bool discussed)
{
    const auto review = m_document->runningReview();
    const auto items = review ? m_document->reviewItems(review->id) : std::nullopt;
    if (!items || position < 0 || position >= items->size())
        return false;
    ReviewItem item = items->at(position);
    item.discussed = discussed;
    if (discussed)
        item.skipped = false;
    return item == items->at(position) || m_document->setReviewItem(review->id, position, item);
}

std::optional<qint64> RegisterActions::addAction(qint64 entryId, const QString &text, const QString &owner,
                                                 const QDate &due)
{
    if (text.trimmed().isEmpty()) {
        m_document->warn(ActionsText::tr("An action needs a text that says what is to be done."));
        return std::nullopt;
    }
    ActionItem action;
    action.entryId = entryId;
    action.text = text.simplified();
    action.owner = owner.simplified();
    action.due = due;
    action.createdAt = QDateTime::currentDateTimeUtc();
    if (const auto review = m_document->runningReview())
        action.reviewId = review->id;
    auto *command = new ActionCommand(m_document, std::nullopt, action);
    if (!pushKept(m_document->undoStack(), command))
        return std::nullopt;
    return command->actionId();
}

bool RegisterActions::setActionDone(qint64 actionId, bool done)
{
    const auto before = m_document->actionItem(actionId);
    if (!before)
        return false;
    if (before->isOpen() != done)
        return true;
    ActionItem after = *before;
    after.doneOn = done ? QDate::currentDate() : QDate();
    return pushKept(m_document->undoStack(), new ActionCommand(m_document, before, after));
}

} // namespace qw
