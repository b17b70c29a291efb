#pragma once

#include "document/registerdocument.h"
#include "domain/entry.h"
#include "domain/entryfields.h"

#include "registercommand.h"

#include <optional>

namespace qw {

// Undo commands for entries. Each redo()/undo() is one transaction in the document; what
// happens when one fails is RegisterCommand's (a first redo that fails drops the step; a later
// one, or an undo, leaves the stack where the register is).

// Creates an entry, optionally linking interactions to it ("New entry from interaction").
class AddEntryCommand final : public RegisterCommand
{
public:
    AddEntryCommand(RegisterDocument *document, const Entry &entry,
                    const QList<qint64> &linkInteractions = {}, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;
    qint64 entryId() const { return m_entry.id; }

private:
    Entry m_entry;
    QList<qint64> m_linkInteractions;
    QList<Link> m_previousLinks;
};

// Changes fields of an entry: the editor, a rescoring, a status change. It writes the fields it
// changes and no other: undo puts back those fields alone, so a change made meanwhile to another
// field (by a colleague, on a shared register) stays; a field changed meanwhile itself is left as
// it is now, and the document says so.
class EditEntryCommand final : public RegisterCommand
{
public:
    EditEntryCommand(RegisterDocument *document, const Entry &before, const Entry &after,
                     QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;

    // Rescoring one entry step by step (arrow keys, drags): consecutive steps merge into one.
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    EntryFields::Fields fields() const { return m_fields; }
    // The entry as the register holds it now, read by whoever made this step just before: its
    // first write takes it instead of reading it again.
    void knowCurrent(const Entry &current) { m_known = current; }

private:
    // Writes `to`'s values of this command's fields over the entry as it is now, but not over a
    // field whose value is no longer `from`'s.
    bool write(const Entry &from, const Entry &to, bool undoing);
    void describe();

    Entry m_before;
    Entry m_after;
    EntryFields::Fields m_fields = 0;
    bool m_mergeable = false;
    std::optional<Entry> m_known;
};

// Removes an entry from the register (kept in the file with its history, so undo restores it).
class RemoveEntryCommand final : public RegisterCommand
{
public:
    RemoveEntryCommand(RegisterDocument *document, const Entry &entry, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
};

} // namespace qw
