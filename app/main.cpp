#include "chartexport.h"
#include "reportexport.h"
#include "commandline.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "domain/registerlocation.h"
#include "theme.h"
#include "translations.h"

#include "demo/demoscenario.h"
#include "document/registerdocument.h"
#include "models/entrymodel.h"
#include "io/exporttarget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QUrl>

namespace {

using qw::CommandLine::fail;

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        // Commands that open no window (a screenshot, an export, the help) need no display.
        const bool headless = qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--export-chart") == 0
            || qstrcmp(argv[i], "--import") == 0 || qstrcmp(argv[i], "--script") == 0
            || qstrcmp(argv[i], "--export-csv") == 0 || qstrcmp(argv[i], "--generate") == 0
            || qstrcmp(argv[i], "--export-interactions") == 0 || qstrcmp(argv[i], "--imports") == 0
            || qstrcmp(argv[i], "--export-groups") == 0 || qstrcmp(argv[i], "--agenda") == 0
            || qstrcmp(argv[i], "--export-minutes") == 0 || qstrcmp(argv[i], "--report") == 0
            || qstrcmp(argv[i], "--remove-import") == 0 || qstrcmp(argv[i], "--copy-to") == 0
            || qstrcmp(argv[i], "--grant") == 0
            || qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0
            || qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0;
        if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("QuickWins"));
    QApplication::setOrganizationName(QStringLiteral("QuickWins"));
    QApplication::setApplicationVersion(QStringLiteral(QW_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.quickwins.QuickWins"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quickwins.svg")));

    // --lang has to be known before the help text is built, so that it is translated too.
    QString lang;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    qw::Translations::install(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "QuickWins keeps a continuous-improvement register for an IT service desk: poor "
                "interactions, the improvements they call for, and an impact/effort matrix that "
                "puts the quick wins first."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption registerOption(
        QStringLiteral("register"),
        QApplication::translate("main", "Open the register FILE (created if it does not exist) "
                                        "instead of the default register."),
        QStringLiteral("FILE"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "Show QuickWins in the THEME light, dark or system (the desktop's "
                                        "colours), instead of the one chosen last in View ▸ Theme."),
        QStringLiteral("THEME"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Fill the register, if it is empty, with a demonstration "
                                        "scenario of an IT service desk."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use the language CODE (for example de) instead of the "
                                        "system's."),
        QStringLiteral("CODE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window offscreen to the PNG file OUT, "
                                        "then exit."),
        QStringLiteral("OUT"));
    const QCommandLineOption exportOption(
        QStringLiteral("export-chart"),
        QApplication::translate("main", "Write the impact/effort matrix to OUT (.png, .svg or .pdf), "
                                        "then exit."),
        QStringLiteral("OUT"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main", "Size of the screenshot or chart in pixels (default 1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption presentationOption(
        QStringLiteral("presentation"),
        QApplication::translate("main", "Export the chart as presentation mode shows it: large "
                                        "text for a shared screen."));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QApplication::translate("main", "Import every response of a service desk's satisfaction export "
                                        "(CSV or an Excel .xlsx workbook from Zendesk, Freshdesk, ServiceNow, "
                                        "Jira Service Management or a spreadsheet) into the register, print "
                                        "what was decided (encoding, columns, dates, scale) and one summary "
                                        "line, and exit; non-zero if any row was rejected, in which case "
                                        "nothing is imported. Responses already in the register are updated "
                                        "where the export changed them, never doubled. The import is recorded "
                                        "(see --imports)."),
        QStringLiteral("EXPORT"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        QApplication::translate("main", "With --import: take FIELD from COLUMN (a header name or "
                                        "number). FIELD is one of ticket, date, channel, service, team, "
                                        "agent, score, reason, comment, customer, repeat, response (the "
                                        "survey response's own id). Repeatable."),
        QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QApplication::translate("main", "With --import: read and report, but write nothing anywhere (not "
                                        "even a new register)."));
    const QCommandLineOption allOption(
        QStringLiteral("all"),
        QApplication::translate("main", "With --import: import every response (the default; kept for scripts)."));
    const QCommandLineOption poorOnlyOption(
        QStringLiteral("poor-only"),
        QApplication::translate("main", "With --import: import only the poor responses."));
    const QCommandLineOption skipBadRowsOption(
        QStringLiteral("skip-bad-rows"),
        QApplication::translate("main", "With --import: import the other rows when some are bad, listing "
                                        "each row left out."));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QApplication::translate("main", "With --import: read the file as NAME (UTF-8, windows-1252, "
                                        "ISO-8859-15, UTF-16LE …) instead of detecting it."),
        QStringLiteral("NAME"));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"),
        QApplication::translate("main", "With --import of a workbook: the sheet NAME (default: the first)."),
        QStringLiteral("NAME"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QApplication::translate("main", "With --import: the scores' scale, one of 1-5, 1-10, 0-10, 0-3, "
                                        "bad-good, unhappy-happy, instead of deciding it from the column."),
        QStringLiteral("SCALE"));
    const QCommandLineOption importsOption(
        QStringLiteral("imports"),
        QApplication::translate("main", "List the imports made into the register (id, when, file, who, "
                                        "source, encoding, counts), then exit."));
    const QCommandLineOption removeImportOption(
        QStringLiteral("remove-import"),
        QApplication::translate("main", "Remove the responses import ID added (and put back what it changed), "
                                        "then exit."),
        QStringLiteral("ID"));
    const QCommandLineOption exportInteractionsOption(
        QStringLiteral("export-interactions"),
        QApplication::translate("main", "Write every interaction to the CSV file OUT for a spreadsheet (time "
                                        "in UTC, ISO 8601), then exit. Cells a spreadsheet would run as a "
                                        "formula are written as text."),
        QStringLiteral("OUT"));
    const QCommandLineOption exportGroupsOption(
        QStringLiteral("export-groups"),
        QApplication::translate("main", "Write every poor response linked to no entry, with the cause triage found "
                                        "it in, to the CSV file OUT (columns ticket, interaction, group, group label), "
                                        "then exit. Causes never found in the register are found first."),
        QStringLiteral("OUT"));
    const QCommandLineOption agendaOption(
        QStringLiteral("agenda"),
        QApplication::translate("main", "Print the agenda a review starting now would have (open actions, new "
                                        "evidence, new entries, quick wins not started, stale entries, done entries "
                                        "to verify), then exit."));
    const QCommandLineOption exportMinutesOption(
        QStringLiteral("export-minutes"),
        QApplication::translate("main", "Write the minutes of the latest review (or of --review N) to OUT, as PDF, "
                                        "Markdown or HTML by its extension (.pdf, .md, .html), then exit."),
        QStringLiteral("OUT"));
    const QCommandLineOption reviewOption(
        QStringLiteral("review"),
        QApplication::translate("main", "With --export-minutes: the review N (its number, as Meeting ▸ Past Reviews "
                                        "shows it)."),
        QStringLiteral("N"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QApplication::translate("main", "Write the report of a period to OUT, as PDF or as an Excel workbook by its "
                                        "extension (.pdf, .xlsx): poor interactions and satisfaction against the period "
                                        "before, improvements and their verdicts, the matrix and its movement, open quick "
                                        "wins, overdue actions, reviews held. Then exit."),
        QStringLiteral("OUT"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QApplication::translate("main", "With --report: the period's first day (default: the last full quarter's)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QApplication::translate("main", "With --report: the period's last day (default: the last full quarter's)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption hidePersonalOption(
        QStringLiteral("hide-personal-data"),
        QApplication::translate("main", "With --export-interactions, --export-csv or --export-chart: mask e-mail "
                                        "addresses and phone numbers in the texts, and leave the customers (and "
                                        "their names in comments and reasons) out. --presentation implies it."));
    const QCommandLineOption dateOrderOption(
        QStringLiteral("date-order"),
        QApplication::translate("main", "With --import: how to read dates such as 02/03/2016 when the "
                                        "file does not tell: DMY or MDY."),
        QStringLiteral("ORDER"));
    const QCommandLineOption scriptOption(
        QStringLiteral("script"),
        QApplication::translate("main", "Make the edits in FILE (- for standard input), one a line, each "
                                        "saved at once, print “done LINE” after each and exit. Edits: "
                                        "add-entry title=TEXT [FIELD=VALUE…]; edit-entry ID FIELD=VALUE…; "
                                        "remove-entry ID; add-interaction [ticket= service= score= comment= "
                                        "date=]; link INTERACTION ENTRY; set-poor SCALE UPTO (the scores up to UPTO on SCALE, such as 0-10, are poor); undo; redo; "
                                        "review-start [attendees=\"A; B\"]; review-decide ENTRY FIELD=VALUE…; "
                                        "review-note ENTRY text=…; action-add ENTRY text=… [owner=…] [due=YYYY-MM-DD]; "
                                        "action-done ACTION; review-end. ENTRY: its number or ID (CI-0042). Entry fields: title "
                                        "description cause service owner notes impact effort (1-5) target (YYYY-MM-DD) status "
                                        "(proposed approved in-progress done verified deferred rejected) "
                                        "category (people process technology partner). Quote values with "
                                        "spaces: title=\"Printer jams\". Stops at the first edit that fails."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportCsvOption(
        QStringLiteral("export-csv"),
        QApplication::translate("main", "Write every entry, in priority order, to the CSV file OUT for a "
                                        "spreadsheet, then exit. Cells that a spreadsheet would run as a "
                                        "formula are written as text."),
        QStringLiteral("OUT"));
    const QCommandLineOption generateOption(
        QStringLiteral("generate"),
        QApplication::translate("main", "Fill a new register with INTERACTIONS survey responses and ENTRIES "
                                        "entries of realistic made-up data (the demonstration's, scaled), "
                                        "for trying QuickWins at scale, then exit."),
        QStringLiteral("INTERACTIONS,ENTRIES"));
    const QCommandLineOption copyToOption(
        QStringLiteral("copy-to"),
        QApplication::translate("main", "Copy the whole register (its history, snapshots, reviews, actions and "
                                        "imports, every id kept) to TARGET, then exit: a new register file, or a "
                                        "register on a PostgreSQL server, postgresql://USER@HOST:PORT/DATABASE, "
                                        "whose database holds nothing yet."),
        QStringLiteral("TARGET"));
    const QCommandLineOption grantOption(
        QStringLiteral("grant"),
        QApplication::translate("main", "On a register on a PostgreSQL server: make the database user USER a "
                                        "viewer (reads and exports), an editor (also changes) or an owner (also "
                                        "upgrades and grants) of it, then exit. Repeatable."),
        QStringLiteral("USER=ROLE"));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "The register to open, as --register FILE (a file manager passes it)."),
        QStringLiteral("[FILE]"));
    parser.addOptions({registerOption, themeOption, demoOption, langOption, screenshotOption, exportOption,
                       sizeOption, presentationOption, importOption, mapOption, dryRunOption,
                       allOption, poorOnlyOption, skipBadRowsOption, encodingOption, sheetOption, scaleOption,
                       dateOrderOption, scriptOption, exportCsvOption, generateOption, importsOption,
                       removeImportOption, exportInteractionsOption, exportGroupsOption, agendaOption,
                       exportMinutesOption, reviewOption, reportOption, fromOption, toOption, hidePersonalOption,
                       copyToOption, grantOption});
    if (!parser.parse(QApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.positionalArguments().size() > 1)
        return fail(QApplication::translate("main", "Unexpected argument “%1”: QuickWins opens one register at a "
                                                    "time; see --help.")
                        .arg(qw::RegisterLocation::shown(parser.positionalArguments().at(1))));
    if (!parser.positionalArguments().isEmpty() && parser.isSet(registerOption))
        return fail(QApplication::translate("main", "The register is named twice (“%1” and --register “%2”); "
                                                    "name it once.")
                        .arg(qw::RegisterLocation::shown(parser.positionalArguments().first()),
                             qw::RegisterLocation::shown(parser.value(registerOption))));
    qw::Theme::Choice theme = qw::Theme::saved();
    if (parser.isSet(themeOption) && !qw::Theme::fromKey(parser.value(themeOption), &theme))
        return fail(QApplication::translate("main", "--theme is light, dark or system, not “%1”.")
                        .arg(parser.value(themeOption)));
    if (theme != qw::Theme::Choice::System)
        qw::Theme::apply(theme);

    const std::optional<QSize> size = qw::ChartExport::parseSize(parser.value(sizeOption));
    if (!size)
        return fail(QApplication::translate("main", "The size “%1” is not of the form WxH, such "
                                                    "as 1280x800.").arg(parser.value(sizeOption)));

    // A dry run writes nothing anywhere: it goes with --import and its options alone.
    if (parser.isSet(dryRunOption)) {
        const bool alone = parser.isSet(importOption) && !parser.isSet(scriptOption) && !parser.isSet(demoOption)
            && !parser.isSet(generateOption) && !parser.isSet(removeImportOption) && !parser.isSet(screenshotOption)
            && !parser.isSet(exportOption) && !parser.isSet(exportCsvOption) && !parser.isSet(importsOption)
            && !parser.isSet(exportInteractionsOption) && !parser.isSet(exportGroupsOption)
            && !parser.isSet(agendaOption) && !parser.isSet(exportMinutesOption) && !parser.isSet(reportOption)
            && !parser.isSet(copyToOption) && !parser.isSet(grantOption);
        if (!alone)
            return fail(QApplication::translate("main", "--dry-run goes with --import and its options alone: it "
                                                        "writes nothing, and the other commands would."));
    }
    const bool commandOnly = parser.isSet(exportOption) || parser.isSet(importOption)
        || parser.isSet(scriptOption) || parser.isSet(exportCsvOption) || parser.isSet(generateOption)
        || parser.isSet(importsOption) || parser.isSet(removeImportOption) || parser.isSet(exportInteractionsOption)
        || parser.isSet(exportGroupsOption) || parser.isSet(agendaOption) || parser.isSet(exportMinutesOption)
        || parser.isSet(reportOption) || parser.isSet(copyToOption) || parser.isSet(grantOption);
    const bool screenshot = parser.isSet(screenshotOption) || commandOnly;
    // An import, an export or a script needs no window: the register alone, without views to refresh.
    const bool windowless = !parser.isSet(screenshotOption) && commandOnly;
    // The register to open: the one named, else the last one used, else the default one.
    QString path = parser.isSet(registerOption) ? parser.value(registerOption)
                 : parser.positionalArguments().value(0);
    // A file manager may pass a file:// address (%u); %f passes a path.
    if (path.startsWith(QLatin1String("file://")))
        path = QUrl(path).toLocalFile();
    const QString fallback = qw::MainWindow::defaultRegisterPath();
    const bool named = !path.isEmpty();
    if (!named) {
        const QString last = QSettings().value(QStringLiteral("lastRegister")).toString();
        if (!parser.isSet(dryRunOption))
            QDir().mkpath(QFileInfo(fallback).absolutePath());
        path = !screenshot && !last.isEmpty() && QFileInfo::exists(last) ? last : fallback;
    }
    // A window's register is opened before the window is built, and its entries are read on a
    // thread of their own meanwhile. When it cannot be opened so, the window opens it below and
    // says why (or offers what can be done).
    std::unique_ptr<qw::RegisterDocument> early;
    if (!windowless) {
        QString notYet;
        early = qw::RegisterDocument::open(path, &notYet);
        if (early)
            early->prefetchEntrySummaries();
    }
    std::unique_ptr<qw::MainWindow> window;
    std::unique_ptr<qw::RegisterDocument> windowlessDocument;
    if (!windowless)
        window = std::make_unique<qw::MainWindow>(!screenshot);
    // Exports only read: a register open in another QuickWins is read from, not refused.
    const bool dryRunOnly = parser.isSet(importOption) && parser.isSet(dryRunOption);
    const bool readsOnly = (!parser.isSet(importOption) || dryRunOnly) && !parser.isSet(scriptOption)
        && !parser.isSet(demoOption) && !parser.isSet(generateOption) && !parser.isSet(removeImportOption);
    // A dry run writes nothing anywhere: a register that does not exist is not created for it,
    // and one that does is read through a read-only connection.
    if (dryRunOnly && windowless) {
        std::unique_ptr<qw::RegisterDocument> document;
        if (QFileInfo::exists(path)) {
            QString error;
            document = qw::RegisterDocument::open(path, &error, true);
            if (!document)
                return fail(error);
        }
        return qw::CommandLine::runImport(
            document.get(), {parser.value(importOption), parser.values(mapOption), true, parser.isSet(poorOnlyOption),
                             parser.isSet(skipBadRowsOption), parser.value(dateOrderOption),
                             parser.value(encodingOption), parser.value(sheetOption), parser.value(scaleOption)});
    }
    const auto open = [&](const QString &path, QString *error) {
        if (window && early) {
            window->showDocument(std::move(early));
            return true;
        }
        if (window)
            return window->openRegister(path, error);
        windowlessDocument = qw::RegisterDocument::open(path, error);
        QString holder;
        if (!windowlessDocument && readsOnly && qw::RegisterDocument::isInUseElsewhere(path, &holder))
            windowlessDocument = qw::RegisterDocument::open(path, error, true);
        return windowlessDocument != nullptr;
    };
    QString error;
    bool opened = false;
    if (!named && path != fallback) {
        // The last register used, where it was left; the default one when it cannot be opened.
        opened = open(path, &error);
        if (!opened) {
            QMessageBox::warning(nullptr, QApplication::applicationName(),
                                 QApplication::translate("main", "%1\n\nThe default register opens instead.")
                                     .arg(error));
            path = fallback;
        }
    }
    if (!opened && !open(path, &error)) {
        if (error.isEmpty())
            return 1; // the user chose not to open it, and has been told why
        if (!screenshot)
            QMessageBox::critical(nullptr, QApplication::applicationName(), error);
        return fail(error);
    }

    qw::RegisterDocument *document = window ? window->document() : windowlessDocument.get();
    // This process owns the register's undo history now: what undone imports set aside in an
    // earlier session can no longer come back.
    QString readError;
    // A window checks its register on a thread while it opens; a command made of the window
    // (the demonstration data, a screenshot) waits for the check first.
    if (window && (parser.isSet(demoOption) || screenshot))
        document->checkNow();
    if (!window) {
        // Nothing is done with a damaged register but say so (its newest healthy backup too).
        if (!document->checkNow())
            return fail(document->damage());
        // A read that fails is an error, never an export of less than there is.
        QObject::connect(document, &qw::RegisterDocument::errorOccurred, document,
                         [&readError](const QString &message) { readError = message; });
        document->forgetSetAside();
    }
    if (parser.isSet(demoOption) && document->entryCount() == 0 && document->interactionCount() == 0) {
        qw::DemoScenario demo = qw::makeDemoScenario(QDate::currentDate());
        if (!document->addInBulk(demo.entries, demo.interactions))
            return fail(QApplication::translate("main", "The demonstration data could not be added."));
    }

    // The commands run in this order, each only when the one before it succeeded.
    for (const QString &grant : parser.values(grantOption)) {
        if (const int status = qw::CommandLine::grant(document, grant); status != 0)
            return status;
    }
    if (parser.isSet(generateOption)) {
        if (const int status = qw::CommandLine::generate(document, parser.value(generateOption)); status != 0)
            return status;
    }
    if (parser.isSet(importOption)) {
        const int status = qw::CommandLine::runImport(
            document, {parser.value(importOption), parser.values(mapOption), parser.isSet(dryRunOption),
                       parser.isSet(poorOnlyOption), parser.isSet(skipBadRowsOption), parser.value(dateOrderOption),
                       parser.value(encodingOption), parser.value(sheetOption), parser.value(scaleOption)});
        if (status != 0)
            return status;
    }
    if (parser.isSet(removeImportOption)) {
        if (const int status = qw::CommandLine::removeImport(document, parser.value(removeImportOption)); status != 0)
            return status;
    }
    if (parser.isSet(scriptOption)) {
        if (const int status = qw::CommandLine::runScript(document, parser.value(scriptOption)); status != 0)
            return status;
    }
    if (parser.isSet(copyToOption)) {
        if (const int status = qw::CommandLine::copyTo(document, parser.value(copyToOption)); status != 0)
            return status;
    }
    if (parser.isSet(importsOption)) {
        if (const int status = qw::CommandLine::listImports(document); status != 0)
            return status;
    }
    if (parser.isSet(exportInteractionsOption)) {
        const int status = qw::CommandLine::exportInteractions(document, parser.value(exportInteractionsOption),
                                                               parser.isSet(hidePersonalOption));
        if (status != 0)
            return status;
    }
    if (parser.isSet(exportGroupsOption)) {
        if (const int status = qw::CommandLine::exportGroups(document, parser.value(exportGroupsOption)); status != 0)
            return status;
    }
    if (parser.isSet(agendaOption)) {
        if (const int status = qw::CommandLine::printAgenda(document); status != 0)
            return status;
    }
    if (parser.isSet(exportMinutesOption)) {
        if (const int status = qw::CommandLine::exportMinutes(document, parser.value(exportMinutesOption),
                                                              parser.value(reviewOption));
            status != 0)
            return status;
    }
    if (parser.isSet(reportOption)) {
        const auto period = qw::ReportExport::period(parser.value(fromOption), parser.value(toOption), &error);
        if (!period || !qw::ReportExport::write(document, *period, parser.value(reportOption), &error))
            return fail(error);
    }
    if (parser.isSet(exportCsvOption)) {
        if (const int status = qw::CommandLine::exportCsv(document, parser.value(exportCsvOption),
                                                          parser.isSet(hidePersonalOption));
            status != 0)
            return status;
    }

    if (parser.isSet(exportOption)) {
        qw::EntryModel model(document);
        // A chart for a shared screen shows no customer's data, as presentation mode does not.
        model.setPersonalDataHidden(parser.isSet(presentationOption) || parser.isSet(hidePersonalOption));
        qw::ChartExport::Options options;
        options.size = *size;
        options.presentation = parser.isSet(presentationOption);
        options.openRegister = document->filePath();
        if (!qw::ChartExport::write(&model, parser.value(exportOption), options, &error))
            return fail(error);
    }
    if (windowless)
        return readError.isEmpty() ? 0 : fail(readError);

    if (parser.isSet(screenshotOption)) {
        window->resize(*size);
        window->show();
        QApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        const QImage shot = window->grab().toImage();
        if (!qw::ExportTarget::save(out, document->filePath(), [&](QIODevice *device, QString *) {
                const QByteArray png = qw::ExportTarget::pngBytes(shot);
                return !png.isEmpty() && device->write(png) == png.size();
            }, &error))
            return fail(error);
        return document->health() == qw::RegisterDocument::Health::Damaged ? fail(document->damage()) : 0;
    }

    window->show();
    return QApplication::exec();
}
