#pragma once

#include "matrix/snapshotcomparison.h"

#include <QLabel>

#include <optional>

namespace qw {

class EntryModel;
class RegisterDocument;

// Compares the entries with a snapshot: tells above the matrix how many entries moved, how many
// are new and which closed or were removed since, and hands the comparison on
// (comparisonChanged(), which the window gives the matrix to draw).
class ComparisonBar final : public QLabel
{
    Q_OBJECT
public:
    explicit ComparisonBar(QWidget *parent = nullptr);

    qint64 snapshotId() const { return m_snapshotId; }
    // Compare with this snapshot (0: stop comparing), then refresh.
    void compareWith(qint64 snapshotId, RegisterDocument *document, EntryModel *model);
    void refresh(RegisterDocument *document, EntryModel *model);
    // Asks which snapshot to compare with; 0 when cancelled or there is none.
    static qint64 chooseSnapshot(QWidget *parent, RegisterDocument *document);

Q_SIGNALS:
    void stopRequested();
    // The comparison as it is now (none: not comparing). Not said again while there is none.
    void comparisonChanged(const std::optional<qw::SnapshotComparison> &comparison);

private:
    qint64 m_snapshotId = 0;
    bool m_comparing = false;
};

} // namespace qw
