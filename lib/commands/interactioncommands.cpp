#include "interactioncommands.h"

#include <QCoreApplication>

#include <functional>

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

namespace {

// The fields a person edits of an interaction, one by one: its name (for what is said), whether
// two differ in it, and copying it from one to another.
struct InteractionField
{
    const char *name;
    std::function<bool(const Interaction &, const Interaction &)> differs;
    std::function<void(const Interaction &, Interaction &)> copy;
};

template<typename T>
InteractionField field(const char *name, T Interaction::*member)
{
    return {name, [member](const Interaction &a, const Interaction &b) { return a.*member != b.*member; },
            [member](const Interaction &from, Interaction &to) { to.*member = from.*member; }};
}

const QList<InteractionField> &interactionFields()
{
    static const QList<InteractionField> fields = {
        field(QT_TRANSLATE_NOOP("InteractionCommands", "date"), &Interaction::occurredAt),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "channel"), &Interaction::channel),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "service"), &Interaction::service),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "team"), &Interaction::team),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "agent"), &Interaction::agent),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "ticket"), &Interaction::ticket),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "scale"), &Interaction::scale),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "score"), &Interaction::score),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "reason"), &Interaction::reason),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "comment"), &Interaction::comment),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "customer"), &Interaction::customer),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "repeat contact"), &Interaction::repeatContact),
        field(QT_TRANSLATE_NOOP("InteractionCommands", "entry"), &Interaction::entryId),
    };
    return fields;
}

} // namespace

bool EditInteractionCommand::write(const Interaction &from, const Interaction &to, bool undoing)
{
    const std::optional<Interaction> current = m_document->interaction(m_after.id);
    if (!current)
        return false;
    Interaction next = *current;
    QStringList changedSince;
    for (const InteractionField &f : interactionFields()) {
        if (!f.differs(m_before, m_after))
            continue; // not this step's
        if (f.differs(*current, from))
            changedSince << InteractionCommandsText::tr(f.name);
        else
            f.copy(to, next);
    }
    if (!changedSince.isEmpty()) {
        const QString fields = changedSince.join(QStringLiteral(", "));
        m_document->warn(undoing ? InteractionCommandsText::tr("The interaction was not undone where it changed "
                                                               "since (%1): those values are left as they are now.").arg(fields)
                                 : InteractionCommandsText::tr("The interaction was not redone where it changed "
                                                               "since (%1): those values are left as they are now.").arg(fields));
    }
    if (next == *current)
        return true;
    return m_document->updateInteraction(next);
}

bool EditInteractionCommand::apply()
{
    return write(m_before, m_after, false);
}

bool EditInteractionCommand::revert()
{
    return write(m_after, m_before, true);
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
