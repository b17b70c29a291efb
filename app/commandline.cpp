#include "commandline.h"

#include "actions/editscript.h"
#include "demo/generator.h"
#include "document/registerdocument.h"
#include "domain/registerlocation.h"
#include "io/csvexport.h"
#include "io/interactionimport.h"
#include "actions/registeractions.h"
#include "review/minutes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>

#include <cstdio>

namespace qw::CommandLine {

namespace {

// Before a command changes a register, today's backup, as opening it in the window makes.
void backUpDaily(const RegisterDocument *document)
{
    QString error;
    if (!document->isNew() && !document->dailyBackup()(&error))
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "quickwins: warning: today’s backup "
                                                                            "could not be made: %1").arg(error)));
}

// Why a command that changes the register was refused, with the register's own reason.
QString readOnlyRefusal(const RegisterDocument *document, const QString &nothing)
{
    const QString reason = document->readOnlyReason();
    return (reason.isEmpty() ? QCoreApplication::translate("main", "The register is read-only.") : reason)
        + QLatin1Char(' ') + nothing;
}

} // namespace

// One clear line on stderr, and a non-zero exit: what a failing command owes its caller.
int fail(const QString &message)
{
    std::fprintf(stderr, "quickwins: %s\n", qPrintable(message));
    return 1;
}

// --import: what was decided and the summary on stdout; each rejected row and each warning on
// stderr as FILE:LINE: message, the way compilers report, so editors can jump to them.
int runImport(RegisterDocument *document, const ImportArguments &arguments)
{
    const QString &path = arguments.path;
    const bool dryRun = arguments.dryRun;
    const QString &dateOrder = arguments.dateOrder;
    ImportOptions options;
    options.mappings = arguments.mappings;
    options.dryRun = dryRun;
    options.poorOnly = arguments.poorOnly;
    options.skipBadRows = arguments.skipBadRows;
    options.encoding = arguments.encoding;
    options.sheet = arguments.sheet;
    options.scale = scaleFromKey(arguments.scale);
    if (!arguments.scale.isEmpty() && !options.scale)
        return fail(QCoreApplication::translate("main", "--scale is one of 1-5, 1-10, 0-10, 0-3, bad-good, "
                                                        "unhappy-happy, not “%1”.").arg(arguments.scale));
    if (!options.encoding.isEmpty() && !QStringDecoder(options.encoding.toLatin1().constData()).isValid())
        return fail(QCoreApplication::translate("main", "--encoding: “%1” is not an encoding QuickWins knows (for "
                                                        "example UTF-8, windows-1252, ISO-8859-15, UTF-16LE).")
                        .arg(options.encoding));
    if (dateOrder.compare(QLatin1String("DMY"), Qt::CaseInsensitive) == 0)
        options.dateOrder = ValueParsing::DateOrder::DayFirst;
    else if (dateOrder.compare(QLatin1String("MDY"), Qt::CaseInsensitive) == 0)
        options.dateOrder = ValueParsing::DateOrder::MonthFirst;
    else if (!dateOrder.isEmpty())
        return fail(QCoreApplication::translate("main", "--date-order is DMY or MDY, not “%1”.").arg(dateOrder));
    if (!document && !dryRun)
        return fail(QCoreApplication::translate("main", "The register is not open; nothing was imported."));
    if (document && document->isReadOnly() && !dryRun)
        return fail(readOnlyRefusal(document, QCoreApplication::translate("main", "Nothing was imported.")));
    QString error;
    const std::optional<ImportInput> input = ImportInput::fromFile(path, &error);
    if (!input)
        return fail(error);
    if (!dryRun)
        backUpDaily(document);
    const ImportReport report = InteractionImport::run(document, *input, options);
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
    for (const ImportProblem &r : report.leftOut) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "%1:%2: left out: %3")
                                                    .arg(path).arg(r.line).arg(r.message)));
    }
    for (const QString &line : report.decisions())
        std::printf("%s\n", qPrintable(line));
    std::printf("%s%s\n", qPrintable(report.summary()),
                dryRun ? qPrintable(QCoreApplication::translate("main", " (dry run: nothing was written)")) : "");
    if (!report.rejected.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
            "main", "quickwins: %n row(s) rejected, so nothing was imported; --skip-bad-rows imports the rest.",
            nullptr, int(report.rejected.size()))));
    }
    return report.ok() ? 0 : 1;
}

