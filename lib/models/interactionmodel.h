#pragma once

#include "domain/interaction.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qw {

class RegisterDocument;

// Interactions, newest first, read from the register a page at a time: the model knows how
// many rows there are from one COUNT and fetches only the pages a view asks for, so a register
// of a million interactions costs what is on screen.
class InteractionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, ChannelColumn, Service, Team, Agent, Ticket, Satisfaction, Reason,
                  Comment, Customer, Repeat, EntryColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PoorRole, EntryIdRole };

    static constexpr int PageSize = 256;

    explicit InteractionModel(RegisterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Replaces customers' names and addresses with a mask, for sharing the screen.
    void setPersonalDataHidden(bool hidden);
    bool isPersonalDataHidden() const { return m_personalDataHidden; }

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

public Q_SLOTS:
    void reload();

private:
    const Interaction *at(int row) const;

    RegisterDocument *m_document;
    int m_count = 0;
    bool m_personalDataHidden = false;
    mutable QHash<int, QList<Interaction>> m_pages;
};

} // namespace qw
