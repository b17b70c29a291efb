#pragma once

#include "domain/entrysummary.h"
#include "domain/quadrant.h"

#include <QAbstractTableModel>
#include <QList>

namespace qw {

class RegisterDocument;

// The register's entries in priority order, one row each, with their rank. Holds only the
// small summaries (see EntrySummary); reloads when the document says entries changed.
class EntryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The quadrant shows as the colour of the rank cell: the list is already grouped by it.
    enum Column { Rank, Code, Title, Impact, Effort, StatusColumn, Owner, Linked, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, QuadrantRole, RankRole };

    explicit EntryModel(RegisterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const QList<EntrySummary> &entries() const { return m_entries; }
    int rowOf(qint64 id) const;
    QuadrantRule rule() const { return m_rule; }

public Q_SLOTS:
    void reload();

private:
    RegisterDocument *m_document;
    QuadrantRule m_rule;
    QList<EntrySummary> m_entries;
};

} // namespace qw

