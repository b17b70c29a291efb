#pragma once

#include <QDate>

class QDateEdit;
class QWidget;

namespace qw::DateEdits {

// A date field that can also hold "no date": its lowest date reads as "none".
QDateEdit *create(const QDate &date, QWidget *parent);
QDate date(const QDateEdit *edit);

} // namespace qw::DateEdits
