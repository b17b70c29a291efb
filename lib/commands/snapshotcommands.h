#pragma once

#include "document/registerdocument.h"

#include <QUndoCommand>

namespace qw {

// Takes a named snapshot of where every entry stands; undo forgets it, redo puts it back
// exactly as it was taken.
class TakeSnapshotCommand final : public QUndoCommand
{
public:
    TakeSnapshotCommand(RegisterDocument *document, const QString &name, const QDateTime &at,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 snapshotId() const { return m_snapshot.id; }

private:
    RegisterDocument *m_document;
    Snapshot m_snapshot;
    QList<SnapshotEntry> m_entries;
    bool m_taken = false;
};

} // namespace qw
