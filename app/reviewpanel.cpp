#include "reviewpanel.h"

#include "dateedits.h"

#include "actions/registeractions.h"
#include "document/registerdocument.h"
#include "domain/personaldata.h"
#include "review/agenda.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace qw {

namespace {

QLabel *wrapped(QWidget *parent, int pixels, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent) : QWidget(parent)
{
    // Presentation size: what a shared screen at 1280x720 shows to a room.
    QFont big = font();
    big.setPixelSize(16);
    setFont(big);

    auto *layout = new QVBoxLayout(this);
    m_heading = wrapped(this, 16, true);
    m_heading->setObjectName(QStringLiteral("reviewHeading"));
    layout->addWidget(m_heading);

    auto *row = new QHBoxLayout;
    layout->addLayout(row, 1);

    // The agenda, to jump to an item, reorder, skip or add one.
    auto *agendaColumn = new QVBoxLayout;
    m_agenda = new QListWidget(this);
    m_agenda->setObjectName(QStringLiteral("reviewAgenda"));
    m_agenda->setWordWrap(true);
    m_agenda->setMinimumWidth(200);
    m_agenda->setMaximumWidth(250);
    QFont listFont = m_agenda->font();
    listFont.setPixelSize(14);
    m_agenda->setFont(listFont);
    agendaColumn->addWidget(m_agenda, 1);
    auto *agendaButtons = new QHBoxLayout;
    auto *up = new QPushButton(tr("Up"), this);
    up->setToolTip(tr("Move the item up the agenda (Alt+Shift+Up)"));
    up->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    auto *down = new QPushButton(tr("Down"), this);
    down->setToolTip(tr("Move the item down the agenda (Alt+Shift+Down)"));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    auto *skip = new QPushButton(tr("Skip"), this);
    skip->setToolTip(tr("Skip the item, or take it back (Ctrl+Shift+K): the minutes list it as not discussed"));
    skip->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    auto *add = new QPushButton(tr("Add…"), this);
    add->setToolTip(tr("Add an item to the agenda"));
    agendaButtons->addWidget(up);
    agendaButtons->addWidget(down);
    agendaButtons->addWidget(skip);
    agendaButtons->addWidget(add);
    agendaColumn->addLayout(agendaButtons);
    row->addLayout(agendaColumn);
    connect(up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(skip, &QPushButton::clicked, this, &ReviewPanel::toggleSkip);
    connect(add, &QPushButton::clicked, this, &ReviewPanel::addItem);
    connect(m_agenda, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_filling && row >= 0)
            showItem(row);
    });

