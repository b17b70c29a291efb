#include "triageview.h"

#include "backgroundtask.h"

#include "actions/registeractions.h"
#include "causes/causewords.h"
#include "document/registerdocument.h"
#include "domain/entry.h"
#include "domain/personaldata.h"
#include "models/triagemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QActionGroup>
#include <QMenu>
#include <QToolButton>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QScopeGuard>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qw {

namespace {

QListWidget *shortList(QWidget *parent, const QString &name, int lines)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMaximumHeight(list->fontMetrics().height() * lines + 2 * list->frameWidth() + 8);
    list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    list->setWordWrap(false);
    list->setTextElideMode(Qt::ElideRight);
    return list;
}

} // namespace

TriageView::TriageView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)),
      m_groups(new QTableView(this)), m_examples(shortList(this, QStringLiteral("triageExamples"), 3)),
      m_suggestions(shortList(this, QStringLiteral("triageSuggestions"), 2)),
      m_newEntry(new QPushButton(tr("&New Entry from Cause…"), this)),
      m_link(new QPushButton(tr("&Link to Suggested Entry"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setObjectName(QStringLiteral("triageSummary"));
    layout->addWidget(m_summary);

    m_groups->setObjectName(QStringLiteral("triageGroups"));
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setTabKeyNavigation(false);
    m_groups->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_groups->verticalHeader()->hide();
    m_groups->setWordWrap(false);
    m_groups->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_groups->verticalHeader()->setDefaultSectionSize(m_groups->fontMetrics().height() + 8);
    // Four causes at least, under the header (the dock is given no less).
    m_groups->setMinimumHeight(m_groups->verticalHeader()->defaultSectionSize() * 5 + 2 * m_groups->frameWidth()
                               + m_groups->horizontalScrollBar()->sizeHint().height());
    layout->addWidget(m_groups, 1);

    // What they wrote (in quotes), then the entries it may belong to (each "→ CI-0002 …"): no
    // headings, so that the causes keep the room.
    m_examples->setToolTip(tr("What three of the cause's customers wrote"));
    m_examples->setAccessibleName(tr("What they wrote"));
    layout->addWidget(m_examples);
    m_suggestions->setToolTip(tr("Entries this cause may belong to"));
    m_suggestions->setAccessibleName(tr("Entries this cause may belong to"));
    layout->addWidget(m_suggestions);
    // Corrections: in a menu beside the two ways to an entry, and on the list's context menu.
    auto *correct = new QToolButton(this);
    correct->setObjectName(QStringLiteral("triageCorrect"));
    correct->setText(tr("&Correct"));
    correct->setPopupMode(QToolButton::InstantPopup);
    correct->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(correct);
    m_renameAction = menu->addAction(tr("Re&name Cause…"), this, &TriageView::renameCurrent);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_renameAction->setToolTip(tr("Give the cause a name of your own (empty: its words again)"));
    m_pinAction = menu->addAction(tr("&Pin Cause"));
    m_pinAction->setCheckable(true);
    m_pinAction->setToolTip(tr("Keep this cause as it is when causes are found again"));
    m_mergeAction = menu->addAction(tr("&Merge Selected Causes"));
    m_mergeAction->setToolTip(tr("Make the causes selected one cause"));
    m_takeOutAction = menu->addAction(tr("&Take Response Out of Cause"));
    m_takeOutAction->setToolTip(tr("The response chosen under “What they wrote” does not say what the cause says: "
                                   "leave it in no cause"));
    menu->addSeparator();
    // The language of what customers wrote: detected for each response, or the register's.
    QMenu *languages = menu->addMenu(tr("&Language of What They Wrote"));
    auto *languageGroup = new QActionGroup(languages);
    const auto addLanguage = [&](const QString &text, const QString &code) {
        QAction *action = languages->addAction(text);
        action->setCheckable(true);
        action->setData(code);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (!m_document || m_document->isReadOnly())
                return;
            const std::optional<TextLanguage> language = languageFromCode(code);
            if (m_document->causeLanguage() != language && m_document->setCauseLanguage(language))
                findCauses(); // the words are compared in that language now
        });
    };
    addLanguage(tr("&Detected for Each Response"), QString());
    for (const TextLanguage language : allTextLanguages()) {
        const QString code = languageCode(language);
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        addLanguage(name, code);
    }
    connect(languages, &QMenu::aboutToShow, this, [this, languageGroup] {
        const std::optional<TextLanguage> current = m_document ? m_document->causeLanguage() : std::nullopt;
        const QString code = current ? languageCode(*current) : QString();
        for (QAction *action : languageGroup->actions())
            action->setChecked(action->data().toString() == code);
    });
    m_findAgain = menu->addAction(tr("&Find Causes Again"), this, &TriageView::findCauses);
    m_findAgain->setToolTip(tr("Group every poor response again by what it says; pinned causes and the responses "
                               "you placed stay as they are."));
    correct->setMenu(menu);
    addActions({m_renameAction});
    m_groups->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_groups->addActions({m_renameAction, m_pinAction, m_mergeAction});
    m_examples->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_examples->addAction(m_takeOutAction);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newEntry);
    buttons->addWidget(m_link);
    buttons->addStretch();
    buttons->addWidget(correct);
    layout->addLayout(buttons);

    connect(m_newEntry, &QPushButton::clicked, this, [this] {
        const CauseGroupInfo *g = m_model ? m_model->group(currentRow()) : nullptr;
        if (!g)
            return;
        if (m_actions)
            Q_EMIT newEntryRequested(m_document->causeMembers(g->id), m_actions->draftFromCause(*g));
    });
    const auto link = [this] {
        const CauseGroupInfo *g = m_model ? m_model->group(currentRow()) : nullptr;
        QListWidgetItem *item = m_suggestions->currentItem();
        if (!g || !item)
            return;
        Q_EMIT linkRequested(m_document->causeMembers(g->id), item->data(Qt::UserRole).toLongLong());
    };
    connect(m_link, &QPushButton::clicked, this, link);
    connect(m_suggestions, &QListWidget::itemActivated, this, link);
    connect(m_suggestions, &QListWidget::currentRowChanged, this, [this] {
        m_link->setEnabled(m_suggestions->currentItem() != nullptr && m_document && !m_document->isReadOnly());
    });
    connect(m_examples, &QListWidget::currentRowChanged, this, [this] {
        m_takeOutAction->setEnabled(m_examples->currentItem() != nullptr && m_document && !m_document->isReadOnly());
    });
    connect(m_takeOutAction, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_examples->currentItem(); item && m_actions)
            m_actions->moveResponses({item->data(Qt::UserRole).toLongLong()}, 0);
    });
    connect(m_pinAction, &QAction::triggered, this, [this] {
        if (const CauseGroupInfo *g = m_model ? m_model->group(currentRow()) : nullptr; g && m_actions)
            m_actions->pinCause(g->id, !g->pinned);
    });
    connect(m_mergeAction, &QAction::triggered, this, [this] {
        const QList<qint64> chosen = selectedGroups();
        const CauseGroupInfo *current = m_model ? m_model->group(currentRow()) : nullptr;
        if (chosen.size() < 2 || !m_actions)
            return;
        // Into the cause chosen last (the current one), or the largest of those selected.
        const qint64 into = current && chosen.contains(current->id) ? current->id : chosen.first();
        m_actions->mergeCauses(into, chosen);
    });
}

