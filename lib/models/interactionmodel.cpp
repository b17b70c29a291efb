#include "interactionmodel.h"

#include "domain/personaldata.h"

#include "document/registerdocument.h"
#include "domain/entry.h"

#include <QLocale>

#include <algorithm>

namespace qw {

InteractionModel::InteractionModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &RegisterDocument::changed, this, &InteractionModel::apply);
    m_total = m_document->interactionCount();
    m_rows = m_document->interactionPage(0, PageSize);
    m_atEnd = m_rows.size() < PageSize;
}

void InteractionModel::apply(const RegisterChange &change)
{
    if (!change.touchesInteractions())
        return;
    // Many at once (an import, a new rule): read again, as many rows as were read.
    if (change.allInteractions) {
        reload();
        return;
    }
    // Otherwise as rows: those gone removed, those come inserted where the register's order
    // puts them (if among the rows read), those changed read again in their place or moved to
    // it, so that a view's selection and scrolling stay.
    for (qint64 id : change.interactionsRemoved)
        dropRow(id);
    for (qint64 id : change.interactionsAdded) {
        if (const std::optional<Interaction> now = m_document->interaction(id))
            putRow(*now);
    }
    for (qint64 id : change.interactionsChanged) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const Interaction &i) { return i.id == id; });
        if (it == m_rows.end())
            continue;
        const std::optional<Interaction> now = m_document->interaction(id);
        if (!now) {
            dropRow(id);
        } else if (now->occurredAt != it->occurredAt) {
            dropRow(id); // its place in the order changed
            putRow(*now);
        } else {
            *it = *now;
            const int row = int(it - m_rows.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    const int total = m_document->interactionCount();
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalChanged();
    }
}

void InteractionModel::dropRow(qint64 id)
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const Interaction &i) { return i.id == id; });
    if (it == m_rows.cend())
        return;
    const int row = int(it - m_rows.cbegin());
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void InteractionModel::putRow(const Interaction &interaction)
{
    // Newest first, then the higher id first: the order of the register's pages.
    const auto before = [](const Interaction &a, const Interaction &b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt > b.occurredAt : a.id > b.id;
    };
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Interaction &i) { return i.id == interaction.id; }))
        return;
    const int at = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), interaction, before) - m_rows.cbegin());
    // Past the rows read, while there are more to read: it comes with the page it is in.
    if (at == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, at, at);
    m_rows.insert(at, interaction);
    endInsertRows();
}

void InteractionModel::reload()
{
    // As many rows as were read before, so that a view scrolled down stays where it was.
    const int rows = std::max(int(m_rows.size()), PageSize);
    beginResetModel();
    m_total = m_document->interactionCount();
    m_rows = m_document->interactionPage(0, rows);
    m_atEnd = m_rows.size() < rows;
    endResetModel();
}

bool InteractionModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void InteractionModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    readMore(PageSize);
}

void InteractionModel::readMore(int count)
{
    QList<Interaction> rows = m_rows.isEmpty() ? m_document->interactionPage(0, count)
                                               : m_document->interactionsAfter(m_rows.constLast(), count);
    m_atEnd = rows.size() < count;
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

QString InteractionModel::shown(const QString &text, const Interaction &interaction) const
{
    return m_personalDataHidden ? PersonalData::masked(text, interaction.customer) : text;
}

void InteractionModel::setPersonalDataHidden(bool hidden)
{
    if (m_personalDataHidden == hidden)
        return;
    m_personalDataHidden = hidden;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int InteractionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InteractionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 InteractionModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int InteractionModel::rowOf(qint64 id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    const int row = m_document->interactionRow(id);
    if (row < 0 || m_atEnd)
        return -1;
    // Read down to it in one step, with a page after it for the view to show.
    readMore(row + 1 - int(m_rows.size()) + PageSize);
    return row < m_rows.size() && m_rows.at(row).id == id ? row : -1;
}

QVariant InteractionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction *i = &m_rows.at(index.row());
    switch (role) {
    case IdRole: return i->id;
    case PoorRole: return i->isPoor(m_document->poorRule());
    case EntryIdRole: return i->entryId;
    case Qt::ToolTipRole:
        if (index.column() == Comment || index.column() == Reason)
            return shown(index.column() == Comment ? i->comment : i->reason, *i);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return QLocale().toString(i->occurredAt, QLocale::ShortFormat);
        case ChannelColumn: return channelName(i->channel);
        case Service: return i->service;
        case Team: return i->team;
        case Agent: return i->agent;
        case Ticket: return i->ticket;
        case Satisfaction:
            if (!i->hasScore())
                return tr("no score");
            return i->isPoor(m_document->poorRule()) ? tr("%1 (poor)").arg(scoreText(i->scale, i->score))
                               : scoreText(i->scale, i->score);
        case Reason: return shown(i->reason, *i);
        case Comment: return shown(i->comment, *i).simplified();
        case Customer:
            if (i->customer.isEmpty())
                return QString();
            return m_personalDataHidden ? PersonalData::hiddenCustomer() : i->customer;
        case Repeat: return i->repeatContact ? tr("Repeat") : QString();
        case EntryColumn: return i->entryId ? Entry::codeFor(i->entryId) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant InteractionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case ChannelColumn: return tr("Channel");
    case Service: return tr("Service");
    case Team: return tr("Team");
    case Agent: return tr("Agent");
    case Ticket: return tr("Ticket");
    case Satisfaction: return tr("Satisfaction");
    case Reason: return tr("Reason");
    case Comment: return tr("Comment");
    case Customer: return tr("Customer");
    case Repeat: return tr("Repeat contact");
    case EntryColumn: return tr("Entry");
    }
    return {};
}

} // namespace qw
