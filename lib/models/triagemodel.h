#pragma once

#include "domain/cause.h"

#include <QAbstractTableModel>

namespace qw {

class RegisterDocument;

// The triage list: poor responses linked to no entry, by cause (what they say, found by
// CauseGrouping and corrected by the user), the largest first; a last row counts the responses
// in no cause, so that the rows add up to every poor response in triage. Counts are kept in the
// register; it reads them again when responses or causes change.
class TriageModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Cause, Responses, Customers, Services, Seen, Trend, ColumnCount };

    // active: read the groups now and after every change; inactive (its view hidden): only
    // remember that they changed, and read them when made active.
    explicit TriageModel(RegisterDocument *document, QObject *parent = nullptr, bool active = true);
    void setActive(bool active);
    // Causes' words with customers' e-mail addresses, phone numbers and names masked.
    void setPersonalDataHidden(bool hidden);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The cause of a row; null for the last row (the responses in no cause).
    const CauseGroupInfo *group(int row) const;
    int rowOfGroup(qint64 groupId) const;
    int causeCount() const { return int(m_groups.size()); }
    int ungrouped() const { return m_ungrouped; }
    int total() const { return m_total; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void read();

    RegisterDocument *m_document;
    QList<CauseGroupInfo> m_groups;
    int m_total = 0;
    int m_ungrouped = 0;
    bool m_active = true;
    bool m_personalDataHidden = false;
    bool m_stale = false;
};

} // namespace qw