    // The item.
    auto *item = new QVBoxLayout;
    row->addLayout(item, 1);
    auto *top = new QHBoxLayout;
    m_part = wrapped(this, 14);
    m_part->setObjectName(QStringLiteral("reviewPart"));
    top->addWidget(m_part, 1);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("reviewTimer"));
    top->addWidget(m_timer);
    auto *more = new QPushButton(tr("+1 min"), this);
    more->setToolTip(tr("Give the item one more minute (Ctrl+T)"));
    more->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    top->addWidget(more);
    connect(more, &QPushButton::clicked, this, [this] {
        ++m_extraMinutes;
        updateTimer();
    });
    item->addLayout(top);
    m_title = wrapped(this, 20, true);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    item->addWidget(m_title);
    m_detail = wrapped(this, 16);
    item->addWidget(m_detail);
    m_evidence = wrapped(this, 15);
    m_evidence->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_evidence->setObjectName(QStringLiteral("reviewEvidence"));
    item->addWidget(m_evidence);

    // The decision: each field an edit of its own, undone with Ctrl+Z.
    m_decision = new QWidget(this);
    auto *form = new QFormLayout(m_decision);
    form->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox(m_decision);
    for (Status s : allStatuses())
        m_status->addItem(statusName(s), int(s));
    m_impact = new QSpinBox(m_decision);
    m_impact->setRange(1, 5);
    m_effort = new QSpinBox(m_decision);
    m_effort->setRange(1, 5);
    m_target = DateEdits::create({}, m_decision);
    auto *scores = new QHBoxLayout;
    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, m_decision);
        label->setBuddy(buddy);
        return label;
    };
    scores->addWidget(labelFor(tr("&Impact"), m_impact));
    scores->addWidget(m_impact);
    scores->addSpacing(8);
    scores->addWidget(labelFor(tr("Effo&rt"), m_effort));
    scores->addWidget(m_effort);
    scores->addSpacing(8);
    scores->addWidget(labelFor(tr("Tar&get"), m_target));
    scores->addWidget(m_target);
    scores->addStretch(1);
    m_owner = new QLineEdit(m_decision);
    auto *edit = new QPushButton(tr("Edit Entry…"), m_decision);
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_owner, 1);
    ownerRow->addWidget(edit);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("Scores"), scores);
    form->addRow(labelFor(tr("&Owner"), m_owner), ownerRow);
    item->addWidget(m_decision);
    connect(m_status, &QComboBox::activated, this, [this] {
        const Status status = Status(m_status->currentData().toInt());
        decide([status](Entry &e) { e.status = status; });
    });
    connect(m_impact, &QSpinBox::editingFinished, this, [this] {
        const int v = m_impact->value();
        decide([v](Entry &e) { e.impact = v; });
    });
    connect(m_effort, &QSpinBox::editingFinished, this, [this] {
        const int v = m_effort->value();
        decide([v](Entry &e) { e.effort = v; });
    });
    connect(m_owner, &QLineEdit::editingFinished, this, [this] {
        const QString owner = m_owner->text().simplified();
        decide([owner](Entry &e) { e.owner = owner; });
    });
    connect(m_target, &QDateEdit::editingFinished, this, [this] {
        const QDate target = DateEdits::date(m_target);
        decide([target](Entry &e) { e.targetOn = target; });
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_position < m_items.size() && m_items.at(m_position).entryId)
            Q_EMIT editEntryRequested(m_items.at(m_position).entryId);
    });

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("Note for the minutes"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 2 + 14);
    item->addWidget(m_note);

    m_itemActions = new QListWidget(this);
    m_itemActions->setObjectName(QStringLiteral("reviewActions"));
    m_itemActions->setWordWrap(true);
    m_itemActions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_itemActions->setMaximumHeight(m_itemActions->fontMetrics().lineSpacing() * 2 + 14);
    item->addWidget(m_itemActions);
    connect(m_itemActions, &QListWidget::itemChanged, this, [this](QListWidgetItem *changed) {
        if (m_filling)
            return;
        // After Qt is done with the item: the change refreshes the list, which deletes it.
        const qint64 id = changed->data(Qt::UserRole).toLongLong();
        const bool done = changed->checkState() == Qt::Checked;
        QTimer::singleShot(0, this, [this, id, done] {
            if (!m_actions->setActionDone(id, done))
                refresh(); // (the box back as the register has it)
        });
    });
    auto *actionRow = new QHBoxLayout;
    m_actionText = new QLineEdit(this);
    item->addWidget(m_actionText);
    m_actionText->setObjectName(QStringLiteral("actionText"));
    m_actionText->setPlaceholderText(tr("Action: what is to be done"));
    m_actionOwner = new QLineEdit(this);
    m_actionOwner->setPlaceholderText(tr("Owner"));
    m_actionDue = DateEdits::create(QDate::currentDate().addDays(14), this);
    m_addAction = new QPushButton(tr("Add &Action"), this);
    actionRow->addWidget(m_actionOwner, 1);
    actionRow->addWidget(m_actionDue);
    actionRow->addWidget(m_addAction);
    item->addLayout(actionRow);
    connect(m_addAction, &QPushButton::clicked, this, &ReviewPanel::addAction);
    connect(m_actionText, &QLineEdit::returnPressed, this, &ReviewPanel::addAction);

    item->addStretch(1);
    auto *walk = new QHBoxLayout;
    m_previous = new QPushButton(tr("Previous"), this);
    m_previous->setToolTip(tr("The previous item (Page Up)"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setToolTip(tr("The next item (Page Down)"));
    auto *end = new QPushButton(tr("E&nd Review…"), this);
    end->setObjectName(QStringLiteral("endReview"));
    walk->addWidget(m_previous);
    walk->addWidget(m_next);
    walk->addStretch(1);
    walk->addWidget(end);
    item->addLayout(walk);
    connect(m_previous, &QPushButton::clicked, this, &ReviewPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &ReviewPanel::next);
    connect(end, &QPushButton::clicked, this, &ReviewPanel::endReview);
    for (const auto &[key, forward] : {std::pair{Qt::Key_PageDown, true}, std::pair{Qt::Key_PageUp, false}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, forward ? &ReviewPanel::next : &ReviewPanel::previous);
    }

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ReviewPanel::updateTimer);
}

