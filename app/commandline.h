#pragma once

#include <QString>
#include <QStringList>

namespace qw {

class RegisterDocument;

// The commands that run on a register without a window. Each prints what it did on stdout,
// each problem on stderr as one line (FILE:LINE: message where there is a line), and
// returns the process's exit code.
namespace CommandLine {

// One clear line on stderr, and a non-zero exit: what a failing command owes its caller.
int fail(const QString &message);

struct ImportArguments
{
    QString path;
    QStringList mappings;
    bool dryRun = false;
    bool poorOnly = false;
    bool skipBadRows = false;
    QString dateOrder;
    QString encoding;
    QString sheet;
    QString scale;
};
// document may be null for a dry run on a register that does not exist yet.
int runImport(RegisterDocument *document, const ImportArguments &arguments);
// --imports: the import history, one line an import.
int listImports(RegisterDocument *document);
// --remove-import ID: an import's responses leave the register (what it changed is put back).
int removeImport(RegisterDocument *document, const QString &id);
// --export-interactions OUT.csv, customers blanked with hidePersonalData.
int exportInteractions(RegisterDocument *document, const QString &path, bool hidePersonalData);
// A script of edits (see EditScript), "-" for standard input; "done LINE" after each edit on disk.
int runScript(RegisterDocument *document, const QString &path);
int exportCsv(RegisterDocument *document, const QString &path, bool hidePersonalData = false);
// Every poor response in triage with its cause (found first if never found), to a CSV file.
int exportGroups(RegisterDocument *document, const QString &path);
// --copy-to TARGET: the whole register copied there; one line says what was copied where.
int copyTo(RegisterDocument *document, const QString &target);
// --grant USER=ROLE on a server's register.
int grant(RegisterDocument *document, const QString &userRole);
// --agenda: the agenda a review starting now would have, an item a line by part.
int printAgenda(RegisterDocument *document);
// --export-minutes OUT.pdf|.md|.html [--review N]: a review's minutes (default: the latest).
int exportMinutes(RegisterDocument *document, const QString &path, const QString &review);
// --generate INTERACTIONS,ENTRIES into a new register; says what it made and how long it took.
int generate(RegisterDocument *document, const QString &counts);

} // namespace CommandLine

} // namespace qw
