#pragma once

#include "document/registerdocument.h"

#include "registercommand.h"

namespace qw {

// Takes a named snapshot of where every entry stands; undo forgets it, redo puts it back
// exactly as it was taken.
class TakeSnapshotCommand final : public RegisterCommand
{
public:
    TakeSnapshotCommand(RegisterDocument *document, const QString &name, const QDateTime &at,
                        QUndoCommand *parent = nullptr);
    bool apply() override;
    bool revert() override;
    qint64 snapshotId() const { return m_snapshot.id; }

private:
    Snapshot m_snapshot;
    QList<SnapshotEntry> m_entries;
    bool m_taken = false;
};

} // namespace qw
