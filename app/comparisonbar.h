#pragma once

#include <QLabel>

namespace qw {

class EntryModel;
class MatrixView;
class RegisterDocument;

// Compares the matrix with a snapshot: tells above the matrix how many entries moved, how many
// are new and which closed or were removed since, and has the matrix draw the movement.
class ComparisonBar final : public QLabel
{
    Q_OBJECT
public:
    explicit ComparisonBar(QWidget *parent = nullptr);

    qint64 snapshotId() const { return m_snapshotId; }
    // Compare with this snapshot (0: stop comparing), then refresh.
    void compareWith(qint64 snapshotId, RegisterDocument *document, EntryModel *model, MatrixView *matrix);
    void refresh(RegisterDocument *document, EntryModel *model, MatrixView *matrix);
    // Asks which snapshot to compare with; 0 when cancelled or there is none.
    static qint64 chooseSnapshot(QWidget *parent, RegisterDocument *document);

Q_SIGNALS:
    void stopRequested();

private:
    qint64 m_snapshotId = 0;
};

} // namespace qw
