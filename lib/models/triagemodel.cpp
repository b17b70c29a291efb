#include "triagemodel.h"

#include "domain/personaldata.h"

#include "document/registerdocument.h"

#include <QLocale>

namespace qw {

TriageModel::TriageModel(RegisterDocument *document, QObject *parent, bool active)
    : QAbstractTableModel(parent), m_document(document), m_active(active), m_stale(!active)
{
    if (active)
        read();
    connect(document, &RegisterDocument::changed, this, [this](const RegisterChange &change) {
        if (!change.touchesInteractions() && !change.causes)
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
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Cause), index(rowCount() - 1, Cause));
}

void TriageModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        reload();
}

void TriageModel::read()
{
    m_stale = false;
    m_document->countNewIntoTriage(); // the total is read from triage's counts
    m_groups = m_document->causeGroups().value_or(QList<CauseGroupInfo>());
    m_total = m_document->triageTotal();
    int grouped = 0;
    for (const CauseGroupInfo &g : std::as_const(m_groups))
        grouped += g.responses;
    m_ungrouped = std::max(0, m_total - grouped);
}

void TriageModel::reload()
{
    beginResetModel();
    read();
    endResetModel();
    Q_EMIT reloaded();
}

const CauseGroupInfo *TriageModel::group(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int TriageModel::rowOfGroup(qint64 groupId) const
{
    for (qsizetype row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == groupId)
            return int(row);
    }
    return -1;
}

int TriageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size()) + (m_ungrouped > 0 ? 1 : 0);
}

int TriageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CauseGroupInfo *g = group(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Responses || index.column() == Customers))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (!g) { // the responses in no cause
        if (role == Qt::DisplayRole && index.column() == Cause)
            return tr("(in no cause: no words to compare, or like no other)");
        if (role == Qt::DisplayRole && index.column() == Responses)
            return QLocale().toString(m_ungrouped);
        if (role == Qt::ToolTipRole)
            return tr("%n poor response(s) linked to no entry that no cause holds: without a reason or comment, "
                      "taken out of their cause, or saying something no other says.", nullptr, m_ungrouped);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Cause:
            return g->name.isEmpty() ? tr("The words these responses share most")
                                     : tr("Named so; the words found: %1").arg(g->label);
        case Services: return g->services.join(QStringLiteral("\n"));
        case Seen:
            return tr("First %1, latest %2").arg(QLocale().toString(g->first, QLocale::LongFormat),
                                                 QLocale().toString(g->last, QLocale::LongFormat));
        case Trend:
            return tr("%1 in the last 30 days, %2 in the 30 days before").arg(g->recent).arg(g->earlier);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Cause: {
        const QString shown = m_personalDataHidden ? PersonalData::masked(g->shownName()) : g->shownName();
        return g->pinned ? tr("%1 (pinned)").arg(shown) : shown;
    }
    case Responses: return QLocale().toString(g->responses);
    case Customers: return g->customers > 0 ? QLocale().toString(g->customers) : QStringLiteral("–");
    case Services:
        if (g->services.size() <= 2)
            return g->services.isEmpty() ? tr("(no service)") : g->services.join(QStringLiteral(", "));
        return tr("%1, %2 and %n more", nullptr, int(g->services.size()) - 2).arg(g->services.at(0), g->services.at(1));
    case Seen: {
        // "4 Jun – 30 Nov" within this year, with the years otherwise.
        const QLocale locale;
        const int year = QDate::currentDate().year();
        const auto day = [&](const QDate &d) {
            return d.year() == year ? locale.toString(d, QStringLiteral("d MMM")) : locale.toString(d, QLocale::ShortFormat);
        };
        return g->first == g->last ? day(g->first) : tr("%1 – %2").arg(day(g->first), day(g->last));
    }
    case Trend:
        if (g->isGrowing())
            return tr("↑ growing");
        return g->recent < g->earlier ? tr("↓ falling") : tr("steady");
    }
    return {};
}

QVariant TriageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Cause: return tr("Cause");
    case Responses: return tr("Poor");
    case Customers: return tr("Customers");
    case Services: return tr("Services");
    case Seen: return tr("Seen");
    case Trend: return tr("30 days");
    }
    return {};
}

} // namespace qw
