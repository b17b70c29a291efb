#pragma once

#include "document/registerdocument.h"
#include "domain/entry.h"

#include <QUndoCommand>

namespace qw {

// Undo commands for entries. Each redo()/undo() is one transaction in the document; a first
// redo() that fails marks the command obsolete, so QUndoStack::push() drops it and the user
// is not offered to undo something that never happened.

// Creates an entry, optionally linking interactions to it ("New entry from interaction").
class AddEntryCommand final : public QUndoCommand
{
public:
    AddEntryCommand(RegisterDocument *document, const Entry &entry,
                    const QList<qint64> &linkInteractions = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 entryId() const { return m_entry.id; }

private:
    RegisterDocument *m_document;
    Entry m_entry;
    QList<qint64> m_linkInteractions;
    QList<Link> m_previousLinks;
};

// Changes any fields of an entry: the editor, a rescoring, a status change.
class EditEntryCommand final : public QUndoCommand
{
public:
    EditEntryCommand(RegisterDocument *document, const Entry &before, const Entry &after,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RegisterDocument *m_document;
    Entry m_before;
    Entry m_after;
};

// Removes an entry from the register (kept in the file with its history, so undo restores it).
class RemoveEntryCommand final : public QUndoCommand
{
public:
    RemoveEntryCommand(RegisterDocument *document, const Entry &entry, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RegisterDocument *m_document;
    qint64 m_id;
};

} // namespace qw
