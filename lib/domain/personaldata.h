#pragma once

#include <QString>

// Customers' personal data in free text (a comment, a reason, an entry's title): e-mail
// addresses, phone numbers and the customer's own name. View ▸ Hide Personal Data and
// presentation mode mask them wherever text is shown or exported.
namespace qw::PersonalData {

// The text with every e-mail address, phone number and (when given) the customer's name
// replaced by "•••" marks: "Call j.okafor@example.edu on +44 20 7946 0958" reads
// "Call •••@••• on ••• ••• •••". Ticket numbers, dates and times are not phone numbers.
QString masked(const QString &text, const QString &customer = {});

// Whether the text holds an e-mail address or a phone number.
bool contains(const QString &text);

// What a hidden customer reads as.
QString hiddenCustomer();

} // namespace qw::PersonalData
