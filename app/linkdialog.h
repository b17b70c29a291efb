#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace qw {

// Chooses the entry that an interaction shares its underlying cause with, from the
// prioritised list, narrowed by typing part of the ID or title.
class LinkDialog final : public QDialog
{
    Q_OBJECT
public:
    LinkDialog(QAbstractItemModel *entries, qint64 current, QWidget *parent = nullptr);

    qint64 chosenEntry() const;

private:
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace qw
