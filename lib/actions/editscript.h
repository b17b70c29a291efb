#pragma once

#include <QString>

#include <functional>

namespace qw {

class RegisterDocument;

// A script of edits, one a line, for the command line (--script) and for tests that need a
// process doing real edits. Each edit goes through the same undo command as in the window and
// is one transaction; done(line) is called once it is on disk. Lines:
//
//   add-entry title=TEXT [FIELD=VALUE ...]
//   edit-entry ID FIELD=VALUE ...
//   remove-entry ID
//   add-interaction [ticket=TEXT] [service=TEXT] [score=N] [comment=TEXT] [date=ISO-DATE]
//   link INTERACTION-ID ENTRY-ID          (entry 0 unlinks)
//   undo | redo
//
// Entry fields: title description cause service owner notes impact effort (1 to 5),
// status (proposed approved in-progress done verified deferred rejected), category (people
// process technology partner). Values with spaces are quoted: title="Printer jams". Blank
// lines and lines starting with # are skipped; a line with a quote never closed is refused. The
// script stops at the first line that fails, with an error that names the line.
namespace EditScript {

struct Result
{
    int done = 0;       // edits on disk
    int line = 0;       // the line that failed
    QString error;      // what is wrong with it; empty when every line was done
};

Result run(RegisterDocument *document, const QString &script, const std::function<void(int line)> &done = {});
// Line by line as nextLine() gives them (false: no more), each edit made as its line arrives,
// so that another program can drive QuickWins through a pipe.
Result run(RegisterDocument *document, const std::function<bool(QString *line)> &nextLine,
           const std::function<void(int line)> &done = {});

} // namespace EditScript

} // namespace qw
