#include "entrymodel.h"

#include "review/agenda.h"

#include "document/registerdocument.h"

#include <QSet>

#include <algorithm>
#include "domain/entry.h"
#include "domain/personaldata.h"
#include "domain/priority.h"
#include "matrix/quadrantpalette.h"

namespace qw {

EntryModel::EntryModel(RegisterDocument *document, QObject *parent)
    : PrioritisedEntries(parent), m_document(document), m_rule(document->quadrantRule())
{
    connect(document, &RegisterDocument::changed, this, &EntryModel::apply);
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
    readStale();
    readNumbers();
}

void EntryModel::readNumbers()
{
    const auto review = m_document->runningReview();
    m_reviewRunning = review.has_value();
    m_numbers = review ? m_document->reviewNumbers() : QHash<qint64, int>();
    m_reviewName = review ? review->name() : QString();
    m_laterNumbers.clear();
}

int EntryModel::numberOf(qint64 id, int rank) const
{
    if (m_numbers.isEmpty())
        return rank;
    if (const auto it = m_numbers.constFind(id); it != m_numbers.cend())
        return *it;
    // Raised (or reopened) during the review: the next numbers, in the order of their IDs, so
    // that they stay too.
    if (const auto it = m_laterNumbers.constFind(id); it != m_laterNumbers.cend())
        return *it;
    int highest = 0;
    for (int n : m_numbers)
        highest = std::max(highest, n);
    for (int n : std::as_const(m_laterNumbers))
        highest = std::max(highest, n);
    return *m_laterNumbers.insert(id, highest + 1);
}

QString EntryModel::numbersMeaning() const
{
    return m_numbers.isEmpty()
        ? tr("Numbers: priority rank (rescoring changes them)")
        : tr("Numbers: as at the start of the %1").arg(m_reviewName);
}

void EntryModel::readStale()
{
    m_stale = m_document->staleEntries(m_all, QDate::currentDate()).value_or(QHash<qint64, QString>());
}

void EntryModel::updateStale(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const auto it = std::find_if(m_all.cbegin(), m_all.cend(), [id](const EntrySummary &e) { return e.id == id; });
        // Changed just now: stale only when in progress past its target date.
        m_stale.remove(id);
        if (it == m_all.cend() || it->status != Status::InProgress)
            continue;
        // (Its own rule on the entry alone: not the register's history and reviews read again
        // for each step of a rescore.)
        if (const auto entry = m_document->entry(id)) {
            const QString why = Agenda::staleReason(*entry, QDateTime::currentDateTimeUtc(), {}, {}, QDate::currentDate());
            if (!why.isEmpty())
                m_stale.insert(id, why);
        }
    }
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

void EntryModel::apply(const RegisterChange &change)
{
    if (change.allEntries) {
        reload();
    } else if (change.touchesEntries()) {
        applyEntries(change);
    }
    // A review started (its numbers kept) or ended (staleness counts reviews, the numbers are
    // ranks again). Its other changes (an item walked, a note, an action) change neither.
    const bool running = m_document->runningReview().has_value();
    if (change.reviews && running != m_reviewRunning) {
        m_reviewRunning = running;
        readNumbers();
        readStale();
        if (!m_entries.isEmpty()) {
            Q_EMIT dataChanged(index(0, Rank), index(int(m_entries.size()) - 1, Rank));
            Q_EMIT dataChanged(index(0, Stale), index(int(m_entries.size()) - 1, Stale));
        }
        Q_EMIT entriesUpdated();
    }
    // "After" reads every response of an entry's service, not only its own: any change of
    // interactions may change it.
    if (change.touchesInteractions() && !m_verdicts.isEmpty()) {
        m_verdicts.clear();
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, Verdict), index(int(m_entries.size()) - 1, Verdict));
    }
}

void EntryModel::applyEntries(const RegisterChange &change)
{
    const QList<qint64> read = change.entriesAdded + change.entriesChanged;
    bool readWhole = true;
    QList<EntrySummary> summaries = m_document->entrySummaries(read, &readWhole);
    QSet<qint64> present;
    for (const EntrySummary &e : std::as_const(summaries))
        present.insert(e.id);
    for (qint64 id : change.entriesRemoved)
        take(id);
    // Named as added or changed but not in the register (any more): gone. (Not when the read
    // failed: what was not read is not known to be gone, and stays as it was.)
    for (qint64 id : read) {
        if (readWhole && !present.contains(id))
            take(id);
    }
    for (EntrySummary &e : summaries) {
        if (m_personalDataHidden)
            e.title = PersonalData::masked(e.title);
        const qint64 id = e.id;
        put(std::move(e));
        updateStale({id}); // (before the row's data is read again: the views repaint later)
    }
    finishChange();
}

