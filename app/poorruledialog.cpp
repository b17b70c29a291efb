#include "poorruledialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qw {

PoorRuleDialog::PoorRuleDialog(const PoorRule &rule, QWidget *parent) : QDialog(parent), m_rule(rule)
{
    setWindowTitle(tr("Poor Responses"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A response is poor when its score is at most the point chosen for its scale. Poor "
                                "responses are the evidence: they feed triage, the share of poor responses and the "
                                "suggested impact, which are counted again when this changes."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (SatisfactionScale scale : allSatisfactionScales()) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(scaleKey(scale));
        // One below the scale's first point: no response of that scale is poor.
        spin->setRange(scaleMinimum(scale) - 1, scaleMaximum(scale));
        spin->setSpecialValueText(tr("none"));
        spin->setValue(rule.poorUpTo(scale));
        auto *text = new QLabel(this);
        auto *row = new QHBoxLayout;
        row->addWidget(spin);
        row->addWidget(text, 1);
        form->addRow(tr("%1, poor up to:").arg(scaleName(scale)), row);
        m_upTo.insert(scale, spin);
        m_text.insert(scale, text);
        connect(spin, &QSpinBox::valueChanged, this, &PoorRuleDialog::describe);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const PoorRule defaults = PoorRule::defaults();
        for (auto it = m_upTo.cbegin(); it != m_upTo.cend(); ++it)
            it.value()->setValue(defaults.poorUpTo(it.key()));
    });
    layout->addWidget(buttons);
    describe();
}

PoorRule PoorRuleDialog::rule() const
{
    PoorRule rule = m_rule;
    for (auto it = m_upTo.cbegin(); it != m_upTo.cend(); ++it)
        rule.setPoorUpTo(it.key(), it.value()->value());
    return rule;
}

void PoorRuleDialog::describe()
{
    const PoorRule now = rule();
    for (auto it = m_text.cbegin(); it != m_text.cend(); ++it)
        it.value()->setText(now.describe(it.key()));
}

} // namespace qw
