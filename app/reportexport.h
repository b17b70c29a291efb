#pragma once

#include "review/report.h"

#include <QString>

#include <optional>

class QWidget;

namespace qw {

class RegisterDocument;

// The report written to a file: PDF (with the matrix at the period's end drawn as the window
// draws it) or XLSX (through quickwins-xlsx, see app/xlsxreport), by the file's extension,
// whole or not at all (ExportTarget::save).
namespace ReportExport {

// --from/--to as a period (either may be empty: the last full quarter's); nullopt and *error
// when a date is not YYYY-MM-DD or the period ends before it starts.
std::optional<Report::Period> period(const QString &from, const QString &to, QString *error);
bool write(const RegisterDocument *document, const Report::Period &period, const QString &path, QString *error);
// Where quickwins-xlsx is: beside the executable (a build), or in libexec (installed).
QString xlsxHelper();
// File ▸ Export Report…: the period (last month, last quarter, or dates) and the file.
void exportInteractively(QWidget *parent, const RegisterDocument *document, const QString &folder);

} // namespace ReportExport

} // namespace qw
