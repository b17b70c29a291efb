#pragma once

#include <QString>

class QIODevice;
class QTextDocument;

namespace qw::PdfDocument {

// Prints a text document (minutes, a report) as PDF to out: A4, or Letter where the locale
// measures in inches, with QTextDocument's margins and page numbers. False and *error when the
// device failed.
bool write(QTextDocument &document, const QString &title, QIODevice *out, QString *error);

} // namespace qw::PdfDocument
