#include "entrydialog.h"

#include "screenfit.h"
#include "servicefield.h"
#include "domain/entryfields.h"
#include "domain/personaldata.h"
#include "dateedits.h"
#include "domain/impactsuggestion.h"
#include "scoreselector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>

#include "boundedline.h"
#include "domain/fieldlimits.h"
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qw {

namespace {

QPlainTextEdit *textBox(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

EntryDialog::EntryDialog(const Entry &entry, bool isNew, QWidget *parent)
    : QDialog(parent), m_entry(entry)
{
    setWindowTitle(isNew ? tr("New entry") : tr("Entry %1").arg(entry.code()));

    auto *tabs = new QTabWidget(this);
    auto *page = new QWidget(tabs);
    m_page = page;
    auto *form = new QFormLayout;

    m_title = boundedLine(entry.title, FieldLimits::Name, page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What will be improved, in a few words"));
    form->addRow(tr("&Title:"), m_title);
    m_description = textBox(3, page);
    m_description->setPlainText(entry.description);
    form->addRow(tr("&Description:"), m_description);
    m_cause = textBox(2, page);
    m_cause->setPlainText(entry.cause);
    form->addRow(tr("Underlying &cause:"), m_cause);

    m_category = new QComboBox(page);
    for (Category c : allCategories())
        m_category->addItem(categoryName(c), int(c));
    m_category->setCurrentIndex(entry.stored.invalid & StoredValues::Category ? -1
                                                                             : m_category->findData(int(entry.category)));
    form->addRow(tr("Categor&y:"), m_category);

    m_service = boundedLine(entry.service, FieldLimits::Name, page);
    form->addRow(tr("&Service:"), m_service);

    m_practice = new QComboBox(page);
    m_practice->addItem(tr("(none)"), QString());
    for (const QString &key : itilPracticeKeys())
        m_practice->addItem(itilPracticeName(key), key);
    m_practice->setCurrentIndex(qMax(0, m_practice->findData(entry.practice)));
    form->addRow(tr("ITIL &practice:"), m_practice);

    m_status = new QComboBox(page);
    for (Status s : allStatuses())
        m_status->addItem(statusName(s), int(s));
    m_status->setCurrentIndex(entry.stored.invalid & StoredValues::Status ? -1 : m_status->findData(int(entry.status)));
    form->addRow(tr("St&atus:"), m_status);

    m_owner = boundedLine(entry.owner, FieldLimits::Name, page);
    form->addRow(tr("&Owner:"), m_owner);
    m_raisedBy = boundedLine(entry.raisedBy, FieldLimits::Name, page);
    form->addRow(tr("&Raised by:"), m_raisedBy);
    m_raisedOn = DateEdits::create(entry.raisedOn, page);
    form->addRow(tr("Date raised:"), m_raisedOn);
    m_targetOn = DateEdits::create(entry.targetOn, page);
    form->addRow(tr("Tar&get date:"), m_targetOn);
    m_doneOn = DateEdits::create(entry.doneOn, page);
    form->addRow(tr("Date do&ne:"), m_doneOn);
    m_benefit = textBox(2, page);
    m_benefit->setPlainText(entry.expectedBenefit);
    form->addRow(tr("E&xpected benefit:"), m_benefit);
    m_notes = textBox(2, page);
    m_notes->setPlainText(entry.notes);
    form->addRow(tr("Wor&k notes:"), m_notes);

    m_impact = new ScoreSelector(ScoreSelector::Kind::Impact, page);
    m_impact->setObjectName(QStringLiteral("impact"));
    m_effort = new ScoreSelector(ScoreSelector::Kind::Effort, page);
    m_effort->setObjectName(QStringLiteral("effort"));
    if (!isNew) {
        m_impact->setScore(entry.impact);
        m_effort->setScore(entry.effort);
    }
    auto *scores = new QVBoxLayout;
    scores->addWidget(m_impact);
    // What the evidence suggests, and why; the person decides.
    m_suggestion = new QLabel(page);
    m_suggestion->setObjectName(QStringLiteral("suggestion"));
    m_suggestion->setWordWrap(true);
    m_suggestion->hide();
    m_useSuggestion = new QPushButton(page);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestion"));
    m_useSuggestion->hide();
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] { m_impact->setScore(m_suggestedImpact); });
    scores->addWidget(m_suggestion);
    scores->addWidget(m_useSuggestion, 0, Qt::AlignLeft);
    m_beforeAfter = new QLabel(page);
    m_beforeAfter->setObjectName(QStringLiteral("beforeAfter"));
    m_beforeAfter->setWordWrap(true);
    m_beforeAfter->hide();
    scores->addWidget(m_effort);
    scores->addWidget(m_beforeAfter);
    scores->addStretch();

    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->addLayout(form, 3);
    pageLayout->addLayout(scores, 2);
    tabs->addTab(page, tr("&Entry"));

    m_history = new QTreeWidget(tabs);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")});
    tabs->addTab(m_history, tr("&History"));
    tabs->setTabEnabled(1, !isNew);

    m_linked = new QTreeWidget(tabs);
    m_linked->setRootIsDecorated(false);
    m_linked->setHeaderLabels({tr("When"), tr("Service"), tr("Satisfaction"), tr("Reason"),
                               tr("Ticket"), tr("Repeat")});
    tabs->addTab(m_linked, tr("&Linked interactions"));
    tabs->setTabEnabled(2, !isNew);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // Values written outside QuickWins are said, and left unchosen: OK waits for a choice.
    if (!entry.stored.isValid()) {
        auto *warning = new QLabel(tr("<b>This entry holds values QuickWins does not know:</b> %1. They were written "
                                      "outside QuickWins. Choose them again to save the entry.")
                                       .arg(describeInvalid(entry.stored, entry.impact, entry.effort).toHtmlEscaped()),
                                   this);
        warning->setObjectName(QStringLiteral("storedValuesWarning"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    layout->addWidget(tabs);
    m_limitNote = new QLabel(this);
    m_limitNote->setObjectName(QStringLiteral("limitNote"));
    m_limitNote->setWordWrap(true);
    m_limitNote->hide();
    layout->addWidget(m_limitNote);
    m_personalWarning = new QLabel(this);
    m_personalWarning->setObjectName(QStringLiteral("personalWarning"));
    m_personalWarning->setWordWrap(true);
    m_personalWarning->hide();
    layout->addWidget(m_personalWarning);
    m_personalNote = new QLabel(this);
    m_personalNote->setObjectName(QStringLiteral("personalNote"));
    m_personalNote->setWordWrap(true);
    m_personalNote->hide();
    layout->addWidget(m_personalNote);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &EntryDialog::updateAcceptable);
    connect(m_impact, &ScoreSelector::scoreChanged, this, &EntryDialog::updateAcceptable);
    connect(m_effort, &ScoreSelector::scoreChanged, this, &EntryDialog::updateAcceptable);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EntryDialog::updateAcceptable);
    connect(m_category, &QComboBox::currentIndexChanged, this, &EntryDialog::updateAcceptable);
    for (QPlainTextEdit *box : {m_description, m_cause, m_benefit, m_notes})
        connect(box, &QPlainTextEdit::textChanged, this, &EntryDialog::updateAcceptable);
    connect(m_title, &QLineEdit::textChanged, this, &EntryDialog::updatePersonalWarning);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EntryDialog::updatePersonalWarning);
    updateAcceptable();
    updatePersonalWarning();
    m_title->setFocus();
    ScreenFit::resize(this, QSize(1000, 640));
}

void EntryDialog::updateAcceptable()
{
    const bool ok = !m_title->text().trimmed().isEmpty() && m_impact->score() > 0
        && m_effort->score() > 0 && m_status->currentIndex() >= 0 && m_category->currentIndex() >= 0;
    QPushButton *button = m_buttons->button(QDialogButtonBox::Ok);
    if (!button)
        return;
    // A text longer than a field may hold is said here, before OK, so nothing typed is lost.
    const QString tooLong = FieldLimits::checkEntryChanges(m_entry, entry());
    m_limitNote->setText(tooLong.isEmpty() ? QString() : tr("Cannot be saved yet: %1.").arg(tooLong));
    m_limitNote->setVisible(!tooLong.isEmpty());
    button->setEnabled(ok && tooLong.isEmpty());
    button->setToolTip(ok ? QString() : tr("An entry needs a title, an impact and an effort."));
}

void EntryDialog::updatePersonalWarning()
{
    // An entry's title goes on the matrix, into exports and onto a shared screen.
    const bool personal = (!m_masked.contains(m_title) && PersonalData::contains(m_title->text()))
        || (!m_masked.contains(m_description) && PersonalData::contains(m_description->toPlainText()));
    m_personalWarning->setText(tr("<b>The title or the description holds an e-mail address or a phone number.</b> "
                                  "The title is shown on the matrix, in exports and on a shared screen: say what "
                                  "went wrong without the customer's details (they stay in the linked interactions)."));
    m_personalWarning->setVisible(personal);
}

void EntryDialog::setServices(const QStringList &services)
{
    ServiceField::offer(m_service, services);
}

void EntryDialog::setPersonalDataHidden()
{
    m_personalDataHidden = true;
    bool any = false;
    const auto hide = [&](QWidget *field, const QString &text) {
        const QString masked = PersonalData::masked(text);
        if (masked == text)
            return;
        m_masked.append(field);
        any = true;
        if (auto *line = qobject_cast<QLineEdit *>(field)) {
            const QSignalBlocker blocker(line);
            line->setText(masked);
            line->setReadOnly(true);
        } else if (auto *box = qobject_cast<QPlainTextEdit *>(field)) {
            const QSignalBlocker blocker(box);
            box->setPlainText(masked);
            box->setReadOnly(true);
        }
    };
    hide(m_title, m_entry.title);
    hide(m_description, m_entry.description);
    hide(m_cause, m_entry.cause);
    hide(m_benefit, m_entry.expectedBenefit);
    hide(m_notes, m_entry.notes);
    if (any) {
        m_personalNote->setText(tr("Personal data is hidden (View ▸ Hide Personal Data): the fields that hold some are "
                                   "shown masked and cannot be changed; they keep what they hold until personal data "
                                   "is shown again."));
        m_personalNote->show();
    }
    updatePersonalWarning();
}

void EntryDialog::setHistory(const QList<HistoryRecord> &history)
{
    m_history->clear();
    const auto shown = [this](const QString &field, const QString &value) {
        const QString text = EntryFields::historyValue(field, value);
        return m_personalDataHidden ? PersonalData::masked(text) : text;
    };
    for (const HistoryRecord &record : history) {
        m_history->addTopLevelItem(new QTreeWidgetItem(
            {QLocale().toString(record.changedAt.toLocalTime(), QLocale::ShortFormat),
             record.changedBy,
             record.field == QLatin1String("linked") ? tr("interaction linked")
                 : record.field == QLatin1String("unlinked") ? tr("interaction unlinked")
                                                             : EntryFields::historyFieldName(record.field),
             shown(record.field, record.oldValue),
             shown(record.field, record.newValue)}));
    }
    m_history->header()->resizeSections(QHeaderView::ResizeToContents);
}

void EntryDialog::setReadOnly()
{
    m_page->setEnabled(false);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

void EntryDialog::setLinkedInteractions(const QList<Interaction> &interactions, const PoorRule &rule)
{
    m_linked->clear();
    for (const Interaction &i : interactions) {
        const QString score = !i.hasScore() ? tr("no score")
            : i.isPoor(rule) ? tr("%1 (poor)").arg(scoreText(i.scale, i.score)) : scoreText(i.scale, i.score);
        const QString reason = m_personalDataHidden ? PersonalData::masked(i.reason, i.customer) : i.reason;
        m_linked->addTopLevelItem(new QTreeWidgetItem(
            {QLocale().toString(i.occurredAt, QLocale::ShortFormat), i.service, score, reason,
             i.ticket, i.repeatContact ? tr("Repeat") : QString()}));
    }
    m_linked->header()->resizeSections(QHeaderView::ResizeToContents);
    QTabWidget *tabs = findChild<QTabWidget *>();
    tabs->setTabText(2, tr("&Linked interactions (%1)").arg(interactions.size()));

    const std::optional<ImpactSuggestion> suggestion = suggestImpact(interactions, QDate::currentDate(), rule);
    m_suggestedImpact = suggestion ? suggestion->impact : 0;
    m_suggestion->setVisible(suggestion.has_value());
    m_useSuggestion->setVisible(suggestion.has_value());
    if (suggestion) {
        m_suggestion->setText(tr("<b>The evidence suggests impact %1</b><br>%2")
                                  .arg(suggestion->impact)
                                  .arg(suggestion->reasons.join(QStringLiteral("<br>")).toHtmlEscaped()
                                           .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>"))));
        m_useSuggestion->setText(tr("&Use impact %1").arg(suggestion->impact));
    }
}

void EntryDialog::setBeforeAfter(const std::optional<BeforeAfter> &result)
{
    m_beforeAfter->setVisible(result.has_value());
    if (!result)
        return;
    const QString service = m_entry.service.isEmpty() ? tr("all services") : m_entry.service;
    m_beforeAfter->setText(
        tr("<b>Satisfaction before and after: %1</b><br>%2, 90 days before the date done: %3 % "
           "(%4 responses); 90 days after: %5 % (%6 responses).")
            .arg(verdictName(result->verdict), service.toHtmlEscaped())
            .arg(qRound(result->averageBefore * 100)).arg(result->responsesBefore)
            .arg(qRound(result->averageAfter * 100)).arg(result->responsesAfter));
}

QString EntryDialog::beforeAfterText() const
{
    return m_beforeAfter->isVisible() ? m_beforeAfter->text() : QString();
}

QString EntryDialog::suggestionText() const
{
    return m_suggestion->isVisible() ? m_suggestion->text() : QString();
}

Entry EntryDialog::entry() const
{
    Entry e = m_entry;
    // A field shown masked keeps what it held.
    const auto kept = [this](QWidget *field) { return m_masked.contains(field); };
    e.title = kept(m_title) ? m_entry.title : m_title->text().trimmed();
    e.description = kept(m_description) ? m_entry.description : m_description->toPlainText();
    e.cause = kept(m_cause) ? m_entry.cause : m_cause->toPlainText();
    categoryFromInt(m_category->currentData().toInt(), &e.category);
    e.service = ServiceField::text(m_service);
    e.practice = m_practice->currentData().toString();
    statusFromInt(m_status->currentData().toInt(), &e.status);
    e.owner = m_owner->text().trimmed();
    e.raisedBy = m_raisedBy->text().trimmed();
    e.raisedOn = DateEdits::date(m_raisedOn);
    e.targetOn = DateEdits::date(m_targetOn);
    e.doneOn = DateEdits::date(m_doneOn);
    e.expectedBenefit = kept(m_benefit) ? m_entry.expectedBenefit : m_benefit->toPlainText();
    e.notes = kept(m_notes) ? m_entry.notes : m_notes->toPlainText();
    e.impact = m_impact->score();
    e.effort = m_effort->score();
    e.stored = {}; // every value chosen here is one QuickWins knows
    return e;
}

} // namespace qw
