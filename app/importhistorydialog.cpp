#include "importhistorydialog.h"

#include "screenfit.h"
#include "actions/registeractions.h"
#include "document/registerdocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qw {

ImportHistoryDialog::ImportHistoryDialog(RegisterDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_table(new QTableWidget(this)),
      m_remove(new QPushButton(tr("&Remove Import…"), this))
{
    setWindowTitle(tr("Import History"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every export imported into this register. Removing an import takes the responses "
                                "it added out of the register and puts back the values of those it updated; "
                                "Edit ▸ Undo brings them back."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("imports"));
    m_remove->setObjectName(QStringLiteral("removeImport"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &ImportHistoryDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_remove->setEnabled(row >= 0 && m_table->item(row, 0)->data(Qt::UserRole + 1).toBool()
                             && !m_document->isReadOnly());
    });
    layout->addWidget(buttons);
    refresh();
    ScreenFit::resize(this, QSize(900, 420));
}

void ImportHistoryDialog::refresh()
{
    const QStringList columns{tr("When"), tr("File"), tr("Source"), tr("Encoding"), tr("By"), tr("Rows"),
                              tr("Added"), tr("Updated"), tr("Unchanged"), tr("State")};
    m_table->clear();
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    const QList<ImportRecord> imports = m_document->imports();
    m_table->setRowCount(int(imports.size()));
    const QLocale locale;
    for (int row = 0; row < imports.size(); ++row) {
        const ImportRecord &r = imports.at(imports.size() - 1 - row); // newest first
        const QStringList cells{locale.toString(r.importedAt.toLocalTime(), QLocale::ShortFormat), r.fileName, r.source,
                                r.encoding, r.importedBy, locale.toString(r.rowsRead), locale.toString(r.added),
                                locale.toString(r.updated), locale.toString(r.unchanged),
                                r.inRegister ? tr("In the register") : tr("Removed")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0) {
                item->setData(Qt::UserRole, r.id);
                item->setData(Qt::UserRole + 1, r.inRegister);
            }
            m_table->setItem(row, c, item);
        }
    }
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    m_remove->setEnabled(false);
}

void ImportHistoryDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const ImportRecord &r : m_document->imports()) {
        if (r.id != id)
            continue;
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("Remove the import of “%1”? The %2 responses it added leave the register (and their links to entries), "
               "and the %3 it updated get their earlier values back. Edit ▸ Undo brings them back.")
                .arg(r.fileName).arg(r.added).arg(r.updated),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        // A command that fails marks itself obsolete and the stack deletes it: its failure is
        // told by the document, and the command is not touched after it.
        QString failure;
        const auto connection = connect(m_document, &RegisterDocument::errorOccurred, this,
                                        [&failure](const QString &message) { failure = message; });
        const std::optional<int> kept = RegisterActions(m_document).removeImport(r);
        disconnect(connection);
        if (!failure.isEmpty() || !kept) {
            QMessageBox::warning(this, windowTitle(), failure);
        } else if (*kept > 0) {
            QMessageBox::information(this, windowTitle(),
                                     tr("%n response(s) changed again since that import kept their newer "
                                        "values.", nullptr, *kept));
        }
    }
    refresh();
}

} // namespace qw
