#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace qw {

class RegisterActions;
class RegisterDocument;

// The actions dock: every open action (and, asked, the done ones), by owner and due date,
// overdue ones flagged; done and undone by a click on its box (an undo step).
class ActionsView final : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsView(QWidget *parent = nullptr);
    void setDocument(RegisterDocument *document, RegisterActions *actions);
    void refresh();
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void entryActivated(qint64 entryId);

private:
    RegisterDocument *m_document = nullptr;
    RegisterActions *m_actions = nullptr;
    QLabel *m_summary;
    QCheckBox *m_showDone;
    QTreeWidget *m_tree;
    bool m_filling = false;
};

} // namespace qw