int listImports(RegisterDocument *document)
{
    const QList<ImportRecord> imports = document->imports();
    if (imports.isEmpty())
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "No import has been made into this register.")));
    for (const ImportRecord &r : imports) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate(
            "main", "%1\t%2\t%3\tby %4\t%5, %6\trows %7, added %8, updated %9, unchanged %10\t%11")
            .arg(r.id).arg(r.importedAt.toString(Qt::ISODate), r.fileName, r.importedBy, r.source, r.encoding)
            .arg(r.rowsRead).arg(r.added).arg(r.updated).arg(r.unchanged)
            .arg(r.inRegister ? QCoreApplication::translate("main", "in the register")
                              : QCoreApplication::translate("main", "removed"))));
    }
    return 0;
}

int removeImport(RegisterDocument *document, const QString &id)
{
    bool ok = false;
    const qint64 wanted = id.toLongLong(&ok);
    const QList<ImportRecord> imports = document->imports();
    const auto it = std::find_if(imports.cbegin(), imports.cend(), [&](const ImportRecord &r) { return r.id == wanted; });
    if (!ok || it == imports.cend())
        return fail(QCoreApplication::translate("main", "There is no import %1 in this register; --imports lists them.").arg(id));
    if (!it->inRegister)
        return fail(QCoreApplication::translate("main", "Import %1 was removed already.").arg(id));
    if (document->isReadOnly())
        return fail(readOnlyRefusal(document, QCoreApplication::translate("main", "Nothing was removed.")));
    backUpDaily(document);
    QString message;
    QObject::connect(document, &RegisterDocument::errorOccurred, document, [&](const QString &m) { message = m; });
    const std::optional<int> kept = RegisterActions(document).removeImport(*it);
    if (!message.isEmpty() || !kept)
        return fail(message);
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "removed import %1 (“%2”): %3 added responses "
                                                                     "left the register, %4 updated ones were put back")
                                      .arg(it->id).arg(it->fileName).arg(it->added).arg(it->updated - *kept)));
    if (*kept > 0) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
            "main", "quickwins: %n response(s) changed again since that import kept their newer values.", nullptr,
            *kept)));
    }
    return 0;
}

int exportInteractions(RegisterDocument *document, const QString &path, bool hidePersonalData)
{
    QString error;
    if (!CsvExport::writeInteractions(document, path, hidePersonalData, &error))
        return fail(error);
    return 0;
}

int runScript(RegisterDocument *document, const QString &path)
{
    QFile file(path);
    const bool fromStdin = path == QLatin1String("-");
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered) : file.open(QIODevice::ReadOnly)))
        return fail(QCoreApplication::translate("main", "“%1” cannot be read: %2").arg(path, file.errorString()));
    if (document->isReadOnly())
        return fail(readOnlyRefusal(document, QCoreApplication::translate("main", "No edit was made.")));
    backUpDaily(document);
    // Read a line at a time (standard input may be another program waiting for each "done"),
    // each line bounded: /dev/zero would otherwise grow memory without end.
    constexpr qint64 maxLine = 1 << 20;
    int lineNumber = 0;
    QString tooLong;
    const auto nextLine = [&](QString *line) {
        const QByteArray bytes = file.readLine(maxLine + 2); // (reads at most one less than it is given)
        if (bytes.isEmpty())
            return false;
        ++lineNumber;
        if (bytes.size() > maxLine && !bytes.endsWith('\n')) {
            tooLong = QCoreApplication::translate("main", "%1:%2: the line is longer than %3 characters; nothing "
                                                          "after it was read.").arg(path).arg(lineNumber).arg(maxLine);
            return false;
        }
        *line = QString::fromUtf8(bytes);
        return true;
    };
    const EditScript::Result result = EditScript::run(document, nextLine, [](int line) {
        // Said only once the edit is on disk, and flushed at once: a caller may rely on it.
        std::printf("done %d\n", line);
        std::fflush(stdout);
    });
    if (!result.error.isEmpty())
        return fail(QStringLiteral("%1:%2: %3").arg(path).arg(result.line).arg(result.error));
    if (!tooLong.isEmpty())
        return fail(tooLong);
    return 0;
}

int exportCsv(RegisterDocument *document, const QString &path, bool hidePersonalData)
{
    QString error;
    if (!CsvExport::writeEntries(document, path, &error, hidePersonalData))
        return fail(error);
    return 0;
}

// Causes found first when they never were (as the Triage view does when it is first shown):
// what an export of causes or an agenda's new evidence needs. False when finding failed.
bool findCausesIfNever(RegisterDocument *document)
{
    document->countNewIntoTriage();
    if (!document->hasFoundCauses() && !document->isReadOnly()) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto found = document->findCauses({}, nullptr, &error);
        if (!found) {
            fail(QCoreApplication::translate("main", "Causes could not be found: %1").arg(error));
            return false;
        }
        if (!document->applyFoundCauses(*found))
            return false; // the document has said why
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "found %1 causes in %2 poor responses (%3 in none) in %4 s")
                                    .arg(found->groups.size()).arg(found->responses).arg(found->ungrouped)
                                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)));
    }
    return true;
}

