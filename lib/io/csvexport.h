#pragma once

#include <QString>

class QIODevice;

namespace qw {

class RegisterDocument;

// The register as CSV for a spreadsheet: every entry in priority order, UTF-8 with a byte
// order mark (so that Excel reads the accents), RFC 4180 quoting, CRLF line ends.
namespace CsvExport {

// A cell a spreadsheet will show, not run: text that begins with =, +, -, @, a tab or a
// carriage return gets a leading apostrophe, as OWASP recommends against CSV injection.
QString neutralise(const QString &cell);
// Quoted when it holds the delimiter, a quote or a line break; quotes doubled.
QString quote(const QString &cell);

// Every entry in priority order; hidePersonalData masks e-mail addresses and phone numbers in
// its texts.
bool writeEntries(const RegisterDocument *document, QIODevice *out, QString *error, bool hidePersonalData = false);
bool writeEntries(const RegisterDocument *document, const QString &path, QString *error, bool hidePersonalData = false);

// Every interaction not removed, oldest first, with readable columns (time in UTC, ISO 8601;
// channel, scale and whether it is poor by the register's rule in words; the entry's ID; the
// import it came from). hidePersonalData blanks the customer and masks e-mail addresses, phone
// numbers and the customer's name in the reason and the comment.
bool writeInteractions(const RegisterDocument *document, QIODevice *out, bool hidePersonalData, QString *error);
bool writeInteractions(const RegisterDocument *document, const QString &path, bool hidePersonalData, QString *error);

// Every poor response linked to no entry, in the order they were added, with its cause: the columns ticket,
// interaction (its id in the register), group (the cause's id; empty: in no cause) and group
// label (its name, or the words found).
bool writeCauses(const RegisterDocument *document, QIODevice *out, QString *error);
bool writeCauses(const RegisterDocument *document, const QString &path, QString *error);

} // namespace CsvExport

} // namespace qw
