#pragma once

#include "document/registerdocument.h"

#include <QUndoCommand>

namespace qw {

// Undo commands for imports and for the register's rule of poor responses; see entrycommands.h.

// An import made (by the command line, or by the window through a connection of its own):
// one step of the undo history. Undo sets its responses aside and puts back what it changed;
// redo brings them back. The import itself is not repeated.
class ImportCommand final : public QUndoCommand
{
public:
    ImportCommand(RegisterDocument *document, const ImportRecord &record, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // Pushes the step of an import that has been made.
    static void pushDone(RegisterDocument *document, const ImportRecord &record);

private:
    RegisterDocument *m_document;
    qint64 m_importId;
    bool m_done = true; // the first redo() finds the import made
};

// Removes an earlier import's responses (File ▸ Import History), undoably.
class RemoveImportCommand final : public QUndoCommand
{
public:
    RemoveImportCommand(RegisterDocument *document, const ImportRecord &record, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int keptChanged() const { return m_keptChanged; }

private:
    RegisterDocument *m_document;
    qint64 m_importId;
    int m_keptChanged = 0;
};

// Changes which responses are poor, and everything counted from it, in one step.
class SetPoorRuleCommand final : public QUndoCommand
{
public:
    SetPoorRuleCommand(RegisterDocument *document, const PoorRule &rule, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RegisterDocument *m_document;
    PoorRule m_before;
    PoorRule m_after;
};

} // namespace qw
