#pragma once

#include "columnmapping.h"
#include "domain/interaction.h"
#include "valueparsing.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace qw {

class RegisterDocument;

struct ImportOptions
{
    QStringList mappings;              // FIELD=COLUMN corrections, applied last
    bool dryRun = false;               // read and report, write nothing
    bool allResponses = false;         // import every response, not only the poor ones
    ValueParsing::DateOrder dateOrder = ValueParsing::DateOrder::Undecided; // when the file cannot tell
};

struct ImportProblem
{
    int line = 0;
    QString message;
};

// What an import found and did, for the command line's summary and the wizard's report.
struct ImportReport
{
    QString encoding;
    QChar delimiter;
    ExportSource source = ExportSource::Generic;
    QString mapping;                   // "ticket=number;date=opened_at;…"
    int rowsRead = 0;
    int imported = 0;
    int poor = 0;
    int notPoor = 0;                   // good (or unscored) responses left out without --all
    int duplicates = 0;
    QList<ImportProblem> rejected;     // rows that cannot become interactions: nothing is written
    QList<ImportProblem> warnings;     // handled, but worth knowing (short rows, repeated header)
    QString error;                     // the whole file cannot be imported
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && rejected.isEmpty() && !cancelled; }
    QString summary() const;
};

// Imports a service desk's satisfaction export into the register: decode, parse, map columns,
// read values, then add everything in one transaction (or nothing, if any row is rejected).
namespace InteractionImport {

// Reads the file into interactions without touching the register (the preview).
struct Plan
{
    ImportReport report;
    QStringList header;
    QList<Interaction> interactions;   // what would be added, duplicates included
};
Plan read(const QByteArray &bytes, const ImportOptions &options, const RegisterDocument *document,
          const std::function<bool(double)> &progress = {});

// read() and then, unless it is a dry run or something was rejected, the transaction.
ImportReport run(RegisterDocument *document, const QByteArray &bytes, const ImportOptions &options,
                 const std::function<bool(double)> &progress = {});

} // namespace InteractionImport

} // namespace qw
