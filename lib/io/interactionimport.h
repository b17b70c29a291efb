#pragma once

#include "columnmapping.h"
#include "domain/interaction.h"
#include "valueparsing.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qw {

class RegisterDocument;

struct ImportOptions
{
    QStringList mappings;              // FIELD=COLUMN corrections, applied last
    bool dryRun = false;               // read and report, write nothing
    bool poorOnly = false;             // import only the poor responses (by default: every response)
    bool skipBadRows = false;          // import the rest when rows are bad, listing each left out
    ValueParsing::DateOrder dateOrder = ValueParsing::DateOrder::Undecided; // when the file cannot tell
    QString encoding;                  // chosen by the person; empty: detected
    QString sheet;                     // of an Excel workbook; empty: the first
    std::optional<SatisfactionScale> scale; // chosen by the person; else decided from the column
};

// What an import reads: a file (by path; bytes empty: it is read when imported, CSV mapped into
// memory, a workbook through the workbook reader), or bytes already read (CSV text; a
// workbook's bytes are read through a temporary copy).
struct ImportInput
{
    QString path;
    QByteArray bytes;
    QString fileName() const;
    // The file at path, after checking it may be read: refuses what is not a regular file (a
    // device, a pipe, a folder) and files too large to import, with a sentence.
    static std::optional<ImportInput> fromFile(const QString &path, QString *error);
};

struct ImportProblem
{
    int line = 0;
    QString message;
};

// What an import found, decided and did, for the command line's summary, the wizard's report
// and the import history.
struct ImportReport
{
    QString encoding;
    bool encodingChosen = false;
    QChar delimiter;                   // null for an Excel workbook
    QString sheet;                     // the workbook's sheet read
    ExportSource source = ExportSource::Generic;
    QString mapping;                   // "ticket=number;date=opened_at;…" (saved per source)
    QStringList mappingLines;          // score ← column 3 “Satisfaction Score” (recognised, Zendesk)
    QStringList unusedColumns;         // “Updated at” (column 5), …
    QString dateOrder;                 // how day/month dates were read, for a person
    SatisfactionScale scale = SatisfactionScale::OneToFive;
    bool scaleChosen = false;
    QString poorRule;                  // "1 to 5: 1 to 2 are poor"
    int rowsRead = 0;
    int imported = 0;                  // new responses added
    int poor = 0;                      // of them poor
    int updated = 0;                   // responses already in the register that this export changed
    int notPoor = 0;                   // responses left out by --poor-only
    int duplicates = 0;                // already in the register as they are, or twice in the file
    qint64 importId = 0;               // the import's record in the register
    QList<ImportProblem> rejected;     // rows that cannot become interactions: nothing is written
    QList<ImportProblem> leftOut;      // bad rows left out, with --skip-bad-rows
    QList<ImportProblem> warnings;     // handled, but worth knowing (a repeated header, a channel)
    QString error;                     // the whole file cannot be imported
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && rejected.isEmpty() && !cancelled; }
    // rows read: 3, interactions imported: 2 (poor: 2), updated: 0, duplicates skipped: 0, rows rejected: 0
    QString summary() const;
    // What was decided, one line each: encoding, delimiter or sheet, source, dates, scale and
    // the poor rule, each field's column, the columns left unused.
    QStringList decisions() const;
};

// Imports a service desk's satisfaction export into the register: decode, parse, map columns,
// read values, then add everything in one transaction (or nothing, if any row is rejected).
namespace InteractionImport {

// Reads the export into interactions without touching the register (the preview).
struct Plan
{
    ImportReport report;
    QStringList header;
    QList<Interaction> interactions;   // what would be added or updated (in-file duplicates left out)
};
Plan read(const ImportInput &input, const ImportOptions &options, const RegisterDocument *document,
          const std::function<bool(double)> &progress = {});

// read() and then, unless it is a dry run or something was rejected, the transaction, which
// records the import in the register. It is one step of the document's undo history when
// undoable (the command line's, the window's: both import through their open document).
// betweenBatches: called on the calling thread between batches of written rows (the window
// keeps its progress dialog and its events going there while its own document writes).
ImportReport run(RegisterDocument *document, const ImportInput &input, const ImportOptions &options,
                 const std::function<bool(double)> &progress = {}, bool undoable = true,
                 const std::function<void()> &betweenBatches = {});

// CSV bytes, for tests and callers that have read the file already.
inline ImportReport run(RegisterDocument *document, const QByteArray &bytes, const ImportOptions &options,
                        const std::function<bool(double)> &progress = {})
{
    return run(document, ImportInput{{}, bytes}, options, progress);
}
inline Plan read(const QByteArray &bytes, const ImportOptions &options, const RegisterDocument *document,
                 const std::function<bool(double)> &progress = {})
{
    return read(ImportInput{{}, bytes}, options, document, progress);
}

} // namespace InteractionImport

} // namespace qw
