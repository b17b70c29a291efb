#pragma once

#include "document/registerdocument.h"
#include "domain/entry.h"
#include "domain/entryfields.h"

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

// Changes fields of an entry: the editor, a rescoring, a status change. It writes the fields it
// changes and no other: undo puts back those fields alone, so a change made meanwhile to another
// field (by a colleague, on a shared register) stays; a field changed meanwhile itself is left as
// it is now, and the document says so.
class EditEntryCommand final : public QUndoCommand
{
public:
    EditEntryCommand(RegisterDocument *document, const Entry &before, const Entry &after,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // Rescoring one entry step by step (arrow keys, drags): consecutive steps merge into one.
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    EntryFields::Fields fields() const { return m_fields; }

private:
    // Writes `to`'s values of this command's fields over the entry as it is now, but not over a
    // field whose value is no longer `from`'s.
    bool apply(const Entry &from, const Entry &to, bool undoing);
    void describe();

    RegisterDocument *m_document;
    Entry m_before;
    Entry m_after;
    EntryFields::Fields m_fields = 0;
    bool m_mergeable = false;
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
