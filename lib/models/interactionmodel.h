#pragma once

#include "domain/interaction.h"

#include <QAbstractTableModel>
#include <QList>

namespace qw {

class RegisterDocument;
struct RegisterChange;

// Interactions, newest first, read from the register a page at a time as a view scrolls down
// to them (canFetchMore/fetchMore): each page is found by the last row read (an index seek),
// and the view holds rows only for what has been read, so a register of a million
// interactions costs what has been on screen.
class InteractionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, ChannelColumn, Service, Team, Agent, Ticket, Satisfaction, Reason,
                  Comment, Customer, Repeat, EntryColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PoorRole, EntryIdRole };

    static constexpr int PageSize = 64;

    explicit InteractionModel(RegisterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Replaces customers' names and addresses with a mask, for sharing the screen.
    void setPersonalDataHidden(bool hidden);
    bool isPersonalDataHidden() const { return m_personalDataHidden; }

    // Every interaction in the register, read or not (rowCount() counts those read).
    int totalCount() const { return m_total; }
    // The row of an interaction, reading pages down to it if need be; -1 if it is not listed.
    int rowOf(qint64 id);
    qint64 idAt(int row) const;

public Q_SLOTS:
    void reload();
    void apply(const qw::RegisterChange &change);

Q_SIGNALS:
    // totalCount() changed (rows may not have: the interaction may be further down than read).
    void totalChanged();

private:
    void readMore(int count); // the next count rows after those read, as rows inserted
    void dropRow(qint64 id);
    void putRow(const Interaction &interaction);

    RegisterDocument *m_document;
    QList<Interaction> m_rows;
    int m_total = 0;
    bool m_atEnd = false;
    bool m_personalDataHidden = false;
    // A comment or a reason as shown: masked while personal data is hidden.
    QString shown(const QString &text, const Interaction &interaction) const;
};

} // namespace qw
