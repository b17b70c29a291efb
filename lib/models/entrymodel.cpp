#include "entrymodel.h"

#include "document/registerdocument.h"
#include "domain/entry.h"
#include "domain/personaldata.h"
#include "domain/priority.h"
#include "matrix/quadrantpalette.h"

namespace qw {

EntryModel::EntryModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_rule(document->quadrantRule())
{
    connect(document, &RegisterDocument::entriesChanged, this, &EntryModel::reload);
    connect(document, &RegisterDocument::interactionsChanged, this, &EntryModel::reload);
    load();
}

void EntryModel::load()
{
    m_all = m_document->entrySummaries();
    if (m_personalDataHidden) {
        for (EntrySummary &e : m_all)
            e.title = PersonalData::masked(e.title);
    }
    sortByPriority(m_all, m_rule);
    // Before and after are worked out when a row shows them (see verdictFor()).
    m_verdicts.clear();
    applyFilter();
}

void EntryModel::applyFilter()
{
    m_entries.clear();
    m_entries.reserve(m_all.size());
    for (const EntrySummary &e : std::as_const(m_all)) {
        if (m_filter.accepts(e))
            m_entries.append(e);
    }
    m_colours = m_colourBy == ColourBy::Quadrant ? MarkColours() : MarkColours(m_entries, m_colourBy, m_rule);
}

void EntryModel::setPersonalDataHidden(bool hidden)
{
    if (hidden == m_personalDataHidden)
        return;
    m_personalDataHidden = hidden;
    reload();
}

void EntryModel::setColourBy(ColourBy by)
{
    if (by == m_colourBy)
        return;
    m_colourBy = by;
    m_colours = by == ColourBy::Quadrant ? MarkColours() : MarkColours(m_entries, by, m_rule);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Rank), index(int(m_entries.size()) - 1, Rank), {Qt::DecorationRole});
}

std::optional<BeforeAfter> EntryModel::verdictFor(const EntrySummary &e) const
{
    // Two small aggregate queries for a done entry, once, when its row is first shown: the
    // cost follows the rows on screen, not the entries in the register.
    if (!e.doneOn.isValid() || (e.status != Status::Done && e.status != Status::Verified))
        return std::nullopt;
    auto it = m_verdicts.constFind(e.id);
    if (it == m_verdicts.cend()) {
        Entry entry;
        entry.service = e.service;
        entry.doneOn = e.doneOn;
        it = m_verdicts.insert(e.id, m_document->beforeAfter(entry));
    }
    return *it;
}

void EntryModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void EntryModel::setFilter(const EntryFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

int EntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntrySummary &e = m_entries.at(index.row());
    const Quadrant quadrant = m_rule.quadrant(e.impact, e.effort);
    switch (role) {
    case IdRole: return e.id;
    case QuadrantRole: return int(quadrant);
    case RankRole: return index.row() + 1;
    case Qt::ToolTipRole:
        if (!e.stored.isValid())
            return tr("%1 %2\nWritten outside QuickWins: %3. Open the entry to choose.")
                .arg(Entry::codeFor(e.id), e.title, describeInvalid(e.stored, e.impact, e.effort));
        return tr("%1 %2\n%3: impact %4, effort %5").arg(Entry::codeFor(e.id), e.title,
                                                        quadrantName(quadrant))
            .arg(e.impact).arg(e.effort);
    case Qt::DecorationRole:
        if (index.column() == Rank && isValidScore(e.impact) && isValidScore(e.effort))
            return m_colourBy == ColourBy::Quadrant ? quadrantColor(quadrant) : m_colours.colourOf(e);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rank: case Impact: case Effort: case Linked:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            if (!isValidScore(e.impact) || !isValidScore(e.effort))
                return QStringLiteral("\u26a0"); // not on the matrix, so no number of it
            return index.row() + 1;
        case Code: return Entry::codeFor(e.id);
        case Title: return e.title;
        case Impact:
            return isValidScore(e.impact) ? QVariant(e.impact) : QVariant(QStringLiteral("\u26a0 %1").arg(e.impact));
        case Effort:
            return isValidScore(e.effort) ? QVariant(e.effort) : QVariant(QStringLiteral("\u26a0 %1").arg(e.effort));
        case StatusColumn:
            return e.stored.invalid & StoredValues::Status ? QStringLiteral("\u26a0 ") + shownStatus({}, e.stored)
                                                           : statusName(e.status);
        case Owner: return e.owner;
        case Linked: return e.linkedCount;
        case Verdict: {
            const std::optional<BeforeAfter> verdict = verdictFor(e);
            return verdict ? QVariant(verdictName(verdict->verdict)) : QVariant();
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant EntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank: return tr("Priority rank, the same number as on the matrix, in the colour of its quadrant");
        case Linked: return tr("Poor interactions linked to the entry");
        case Verdict: return tr("For entries done: did satisfaction of their service rise in the 90 days after?");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("#");
    case Code: return tr("ID");
    case Title: return tr("Title");
    case Impact: return tr("Impact");
    case Effort: return tr("Effort");
    case StatusColumn: return tr("Status");
    case Owner: return tr("Owner");
    case Linked: return tr("Linked");
    case Verdict: return tr("After");
    }
    return {};
}

int EntryModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return int(row);
    }
    return -1;
}

} // namespace qw
