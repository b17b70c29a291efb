#pragma once

#include "domain/entry.h"
#include "domain/interaction.h"
#include "domain/satisfactiontrend.h"
#include "domain/history.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace qw {

class ScoreSelector;

// Edits every field of an entry; a new entry must get a title and both scores before it can
// be saved. Shows the entry's history of changes. Writes nothing: the caller turns the result
// into an undo command.
class EntryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit EntryDialog(const Entry &entry, bool isNew, QWidget *parent = nullptr);

    Entry entry() const;
    void setHistory(const QList<HistoryRecord> &history);
    // rule: the register's, for which of them are poor.
    void setLinkedInteractions(const QList<Interaction> &interactions, const PoorRule &rule);
    // For a read-only register: everything can be read, nothing changed.
    void setReadOnly();
    // Whether satisfaction of the entry's service rose after it was done.
    void setBeforeAfter(const std::optional<BeforeAfter> &result);
    QString beforeAfterText() const;
    // The impact the linked evidence suggests (0: none), as the editor shows it.
    int suggestedImpact() const { return m_suggestedImpact; }
    QString suggestionText() const;
    // The register's services, offered as the service is typed.
    void setServices(const QStringList &services);
    // Hide Personal Data is on: text holding customers' data is shown masked and cannot be
    // changed (what is saved is what was there); call before setHistory and setLinkedInteractions.
    void setPersonalDataHidden();

private:
    void updateAcceptable();
    void updatePersonalWarning();

    Entry m_entry;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_cause;
    QComboBox *m_category;
    QLineEdit *m_service;
    QComboBox *m_practice;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QLineEdit *m_raisedBy;
    QDateEdit *m_raisedOn;
    QDateEdit *m_targetOn;
    QDateEdit *m_doneOn;
    QPlainTextEdit *m_benefit;
    QPlainTextEdit *m_notes;
    ScoreSelector *m_impact;
    ScoreSelector *m_effort;
    QTreeWidget *m_history;
    QTreeWidget *m_linked;
    QLabel *m_suggestion;
    QLabel *m_limitNote = nullptr;
    QLabel *m_beforeAfter;
    QPushButton *m_useSuggestion;
    int m_suggestedImpact = 0;
    QDialogButtonBox *m_buttons;
    QWidget *m_page;
    QLabel *m_personalWarning = nullptr;
    QLabel *m_personalNote = nullptr;
    bool m_personalDataHidden = false;
    QList<QWidget *> m_masked; // fields shown masked: entry() keeps what they held
};

} // namespace qw
