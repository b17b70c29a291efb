#include "dateedits.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QKeyEvent>

namespace qw::DateEdits {

namespace {

const QDate noDate(2000, 1, 1);

// Tab leaves the field, as it does every other field, instead of walking its day, month and
// year (which Qt does, and does not at all while the field reads "none": focus was stuck).
// The parts are reached with the arrow keys or by typing; Delete makes the field "none" again.
class OptionalDateEdit final : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)) {
            const bool forward = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
            QWidget::focusNextPrevChild(forward);
            event->accept();
            return;
        }
        if (plain && event->key() == Qt::Key_Delete) {
            setDate(minimumDate());
            selectAll();
            event->accept();
            return;
        }
        QDateEdit::keyPressEvent(event);
    }
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

QDateEdit *create(const QDate &date, QWidget *parent)
{
    auto *edit = new OptionalDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QCoreApplication::translate("qw::DateEdits", "none"));
    edit->setToolTip(QCoreApplication::translate("qw::DateEdits", "Up and Down change the part under the cursor; "
                                                                 "Delete clears the date"));
    edit->setDate(date.isValid() ? date : noDate);
    return edit;
}

QDate date(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

} // namespace qw::DateEdits
