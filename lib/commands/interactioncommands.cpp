#include "interactioncommands.h"

#include <QCoreApplication>

namespace qw {

namespace {
// Gives these free functions a translation context of their own.
struct InteractionCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(InteractionCommands)
};
} // namespace

AddInteractionCommand::AddInteractionCommand(RegisterDocument *document,
                                             const Interaction &interaction, QUndoCommand *parent)
    : RegisterCommand(document, parent), m_interaction(interaction)
{
    setText(InteractionCommandsText::tr("Log interaction"));
}

bool AddInteractionCommand::apply()
{
    return m_document->addInteraction(m_interaction);
}

bool AddInteractionCommand::revert()
{
    return m_document->eraseInteraction(m_interaction.id);
}

EditInteractionCommand::EditInteractionCommand(RegisterDocument *document, const Interaction &before,
                                               const Interaction &after, QUndoCommand *parent)
    : RegisterCommand(document, parent), m_before(before), m_after(after)
{
    setText(InteractionCommandsText::tr("Edit interaction"));
}

bool EditInteractionCommand::apply()
{
    return m_document->updateInteraction(m_after);
}

bool EditInteractionCommand::revert()
{
    return m_document->updateInteraction(m_before);
}

RemoveInteractionCommand::RemoveInteractionCommand(RegisterDocument *document, const QList<qint64> &ids,
                                                   QUndoCommand *parent)
    : RegisterCommand(document, parent), m_ids(ids)
{
    setText(ids.size() == 1 ? InteractionCommandsText::tr("Remove interaction")
                            : InteractionCommandsText::tr("Remove %n interaction(s)", nullptr, int(ids.size())));
}

bool RemoveInteractionCommand::apply()
{
    return m_document->setInteractionsRemoved(m_ids, true);
}

bool RemoveInteractionCommand::revert()
{
    return m_document->setInteractionsRemoved(m_ids, false);
}

LinkInteractionsCommand::LinkInteractionsCommand(RegisterDocument *document,
                                                 const QList<qint64> &interactionIds,
                                                 qint64 entryId, QUndoCommand *parent)
    : RegisterCommand(document, parent)
{
    for (qint64 id : interactionIds) {
        const auto interaction = document->interaction(id);
        m_before.append({id, interaction ? interaction->entryId : 0});
        m_after.append({id, entryId});
    }
    setText(entryId ? InteractionCommandsText::tr("Link %n interaction(s) to %1", nullptr, int(interactionIds.size())).arg(Entry::codeFor(entryId))
                    : InteractionCommandsText::tr("Unlink %n interaction(s)", nullptr, int(interactionIds.size())));
}

bool LinkInteractionsCommand::apply()
{
    return m_document->setLinks(m_after);
}

bool LinkInteractionsCommand::revert()
{
    return m_document->setLinks(m_before);
}

} // namespace qw