void TriageView::setPersonalDataHidden(bool hidden)
{
    m_personalDataHidden = hidden;
    if (m_model)
        m_model->setPersonalDataHidden(hidden);
    updateDetails();
}

void TriageView::setActive(bool active)
{
    m_active = active;
    if (!m_model)
        return;
    m_model->setActive(active);
    // A register whose causes were never found (new, or from before causes were found): found
    // the first time someone looks.
    if (active)
        findFirstCausesLater();
}

void TriageView::findFirstCausesLater()
{
    // Deferred: never inside the signal that asked (a dock's visibility, a model's reset).
    QTimer::singleShot(0, this, [this] {
        if (m_active && m_document && m_model && !m_finding && !m_document->isReadOnly()
            && !m_document->hasFoundCauses() && m_model->total() > 0)
            findCauses();
    });
}

bool TriageView::findCauses()
{
    if (!m_document || m_document->isReadOnly() || m_finding)
        return false;
    m_finding = true; // its progress dialog's event loop could ask again
    const QScopeGuard done([this] { m_finding = false; });
    const RegisterDocument *document = m_document;
    std::optional<RegisterDocument::FoundCauses> found;
    QString error;
    const int total = m_model ? m_model->total() : 0;
    BackgroundTask::run(this, tr("Finding causes in what %n poor response(s) say…", nullptr, total),
                        [&](const BackgroundTask::Progress &progress) {
        std::atomic<bool> cancel{false};
        const auto reader = document->openReader(&error); // this thread's connection
        if (!reader)
            return;
        found = reader->findCauses([&](qsizetype done, qsizetype of) {
            if (!progress(of > 0 ? double(done) / double(of) : 0.0))
                cancel = true;
        }, &cancel, &error);
    });
    if (!found) {
        if (!error.isEmpty())
            m_document->warn(tr("Causes could not be found: %1").arg(error));
        return false;
    }
    return m_document->applyFoundCauses(*found);
}

