#include "linkdialog.h"

#include "screenfit.h"
#include "models/entrymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

LinkDialog::LinkDialog(QAbstractItemModel *entries, qint64 current, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    setWindowTitle(tr("Link to entry"));
    m_filter->setPlaceholderText(tr("Type part of an ID or title"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(entries);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(EntryModel::Title, QHeaderView::Stretch);
    m_view->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenEntry() != 0);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateOk);
    // The search that leaves one entry has found it: it is chosen, and Return links to it.
    // One that hides the chosen entry unchooses it, so that OK never links to an unseen one.
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_proxy->rowCount() == 1)
            m_view->selectRow(0);
        else if (m_view->selectionModel()->selectedRows().isEmpty())
            m_view->clearSelection();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(720, 420));

    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(EntryModel::IdRole).toLongLong() == current)
            m_view->selectRow(row);
    }
    updateOk();
    m_filter->setFocus();
}

qint64 LinkDialog::chosenEntry() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(EntryModel::IdRole).toLongLong();
}

} // namespace qw
