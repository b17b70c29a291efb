#pragma once

#include "domain/interaction.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace qw {

// Logs or edits one interaction with a customer. Every field can be reached from the
// keyboard in order; the caller passes sensible defaults (now, the last channel and service).
class InteractionDialog final : public QDialog
{
    Q_OBJECT
public:
    // rule: the register's, to mark the poor scores.
    InteractionDialog(const Interaction &interaction, bool isNew, const PoorRule &rule, QWidget *parent = nullptr);

    Interaction interaction() const;
    // The register's services, offered as the service is typed.
    void setServices(const QStringList &services);
    // Hide Personal Data is on: the customer and text naming them are shown masked and kept.
    void setPersonalDataHidden();

private:
    PoorRule m_rule;
    void fillScores(int score);

    Interaction m_interaction;
    QDateTimeEdit *m_when;
    QComboBox *m_channel;
    QLineEdit *m_service;
    QLineEdit *m_team;
    QLineEdit *m_agent;
    QLineEdit *m_ticket;
    QComboBox *m_scale;
    QComboBox *m_score;
    QLineEdit *m_reason;
    QPlainTextEdit *m_comment;
    QLineEdit *m_customer;
    QCheckBox *m_repeat;
    QList<QWidget *> m_masked; // fields shown masked: interaction() keeps what they held
};

} // namespace qw
