#include "interactiondialog.h"

#include "servicefield.h"
#include "domain/personaldata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include "boundedline.h"
#include "domain/fieldlimits.h"
#include <QVBoxLayout>

namespace qw {

InteractionDialog::InteractionDialog(const Interaction &interaction, bool isNew, const PoorRule &rule,
                                     QWidget *parent)
    : QDialog(parent), m_rule(rule), m_interaction(interaction)
{
    setWindowTitle(isNew ? tr("Log a poor interaction") : tr("Interaction"));
    auto *form = new QFormLayout;

    m_when = new QDateTimeEdit(interaction.occurredAt, this);
    m_when->setCalendarPopup(true);
    form->addRow(tr("&When:"), m_when);

    m_channel = new QComboBox(this);
    for (Channel c : allChannels())
        m_channel->addItem(channelName(c), int(c));
    m_channel->setCurrentIndex(m_channel->findData(int(interaction.channel)));
    form->addRow(tr("C&hannel:"), m_channel);

    m_service = boundedLine(interaction.service, FieldLimits::Name, this);
    m_service->setObjectName(QStringLiteral("service"));
    form->addRow(tr("&Service:"), m_service);
    m_team = boundedLine(interaction.team, FieldLimits::Name, this);
    form->addRow(tr("&Team:"), m_team);
    m_agent = boundedLine(interaction.agent, FieldLimits::Name, this);
    form->addRow(tr("&Agent:"), m_agent);
    m_ticket = boundedLine(interaction.ticket, FieldLimits::Name, this);
    m_ticket->setObjectName(QStringLiteral("ticket"));
    m_ticket->setPlaceholderText(tr("e.g. INC0012345"));
    form->addRow(tr("Tic&ket:"), m_ticket);

    m_scale = new QComboBox(this);
    for (SatisfactionScale s : allSatisfactionScales())
        m_scale->addItem(scaleName(s), int(s));
    m_scale->setCurrentIndex(m_scale->findData(int(interaction.scale)));
    form->addRow(tr("Survey sca&le:"), m_scale);

    m_score = new QComboBox(this);
    m_score->setObjectName(QStringLiteral("score"));
    form->addRow(tr("Satisfaction sc&ore:"), m_score);
    fillScores(interaction.score);
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this] { fillScores(-1); });

    m_reason = boundedLine(interaction.reason, FieldLimits::Comment, this);
    m_reason->setObjectName(QStringLiteral("reason"));
    form->addRow(tr("&Reason given:"), m_reason);
    m_comment = new QPlainTextEdit(interaction.comment, this);
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Customer co&mment:"), m_comment);
    m_customer = boundedLine(interaction.customer, FieldLimits::Name, this);
    m_customer->setPlaceholderText(tr("Name or e-mail (personal data)"));
    form->addRow(tr("C&ustomer:"), m_customer);
    m_repeat = new QCheckBox(tr("Re&peat contact: not fixed the first time"), this);
    m_repeat->setChecked(interaction.repeatContact);
    form->addRow(QString(), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // What a field may hold is said before OK, so nothing typed is lost to a refusal.
    auto *limitNote = new QLabel(this);
    limitNote->setObjectName(QStringLiteral("limitNote"));
    limitNote->setWordWrap(true);
    const auto checkLimits = [this, limitNote, buttons] {
        const QString tooLong = FieldLimits::checkInteraction(this->interaction());
        limitNote->setText(tooLong.isEmpty() ? QString() : tr("Cannot be saved yet: %1.").arg(tooLong));
        limitNote->setVisible(!tooLong.isEmpty());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(tooLong.isEmpty());
    };
    for (QLineEdit *line : {m_service, m_team, m_agent, m_ticket, m_reason, m_customer})
        connect(line, &QLineEdit::textChanged, this, checkLimits);
    connect(m_comment, &QPlainTextEdit::textChanged, this, checkLimits);
    checkLimits();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(limitNote);
    layout->addWidget(buttons);
    m_ticket->setFocus();
}

void InteractionDialog::fillScores(int score)
{
    SatisfactionScale scale;
    if (!scaleFromInt(m_scale->currentData().toInt(), &scale))
        scale = SatisfactionScale::OneToFive;
    m_score->clear();
    m_score->addItem(tr("No score given"), -1);
    for (int s = scaleMinimum(scale); s <= scaleMaximum(scale); ++s) {
        const QString text = m_rule.isPoor(scale, s) ? tr("%1 (poor)").arg(scoreText(scale, s))
                                              : scoreText(scale, s);
        m_score->addItem(text, s);
    }
    // A poor interaction is what is usually logged: preselect the worst score.
    const int index = m_score->findData(score >= 0 ? score : scaleMinimum(scale));
    m_score->setCurrentIndex(qMax(0, index));
}

void InteractionDialog::setServices(const QStringList &services)
{
    ServiceField::offer(m_service, services);
}

void InteractionDialog::setPersonalDataHidden()
{
    const QString customer = m_interaction.customer;
    if (!customer.isEmpty()) {
        m_customer->setText(PersonalData::hiddenCustomer());
        m_customer->setReadOnly(true);
        m_masked.append(m_customer);
    }
    const QString reason = PersonalData::masked(m_interaction.reason, customer);
    if (reason != m_interaction.reason) {
        m_reason->setText(reason);
        m_reason->setReadOnly(true);
        m_masked.append(m_reason);
    }
    const QString comment = PersonalData::masked(m_interaction.comment, customer);
    if (comment != m_interaction.comment) {
        m_comment->setPlainText(comment);
        m_comment->setReadOnly(true);
        m_masked.append(m_comment);
    }
    if (!m_masked.isEmpty()) {
        auto *note = new QLabel(tr("Personal data is hidden (View ▸ Hide Personal Data): the customer's details are "
                                   "shown masked, and kept as they are until personal data is shown again."),
                                this);
        note->setObjectName(QStringLiteral("personalNote"));
        note->setWordWrap(true);
        static_cast<QVBoxLayout *>(layout())->insertWidget(1, note);
    }
}

Interaction InteractionDialog::interaction() const
{
    Interaction i = m_interaction;
    i.occurredAt = m_when->dateTime();
    channelFromInt(m_channel->currentData().toInt(), &i.channel);
    i.service = ServiceField::text(m_service);
    i.team = m_team->text().trimmed();
    i.agent = m_agent->text().trimmed();
    i.ticket = m_ticket->text().trimmed();
    scaleFromInt(m_scale->currentData().toInt(), &i.scale);
    i.score = m_score->currentData().toInt();
    const auto kept = [this](QWidget *field) { return m_masked.contains(field); };
    i.reason = kept(m_reason) ? m_interaction.reason : m_reason->text().trimmed();
    i.comment = kept(m_comment) ? m_interaction.comment : m_comment->toPlainText();
    i.customer = kept(m_customer) ? m_interaction.customer : m_customer->text().trimmed();
    i.repeatContact = m_repeat->isChecked();
    return i;
}

} // namespace qw
