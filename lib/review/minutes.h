#pragma once

#include "domain/review.h"

#include <QString>

#include <optional>

class QIODevice;

namespace qw {

class RegisterDocument;

// A review's minutes: written as Markdown when it ends (date, attendees, each item's outcome,
// the items not discussed, the actions with owners and due dates, the movement since the last
// review, the verdicts), kept in the register as they were then, and given out as Markdown,
// HTML, rich text for an e-mail, or PDF. No customer's personal data is in them: they name
// entries, counts and what the team wrote, with e-mail addresses and phone numbers masked.
namespace Minutes {

// The minutes of review as it stands now (the running one, about to end); nullopt: a read
// failed (the document has said why).
std::optional<QString> compose(const RegisterDocument &document, const Review &review);

// Markdown's special characters in text escaped, so that a title such as "*urgent* #1" is
// shown as written.
QString escaped(const QString &text);

// The minutes (Markdown) as a whole HTML page, titled.
QString toHtml(const QString &markdown, const QString &title);
// As PDF on A4, or on Letter where the locale measures in inches.
bool writePdf(const QString &markdown, const QString &title, QIODevice *out, QString *error);

// Writes the minutes to path, as its extension says (.md, .html or .htm, .pdf), whole or not
// at all (ExportTarget::save); false and *error when it cannot.
bool save(const QString &markdown, const QString &title, const QString &path, const QString &openRegister,
          QString *error);

} // namespace Minutes

} // namespace qw
