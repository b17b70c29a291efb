#pragma once

#include "domain/entrysummary.h"
#include "domain/satisfactiontrend.h"
#include "entryfilter.h"

#include <QHash>
#include "domain/quadrant.h"

#include "matrix/markcolours.h"
#include "prioritisedentries.h"

#include <QList>

#include <optional>

namespace qw {

class RegisterDocument;
struct RegisterChange;

// The register's entries in priority order, one row each, with their rank. Holds only the
// small summaries (see EntrySummary). Each change of the register is applied as it says:
// the entries it names read again, their rows inserted, removed, moved to their new rank and
// changed (dataChanged), so that a view's selection, current row and scrolling stay as they
// were; a reset only when the filter changes what is shown.
class EntryModel final : public PrioritisedEntries
{
    Q_OBJECT
public:
    // The quadrant shows as the colour of the rank cell: the list is already grouped by it.
    enum Column { Rank, Code, Title, Impact, Effort, StatusColumn, Owner, Linked, Verdict, Stale, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, QuadrantRole, RankRole };

    explicit EntryModel(RegisterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The entries shown (filtered, in priority order) and every entry of the register.
    const QList<EntrySummary> &entries() const override { return m_entries; }
    const QList<EntrySummary> &allEntries() const { return m_all; }
    void setFilter(const EntryFilter &filter);
    const EntryFilter &filter() const { return m_filter; }
    int rowOf(qint64 id) const override;
    QuadrantRule rule() const override { return m_rule; }
    QString staleReason(qint64 id) const override { return m_stale.value(id); }
    int numberOf(qint64 id, int rank) const override;
    QString numbersMeaning() const override;
    // Titles with customers' e-mail addresses and phone numbers masked, for everything that
    // shows this model (the list, the matrix, its labels and exports, presentation mode).
    void setPersonalDataHidden(bool hidden);
    bool isPersonalDataHidden() const { return m_personalDataHidden; }
    // The colour square of each row, as the matrix colours its marks.
    void setColourBy(ColourBy by);

public Q_SLOTS:
    // Reads every entry again and applies what differs (rows in, out, moved, changed).
    void reload();
    void apply(const qw::RegisterChange &change);

private:
    void load();
    // An entry as read now (masked if need be), in place of what was held (its row moved to its rank, inserted or
    // removed as the filter says); and an entry no longer in the register.
    void put(EntrySummary summary);
    void take(qint64 id);
    void finishChange();
    void applyEntries(const RegisterChange &change);
    void applyFilter();
    std::optional<BeforeAfter> verdictFor(const EntrySummary &e) const;
    // Which entries are stale: all of them read again (a review ended, the register read
    // again), or those a change touched (changed now, so stale only if past their target).
    void readStale();
    void updateStale(const QList<qint64> &ids);
    // The running review's numbers (empty: none runs), and those given to entries it has none of.
    void readNumbers();

    RegisterDocument *m_document;
    QuadrantRule m_rule;
    EntryFilter m_filter;
    QList<EntrySummary> m_all;
    QList<EntrySummary> m_entries;
    mutable QHash<qint64, std::optional<BeforeAfter>> m_verdicts; // done entries shown so far
    QHash<qint64, QString> m_stale;
    QHash<qint64, int> m_numbers;
    bool m_reviewRunning = false;
    QString m_reviewName;
    mutable QHash<qint64, int> m_laterNumbers;
    bool m_personalDataHidden = false;
    ColourBy m_colourBy = ColourBy::Quadrant;
    MarkColours m_colours;
};

} // namespace qw

