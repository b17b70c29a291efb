#pragma once

#include "domain/satisfaction.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QSpinBox;

namespace qw {

// File ▸ Poor Responses: which points of each scale count as poor in this register. What it
// changes (the share of poor responses, triage, suggested impact) is counted again at once,
// in one step that Edit ▸ Undo takes back.
class PoorRuleDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PoorRuleDialog(const PoorRule &rule, QWidget *parent = nullptr);
    PoorRule rule() const;

private:
    void describe();

    PoorRule m_rule;
    QHash<SatisfactionScale, QSpinBox *> m_upTo;
    QHash<SatisfactionScale, QLabel *> m_text;
};

} // namespace qw
