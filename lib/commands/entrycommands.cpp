#include "entrycommands.h"

#include <QCoreApplication>

#include <utility>

namespace qw {

namespace {
// Gives these free functions a translation context of their own.
struct EntryCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(EntryCommands)
};
} // namespace

AddEntryCommand::AddEntryCommand(RegisterDocument *document, const Entry &entry,
                                 const QList<qint64> &linkInteractions, QUndoCommand *parent)
    : RegisterCommand(document, parent), m_entry(entry),
      m_linkInteractions(linkInteractions)
{
    setText(linkInteractions.isEmpty() ? EntryCommandsText::tr("New entry “%1”").arg(entry.title)
                                       : EntryCommandsText::tr("New entry “%1” from interaction").arg(entry.title));
    for (qint64 id : linkInteractions) {
        const auto interaction = document->interaction(id);
        m_previousLinks.append({id, interaction ? interaction->entryId : 0});
    }
}

bool AddEntryCommand::apply()
{
    return m_document->addEntry(m_entry, m_linkInteractions);
}

bool AddEntryCommand::revert()
{
    return m_document->eraseEntry(m_entry.id, m_previousLinks);
}

EditEntryCommand::EditEntryCommand(RegisterDocument *document, const Entry &before,
                                   const Entry &after, QUndoCommand *parent)
    : RegisterCommand(document, parent), m_before(before), m_after(after),
      m_fields(EntryFields::differing(before, after))
{
    describe();
}

void EditEntryCommand::describe()
{
    using namespace EntryFields;
    if (m_fields & (Impact | Effort)) {
        setText(EntryCommandsText::tr("Rescore %1 (impact %2, effort %3)")
                    .arg(m_after.code()).arg(m_after.impact).arg(m_after.effort));
    } else if (m_fields & StatusField) {
        setText(EntryCommandsText::tr("Set %1 to %2").arg(m_after.code(), statusName(m_after.status)));
    } else {
        setText(EntryCommandsText::tr("Edit %1").arg(m_after.code()));
    }
}

bool EditEntryCommand::write(const Entry &from, const Entry &to, bool undoing)
{
    std::optional<Entry> current = std::exchange(m_known, std::nullopt);
    if (!current)
        current = m_document->entry(m_after.id);
    if (!current)
        return false;
    // A field changed meanwhile (not `from`'s value any more) is not this command's to write.
    const EntryFields::Fields changedSince = EntryFields::differing(*current, from) & m_fields;
    EntryFields::Fields writing = m_fields & ~changedSince;
    if (changedSince != 0) {
        m_document->warn(undoing ? EntryCommandsText::tr("%1 was not undone where it changed since (%2): those "
                                                         "values are left as they are now.")
                                       .arg(m_after.code(), EntryFields::names(changedSince))
                                 : EntryCommandsText::tr("%1 was not redone where it changed since (%2): those "
                                                         "values are left as they are now.")
                                       .arg(m_after.code(), EntryFields::names(changedSince)));
    }
    // What was there cannot always be written back: an impact of 99, put there outside
    // QuickWins, is never written by it. The other fields are put back; that one stays.
    EntryFields::Fields unwritable = 0;
    if (!isValidScore(to.impact))
        unwritable |= EntryFields::Impact;
    if (!isValidScore(to.effort))
        unwritable |= EntryFields::Effort;
    if (writing & unwritable) {
        writing &= ~unwritable;
        m_document->warn(EntryCommandsText::tr("%1 keeps its %2 as it is now: the value before (%3) was written "
                                               "outside QuickWins, which does not write it.")
                             .arg(m_after.code(), EntryFields::names(unwritable & m_fields),
                                  describeInvalid({}, to.impact, to.effort)));
    }
    if (writing == 0)
        return true;
    Entry next = *current;
    EntryFields::copy(writing, to, next);
    return m_document->updateEntry(next, &*current);
}

bool EditEntryCommand::apply()
{
    return write(m_before, m_after, false);
}

bool EditEntryCommand::revert()
{
    return write(m_after, m_before, true);
}

int EditEntryCommand::id() const
{
    // One id for every mergeable rescoring; mergeWith() checks that it is the same entry.
    return m_mergeable && (m_fields & ~(EntryFields::Impact | EntryFields::Effort)) == 0 ? 0x51570001 : -1;
}

bool EditEntryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditEntryCommand *>(other);
    // A step that failed is not taken in: the history would hold a value never written.
    if (!next || next->isObsolete() || next->id() != id() || next->m_after.id != m_after.id || next->m_before.impact != m_after.impact
        || next->m_before.effort != m_after.effort)
        return false;
    m_after.impact = next->m_after.impact;
    m_after.effort = next->m_after.effort;
    m_fields = EntryFields::differing(m_before, m_after);
    describe();
    // Back where it started: nothing to undo.
    if (m_fields == 0)
        setObsolete(true);
    return true;
}

RemoveEntryCommand::RemoveEntryCommand(RegisterDocument *document, const Entry &entry,
                                       QUndoCommand *parent)
    : RegisterCommand(document, parent), m_id(entry.id)
{
    setText(EntryCommandsText::tr("Remove %1").arg(entry.code()));
}

bool RemoveEntryCommand::apply()
{
    return m_document->setEntryRemoved(m_id, true);
}

bool RemoveEntryCommand::revert()
{
    return m_document->setEntryRemoved(m_id, false);
}

} // namespace qw
