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
    : RegisterCommand(document, parent)
{
    m_snapshot.name = name;
    m_snapshot.takenAt = at;
    setText(SnapshotText::tr("Take snapshot “%1”").arg(name));
}

bool TakeSnapshotCommand::apply()
{
    if (m_taken)
        return m_document->restoreSnapshot(m_snapshot, m_entries);
    if (!m_document->takeSnapshot(m_snapshot))
        return false;
    m_entries = m_document->snapshotEntries(m_snapshot.id);
    m_taken = true;
    return true;
}

bool TakeSnapshotCommand::revert()
{
    return m_document->eraseSnapshot(m_snapshot.id);
}

} // namespace qw
