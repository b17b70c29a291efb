#pragma once

#include "document/registerdocument.h"

#include "registercommand.h"

namespace qw {

// Undo commands for imports and for the register's rule of poor responses; see entrycommands.h.

// An import made (by the command line, or by the window through a connection of its own):
// one step of the undo history. Undo sets its responses aside and puts back what it changed;
// redo brings them back. The import itself is not repeated.
class ImportCommand final : public RegisterCommand
{
public:
    ImportCommand(RegisterDocument *document, const ImportRecord &record, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;
    // Pushes the step of an import that has been made.
    static void pushDone(RegisterDocument *document, const ImportRecord &record);

private:
    qint64 m_importId;
    bool m_done = true; // the first redo() finds the import made
};

// Removes an earlier import's responses (File ▸ Import History), undoably.
class RemoveImportCommand final : public RegisterCommand
{
public:
    RemoveImportCommand(RegisterDocument *document, const ImportRecord &record, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;
    int keptChanged() const { return m_keptChanged; }

private:
    qint64 m_importId;
    int m_keptChanged = 0;
};

// Changes which responses are poor, and everything counted from it, in one step.
class SetPoorRuleCommand final : public RegisterCommand
{
public:
    SetPoorRuleCommand(RegisterDocument *document, const PoorRule &rule, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;

private:
    PoorRule m_before;
    PoorRule m_after;
};

} // namespace qw