void EntryModel::reload()
{
    QList<EntrySummary> all = m_document->entrySummaries();
    QHash<qint64, const EntrySummary *> held;
    held.reserve(m_all.size());
    for (const EntrySummary &e : std::as_const(m_all))
        held.insert(e.id, &e);
    QList<qsizetype> differing;
    for (qsizetype i = 0; i < all.size(); ++i) {
        EntrySummary &e = all[i];
        if (m_personalDataHidden)
            e.title = PersonalData::masked(e.title);
        const EntrySummary *before = held.take(e.id);
        if (!before || *before != e)
            differing.append(i);
    }
    // Most of them changed (a new rule for poor responses recounts every entry's evidence):
    // taken as a whole, as read.
    if (differing.size() + held.size() > std::max<qsizetype>(64, m_all.size() / 4)) {
        beginResetModel();
        m_all = std::move(all);
        sortByPriority(m_all, m_rule);
        m_verdicts.clear();
        applyFilter();
        readStale();
        endResetModel();
        Q_EMIT entriesUpdated();
        return;
    }
    const QList<qint64> gone = held.keys();
    for (qint64 id : gone) {
        take(id);
        m_stale.remove(id);
    }
    // Staleness read again for the entries that differ only (none: nothing to read).
    QList<EntrySummary> changed;
    changed.reserve(differing.size());
    for (qsizetype i : std::as_const(differing)) {
        changed.append(all[i]);
        put(std::move(all[i]));
    }
    if (!changed.isEmpty()) {
        const auto stale = m_document->staleEntries(changed, QDate::currentDate());
        for (const EntrySummary &e : std::as_const(changed)) {
            m_stale.remove(e.id);
            if (stale && stale->contains(e.id))
                m_stale.insert(e.id, stale->value(e.id));
        }
    }
    if (!m_entries.isEmpty() && (!changed.isEmpty() || !gone.isEmpty()))
        Q_EMIT dataChanged(index(0, Stale), index(int(m_entries.size()) - 1, Stale));
    finishChange();
}

void EntryModel::take(qint64 id)
{
    const auto it = std::find_if(m_all.cbegin(), m_all.cend(), [id](const EntrySummary &e) { return e.id == id; });
    if (it == m_all.cend())
        return;
    m_all.erase(it);
    m_verdicts.remove(id);
    if (const int row = rowOf(id); row >= 0) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
}

void EntryModel::put(EntrySummary summary)
{
    const qint64 id = summary.id;
    const auto less = [this](const EntrySummary &a, const EntrySummary &b) { return priorityLess(a, b, m_rule); };
    const auto held = std::find_if(m_all.begin(), m_all.end(), [id](const EntrySummary &e) { return e.id == id; });
    if (held != m_all.end()) {
        if (*held == summary)
            return;
        m_all.erase(held);
    }
    m_all.insert(std::lower_bound(m_all.cbegin(), m_all.cend(), summary, less) - m_all.cbegin(), summary);
    m_verdicts.remove(id);

    const int row = rowOf(id);
    const bool shown = m_filter.accepts(summary);
    if (row < 0) {
        if (!shown)
            return;
        const int at = int(std::lower_bound(m_entries.cbegin(), m_entries.cend(), summary, less) - m_entries.cbegin());
        beginInsertRows({}, at, at);
        m_entries.insert(at, std::move(summary));
        endInsertRows();
        return;
    }
    if (!shown) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        return;
    }
    // Its new rank among the others (the list is in order but for this row).
    const auto begin = m_entries.cbegin();
    int to = row;
    if (row > 0 && less(summary, m_entries.at(row - 1)))
        to = int(std::lower_bound(begin, begin + row, summary, less) - begin);
    else if (row + 1 < m_entries.size() && less(m_entries.at(row + 1), summary))
        to = int(std::lower_bound(begin + row + 1, m_entries.cend(), summary, less) - begin) - 1;
    if (to != row) {
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_entries.move(row, to);
        endMoveRows();
    }
    m_entries[to] = std::move(summary);
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void EntryModel::finishChange()
{
    if (m_colourBy != ColourBy::Quadrant) {
        m_colours = MarkColours(m_entries, m_colourBy, m_rule);
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, Rank), index(int(m_entries.size()) - 1, Rank), {Qt::DecorationRole});
    }
    Q_EMIT entriesUpdated();
}

void EntryModel::setFilter(const EntryFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
    Q_EMIT entriesUpdated();
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
            return m_colourBy == ColourBy::Quadrant ? quadrantColour(quadrant) : m_colours.colourOf(e);
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
            return numberOf(e.id, index.row() + 1);
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
        case Stale: return m_stale.value(e.id);
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
        case Linked: return tr("Interactions linked to the entry: its evidence");
        case Verdict: return tr("For entries done: did satisfaction of their service rise in the 90 days after?");
        case Stale: return tr("Open entries waiting too long: in progress past their target date, or unchanged for "
                              "the register's number of reviews or days (3 reviews or 60 days unless set)");
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
    case Stale: return tr("Stale");
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
