#include "dateedits.h"

#include <QCoreApplication>
#include <QDateEdit>

namespace qw::DateEdits {

namespace {
const QDate noDate(2000, 1, 1);
}

QDateEdit *create(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QCoreApplication::translate("qw::DateEdits", "none"));
    edit->setDate(date.isValid() ? date : noDate);
    return edit;
}

QDate date(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

} // namespace qw::DateEdits
