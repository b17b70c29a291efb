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
    bool all = false;
    QString dateOrder;
};
int runImport(RegisterDocument *document, const ImportArguments &arguments);
// A script of edits (see EditScript), "-" for standard input; "done LINE" after each edit on disk.
int runScript(RegisterDocument *document, const QString &path);
int exportCsv(RegisterDocument *document, const QString &path);
// --generate INTERACTIONS,ENTRIES into a new register; says what it made and how long it took.
int generate(RegisterDocument *document, const QString &counts);

} // namespace CommandLine

} // namespace qw
