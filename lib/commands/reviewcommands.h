#pragma once

#include "registercommand.h"

#include "domain/review.h"

#include <optional>

namespace qw {

// An action of a review agreed, changed (done, undone, its owner or date) or, undone, gone
// again: before nullopt adds it, after nullopt erases it. Redo puts an added action back under
// its id.
class ActionCommand final : public RegisterCommand
{
public:
    ActionCommand(RegisterDocument *document, const std::optional<ActionItem> &before,
                  const std::optional<ActionItem> &after, QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;
    qint64 actionId() const { return m_after ? m_after->id : m_before ? m_before->id : 0; }

private:
    bool put(const std::optional<ActionItem> &from, std::optional<ActionItem> &to);

    std::optional<ActionItem> m_before;
    std::optional<ActionItem> m_after;
};

} // namespace qw
