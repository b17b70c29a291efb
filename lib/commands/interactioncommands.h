#pragma once

#include "document/registerdocument.h"
#include "domain/interaction.h"

#include <QUndoCommand>

namespace qw {

// Undo commands for interactions and their links to entries; see entrycommands.h.

class AddInteractionCommand final : public QUndoCommand
{
public:
    AddInteractionCommand(RegisterDocument *document, const Interaction &interaction,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 interactionId() const { return m_interaction.id; }

private:
    RegisterDocument *m_document;
    Interaction m_interaction;
};

class EditInteractionCommand final : public QUndoCommand
{
public:
    EditInteractionCommand(RegisterDocument *document, const Interaction &before,
                           const Interaction &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RegisterDocument *m_document;
    Interaction m_before;
    Interaction m_after;
};

class RemoveInteractionCommand final : public QUndoCommand
{
public:
    RemoveInteractionCommand(RegisterDocument *document, qint64 id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RegisterDocument *m_document;
    qint64 m_id;
};

// Links interactions to an entry, or unlinks them (entry id 0).
class LinkInteractionsCommand final : public QUndoCommand
{
public:
    LinkInteractionsCommand(RegisterDocument *document, const QList<qint64> &interactionIds,
                            qint64 entryId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RegisterDocument *m_document;
    QList<Link> m_before;
    QList<Link> m_after;
};

} // namespace qw
