#pragma once

#include "domain/review.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QElapsedTimer;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace qw {

struct Entry;
class RegisterActions;
class RegisterDocument;
struct RegisterChange;

// The running review, walked one item at a time at presentation size: the agenda (to jump, skip
// and reorder), the item's evidence (counts, latest comments masked, scores, verdict), the
// decision (status, scores, owner, target date: ordinary edits, undone with Ctrl+Z), a note, its
// actions (text, owner, due date), and a timer per item. Next and Previous by keyboard
// (Page Down, Page Up); End Review asks first.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    void setDocument(RegisterDocument *document, RegisterActions *actions);
    // The review running in the register changed (started, ended, its items written).
    void refresh();
    void applyChange(const RegisterChange &change);
    int currentPosition() const { return m_position; }
    void showItem(int position);
    void next();
    void previous();
    void endReview();

Q_SIGNALS:
    // The item shown is about this entry (0: none): the matrix highlights it.
    void entryShown(qint64 entryId);
    void editEntryRequested(qint64 entryId);
    void reviewEnded(qint64 reviewId);

private:
    void showCurrent();
    void saveNote();
    void decide(const std::function<void(Entry &)> &change);
    void addAction();
    void moveItem(int by);
    void toggleSkip();
    void addItem();
    void updateTimer();

    RegisterDocument *m_document = nullptr;
    RegisterActions *m_actions = nullptr;
    std::optional<Review> m_review;
    QList<ReviewItem> m_items;
    int m_position = 0;
    bool m_filling = false;

    QLabel *m_heading;
    QListWidget *m_agenda;
    QLabel *m_part;
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_evidence;
    QLabel *m_timer;
    QWidget *m_decision;
    QComboBox *m_status;
    QSpinBox *m_impact;
    QSpinBox *m_effort;
    QLineEdit *m_owner;
    QDateEdit *m_target;
    QPlainTextEdit *m_note;
    QListWidget *m_itemActions;
    QLineEdit *m_actionText;
    QLineEdit *m_actionOwner;
    QDateEdit *m_actionDue;
    QPushButton *m_addAction;
    QPushButton *m_previous;
    QPushButton *m_next;
    QTimer *m_tick;
    qint64 m_itemStarted = 0;   // msecs since epoch the item was shown
    int m_shownPosition = -1;   // the item whose note the note field holds
    qint64 m_shownEntry = -1;   // the entry last said shown (entryShown())
    int m_extraMinutes = 0;
};

} // namespace qw
