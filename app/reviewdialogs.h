#pragma once

#include "domain/review.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace qw {

class RegisterDocument;

// Meeting ▸ Start Review…: who attends (typed, or completed from earlier reviews) and the agenda
// built from the register, to reorder, leave items out of, or add to before it starts.
class StartReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    StartReviewDialog(const QList<ReviewItem> &agenda, const QStringList &knownAttendees, QWidget *parent = nullptr);
    QStringList attendees() const;
    QList<ReviewItem> items() const; // in the order chosen, those left out skipped
    // A sentence above the agenda (what it cannot show yet, say).
    void setNote(const QString &note);
    QListWidget *agendaList() const { return m_list; }
    QLineEdit *attendeesField() const { return m_attendees; }

private:
    void fill();
    QList<ReviewItem> m_items;
    QLineEdit *m_attendees;
    QListWidget *m_list;
    QLabel *m_note;
};

// Meeting ▸ Past Reviews: each review held, its minutes as written when it ended, to read, copy
// as rich text for an e-mail, or export as PDF, Markdown or HTML.
class PastReviewsDialog final : public QDialog
{
    Q_OBJECT
public:
    PastReviewsDialog(const RegisterDocument *document, QWidget *parent = nullptr);

private:
    void showMinutes(int row);
    const RegisterDocument *m_document;
    QList<Review> m_reviews;
    QListWidget *m_list;
    QTextBrowser *m_minutes;
};

} // namespace qw
