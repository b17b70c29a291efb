#include "entrycommands.h"

#include <QCoreApplication>

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
    : QUndoCommand(parent), m_document(document), m_entry(entry),
      m_linkInteractions(linkInteractions)
{
    setText(linkInteractions.isEmpty() ? EntryCommandsText::tr("New entry “%1”").arg(entry.title)
                                       : EntryCommandsText::tr("New entry “%1” from interaction").arg(entry.title));
    for (qint64 id : linkInteractions) {
        const auto interaction = document->interaction(id);
        m_previousLinks.append({id, interaction ? interaction->entryId : 0});
    }
}

void AddEntryCommand::redo()
{
    if (!m_document->addEntry(m_entry, m_linkInteractions))
        setObsolete(true);
}

void AddEntryCommand::undo()
{
    m_document->eraseEntry(m_entry.id, m_previousLinks);
}

EditEntryCommand::EditEntryCommand(RegisterDocument *document, const Entry &before,
                                   const Entry &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(before), m_after(after)
{
    if (before.impact != after.impact || before.effort != after.effort) {
        setText(EntryCommandsText::tr("Rescore %1 (impact %2, effort %3)")
                    .arg(after.code()).arg(after.impact).arg(after.effort));
    } else if (before.status != after.status) {
        setText(EntryCommandsText::tr("Set %1 to %2").arg(after.code(), statusName(after.status)));
    } else {
        setText(EntryCommandsText::tr("Edit %1").arg(after.code()));
    }
}

void EditEntryCommand::redo()
{
    if (!m_document->updateEntry(m_after))
        setObsolete(true);
}

void EditEntryCommand::undo()
{
    // What was there cannot always be written back (an impact of 99 QuickWins never writes):
    // then this step is dropped from the history rather than shown as undone.
    if (!m_document->updateEntry(m_before))
        setObsolete(true);
}

RemoveEntryCommand::RemoveEntryCommand(RegisterDocument *document, const Entry &entry,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_id(entry.id)
{
    setText(EntryCommandsText::tr("Remove %1").arg(entry.code()));
}

void RemoveEntryCommand::redo()
{
    if (!m_document->setEntryRemoved(m_id, true))
        setObsolete(true);
}

void RemoveEntryCommand::undo()
{
    m_document->setEntryRemoved(m_id, false);
}

} // namespace qw
