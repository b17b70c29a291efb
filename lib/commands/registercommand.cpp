#include "registercommand.h"

#include "document/registerdocument.h"

#include <QUndoStack>

#include <memory>
#include <utility>

namespace qw {

void RegisterCommand::redo()
{
    if (std::exchange(m_pass, false))
        return;
    if (apply()) {
        m_applied = true;
        return;
    }
    if (!m_applied)
        setObsolete(true); // QUndoStack::push() drops it
    else
        putStackBack(false);
}

bool RegisterCommand::applyBeforePush()
{
    if (!apply()) {
        setObsolete(true);
        return false;
    }
    m_applied = true;
    m_pass = true; // push() calls redo(): done already
    return true;
}

void RegisterCommand::undo()
{
    if (std::exchange(m_pass, false))
        return;
    if (!revert())
        putStackBack(true);
}

void RegisterCommand::putStackBack(bool undoing)
{
    // QUndoStack moves its index after undo() or redo() returns, whatever happened: once it
    // has (its indexChanged(), to which this connects last), the step is passed over the other
    // way. A step inside a macro is not the stack's to move: it is only said.
    QUndoStack *stack = m_document->undoStack();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(stack, &QUndoStack::indexChanged, stack, [this, stack, connection, undoing](int index) {
        QObject::disconnect(*connection);
        if (undoing && index < stack->count() && stack->command(index) == this) {
            m_pass = true;
            stack->redo();
        } else if (!undoing && index > 0 && stack->command(index - 1) == this) {
            m_pass = true;
            stack->undo();
        }
    });
}

} // namespace qw
