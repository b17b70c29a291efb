#include "actionsview.h"

#include "actions/registeractions.h"
#include "document/registerdocument.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace qw {

ActionsView::ActionsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("actionsSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_showDone = new QCheckBox(tr("Show &done"), this);
    top->addWidget(m_showDone);
    layout->addLayout(top);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("actionsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Entry")});
    m_tree->setSortingEnabled(false);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);
    connect(m_showDone, &QCheckBox::toggled, this, &ActionsView::refresh);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != 0 || !m_actions)
            return;
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        const bool done = item->checkState(0) == Qt::Checked;
        // After Qt is done with the item: the change refreshes the list, which deletes it.
        QTimer::singleShot(0, this, [this, id, done] {
            if (!m_actions->setActionDone(id, done))
                refresh(); // (the box back as the register has it)
        });
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 entry = item->data(3, Qt::UserRole).toLongLong())
            Q_EMIT entryActivated(entry);
    });
}

void ActionsView::setDocument(RegisterDocument *document, RegisterActions *actions)
{
    m_document = document;
    m_actions = actions;
    refresh();
}

void ActionsView::refresh()
{
    m_filling = true;
    m_tree->clear();
    const auto all = m_document ? m_document->actionItems() : std::nullopt;
    if (!all) {
        m_summary->setText(m_document ? tr("The actions could not be read.") : QString());
        m_filling = false;
        return;
    }
    const QDate today = QDate::currentDate();
    QList<ActionItem> shown;
    int open = 0, overdue = 0;
    for (const ActionItem &a : *all) {
        open += a.isOpen() ? 1 : 0;
        overdue += a.isOverdue(today) ? 1 : 0;
        if (a.isOpen() || m_showDone->isChecked())
            shown.append(a);
    }
    // By owner, then due date (undated last), the open ones first.
    std::stable_sort(shown.begin(), shown.end(), [](const ActionItem &a, const ActionItem &b) {
        if (a.isOpen() != b.isOpen())
            return a.isOpen();
        if (a.owner != b.owner)
            return a.owner.localeAwareCompare(b.owner) < 0;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const ActionItem &a : std::as_const(shown)) {
        const auto entry = a.entryId ? m_document->entry(a.entryId) : std::nullopt;
        QString due = a.due.isValid() ? QLocale().toString(a.due, QLocale::ShortFormat) : tr("none");
        if (a.isOverdue(today))
            due = tr("%1 · overdue").arg(due);
        else if (!a.isOpen())
            due = tr("done %1").arg(QLocale().toString(a.doneOn, QLocale::ShortFormat));
        auto *item = new QTreeWidgetItem(m_tree, {a.text, a.owner.isEmpty() ? tr("nobody") : a.owner, due,
                                                  entry ? entry->code() + QLatin1Char(' ') + entry->title : QString()});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, a.isOpen() ? Qt::Unchecked : Qt::Checked);
        item->setData(0, Qt::UserRole, a.id);
        item->setData(3, Qt::UserRole, a.entryId);
        item->setToolTip(0, a.isOpen() ? tr("Tick when it is done") : tr("Untick to open it again"));
        if (a.isOverdue(today)) {
            item->setFont(2, bold);
            item->setForeground(2, QColor(0xc0, 0x39, 0x2b));
        }
    }
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    m_summary->setText(open == 0 ? tr("No action is open.")
                                 : tr("%n open action(s)", nullptr, open)
                                       + (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
    m_filling = false;
}

} // namespace qw
