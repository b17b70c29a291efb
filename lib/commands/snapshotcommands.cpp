#include "snapshotcommands.h"

#include <QCoreApplication>

namespace qw {

namespace {
// Gives this file a translation context of its own.
struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommands)
};
} // namespace

TakeSnapshotCommand::TakeSnapshotCommand(RegisterDocument *document, const QString &name,
                                         const QDateTime &at, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    m_snapshot.name = name;
    m_snapshot.takenAt = at;
    setText(SnapshotText::tr("Take snapshot “%1”").arg(name));
}

void TakeSnapshotCommand::redo()
{
    if (m_taken) {
        m_document->restoreSnapshot(m_snapshot, m_entries);
        return;
    }
    if (!m_document->takeSnapshot(m_snapshot)) {
        setObsolete(true);
        return;
    }
    m_entries = m_document->snapshotEntries(m_snapshot.id);
    m_taken = true;
}

void TakeSnapshotCommand::undo()
{
    m_document->eraseSnapshot(m_snapshot.id);
}

} // namespace qw
