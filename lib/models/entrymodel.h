#pragma once

#include "domain/entrysummary.h"
#include "domain/satisfactiontrend.h"
#include "entryfilter.h"

#include <QHash>
#include "domain/quadrant.h"

#include "matrix/markcolours.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace qw {

class RegisterDocument;

// The register's entries in priority order, one row each, with their rank. Holds only the
// small summaries (see EntrySummary); reloads when the document says entries changed.
class EntryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The quadrant shows as the colour of the rank cell: the list is already grouped by it.
    enum Column { Rank, Code, Title, Impact, Effort, StatusColumn, Owner, Linked, Verdict, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, QuadrantRole, RankRole };

    explicit EntryModel(RegisterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The entries shown (filtered, in priority order) and every entry of the register.
    const QList<EntrySummary> &entries() const { return m_entries; }
    const QList<EntrySummary> &allEntries() const { return m_all; }
    void setFilter(const EntryFilter &filter);
    const EntryFilter &filter() const { return m_filter; }
    int rowOf(qint64 id) const;
    QuadrantRule rule() const { return m_rule; }
    // Titles with customers' e-mail addresses and phone numbers masked, for everything that
    // shows this model (the list, the matrix, its labels and exports, presentation mode).
    void setPersonalDataHidden(bool hidden);
    bool isPersonalDataHidden() const { return m_personalDataHidden; }
    // The colour square of each row, as the matrix colours its marks.
    void setColourBy(ColourBy by);

public Q_SLOTS:
    void reload();

private:
    void load();
    void applyFilter();
    std::optional<BeforeAfter> verdictFor(const EntrySummary &e) const;

    RegisterDocument *m_document;
    QuadrantRule m_rule;
    EntryFilter m_filter;
    QList<EntrySummary> m_all;
    QList<EntrySummary> m_entries;
    mutable QHash<qint64, std::optional<BeforeAfter>> m_verdicts; // done entries shown so far
    bool m_personalDataHidden = false;
    ColourBy m_colourBy = ColourBy::Quadrant;
    MarkColours m_colours;
};

} // namespace qw

