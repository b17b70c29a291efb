#include "interactionmodel.h"

#include "document/registerdocument.h"
#include "domain/entry.h"

#include <QLocale>

namespace qw {

namespace {
// Pages kept in memory; past this the cache starts again from what is asked for.
constexpr int MaxCachedPages = 64;
} // namespace

InteractionModel::InteractionModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_count(document->interactionCount())
{
    connect(document, &RegisterDocument::interactionsChanged, this, &InteractionModel::reload);
}

void InteractionModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = m_document->interactionCount();
    endResetModel();
}

void InteractionModel::setPersonalDataHidden(bool hidden)
{
    if (m_personalDataHidden == hidden)
        return;
    m_personalDataHidden = hidden;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, Customer), index(m_count - 1, Customer));
}

int InteractionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int InteractionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Interaction *InteractionModel::at(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear();
        it = m_pages.insert(page, m_document->interactionPage(page * PageSize, PageSize));
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 InteractionModel::idAt(int row) const
{
    const Interaction *i = at(row);
    return i ? i->id : 0;
}

int InteractionModel::rowOf(qint64 id) const
{
    return m_document->interactionRow(id);
}

QVariant InteractionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction *i = at(index.row());
    if (!i)
        return {};
    switch (role) {
    case IdRole: return i->id;
    case PoorRole: return i->isPoor();
    case EntryIdRole: return i->entryId;
    case Qt::ToolTipRole:
        if (index.column() == Comment || index.column() == Reason)
            return index.column() == Comment ? i->comment : i->reason;
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
            return i->isPoor() ? tr("%1 (poor)").arg(scoreText(i->scale, i->score))
                               : scoreText(i->scale, i->score);
        case Reason: return i->reason;
        case Comment: return i->comment.simplified();
        case Customer:
            if (i->customer.isEmpty())
                return QString();
            return m_personalDataHidden ? tr("(hidden)") : i->customer;
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
