#pragma once

#include "document/registerdocument.h"

#include "registercommand.h"

namespace qw {

// The user's corrections of triage's causes, each one undo step kept in the register.

// Gives a cause a name of the user's ('' : back to the words found).
class RenameCauseCommand final : public RegisterCommand
{
public:
    RenameCauseCommand(RegisterDocument *document, qint64 groupId, const QString &before, const QString &after);
    bool apply() override;
    bool revert() override;

private:
    qint64 m_groupId;
    QString m_before;
    QString m_after;
};

// Pins a cause (finding causes again keeps it as it is) or unpins it.
class PinCauseCommand final : public RegisterCommand
{
public:
    PinCauseCommand(RegisterDocument *document, qint64 groupId, bool pinned);
    bool apply() override;
    bool revert() override;

private:
    qint64 m_groupId;
    bool m_pinned;
};

// Merges causes into one: their responses are the user's placements in it, the others go.
class MergeCausesCommand final : public RegisterCommand
{
public:
    MergeCausesCommand(RegisterDocument *document, qint64 into, const QList<qint64> &others, const QString &name);
    bool apply() override;
    bool revert() override;

private:
    qint64 m_into;
    QList<qint64> m_others;
    QList<CauseGroupInfo> m_groups;       // the others as they were
    QList<CauseMembership> m_before;      // their responses as they were
};

// Moves responses into a cause (0: out of every cause), as the user's placement.
class MoveResponsesCommand final : public RegisterCommand
{
public:
    MoveResponsesCommand(RegisterDocument *document, const QList<qint64> &interactionIds, qint64 groupId,
                         const QString &name);
    bool apply() override;
    bool revert() override;

private:
    QList<qint64> m_ids;
    qint64 m_groupId;
    bool m_read = false;
    QList<CauseMembership> m_before;
};

} // namespace qw
