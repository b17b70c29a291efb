#include "reviewcommands.h"

#include "document/registerdocument.h"

#include <QCoreApplication>

namespace qw {

namespace {
struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)
};
} // namespace

ActionCommand::ActionCommand(RegisterDocument *document, const std::optional<ActionItem> &before,
                             const std::optional<ActionItem> &after, QUndoCommand *parent)
    : RegisterCommand(document, parent), m_before(before), m_after(after)
{
    const QString text = (after ? after->text : before ? before->text : QString()).left(40);
    if (!before)
        setText(ReviewText::tr("Add action “%1”").arg(text));
    else if (!after)
        setText(ReviewText::tr("Remove action “%1”").arg(text));
    else if (before->isOpen() != after->isOpen())
        setText(after->isOpen() ? ReviewText::tr("Reopen action “%1”").arg(text)
                                : ReviewText::tr("Mark action “%1” done").arg(text));
    else
        setText(ReviewText::tr("Change action “%1”").arg(text));
}

bool ActionCommand::put(const std::optional<ActionItem> &from, std::optional<ActionItem> &to)
{
    if (!to)
        return m_document->eraseAction(from->id);
    if (!from || to->id == 0) {
        if (!m_document->addAction(*to)) // keeps its id once it has one: redo restores it
            return false;
        return true;
    }
    return m_document->updateAction(*to);
}

bool ActionCommand::apply()
{
    return put(m_before, m_after);
}

bool ActionCommand::revert()
{
    return put(m_after, m_before);
}

} // namespace qw
