#pragma once

#include "document/registerdocument.h"
#include "domain/interaction.h"

#include "registercommand.h"

namespace qw {

// Undo commands for interactions and their links to entries; see entrycommands.h.

class AddInteractionCommand final : public RegisterCommand
{
public:
    AddInteractionCommand(RegisterDocument *document, const Interaction &interaction,
                          QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;
    qint64 interactionId() const { return m_interaction.id; }

private:
    Interaction m_interaction;
};

// Changes the fields of an interaction that differ between before and after, and undo puts
// back those alone: a field changed since by someone else is left as it is now, and said.
class EditInteractionCommand final : public RegisterCommand
{
public:
    EditInteractionCommand(RegisterDocument *document, const Interaction &before,
                           const Interaction &after, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;

private:
    bool write(const Interaction &from, const Interaction &to, bool undoing);

    Interaction m_before;
    Interaction m_after;
};

class RemoveInteractionCommand final : public RegisterCommand
{
public:
    // Several at once are one step and one transaction.
    RemoveInteractionCommand(RegisterDocument *document, const QList<qint64> &ids, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;

private:
    QList<qint64> m_ids;
};

// Links interactions to an entry, or unlinks them (entry id 0).
class LinkInteractionsCommand final : public RegisterCommand
{
public:
    LinkInteractionsCommand(RegisterDocument *document, const QList<qint64> &interactionIds,
                            qint64 entryId, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;

private:
    QList<Link> m_before;
    QList<Link> m_after;
};

} // namespace qw
