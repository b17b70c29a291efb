#include "commandline.h"

#include "commands/editscript.h"
#include "demo/generator.h"
#include "document/registerdocument.h"
#include "io/csvexport.h"
#include "io/interactionimport.h"
#include "storage/backups.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace qw::CommandLine {

namespace {

// Before a command changes a register, today's backup, as opening it in the window makes.
void backUpDaily(const RegisterDocument *document)
{
    QString error;
    if (!document->isNew() && !Backups::takeDaily(document->filePath(), &error))
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "quickwins: warning: today’s backup "
                                                                            "could not be made: %1").arg(error)));
}

} // namespace

// One clear line on stderr, and a non-zero exit: what a failing command owes its caller.
int fail(const QString &message)
{
    std::fprintf(stderr, "quickwins: %s\n", qPrintable(message));
    return 1;
}

// --import: the summary on stdout; each rejected row and each warning on stderr as
// FILE:LINE: message, the way compilers report, so editors can jump to them.
int runImport(RegisterDocument *document, const ImportArguments &arguments)
{
    const QString &path = arguments.path;
    const bool dryRun = arguments.dryRun;
    const QString &dateOrder = arguments.dateOrder;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("main", "“%1” cannot be read: %2").arg(path, file.errorString()));
    ImportOptions options;
    options.mappings = arguments.mappings;
    options.dryRun = dryRun;
    options.allResponses = arguments.all;
    if (dateOrder.compare(QLatin1String("DMY"), Qt::CaseInsensitive) == 0)
        options.dateOrder = ValueParsing::DateOrder::DayFirst;
    else if (dateOrder.compare(QLatin1String("MDY"), Qt::CaseInsensitive) == 0)
        options.dateOrder = ValueParsing::DateOrder::MonthFirst;
    else if (!dateOrder.isEmpty())
        return fail(QCoreApplication::translate("main", "--date-order is DMY or MDY, not “%1”.").arg(dateOrder));
    if (document->isReadOnly() && !dryRun)
        return fail(QCoreApplication::translate("main", "The register is read-only; nothing was imported."));
    if (!dryRun)
        backUpDaily(document);
    const ImportReport report = InteractionImport::run(document, file.readAll(), options);
    if (!report.error.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(path, report.error));
    for (const ImportProblem &w : report.warnings) {
        std::fprintf(stderr, "%s\n", qPrintable(w.line > 0
            ? QCoreApplication::translate("main", "%1:%2: warning: %3").arg(path).arg(w.line).arg(w.message)
            : QCoreApplication::translate("main", "%1: warning: %2").arg(path, w.message)));
    }
    for (const ImportProblem &r : report.rejected) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "%1:%2: rejected: %3")
                                                    .arg(path).arg(r.line).arg(r.message)));
    }
    std::printf("%s%s\n", qPrintable(report.summary()),
                dryRun ? qPrintable(QCoreApplication::translate("main", " (dry run: nothing was written)")) : "");
    return report.ok() ? 0 : 1;
}

int runScript(RegisterDocument *document, const QString &path)
{
    QFile file(path);
    const bool fromStdin = path == QLatin1String("-");
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly)))
        return fail(QCoreApplication::translate("main", "“%1” cannot be read: %2").arg(path, file.errorString()));
    if (document->isReadOnly())
        return fail(QCoreApplication::translate("main", "The register is read-only; no edit was made."));
    backUpDaily(document);
    const EditScript::Result result = EditScript::run(document, QString::fromUtf8(file.readAll()), [](int line) {
        // Said only once the edit is on disk, and flushed at once: a caller may rely on it.
        std::printf("done %d\n", line);
        std::fflush(stdout);
    });
    if (!result.error.isEmpty())
        return fail(QStringLiteral("%1:%2: %3").arg(path).arg(result.line).arg(result.error));
    return 0;
}

int exportCsv(RegisterDocument *document, const QString &path)
{
    QString error;
    if (!CsvExport::writeEntries(document, path, &error))
        return fail(error);
    return 0;
}

int generate(RegisterDocument *document, const QString &counts)
{
    const QStringList parts = counts.split(QLatin1Char(','));
    bool interactionsOk = false;
    bool entriesOk = false;
    Generator::Counts wanted;
    if (parts.size() == 2) {
        wanted.interactions = parts.at(0).trimmed().toInt(&interactionsOk);
        wanted.entries = parts.at(1).trimmed().toInt(&entriesOk);
    }
    if (!interactionsOk || !entriesOk || wanted.interactions < 0 || wanted.entries < 0)
        return fail(QCoreApplication::translate("main", "--generate takes INTERACTIONS,ENTRIES, such as "
                                                        "1000000,10000, not “%1”.").arg(counts));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!Generator::fill(document, wanted, &error))
        return fail(error);
    document->countNewIntoTriage(); // ready as a register whose triage has been shown
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "generated %1 interactions and %2 entries in %3 s")
                                      .arg(wanted.interactions).arg(wanted.entries)
                                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)));
    return 0;
}

} // namespace qw::CommandLine