void ReviewPanel::setDocument(RegisterDocument *document, RegisterActions *actions)
{
    m_document = document;
    m_actions = actions;
    m_position = 0;
    refresh();
}

void ReviewPanel::applyChange(const RegisterChange &change)
{
    if (change.reviews || change.touchesEntries())
        refresh();
}

void ReviewPanel::refresh()
{
    const qint64 before = m_review ? m_review->id : 0;
    m_review = m_document ? m_document->runningReview() : std::nullopt;
    if (!m_review) {
        m_items.clear();
        m_tick->stop();
        m_shownEntry = -1;
        return;
    }
    if (m_review->id != before) { // another review: from its first item
        m_position = 0;
        m_extraMinutes = 0;
        m_shownPosition = -1;
        m_tick->stop();
    }
    m_items = m_document->reviewItems(m_review->id).value_or(QList<ReviewItem>());
    m_position = qBound(0, m_position, qMax(0, int(m_items.size()) - 1));
    m_filling = true;
    m_agenda->clear();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const ReviewItem &item = m_items.at(i);
        // The screen is shared: an address or a phone number typed into a title is masked.
        auto *row = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(PersonalData::masked(item.title)), m_agenda);
        row->setToolTip(agendaKindName(item.kind) + QLatin1Char('\n') + PersonalData::masked(item.detail));
        QFont f = row->font();
        f.setStrikeOut(item.skipped);
        f.setItalic(item.discussed);
        row->setFont(f);
        if (item.skipped)
            row->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_agenda->setCurrentRow(m_position);
    m_filling = false;
    if (!m_tick->isActive()) {
        m_tick->start();
        m_itemStarted = QDateTime::currentMSecsSinceEpoch();
    }
    showCurrent();
}

void ReviewPanel::showItem(int position)
{
    if (position < 0 || position >= m_items.size() || !m_review)
        return;
    saveNote();
    if (position != m_position) {
        // An item left (by Next, Previous or a click) was discussed, unless it was skipped.
        const int left = m_position;
        if (left < m_items.size() && !m_items.at(left).skipped && !m_items.at(left).discussed)
            m_actions->markDiscussed(left);
        m_position = position;
        m_itemStarted = QDateTime::currentMSecsSinceEpoch();
        m_extraMinutes = 0;
    }
    m_filling = true;
    m_agenda->setCurrentRow(position);
    m_filling = false;
    showCurrent();
}

void ReviewPanel::next()
{
    if (m_position + 1 < m_items.size())
        showItem(m_position + 1); // (which keeps the note typed and marks the item discussed)
}

void ReviewPanel::previous()
{
    showItem(m_position - 1);
}

