#include "triagemodel.h"

#include "domain/personaldata.h"

#include "document/registerdocument.h"

#include <QLocale>

namespace qw {

TriageModel::TriageModel(RegisterDocument *document, QObject *parent, bool active)
    : QAbstractTableModel(parent), m_document(document), m_active(active), m_stale(!active)
{
    if (active)
        m_groups = document->triageGroups();
    connect(document, &RegisterDocument::changed, this, [this](const RegisterChange &change) {
        if (!change.touchesInteractions())
            return;
        if (m_active)
            reload();
        else
            m_stale = true;
    });
}

void TriageModel::setPersonalDataHidden(bool hidden)
{
    if (hidden == m_personalDataHidden)
        return;
    m_personalDataHidden = hidden;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, Reason), index(int(m_groups.size()) - 1, Reason));
}

void TriageModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        reload();
}

void TriageModel::reload()
{
    m_stale = false;
    m_document->countNewIntoTriage();
    beginResetModel();
    m_groups = m_document->triageGroups();
    endResetModel();
}

int TriageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int TriageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TriageGroup &g = m_groups.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Count || index.column() == Repeats))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Service: return g.service.isEmpty() ? tr("(no service)") : g.service;
    case Reason:
        if (g.reason.isEmpty())
            return tr("(no reason given)");
        return m_personalDataHidden ? PersonalData::masked(g.reason) : g.reason;
    case Count: return g.count;
    case Repeats: return g.repeats;
    case Latest: return QLocale().toString(g.latest, QLocale::ShortFormat);
    }
    return {};
}

QVariant TriageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service: return tr("Service");
    case Reason: return tr("Reason");
    case Count: return tr("Poor");
    case Repeats: return tr("Repeats");
    case Latest: return tr("Latest");
    }
    return {};
}

} // namespace qw
