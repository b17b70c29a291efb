#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableView;

namespace qw {

class RegisterDocument;
class TriageModel;
struct TriageGroup;

// The triage dock: poor interactions not yet linked, grouped by service and reason. A group
// becomes a new entry, or is linked to an existing one (suggested by service and by the words
// of the reason and the customers' comments). It asks the main window to do either, which
// turns them into undo commands.
class TriageView final : public QWidget
{
    Q_OBJECT
public:
    explicit TriageView(QWidget *parent = nullptr);

    void setDocument(RegisterDocument *document);
    TriageModel *model() const { return m_model; }
    QTableView *groups() const { return m_groups; }
    QListWidget *suggestions() const { return m_suggestions; }
    // Groups are read while someone sees them (the dock is often a tab behind another).
    void setActive(bool active);
    // Reasons and entry titles with customers' e-mail addresses and phone numbers masked.
    void setPersonalDataHidden(bool hidden);

Q_SIGNALS:
    void newEntryRequested(const QList<qint64> &interactions, const QString &service, const QString &reason);
    void linkRequested(const QList<qint64> &interactions, qint64 entryId);

private:
    void updateSuggestions();
    int currentRow() const;

    bool m_active = false;
    bool m_personalDataHidden = false;
    RegisterDocument *m_document = nullptr;
    TriageModel *m_model = nullptr;
    QTableView *m_groups;
    QListWidget *m_suggestions;
    QPushButton *m_newEntry;
    QPushButton *m_link;
};

} // namespace qw