void ReviewPanel::showCurrent()
{
    if (!m_review)
        return;
    const int n = int(m_items.size());
    m_heading->setText(tr("Review of %1 · item %2 of %3 · %4")
                           .arg(meetingDay(m_review->startedAt.toLocalTime().date())).arg(n ? m_position + 1 : 0).arg(n)
                           .arg(m_review->attendees.isEmpty() ? tr("no attendees recorded")
                                                              : m_review->attendees.join(QStringLiteral(", "))));
    m_previous->setEnabled(m_position > 0);
    m_next->setEnabled(m_position + 1 < n);
    if (n == 0) {
        m_part->clear();
        m_title->setText(tr("The agenda is empty: nothing waited for this review. Add an item, or end the review."));
        m_detail->clear();
        m_evidence->clear();
        m_decision->hide();
        if (m_shownEntry != 0) {
            m_shownEntry = 0;
            Q_EMIT entryShown(0);
        }
        return;
    }
    const ReviewItem &item = m_items.at(m_position);
    m_filling = true;
    m_part->setText(agendaKindName(item.kind) + (item.skipped ? tr(" · skipped") : QString()));
    m_title->setText(PersonalData::masked(item.title));
    m_detail->setText(PersonalData::masked(item.detail));
    QStringList evidence;
    const std::optional<Entry> entry = item.entryId ? m_document->entry(item.entryId) : std::nullopt;
    m_decision->setVisible(entry.has_value());
    if (entry) {
        m_status->setCurrentIndex(m_status->findData(int(entry->status)));
        m_impact->setValue(entry->impact);
        m_effort->setValue(entry->effort);
        m_owner->setText(entry->owner);
        m_target->setDate(entry->targetOn.isValid() ? entry->targetOn : m_target->minimumDate());
        const QList<qint64> linked = m_document->interactionsLinkedTo(entry->id);
        evidence << tr("%n interaction(s) linked as evidence", nullptr, int(linked.size()));
        if ((entry->status == Status::Done || entry->status == Status::Verified)
            && item.kind != AgendaKind::AwaitingVerification) // (whose detail says it)
            evidence << tr("Before and after: %1").arg(Agenda::verdictText(m_document->beforeAfter(*entry)));
        // The latest comments, personal data masked: the screen is shared.
        int shown = 0;
        for (auto it = linked.crbegin(); it != linked.crend() && shown < 2; ++it) {
            const auto i = m_document->interaction(*it);
            if (!i)
                continue;
            const QString said = i->comment.isEmpty() ? i->reason : i->comment;
            const QString quote = QStringLiteral("“%1”").arg(PersonalData::masked(said, i->customer).left(120));
            if (said.isEmpty() || evidence.contains(quote))
                continue;
            evidence << quote;
            ++shown;
        }
    }
    if (item.causeId) {
        if (const auto cause = m_document->causeGroup(item.causeId)) {
            for (const Interaction &i : m_document->causeExamples(*cause))
                evidence << QStringLiteral("“%1”").arg(
                    PersonalData::masked(i.comment.isEmpty() ? i.reason : i.comment, i.customer).left(160));
        } else {
            evidence << tr("This cause is no longer in triage.");
        }
    }
    if (item.actionId) {
        if (const auto action = m_document->actionItem(item.actionId))
            evidence << (action->isOpen() ? tr("Open; agreed %1").arg(meetingDay(action->createdAt.toLocalTime().date()))
                                          : tr("Done %1").arg(meetingDay(action->doneOn)));
    }
    m_evidence->setText(evidence.join(QLatin1Char('\n')));
    // The note as stored, unless this item is still shown and its note is being typed.
    if (m_shownPosition != m_position || !m_note->document()->isModified()) {
        m_note->setPlainText(item.note);
        m_note->document()->setModified(false);
    }
    m_shownPosition = m_position;
    // The actions of this item's entry, done and undone by a click.
    m_itemActions->clear();
    const qint64 entryId = item.entryId;
    for (const ActionItem &a : m_document->actionItems().value_or(QList<ActionItem>())) {
        if ((entryId && a.entryId == entryId) || (item.actionId && a.id == item.actionId)) {
            auto *row = new QListWidgetItem(QStringLiteral("%1 · %2 · %3")
                                                .arg(a.text, a.owner.isEmpty() ? tr("no owner") : a.owner,
                                                     a.due.isValid() ? tr("due %1").arg(meetingDay(a.due)) : tr("no due date")),
                                            m_itemActions);
            row->setData(Qt::UserRole, a.id);
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(a.isOpen() ? Qt::Unchecked : Qt::Checked);
        }
    }
    m_itemActions->setVisible(m_itemActions->count() > 0);
    m_actionText->setEnabled(entryId != 0);
    m_actionOwner->setEnabled(entryId != 0);
    m_actionDue->setEnabled(entryId != 0);
    m_addAction->setEnabled(entryId != 0);
    m_filling = false;
    updateTimer();
    if (entryId != m_shownEntry) { // (not on every change of the register: a selection stays)
        m_shownEntry = entryId;
        Q_EMIT entryShown(entryId);
    }
}

void ReviewPanel::saveNote()
{
    if (!m_review || m_position >= m_items.size())
        return;
    const QString note = m_note->toPlainText().trimmed();
    m_note->document()->setModified(false);
    if (note != m_items.at(m_position).note)
        m_actions->noteReviewItem(m_position, note);
}

void ReviewPanel::decide(const std::function<void(Entry &)> &change)
{
    if (m_filling || !m_review || m_position >= m_items.size() || !m_items.at(m_position).entryId)
        return;
    saveNote();
    const auto before = m_document->entry(m_items.at(m_position).entryId);
    if (!before)
        return;
    Entry after = *before;
    change(after);
    if (after == *before)
        return;
    const int position = m_position;
    if (m_actions->editEntry(*before, after))
        m_actions->markDiscussed(position);
}