int exportGroups(RegisterDocument *document, const QString &path)
{
    if (!findCausesIfNever(document))
        return 1;
    if (!document->hasFoundCauses())
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
                                         "main", "The register is read-only and its causes were never found: "
                                                 "every response is written in no cause.")));
    QString error;
    if (!CsvExport::writeCauses(document, path, &error))
        return fail(error);
    return 0;
}

int copyTo(RegisterDocument *document, const QString &target)
{
    QString error;
    if (!document->copyTo(target, &error))
        return fail(error);
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Copied %1 to %2: %n entries, with every "
                                                                   "interaction, history, snapshot, review and import.",
                                                                   nullptr, document->entryCount())
                                       .arg(RegisterLocation::shown(document->filePath()), RegisterLocation::shown(target))));
    return 0;
}

int grant(RegisterDocument *document, const QString &userRole)
{
    const qsizetype equals = userRole.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return fail(QCoreApplication::translate("main", "--grant takes USER=ROLE, such as --grant alice=editor "
                                                        "(ROLE: viewer, editor or owner), not “%1”.").arg(userRole));
    QString error;
    const QString user = userRole.left(equals);
    const QString role = userRole.mid(equals + 1);
    if (!document->grant(user, role, &error))
        return fail(error);
    const QString key = role.trimmed().toLower();
    const QString done = key == QLatin1String("owner") ? QCoreApplication::translate("main", "%1 is now an owner of %2.")
        : key == QLatin1String("editor")                ? QCoreApplication::translate("main", "%1 is now an editor of %2.")
                                                        : QCoreApplication::translate("main", "%1 is now a viewer of %2.");
    std::printf("%s\n", qPrintable(done.arg(user, RegisterLocation::shown(document->filePath()))));
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

int printAgenda(RegisterDocument *document)
{
    if (!findCausesIfNever(document))
        return 1;
    const auto agenda = document->agenda(QDate::currentDate());
    const auto reviews = document->reviews();
    if (!agenda || !reviews)
        return 1; // the document has said why
    const auto last = std::find_if(reviews->cbegin(), reviews->cend(), [](const Review &r) { return !r.isRunning(); });
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Agenda of a review starting %1 (%2)")
                                      .arg(meetingDay(QDate::currentDate()),
                                           last == reviews->cend()
                                               ? QCoreApplication::translate("main", "the register's first review")
                                               : QCoreApplication::translate("main", "since the %1").arg(last->name()))));
    if (agenda->isEmpty())
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Nothing is waiting for a review.")));
    std::optional<AgendaKind> part;
    int n = 0;
    for (const ReviewItem &item : *agenda) {
        if (!part || *part != item.kind) {
            std::printf("\n%s\n", qPrintable(agendaKindName(item.kind)));
            part = item.kind;
        }
        const QString what = item.kind == AgendaKind::OpenAction
            ? QCoreApplication::translate("main", "action %1: %2").arg(item.actionId).arg(item.title)
            : item.title;
        std::printf("%3d. %s\n     %s\n", ++n, qPrintable(what), qPrintable(item.detail));
    }
    return 0;
}

int exportMinutes(RegisterDocument *document, const QString &path, const QString &reviewNumber)
{
    const auto reviews = document->reviews();
    if (!reviews)
        return 1;
    std::optional<Review> chosen;
    if (!reviewNumber.isEmpty()) {
        bool ok = false;
        const qint64 id = reviewNumber.toLongLong(&ok);
        for (const Review &r : *reviews) {
            if (ok && r.id == id)
                chosen = r;
        }
        if (!chosen)
            return fail(QCoreApplication::translate("main", "There is no review “%1” in the register; --agenda and "
                                                            "Meeting ▸ Past Reviews show those held.").arg(reviewNumber));
    } else {
        for (const Review &r : *reviews) {
            if (!r.isRunning()) {
                chosen = r;
                break;
            }
        }
        if (!chosen)
            return fail(QCoreApplication::translate("main", "No review has ended in this register, so there are no "
                                                            "minutes to write."));
    }
    if (chosen->isRunning())
        return fail(QCoreApplication::translate("main", "The %1 is still running: its minutes are written when it "
                                                        "ends (review-end).").arg(chosen->name()));
    QString error;
    const QString title = QCoreApplication::translate("main", "Minutes of the %1").arg(chosen->name());
    if (!Minutes::save(chosen->minutes, title, path, document->filePath(), &error))
        return fail(error);
    return 0;
}

} // namespace qw::CommandLine