void TriageView::setDocument(RegisterDocument *document, RegisterActions *actions)
{
    m_document = document;
    m_actions = actions;
    auto *model = new TriageModel(document, this, m_active);
    model->setPersonalDataHidden(m_personalDataHidden);
    QItemSelectionModel *old = m_groups->selectionModel();
    m_groups->setModel(model);
    delete old;
    delete m_model;
    m_model = model;
    QHeaderView *header = m_groups->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TriageModel::Cause, QHeaderView::Stretch);
    // Services can be many: their column is as wide as a service or two, the rest elided
    // (all of them in its tooltip).
    header->setSectionResizeMode(TriageModel::Services, QHeaderView::Interactive);
    header->resizeSection(TriageModel::Services, m_groups->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_groups->setTextElideMode(Qt::ElideRight);
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TriageView::updateDetails);
    connect(m_groups->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TriageView::updateDetails);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const CauseGroupInfo *g = m_model->group(currentRow());
        m_keepGroup = g ? g->id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The cause chosen stays chosen when it is still there (a correction, a change).
        const int row = std::max(0, m_model->rowOfGroup(m_keepGroup));
        if (m_model->rowCount() > 0)
            m_groups->selectRow(row);
        updateSummary();
        updateDetails();
        findFirstCausesLater(); // responses came into a register never grouped (an import)
    });
    if (m_active && m_model->rowCount() > 0)
        m_groups->selectRow(0);
    if (m_active)
        findFirstCausesLater();
    m_findAgain->setEnabled(!document->isReadOnly());
    updateSummary();
    updateDetails();
}

int TriageView::currentRow() const
{
    const QModelIndex index = m_groups->currentIndex();
    return index.isValid() ? index.row() : -1;
}

QList<qint64> TriageView::selectedGroups() const
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    for (const QModelIndex &index : m_groups->selectionModel()->selectedRows()) {
        if (const CauseGroupInfo *g = m_model->group(index.row()))
            ids.append(g->id);
    }
    return ids;
}

void TriageView::renameCurrent()
{
    const CauseGroupInfo *g = m_model ? m_model->group(currentRow()) : nullptr;
    if (!g || !m_actions)
        return;
    const qint64 id = g->id;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Cause"),
                                               tr("Name (empty: its words, “%1”):").arg(g->label), QLineEdit::Normal,
                                               g->name, &ok);
    if (ok)
        m_actions->renameCause(id, name);
}

void TriageView::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    if (m_model->total() == 0) {
        m_summary->setText(tr("No poor responses are waiting: every one is linked to an entry."));
        return;
    }
    QString text = tr("%1 poor responses linked to no entry, in %n cause(s)", nullptr, m_model->causeCount())
                       .arg(locale.toString(m_model->total()));
    if (m_model->ungrouped() > 0)
        text += tr("; %1 in none").arg(locale.toString(m_model->ungrouped()));
    m_summary->setText(text + QLatin1Char('.'));
}

void TriageView::updateDetails()
{
    m_suggestions->clear();
    m_examples->clear();
    const bool writable = m_document && !m_document->isReadOnly();
    const CauseGroupInfo *g = m_model ? m_model->group(currentRow()) : nullptr;
    m_newEntry->setEnabled(g && writable);
    m_renameAction->setEnabled(g && writable);
    m_pinAction->setEnabled(g && writable);
    m_pinAction->setChecked(g && g->pinned);
    m_mergeAction->setEnabled(writable && selectedGroups().size() >= 2);
    m_takeOutAction->setEnabled(false);
    if (!m_document || !g) {
        m_link->setEnabled(false);
        return;
    }
    for (const Interaction &i : m_document->causeExamples(*g)) {
        QString said = i.comment.isEmpty() ? i.reason : i.reason.isEmpty() ? i.comment : i.reason + u' ' + u'–' + u' ' + i.comment;
        said = said.simplified();
        // Examples are what customers wrote: masked always, shared screen or not.
        said = PersonalData::masked(said);
        auto *item = new QListWidgetItem(tr("“%1”  (%2)").arg(said, i.service), m_examples);
        item->setToolTip(said);
        item->setData(Qt::UserRole, i.id);
    }
    for (const EntrySuggestion &s : m_document->suggestEntries(*g)) {
        const auto entry = m_document->entry(s.entryId);
        if (!entry)
            continue;
        const QString why = s.sameService && s.textMatches ? tr("same service, similar words")
            : s.sameService ? tr("same service") : tr("similar words");
        const QString title = m_personalDataHidden ? PersonalData::masked(entry->title) : entry->title;
        auto *item = new QListWidgetItem(tr("→ %1  %2  (%3)").arg(entry->code(), title, why), m_suggestions);
        item->setData(Qt::UserRole, s.entryId);
    }
    if (m_suggestions->count() > 0) {
        m_suggestions->setCurrentRow(0);
    } else {
        // Said, not left as an empty box.
        auto *none = new QListWidgetItem(tr("No open entry shares its service or words: make one with New Entry from Cause."),
                                         m_suggestions);
        none->setFlags(Qt::NoItemFlags);
    }
    m_link->setEnabled(m_suggestions->currentItem() != nullptr && writable);
}

} // namespace qw
