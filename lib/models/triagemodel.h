#pragma once

#include "domain/triage.h"

#include <QAbstractTableModel>

namespace qw {

class RegisterDocument;

// The triage list: unlinked poor interactions grouped by service and reason, the largest
// groups first. Counts come from one GROUP BY query; it reloads when interactions change.
class TriageModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Service, Reason, Count, Repeats, Latest, ColumnCount };

    // active: read the groups now and after every change; inactive (its view hidden): only
    // remember that they changed, and read them when made active.
    explicit TriageModel(RegisterDocument *document, QObject *parent = nullptr, bool active = true);
    void setActive(bool active);
    // Reasons with customers' e-mail addresses and phone numbers masked.
    void setPersonalDataHidden(bool hidden);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const TriageGroup &group(int row) const { return m_groups.at(row); }

public Q_SLOTS:
    void reload();

private:
    RegisterDocument *m_document;
    QList<TriageGroup> m_groups;
    bool m_active = true;
    bool m_personalDataHidden = false;
    bool m_stale = false;
};

} // namespace qw
