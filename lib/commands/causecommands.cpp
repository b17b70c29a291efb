#include "causecommands.h"

#include <QCoreApplication>

namespace qw {

namespace {
// Gives this file a translation context of its own.
struct CauseText
{
    Q_DECLARE_TR_FUNCTIONS(CauseCommands)
};
} // namespace

RenameCauseCommand::RenameCauseCommand(RegisterDocument *document, qint64 groupId, const QString &before,
                                       const QString &after)
    : RegisterCommand(document), m_groupId(groupId), m_before(before), m_after(after)
{
    setText(after.isEmpty() ? CauseText::tr("Give cause back its words") : CauseText::tr("Rename cause “%1”").arg(after));
}

bool RenameCauseCommand::apply()
{
    return m_document->setCauseName(m_groupId, m_after);
}

bool RenameCauseCommand::revert()
{
    return m_document->setCauseName(m_groupId, m_before);
}

PinCauseCommand::PinCauseCommand(RegisterDocument *document, qint64 groupId, bool pinned)
    : RegisterCommand(document), m_groupId(groupId), m_pinned(pinned)
{
    setText(pinned ? CauseText::tr("Pin cause") : CauseText::tr("Unpin cause"));
}

bool PinCauseCommand::apply()
{
    return m_document->setCausePinned(m_groupId, m_pinned);
}

bool PinCauseCommand::revert()
{
    return m_document->setCausePinned(m_groupId, !m_pinned);
}

MergeCausesCommand::MergeCausesCommand(RegisterDocument *document, qint64 into, const QList<qint64> &others,
                                       const QString &name)
    : RegisterCommand(document), m_into(into), m_others(others)
{
    setText(CauseText::tr("Merge %n cause(s) into “%1”", nullptr, int(others.size())).arg(name));
}

bool MergeCausesCommand::apply()
{
    // Read as they are now, each time (found again since, a cause may hold other responses, or
    // be gone): what revert() puts back is what this apply found.
    // The cause merged into keeps its own responses as the user's placements too: the user has
    // said these belong together.
    const auto own = m_document->causeMembershipsOfGroup(m_into);
    if (!own || !m_document->causeGroup(m_into))
        return false;
    QList<CauseGroupInfo> groups;
    QList<CauseMembership> before = *own;
    QList<qint64> erase;
    for (qint64 id : std::as_const(m_others)) {
        const auto group = m_document->causeGroup(id);
        if (!group)
            continue; // gone since
        const auto members = m_document->causeMembershipsOfGroup(id);
        if (!members)
            return false;
        groups.append(*group);
        before.append(*members);
        erase.append(id);
    }
    QList<CauseMembership> after = before;
    for (CauseMembership &m : after) {
        m.groupId = m_into;
        m.fixed = true;
        m.present = true;
    }
    if (!m_document->changeCauses({}, after, erase, m_into))
        return false;
    m_groups = groups;
    m_before = before;
    return true;
}

bool MergeCausesCommand::revert()
{
    return m_document->changeCauses(m_groups, m_before, {});
}

MoveResponsesCommand::MoveResponsesCommand(RegisterDocument *document, const QList<qint64> &interactionIds,
                                           qint64 groupId, const QString &name)
    : RegisterCommand(document), m_ids(interactionIds), m_groupId(groupId)
{
    setText(groupId > 0 ? CauseText::tr("Move %n response(s) to “%1”", nullptr, int(interactionIds.size())).arg(name)
                        : CauseText::tr("Take %n response(s) out of their cause", nullptr, int(interactionIds.size())));
}

bool MoveResponsesCommand::apply()
{
    if (!m_read) {
        const auto before = m_document->causeMemberships(m_ids);
        if (!before)
            return false;
        m_before = *before;
        m_read = true;
    }
    QList<CauseMembership> after;
    for (qint64 id : std::as_const(m_ids))
        after.append({id, m_groupId, true, true});
    return m_document->changeCauses({}, after, {});
}

bool MoveResponsesCommand::revert()
{
    return m_document->changeCauses({}, m_before, {});
}

} // namespace qw
