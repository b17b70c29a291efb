#pragma once

#include <QUndoCommand>

namespace qw {

class RegisterDocument;

// The base of every undo step on the register. Each apply() (redo) and revert() (undo) is one
// change of the document, made whole or not at all; when it fails, the document has said why
// (errorOccurred()). A first redo that fails drops the step: it never happened, and nobody is
// offered to undo it. A later redo, or an undo, that fails leaves the register as it was, and
// the undo stack is put back where the register is (the step still to undo, or still to redo),
// never one step ahead of it, so that a person sees the truth and can try again.
class RegisterCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;
    // Makes the change now, before the step is pushed, whose push then only records it: false
    // when it failed (the step is then obsolete, and is to be deleted, not pushed).
    bool applyBeforePush();

protected:
    explicit RegisterCommand(RegisterDocument *document, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document) {}
    // Each says whether the change was made.
    virtual bool apply() = 0;
    virtual bool revert() = 0;

    RegisterDocument *const m_document;

private:
    // After the stack has moved past this step, moves it back (once the move is done). One step
    // at a time, as undo() and redo() move: QUndoStack::setIndex() over several steps (a
    // QUndoView) would go on past a step that failed, and is not used.
    void putStackBack(bool undoing);

    bool m_applied = false; // redone once: a failure now is not one of a first redo
    bool m_pass = false;    // the next redo or undo only moves the stack back
};

} // namespace qw
