#include "triageview.h"

#include "domain/personaldata.h"

#include "document/registerdocument.h"
#include "domain/entry.h"
#include "models/triagemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

TriageView::TriageView(QWidget *parent)
    : QWidget(parent), m_groups(new QTableView(this)), m_suggestions(new QListWidget(this)),
      m_newEntry(new QPushButton(tr("&New Entry from Group…"), this)),
      m_link(new QPushButton(tr("Link Group to &Suggested Entry"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_groups->setObjectName(QStringLiteral("triageGroups"));
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setTabKeyNavigation(false);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->verticalHeader()->hide();
    m_groups->setWordWrap(false);
    // The groups are what triage is about: they get the room; the suggestions for the group
    // chosen need three lines (there are at most three).
    m_groups->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_groups->verticalHeader()->setDefaultSectionSize(m_groups->fontMetrics().height() + 8);
    m_groups->setMinimumHeight(m_groups->verticalHeader()->defaultSectionSize() * 4);
    layout->addWidget(m_groups, 1);
    layout->addWidget(new QLabel(tr("Entries this group may belong to:"), this));
    m_suggestions->setObjectName(QStringLiteral("triageSuggestions"));
    m_suggestions->setMaximumHeight(m_suggestions->fontMetrics().height() * 3 + 2 * m_suggestions->frameWidth() + 8);
    m_suggestions->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_suggestions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newEntry);
    buttons->addWidget(m_link);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_newEntry, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        const TriageGroup &g = m_model->group(row);
        Q_EMIT newEntryRequested(m_document->triageInteractions(g), g.service, g.reason);
    });
    const auto link = [this] {
        const int row = currentRow();
        QListWidgetItem *item = m_suggestions->currentItem();
        if (row < 0 || !item)
            return;
        Q_EMIT linkRequested(m_document->triageInteractions(m_model->group(row)), item->data(Qt::UserRole).toLongLong());
    };
    connect(m_link, &QPushButton::clicked, this, link);
    connect(m_suggestions, &QListWidget::itemActivated, this, link);
    connect(m_suggestions, &QListWidget::currentRowChanged, this, [this] {
        m_link->setEnabled(m_suggestions->currentItem() != nullptr);
    });
}

void TriageView::setPersonalDataHidden(bool hidden)
{
    m_personalDataHidden = hidden;
    if (m_model)
        m_model->setPersonalDataHidden(hidden);
    updateSuggestions();
}

void TriageView::setActive(bool active)
{
    m_active = active;
    if (m_model)
        m_model->setActive(active);
}

void TriageView::setDocument(RegisterDocument *document)
{
    m_document = document;
    auto *model = new TriageModel(document, this, m_active);
    model->setPersonalDataHidden(m_personalDataHidden);
    QItemSelectionModel *old = m_groups->selectionModel();
    m_groups->setModel(model);
    delete old;
    delete m_model;
    m_model = model;
    m_groups->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groups->horizontalHeader()->setSectionResizeMode(TriageModel::Reason, QHeaderView::Stretch);
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TriageView::updateSuggestions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_groups->selectRow(0);
        updateSuggestions();
    });
    if (m_active && m_model->rowCount() > 0)
        m_groups->selectRow(0);
    updateSuggestions();
}

int TriageView::currentRow() const
{
    const QModelIndex index = m_groups->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void TriageView::updateSuggestions()
{
    m_suggestions->clear();
    if (!m_document || !m_model)
        return;
    const int row = currentRow();
    m_newEntry->setEnabled(row >= 0 && !m_document->isReadOnly());
    if (row >= 0) {
        for (const EntrySuggestion &s : m_document->suggestEntries(m_model->group(row))) {
            const auto entry = m_document->entry(s.entryId);
            if (!entry)
                continue;
            const QString why = s.sameService && s.textMatches ? tr("same service, similar words")
                : s.sameService ? tr("same service") : tr("similar words");
            const QString title = m_personalDataHidden ? PersonalData::masked(entry->title) : entry->title;
            auto *item = new QListWidgetItem(tr("%1  %2  (%3)").arg(entry->code(), title, why), m_suggestions);
            item->setData(Qt::UserRole, s.entryId);
        }
    }
    if (m_suggestions->count() > 0)
        m_suggestions->setCurrentRow(0);
    m_link->setEnabled(m_suggestions->currentItem() != nullptr && !m_document->isReadOnly());
}

} // namespace qw
