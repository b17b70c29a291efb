#pragma once

#include <QStringList>

class QLineEdit;

namespace qw::ServiceField {

// Completes a service field from the register's services as it is typed, and on leaving it
// takes the register's spelling of a service typed in another case ("video Conferencing"
// becomes "Video conferencing"), so that one service does not become two groups.
void offer(QLineEdit *field, const QStringList &services);

// What the field holds, trimmed, in the register's spelling of the service where it has one.
QString text(const QLineEdit *field);

} // namespace qw::ServiceField