void ReviewPanel::addAction()
{
    if (!m_review || m_position >= m_items.size() || !m_items.at(m_position).entryId)
        return;
    const QString text = m_actionText->text().simplified();
    if (text.isEmpty()) {
        m_actionText->setFocus();
        return;
    }
    saveNote();
    const int position = m_position;
    if (m_actions->addAction(m_items.at(position).entryId, text, m_actionOwner->text(), DateEdits::date(m_actionDue))) {
        m_actionText->clear();
        m_actions->markDiscussed(position);
    }
}

void ReviewPanel::moveItem(int by)
{
    const int to = m_position + by;
    if (!m_review || to < 0 || to >= m_items.size())
        return;
    saveNote();
    QList<ReviewItem> items = m_items;
    items.move(m_position, to);
    if (m_document->setReviewItems(m_review->id, items)) {
        m_position = to;
        refresh();
    }
}

void ReviewPanel::toggleSkip()
{
    if (!m_review || m_position >= m_items.size())
        return;
    saveNote();
    ReviewItem item = m_items.at(m_position);
    item.skipped = !item.skipped;
    if (item.skipped)
        item.discussed = false;
    m_document->setReviewItem(m_review->id, m_position, item);
}

void ReviewPanel::addItem()
{
    if (!m_review)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add to the Agenda"),
                                               tr("What the team is to discuss (an entry's ID, such as CI-0042, "
                                                  "brings its evidence and decision):"),
                                               QLineEdit::Normal, {}, &ok).simplified();
    if (!ok || text.isEmpty())
        return;
    saveNote();
    ReviewItem item;
    item.kind = AgendaKind::Added;
    item.title = text;
    item.detail = tr("added during the review");
    bool isId = false;
    const qint64 id = (text.startsWith(QLatin1String("CI-"), Qt::CaseInsensitive) ? text.mid(3) : text).toLongLong(&isId);
    if (isId && m_document->isInRegister(id)) {
        const auto entry = m_document->entry(id);
        item.entryId = id;
        item.title = entry->code() + QLatin1Char(' ') + entry->title;
    }
    QList<ReviewItem> items = m_items;
    const int at = int(std::min<qsizetype>(m_items.isEmpty() ? 0 : m_position + 1, m_items.size()));
    items.insert(at, item);
    if (m_document->setReviewItems(m_review->id, items)) {
        m_position = at;
        refresh();
    }
}

void ReviewPanel::updateTimer()
{
    if (!m_review)
        return;
    const qint64 seconds = (QDateTime::currentMSecsSinceEpoch() - m_itemStarted) / 1000;
    const QString elapsed = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (m_extraMinutes == 0) {
        m_timer->setText(elapsed);
        m_timer->setStyleSheet({});
        return;
    }
    m_timer->setText(tr("%1 of %n min", nullptr, m_extraMinutes).arg(elapsed));
    m_timer->setStyleSheet(seconds > m_extraMinutes * 60 ? QStringLiteral("color: #c0392b; font-weight: bold;")
                                                         : QString());
}

void ReviewPanel::endReview()
{
    if (!m_review)
        return;
    saveNote();
    // The item on screen when the review ends was discussed too (unless skipped).
    if (m_position < m_items.size() && !m_items.at(m_position).skipped && !m_items.at(m_position).discussed) {
        m_actions->markDiscussed(m_position);
        refresh();
    }
    int discussed = 0;
    for (const ReviewItem &item : std::as_const(m_items))
        discussed += item.discussed ? 1 : 0;
    QMessageBox ask(QMessageBox::Question, tr("End Review"),
                    tr("End the %1? %2 of %n item(s) were discussed; the others go in the minutes as not discussed. "
                       "A snapshot is taken, and the minutes are written.", nullptr, int(m_items.size()))
                        .arg(m_review->name()).arg(discussed),
                    QMessageBox::NoButton, this);
    QPushButton *endButton = ask.addButton(tr("End Review"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != endButton)
        return;
    const qint64 id = m_review->id;
    if (m_actions->endReview())
        Q_EMIT reviewEnded(id);
}

} // namespace qw
