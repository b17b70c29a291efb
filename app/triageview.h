#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace qw {

class RegisterActions;
struct Entry;
class RegisterDocument;
class TriageModel;

// The triage dock: poor responses not yet linked, by cause (what their customers and agents
// wrote, grouped by CauseGrouping): each cause's words, counts, services, dates and trend, and
// three of its responses. A cause becomes a new entry, or is linked to an existing one
// (suggested by service and words); it asks the main window to do either. Causes are
// corrected here (renamed, pinned, merged, a response taken out), each an undo step, and found
// again on a thread of their own.
class TriageView final : public QWidget
{
    Q_OBJECT
public:
    explicit TriageView(QWidget *parent = nullptr);

    void setDocument(RegisterDocument *document, RegisterActions *actions);
    TriageModel *model() const { return m_model; }
    QTableView *groups() const { return m_groups; }
    QListWidget *examples() const { return m_examples; }
    QListWidget *suggestions() const { return m_suggestions; }
    // Groups are read while someone sees them (the dock is often a tab behind another); causes
    // never found in this register are found the first time it is seen.
    void setActive(bool active);
    // Causes' words, examples and entry titles with customers' personal data masked.
    void setPersonalDataHidden(bool hidden);
    // Finds the causes again (on a thread of its own, with progress and cancel); false if
    // cancelled or it failed.
    bool findCauses();

Q_SIGNALS:
    void newEntryRequested(const QList<qint64> &interactions, const qw::Entry &draft);
    void linkRequested(const QList<qint64> &interactions, qint64 entryId);

private:
    void updateDetails();
    void updateSummary();
    int currentRow() const;
    QList<qint64> selectedGroups() const;
    void renameCurrent();
    void findFirstCausesLater();

    bool m_active = false;
    bool m_finding = false;
    qint64 m_keepGroup = 0; // the cause chosen while the list is read again
    bool m_personalDataHidden = false;
    RegisterDocument *m_document = nullptr;
    RegisterActions *m_actions = nullptr;
    TriageModel *m_model = nullptr;
    QLabel *m_summary;
    QAction *m_findAgain = nullptr;
    QTableView *m_groups;
    QListWidget *m_examples;
    QListWidget *m_suggestions;
    QPushButton *m_newEntry;
    QPushButton *m_link;
    QAction *m_renameAction;
    QAction *m_pinAction;
    QAction *m_mergeAction;
    QAction *m_takeOutAction;
};

} // namespace qw
