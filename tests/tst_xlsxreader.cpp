// Reading Excel worksheets for the import: workbooks written by libxlsxwriter, run as the
// program xlsxfixture (as Excel's format really has them: shared strings, inline strings in
// constant-memory mode, styles with date formats, several sheets), and workbooks put together
// by hand for what libxlsxwriter does not write (the 1904 date system, error and ISO date
// cells, phonetic runs, cells without a reference) or what a damaged or hostile file holds.
// Every check is on the texts a person would see: the cells as read, the row numbers, the
// messages; and, end to end, on what an import of a survey workbook puts in a register.
#include "testregister.h"

#include "io/interactionimport.h"
#include "io/xlsxreader.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>


using namespace qw;
using namespace qw::testing;

namespace {

// What reading a whole sheet gave.
struct Sheet
{
    bool opened = false;
    QList<int> lines;
    QList<QStringList> rows;
    QString error;
    double progress = 0.0;
};

Sheet readSheet(XlsxReader *reader)
{
    Sheet sheet;
    CsvRecord record;
    while (reader->next(&record)) {
        sheet.lines << record.line;
        sheet.rows << record.fields;
    }
    sheet.error = reader->error();
    sheet.progress = reader->progress();
    return sheet;
}

Sheet readSheet(const QString &path, const QString &name = QString())
{
    XlsxReader reader(path);
    Sheet sheet;
    sheet.opened = reader.open() && reader.selectSheet(name);
    if (!sheet.opened) {
        sheet.error = reader.error();
        return sheet;
    }
    const Sheet read = readSheet(&reader);
    sheet.lines = read.lines;
    sheet.rows = read.rows;
    sheet.error = read.error;
    sheet.progress = read.progress;
    return sheet;
}

QStringList texts(std::initializer_list<const char *> utf8)
{
    QStringList list;
    for (const char *text : utf8)
        list << QString::fromUtf8(text);
    return list;
}

// Runs xlsxfixture (tests/xlsxfixture.cpp), the program that writes workbooks with
// libxlsxwriter, on a description; its standard output. libxlsxwriter cannot run in this
// process: QuaZip, which the reader links, exports its fork of minizip under minizip's names
// (zipOpen3, zipClose...), and libxlsxwriter, linked against Debian's libminizip, would call
// those instead and crash in workbook_close().
bool runFixture(const QByteArray &description, QByteArray *output, QString *error)
{
    QProcess process;
    process.start(QStringLiteral(XLSXFIXTURE_EXECUTABLE), {});
    if (!process.waitForStarted()) {
        *error = QStringLiteral("xlsxfixture does not start: ") + process.errorString();
        return false;
    }
    process.write(description);
    process.closeWriteChannel();
    // Under the sanitizers the 20,000 rows of streamsALargeSheet take a while.
    if (!process.waitForFinished(120000)) {
        *error = QStringLiteral("xlsxfixture does not finish: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return false;
    }
    *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("xlsxfixture failed (exit code %1): %2")
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

// One line of xlsxfixture's description: the fields separated by tabs, with what a field
// cannot hold as it is (a line break, a tab) escaped.
QByteArray fixtureLine(const QByteArrayList &fields)
{
    QByteArrayList escaped;
    for (QByteArray field : fields)
        escaped << field.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t");
    return escaped.join('\t') + '\n';
}

// A cell's reference from libxlsxwriter's 0-based row and column: (1, 2) is C2.
QByteArray cellName(int row, int column)
{
    QByteArray letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters + QByteArray::number(row + 1);
}

// A date and time as xlsxfixture reads it ("2024-03-13 10:00:00"); year, month and day 0 for
// a time of day.
QByteArray dateTimeText(int year, int month, int day, int hour, int minute, double second)
{
    const QByteArray seconds = QByteArray::number(second, 'g', 17);
    return QByteArray::number(year).rightJustified(4, '0') + '-' + QByteArray::number(month).rightJustified(2, '0')
        + '-' + QByteArray::number(day).rightJustified(2, '0') + ' ' + QByteArray::number(hour).rightJustified(2, '0')
        + ':' + QByteArray::number(minute).rightJustified(2, '0') + ':' + (second < 10 ? "0" : "") + seconds;
}

// A workbook written with libxlsxwriter, by xlsxfixture, when close() is called. Its cells
// go to the sheet last added; formats are named, and named again to be used. Texts are UTF-8.
class Workbook
{
public:
    explicit Workbook(const QString &path, bool constantMemory = false)
    {
        QByteArrayList fields{"workbook", QFile::encodeName(path)};
        if (constantMemory)
            fields << "constant_memory";
        m_description = fixtureLine(fields);
    }

    // No name: libxlsxwriter's (Sheet1, Sheet2...).
    void sheet(const QByteArray &name = {})
    {
        m_description += name.isEmpty() ? fixtureLine({"sheet"}) : fixtureLine({"sheet", name});
    }
    void numberFormat(const QByteArray &format, const QByteArray &code)
    {
        m_description += fixtureLine({"format", format, "num", code});
    }
    void builtInFormat(const QByteArray &format, int index)
    {
        m_description += fixtureLine({"format", format, "num_index", QByteArray::number(index)});
    }
    void bold(const QByteArray &format) { m_description += fixtureLine({"format", format, "bold"}); }

    void string(const QByteArray &cell, const QByteArray &text, const QByteArray &format = "-")
    {
        m_description += fixtureLine({"string", cell, text, format});
    }
    void number(const QByteArray &cell, double value, const QByteArray &format = "-")
    {
        m_description += fixtureLine({"number", cell, QByteArray::number(value, 'g', 17), format});
    }
    void boolean(const QByteArray &cell, bool value)
    {
        m_description += fixtureLine({"boolean", cell, value ? "1" : "0"});
    }
    void dateTime(const QByteArray &cell, const QByteArray &when, const QByteArray &format)
    {
        m_description += fixtureLine({"datetime", cell, when, format});
    }
    // Runs of a format ("-": the default) and a text.
    void richString(const QByteArray &cell, const QList<std::pair<QByteArray, QByteArray>> &runs)
    {
        QByteArrayList fields{"rich", cell};
        for (const auto &[format, text] : runs)
            fields << format << text;
        m_description += fixtureLine(fields);
    }
    void formula(const QByteArray &cell, const QByteArray &formula, double result)
    {
        m_description += fixtureLine({"formula", cell, formula, QByteArray::number(result, 'g', 17)});
    }
    void formulaString(const QByteArray &cell, const QByteArray &formula, const QByteArray &result)
    {
        m_description += fixtureLine({"formula_string", cell, formula, result});
    }
    // A row (1-based, as Excel numbers them) with a height and no cells.
    void rowHeight(int row, double height)
    {
        m_description += fixtureLine({"row", QByteArray::number(row), QByteArray::number(height)});
    }

    // Writes the workbook; false with error() when xlsxfixture could not.
    bool close()
    {
        QByteArray output;
        return runFixture(m_description, &output, &m_error);
    }
    QString error() const { return m_error; }

private:
    QByteArray m_description;
    QString m_error;
};

// A zip archive of stored (uncompressed) entries, for workbooks put together by hand: the
// reader must not care how an archive was compressed, and this keeps the fixtures plain.
class StoredZip
{
public:
    void add(const QByteArray &name, const QByteArray &data)
    {
        const quint32 crc = crc32(data);
        const quint32 offset = quint32(m_data.size());
        header(&m_data, 0x04034b50, name, data.size(), crc, offset, false);
        m_data += data;
        header(&m_directory, 0x02014b50, name, data.size(), crc, offset, true);
        ++m_entries;
    }
    QByteArray finish() const
    {
        QByteArray zip = m_data + m_directory;
        put32(&zip, 0x06054b50);
        put16(&zip, 0);
        put16(&zip, 0);
        put16(&zip, m_entries);
        put16(&zip, m_entries);
        put32(&zip, quint32(m_directory.size()));
        put32(&zip, quint32(m_data.size()));
        put16(&zip, 0);
        return zip;
    }

private:
    static quint32 crc32(const QByteArray &data)
    {
        quint32 crc = 0xFFFFFFFFu;
        for (const char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }
    static void put16(QByteArray *out, quint32 value)
    {
        out->append(char(value & 0xFF));
        out->append(char((value >> 8) & 0xFF));
    }
    static void put32(QByteArray *out, quint32 value)
    {
        put16(out, value & 0xFFFF);
        put16(out, value >> 16);
    }
    // A local file header, or (central) its central directory entry.
    static void header(QByteArray *out, quint32 signature, const QByteArray &name, qsizetype size,
                       quint32 crc, quint32 offset, bool central)
    {
        put32(out, signature);
        if (central)
            put16(out, 20); // made by
        put16(out, 20);     // needed to extract
        put16(out, 0x0800); // UTF-8 names
        put16(out, 0);      // stored
        put16(out, 0);      // time
        put16(out, 0x21);   // date: 1980-01-01
        put32(out, crc);
        put32(out, quint32(size));
        put32(out, quint32(size));
        put16(out, quint32(name.size()));
        put16(out, 0); // extra field
        if (central) {
            put16(out, 0); // comment
            put16(out, 0); // disk
            put16(out, 0); // internal attributes
            put32(out, 0); // external attributes
            put32(out, offset);
        }
        out->append(name);
    }

    QByteArray m_data;
    QByteArray m_directory;
    quint32 m_entries = 0;
};

const char xmlHead[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char mainNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char relNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct HandSheet
{
    QByteArray name;
    QByteArray rows; // the contents of <sheetData>
};

struct HandParts
{
    QByteArray workbookPr;    // e.g. <workbookPr date1904="1"/>
    QByteArray sharedStrings; // the <si> items; empty: no shared strings part
    QByteArray styles;        // the whole styleSheet contents; empty: no styles part
    bool absoluteTargets = false;
};

// A workbook as Excel lays it out, with the parts the reader reads.
QByteArray handWorkbook(const QList<HandSheet> &sheets, const HandParts &parts = {})
{
    StoredZip zip;
    zip.add("[Content_Types].xml",
            QByteArray(xmlHead)
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    QByteArray workbook = QByteArray(xmlHead) + "<workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs + "\">"
        + parts.workbookPr + "<sheets>";
    QByteArray rels = QByteArray(xmlHead)
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets.at(i).name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relNs + "/worksheet\" Target=\""
            + (parts.absoluteTargets ? "/xl/" : "") + "worksheets/sheet" + n + ".xml\"/>";
        zip.add("xl/worksheets/sheet" + n + ".xml",
                QByteArray(xmlHead) + "<worksheet xmlns=\"" + mainNs + "\" xmlns:x=\"" + mainNs + "\" xmlns:r=\"" + relNs
                    + "\"><sheetData>"
                    + sheets.at(i).rows + "</sheetData></worksheet>");
    }
    zip.add("xl/workbook.xml", workbook + "</sheets></workbook>");
    zip.add("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
    if (!parts.sharedStrings.isEmpty())
        zip.add("xl/sharedStrings.xml",
                QByteArray(xmlHead) + "<sst xmlns=\"" + mainNs + "\">" + parts.sharedStrings + "</sst>");
    if (!parts.styles.isEmpty())
        zip.add("xl/styles.xml", QByteArray(xmlHead) + "<styleSheet xmlns=\"" + mainNs + "\">" + parts.styles
                                     + "</styleSheet>");
    return zip.finish();
}

// Styles with a custom date-and-time format (164), built-in date 14, and a few custom codes
// that are not dates: cell formats 0 General, 1 date and time, 2 date, 3 "0.00",
// 4 [Red]#,##0, 5 "Day "0, 6 [h]:mm, 7 dd/mm/yyyy;@.
const QByteArray handStyles =
    "<numFmts count=\"6\">"
    "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[Red]#,##0\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"&quot;Day &quot;0\"/>"
    "<numFmt numFmtId=\"168\" formatCode=\"[h]:mm\"/>"
    "<numFmt numFmtId=\"169\" formatCode=\"dd/mm/yyyy;@\"/>"
    "</numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"8\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/>"
    "<xf numFmtId=\"167\"/><xf numFmtId=\"168\"/><xf numFmtId=\"169\"/></cellXfs>"
    "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></dxf></dxfs>";

// libxlsxwriter's Excel serials of dates and times ("2024-03-13 10:00:00"), as text; false
// with error set when xlsxfixture failed.
bool serialTexts(const QByteArrayList &when, bool date1904, QByteArrayList *serials, QString *error)
{
    QByteArray description;
    for (const QByteArray &dateTime : when)
        description += fixtureLine({"serial", date1904 ? "1904" : "1900", dateTime});
    QByteArray output;
    if (!runFixture(description, &output, error))
        return false;
    *serials = output.trimmed().split('\n');
    return true;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void strings_data();
    void strings();
    void numbersAndBooleans();
    void formulaResults();
    void dates_data();
    void dates();
    void numberFormats_data();
    void numberFormats();
    void dateSystems_data();
    void dateSystems();
    void cellsAsExcelWritesThem();
    void prefixedElements();
    void gapsAndRowNumbers();
    void sheetsByName();
    void missingSheetNamesTheSheets();
    void notAWorkbook_data();
    void notAWorkbook();
    void encryptedWorkbook();
    void damagedOrHostileSheets_data();
    void damagedOrHostileSheets();
    void unwantedColumnsAreNull();
    void streamsALargeSheet();
    void recognisesZipSignature();
    void importsASurveyWorkbook();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The list of sheet names in a message is the locale's ("A, B and C").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestXlsxReader::strings_data()
{
    QTest::addColumn<bool>("constantMemory");
    // libxlsxwriter writes shared strings (xl/sharedStrings.xml) normally, and inline strings
    // (<is>) in constant-memory mode, as exports of large sheets do.
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings") << true;
}

void TestXlsxReader::strings()
{
    QFETCH(bool, constantMemory);
    const QString file = path(QStringLiteral("strings.xlsx"));
    {
        Workbook book(file, constantMemory);
        book.bold("bold");
        book.sheet("Responses");
        book.string("A1", "Satisfaction Comment");
        book.string("B1", "Requester");
        book.string("A2", "Très déçu — ça ne marche pas 😞");
        book.string("B2", "Zoë Ødegård");
        book.string("A3", "  two spaces either side  ");
        book.string("B3", "first line\nsecond line");
        book.richString("A4", {{"-", "Rappel : "}, {"bold", "très urgent"}});
        book.string("B4", "Zoë Ødegård"); // the same shared string again
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.lines, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(sheet.rows.at(0), texts({"Satisfaction Comment", "Requester"}));
    QCOMPARE(sheet.rows.at(1), texts({"Très déçu — ça ne marche pas 😞", "Zoë Ødegård"}));
    QCOMPARE(sheet.rows.at(2), texts({"  two spaces either side  ", "first line\nsecond line"}));
    QCOMPARE(sheet.rows.at(3), texts({"Rappel : très urgent", "Zoë Ødegård"}));
    QCOMPARE(sheet.progress, 1.0);
}

void TestXlsxReader::numbersAndBooleans()
{
    const QString file = path(QStringLiteral("numbers.xlsx"));
    {
        Workbook book(file);
        book.sheet();
        const double numbers[] = {5, 4.5, 1200, -3, 0, 1e20, 1.5e-7, 0.25};
        for (int i = 0; i < int(std::size(numbers)); ++i)
            book.number(cellName(0, i), numbers[i]);
        book.boolean("A2", true);
        book.boolean("B2", false);
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.rows.size(), 2);
    // Whole numbers without a decimal point or an exponent, others as Excel wrote them.
    QCOMPARE(sheet.rows.at(0), texts({"5", "4.5", "1200", "-3", "0", "100000000000000000000", "0.00000015", "0.25"}));
    QCOMPARE(sheet.rows.at(1), texts({"TRUE", "FALSE"}));
    QCOMPARE(sheet.progress, 1.0);
}

void TestXlsxReader::formulaResults()
{
    const QString file = path(QStringLiteral("formulas.xlsx"));
    {
        Workbook book(file);
        book.sheet();
        book.number("A1", 2);
        book.formula("B1", "=A1*21", 42);
        book.formulaString("C1", "=\"Ticket \"&A1", "Ticket 2");
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    // The results Excel saved with the formulas, not the formulas.
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.rows, QList<QStringList>{texts({"2", "42", "Ticket 2"})});
    QCOMPARE(sheet.progress, 1.0);
}

void TestXlsxReader::dates_data()
{
    QTest::addColumn<QByteArray>("format"); // a format code, or a built-in format's number
    QTest::addColumn<QList<double>>("when"); // year, month, day, hour, minute, second
    QTest::addColumn<QString>("expected");
    using W = QList<double>;
    QTest::newRow("date and time") << QByteArray("yyyy-mm-dd hh:mm") << W{2024, 3, 13, 10, 0, 0}
                                   << QStringLiteral("2024-03-13 10:00:00");
    QTest::newRow("US, with seconds") << QByteArray("m/d/yyyy h:mm:ss AM/PM") << W{2024, 3, 13, 22, 5, 7}
                                      << QStringLiteral("2024-03-13 22:05:07");
    QTest::newRow("quoted text in format") << QByteArray("dd.mm.yyyy \"um\" hh:mm") << W{2024, 3, 13, 10, 0, 0}
                                           << QStringLiteral("2024-03-13 10:00:00");
    QTest::newRow("date only") << QByteArray("dd/mm/yyyy") << W{2024, 3, 13, 0, 0, 0} << QStringLiteral("2024-03-13");
    QTest::newRow("date format keeps a time") << QByteArray("dd/mm/yyyy") << W{2024, 3, 13, 18, 45, 0}
                                              << QStringLiteral("2024-03-13 18:45:00");
    QTest::newRow("month and year") << QByteArray("mmm yyyy") << W{2024, 3, 1, 0, 0, 0} << QStringLiteral("2024-03-01");
    QTest::newRow("built-in 14 (short date)") << QByteArray("14") << W{2024, 3, 13, 0, 0, 0}
                                              << QStringLiteral("2024-03-13");
    QTest::newRow("built-in 22 (date and time)") << QByteArray("22") << W{2024, 3, 13, 10, 0, 0}
                                                 << QStringLiteral("2024-03-13 10:00:00");
    QTest::newRow("time of day") << QByteArray("hh:mm:ss") << W{0, 0, 0, 14, 30, 15} << QStringLiteral("14:30:15");
    QTest::newRow("built-in 20 (time)") << QByteArray("20") << W{0, 0, 0, 8, 5, 0} << QStringLiteral("08:05:00");
    QTest::newRow("elapsed hours") << QByteArray("[h]:mm:ss") << W{0, 0, 0, 12, 0, 0} << QStringLiteral("12:00:00");
    QTest::newRow("seconds round up") << QByteArray("yyyy-mm-dd hh:mm:ss") << W{2024, 12, 31, 23, 59, 59.6}
                                      << QStringLiteral("2025-01-01 00:00:00");
    QTest::newRow("seconds round down") << QByteArray("yyyy-mm-dd hh:mm:ss") << W{2024, 3, 13, 10, 0, 0.4}
                                        << QStringLiteral("2024-03-13 10:00:00");
    QTest::newRow("leap day") << QByteArray("yyyy-mm-dd") << W{2024, 2, 29, 0, 0, 0} << QStringLiteral("2024-02-29");
    // Excel counts a 29 February 1900 that never was: days before it are one serial lower.
    QTest::newRow("first day of 1900") << QByteArray("yyyy-mm-dd") << W{1900, 1, 1, 0, 0, 0}
                                       << QStringLiteral("1900-01-01");
    QTest::newRow("before Excel's 1900-02-29") << QByteArray("yyyy-mm-dd") << W{1900, 2, 28, 0, 0, 0}
                                               << QStringLiteral("1900-02-28");
    QTest::newRow("after Excel's 1900-02-29") << QByteArray("yyyy-mm-dd") << W{1900, 3, 1, 0, 0, 0}
                                              << QStringLiteral("1900-03-01");
    QTest::newRow("last day Excel has") << QByteArray("yyyy-mm-dd") << W{9999, 12, 31, 0, 0, 0}
                                        << QStringLiteral("9999-12-31");
}

void TestXlsxReader::dates()
{
    QFETCH(QByteArray, format);
    QFETCH(QList<double>, when);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("dates.xlsx"));
    {
        Workbook book(file);
        bool builtIn = false;
        const int index = format.toInt(&builtIn);
        if (builtIn)
            book.builtInFormat("style", index);
        else
            book.numberFormat("style", format);
        book.sheet();
        book.string("A1", "Created at");
        book.dateTime("A2",
                      dateTimeText(int(when.at(0)), int(when.at(1)), int(when.at(2)), int(when.at(3)), int(when.at(4)),
                                   when.at(5)),
                      "style");
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.rows, (QList<QStringList>{{QStringLiteral("Created at")}, {expected}}));
    QCOMPARE(sheet.progress, 1.0);
}

void TestXlsxReader::numberFormats_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("expected");
    // Number formats that are not dates leave the number as it is.
    QTest::newRow("0.00") << QByteArray("0.00") << 45364.5 << QStringLiteral("45364.5");
    QTest::newRow("#,##0") << QByteArray("#,##0") << 1200.0 << QStringLiteral("1200");
    QTest::newRow("General") << QByteArray("General") << 45364.0 << QStringLiteral("45364");
    QTest::newRow("percent") << QByteArray("0%") << 0.25 << QStringLiteral("0.25");
    QTest::newRow("scientific") << QByteArray("0.00E+00") << 1200.0 << QStringLiteral("1200");
    QTest::newRow("colour") << QByteArray("[Red]0.0;[Blue]-0.0") << 4.5 << QStringLiteral("4.5");
    QTest::newRow("quoted letters") << QByteArray("\"Day \"0") << 12.0 << QStringLiteral("12");
    QTest::newRow("escaped letters") << QByteArray("0\\h") << 3.0 << QStringLiteral("3");
    QTest::newRow("currency with locale") << QByteArray("[$€-407] #,##0.00") << 99.5 << QStringLiteral("99.5");
    // Numbers that are no date keep their number even with a date format.
    QTest::newRow("Excel's 1900-02-29") << QByteArray("yyyy-mm-dd") << 60.0 << QStringLiteral("60");
    QTest::newRow("negative serial") << QByteArray("yyyy-mm-dd") << -1.0 << QStringLiteral("-1");
    QTest::newRow("serial 0 as a date") << QByteArray("yyyy-mm-dd") << 0.0 << QStringLiteral("0");
}

void TestXlsxReader::numberFormats()
{
    QFETCH(QByteArray, format);
    QFETCH(double, number);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("formats.xlsx"));
    {
        Workbook book(file);
        book.numberFormat("style", format);
        book.sheet();
        book.number("A1", number, "style");
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.rows, QList<QStringList>{{expected}});
}

void TestXlsxReader::dateSystems_data()
{
    QTest::addColumn<QByteArray>("workbookPr");
    QTest::addColumn<QStringList>("expected");
    // The same serials (libxlsxwriter's for the 1904 system, which Mac Excel used) with cell
    // formats 1 (date and time), 2 (built-in short date), 2, 6 ([h]:mm), 3 ("0.00").
    QTest::newRow("1904: date1904=\"1\"") << QByteArray("<workbookPr date1904=\"1\"/>")
                                          << texts({"2024-03-13 10:00:00", "2024-03-13", "1904-01-01", "06:00:00", "45364"});
    QTest::newRow("1904: date1904=\"true\"") << QByteArray("<workbookPr date1904=\"true\" defaultThemeVersion=\"124226\"/>")
                                             << texts({"2024-03-13 10:00:00", "2024-03-13", "1904-01-01", "06:00:00", "45364"});
    // Read in the 1900 system, the same serials are 4 years and a day earlier (and 0 no date).
    QTest::newRow("1900: no date1904") << QByteArray("<workbookPr/>")
                                       << texts({"2020-03-12 10:00:00", "2020-03-12", "0", "06:00:00", "45364"});
    QTest::newRow("1900: date1904=\"0\"") << QByteArray("<workbookPr date1904=\"0\"/>")
                                          << texts({"2020-03-12 10:00:00", "2020-03-12", "0", "06:00:00", "45364"});
}

void TestXlsxReader::dateSystems()
{
    QFETCH(QByteArray, workbookPr);
    QFETCH(QStringList, expected);
    QByteArrayList serials;
    QString error;
    QVERIFY2(serialTexts({"2024-03-13 10:00:00", "2024-03-13 00:00:00"}, true, &serials, &error), qPrintable(error));
    QCOMPARE(serials.size(), 2);
    const QByteArray dateTime = serials.at(0);
    const QByteArray date = serials.at(1);
    QCOMPARE(date, QByteArray("43902")); // 45364 in the 1900 system
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>" + dateTime + "</v></c><c r=\"B1\" s=\"2\"><v>" + date
        + "</v></c><c r=\"C1\" s=\"2\"><v>0</v></c><c r=\"D1\" s=\"6\"><v>0.25</v></c>"
          "<c r=\"E1\" s=\"3\"><v>45364</v></c></row>";
    HandParts parts;
    parts.workbookPr = workbookPr;
    parts.styles = handStyles;
    const QString file = path(QStringLiteral("mac.xlsx"));
    QVERIFY(writeFile(file, handWorkbook({{"Sheet1", rows}}, parts)));
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.rows, QList<QStringList>{expected});
    QCOMPARE(sheet.progress, 1.0);
}

void TestXlsxReader::cellsAsExcelWritesThem()
{
    // Shared strings with rich text runs and a phonetic reading (not part of the text), the
    // escapes of characters XML cannot hold, error and ISO date cells, formula results,
    // numbers as Excel writes them at times, cells and rows without references, an empty
    // row, styles whose cell formats are not all dates, and relationships with absolute targets.
    HandParts parts;
    parts.absoluteTargets = true;
    parts.styles = handStyles;
    parts.sharedStrings =
        "<si><r><rPr><b/></rPr><t>Très </t></r><r><t xml:space=\"preserve\">déçu 😞 </t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>トレ</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>first_x000D_\nsecond</t></si>"
        "<si><t>_x005F_x0041_ stays</t></si>"
        "<si><t>Ticket &amp; &lt;Group&gt;</t></si>";
    const QByteArray rows =
        "<row r=\"1\" spans=\"1:8\">"
        "<c r=\"A1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        "<c r=\"B1\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"C1\" t=\"d\"><v>2024-03-13T10:00:00</v></c>"
        "<c r=\"D1\" t=\"str\"><f>\"A\"&amp;\"B\"</f><v>AB</v></c>"
        "<c r=\"E1\"><v>5.0</v></c>"
        "<c r=\"F1\" t=\"n\"><v>1.2E+3</v></c>"
        "<c r=\"G1\" t=\"b\"><v>0</v></c>"
        "<c r=\"H1\" t=\"inlineStr\"><is><r><t>rich </t></r><r><rPr><i/></rPr><t>inline</t></r></is></c>"
        "</row>"
        "<row r=\"2\">"
        "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">  spaced  </t></is></c>"
        "<c t=\"s\"><v>0</v></c>"
        "<c r=\"E2\" s=\"3\"><v>7</v></c>"
        "<c s=\"4\"><v>8</v></c>"
        "<c s=\"5\"><v>9</v></c>"
        "<c s=\"7\"><v>45364</v></c>"
        "<c r=\"I2\" s=\"1\"/>"
        "</row>"
        "<row r=\"3\" ht=\"30\" customHeight=\"1\"/>"
        "<row><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c><c t=\"s\"><v>3</v></c></row>"
        "<row r=\"9\"><c r=\"B9\" s=\"99\"><v>3</v></c></row>";
    const QString file = path(QStringLiteral("excel.xlsx"));
    QVERIFY(writeFile(file, handWorkbook({{"Export", rows}}, parts)));
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.lines, (QList<int>{1, 2, 3, 4, 9}));
    QCOMPARE(sheet.rows.at(0), texts({"#DIV/0!", "#N/A", "2024-03-13T10:00:00", "AB", "5", "1200", "FALSE", "rich inline"}));
    QCOMPARE(sheet.rows.at(1), texts({"  spaced  ", "Très déçu 😞 ", "", "", "7", "8", "9", "2024-03-13", ""}));
    QCOMPARE(sheet.rows.at(2), QStringList()); // the importer skips it as a blank record
    QCOMPARE(sheet.rows.at(3), texts({"first\r\nsecond", "_x0041_ stays", "Ticket & <Group>"}));
    QCOMPARE(sheet.rows.at(4), texts({"", "3"})); // a style the workbook does not have: a number
    QCOMPARE(sheet.progress, 1.0);
}

void TestXlsxReader::prefixedElements()
{
    // Some .NET tools write SpreadsheetML with a prefix: the same elements, the same texts.
    const QByteArray rows = "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Ticket ID</x:t></x:is></x:c>"
                            "<x:c r=\"C1\"><x:v>5</x:v></x:c></x:row>";
    const QString file = path(QStringLiteral("prefixed.xlsx"));
    QVERIFY(writeFile(file, handWorkbook({{"Sheet1", rows}})));
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.lines, QList<int>{1});
    QCOMPARE(sheet.rows, QList<QStringList>{texts({"Ticket ID", "", "5"})});
    QCOMPARE(sheet.progress, 1.0);
}

void TestXlsxReader::gapsAndRowNumbers()
{
    const QString file = path(QStringLiteral("gaps.xlsx"));
    {
        Workbook book(file);
        book.sheet();
        book.string("A1", "Ticket ID");
        book.string("B1", "Group");
        book.string("C1", "Score");
        book.string("A2", "INC0001"); // B2 left empty
        book.number("C2", 4);
        book.rowHeight(4, 30); // a height, no cells
        book.number("C7", 1); // only C
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.error, QString());
    // Rows as numbered in the sheet: a row skipped (3, 5, 6) keeps the numbers of the others.
    QCOMPARE(sheet.lines, (QList<int>{1, 2, 4, 7}));
    QCOMPARE(sheet.rows.at(0), texts({"Ticket ID", "Group", "Score"}));
    QCOMPARE(sheet.rows.at(1), texts({"INC0001", "", "4"}));
    QVERIFY(!sheet.rows.at(1).at(1).isNull()); // read, and empty
    QCOMPARE(sheet.rows.at(2), QStringList());
    QCOMPARE(sheet.rows.at(3), texts({"", "", "1"}));
    QCOMPARE(sheet.progress, 1.0);
}

void TestXlsxReader::sheetsByName()
{
    const QString file = path(QStringLiteral("sheets.xlsx"));
    {
        Workbook book(file);
        book.sheet("Summary");
        book.string("A1", "Survey of March");
        book.sheet("Responses");
        book.string("A1", "Ticket ID");
        book.string("A2", "INC0001");
        book.sheet("Notes d’équipe");
        book.string("B3", "À revoir");
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    XlsxReader reader(file);
    QVERIFY2(reader.open(), qPrintable(reader.error()));
    QCOMPARE(reader.sheetNames(), texts({"Summary", "Responses", "Notes d’équipe"}));

    QVERIFY2(reader.selectSheet(QStringLiteral("Responses")), qPrintable(reader.error()));
    Sheet sheet = readSheet(&reader);
    QCOMPARE(sheet.rows, (QList<QStringList>{{QStringLiteral("Ticket ID")}, {QStringLiteral("INC0001")}}));
    QCOMPARE(sheet.progress, 1.0);

    // Sheet names are Excel's, regardless of case.
    QVERIFY2(reader.selectSheet(QString::fromUtf8("NOTES D’ÉQUIPE")), qPrintable(reader.error()));
    sheet = readSheet(&reader);
    QCOMPARE(sheet.lines, QList<int>{3});
    QCOMPARE(sheet.rows, QList<QStringList>{texts({"", "À revoir"})});

    // No name: the first sheet, from its first row, even after another was read.
    QVERIFY(reader.selectSheet(QString()));
    sheet = readSheet(&reader);
    QCOMPARE(sheet.rows, QList<QStringList>{{QStringLiteral("Survey of March")}});
    QVERIFY(reader.selectSheet(QStringLiteral("Responses")));
    sheet = readSheet(&reader);
    QCOMPARE(sheet.rows.size(), 2);

    // next() without selectSheet() reads the first sheet.
    XlsxReader first(file);
    QVERIFY(first.open());
    sheet = readSheet(&first);
    QCOMPARE(sheet.rows, QList<QStringList>{{QStringLiteral("Survey of March")}});
}

void TestXlsxReader::missingSheetNamesTheSheets()
{
    const QString file = path(QStringLiteral("missing.xlsx"));
    {
        Workbook book(file);
        book.sheet("Summary");
        book.sheet("Responses");
        book.sheet("Notes");
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    XlsxReader reader(file);
    QVERIFY(reader.open());
    QVERIFY(!reader.selectSheet(QStringLiteral("Survey")));
    QCOMPARE(reader.error(),
             QString::fromUtf8("The workbook has no sheet “Survey”; its sheets are “Summary”, “Responses” and “Notes”."));
    CsvRecord record;
    QVERIFY(!reader.next(&record));
}

void TestXlsxReader::notAWorkbook_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected"); // the message, or how it starts (ending in "…")
    QTest::newRow("CSV text") << QByteArray("Ticket ID,Satisfaction Score\nINC0001,5\n")
                              << QString::fromUtf8("“export.xlsx” is not an Excel workbook (.xlsx): it is not a zip archive, as an .xlsx file is.");
    QTest::newRow("empty file") << QByteArray()
                                << QString::fromUtf8("“export.xlsx” is not an Excel workbook (.xlsx): the file is empty.");
    StoredZip other;
    other.add("readme.txt", "not a workbook");
    QTest::newRow("zip without workbook.xml")
        << other.finish()
        << QString::fromUtf8("“export.xlsx” is not an Excel workbook (.xlsx): it is a zip archive without xl/workbook.xml.");
    StoredZip ods;
    ods.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.add("content.xml", "<office:document-content/>");
    QTest::newRow("OpenDocument spreadsheet")
        << ods.finish()
        << QString::fromUtf8("“export.xlsx” is not an Excel workbook (.xlsx): it is an OpenDocument spreadsheet (.ods); save it as .xlsx.");
    const QByteArray workbook = handWorkbook({{"Sheet1", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"}});
    QTest::newRow("cut short") << workbook.left(workbook.size() / 2)
                               << QString::fromUtf8("“export.xlsx” is not an Excel workbook (.xlsx): the archive is damaged or incomplete…");
    QTest::newRow("no such file") << QByteArray("-") << QString::fromUtf8("“export.xlsx” cannot be opened: …");
}

void TestXlsxReader::notAWorkbook()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.xlsx"));
    if (contents != "-")
        QVERIFY(writeFile(file, contents));
    XlsxReader reader(file);
    QVERIFY(!reader.open());
    if (expected.endsWith(u'…'))
        QVERIFY2(reader.error().startsWith(expected.chopped(1)), qPrintable(reader.error()));
    else
        QCOMPARE(reader.error(), expected);
    QVERIFY(!reader.selectSheet(QString()));
    CsvRecord record;
    QVERIFY(!reader.next(&record));
    QVERIFY(!reader.error().isEmpty());
}

void TestXlsxReader::encryptedWorkbook()
{
    // Excel saves a workbook with a password to open it as an OLE compound file, as it did
    // the old .xls: the signature D0 CF 11 E0 A1 B1 1A E1, then sectors of 512 bytes.
    const QString file = path(QStringLiteral("survey.xlsx"));
    QVERIFY(writeFile(file, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')));
    XlsxReader reader(file);
    QVERIFY(!reader.open());
    QCOMPARE(reader.error(),
             QString::fromUtf8("“survey.xlsx” is encrypted or is an old .xls file; save it as .xlsx without a password."));
}

void TestXlsxReader::damagedOrHostileSheets_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<int>("readBefore"); // rows read before the error
    QTest::addColumn<QString>("expected"); // how the message starts
    const QByteArray first = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ticket ID</t></is></c></row>";
    QTest::newRow("tags that do not match") << QByteArray(first + "<row r=\"2\"><c r=\"A2\"><v>1</v></row>") << 1
                                            << QString::fromUtf8("Sheet “Sheet1”, row 2: the XML is damaged (");
    QTest::newRow("a shared string that is not there") << QByteArray(first + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>") << 1
                                                       << QString::fromUtf8("Sheet “Sheet1”, row 2, column B: its shared string “7” does not exist");
    QTest::newRow("a cell reference without a column") << QByteArray(first + "<row r=\"2\"><c r=\"12\"><v>1</v></c></row>") << 1
                                                       << QString::fromUtf8("Sheet “Sheet1”, row 2: the cell reference “12” is not valid.");
    QTest::newRow("a column beyond XFD") << QByteArray(first + "<row r=\"3\"><c r=\"XFD3\"><v>1</v></c><c r=\"XFE3\"><v>1</v></c></row>") << 1
                                         << QString::fromUtf8("Sheet “Sheet1”, row 3: it has more than 16,384 columns (beyond column XFD).");
    QByteArray wide = first + "<row r=\"3\">";
    for (int i = 0; i <= 16384; ++i)
        wide += "<c><v>1</v></c>";
    QTest::newRow("more than 16,384 cells") << QByteArray(wide + "</row>") << 1
                                            << QString::fromUtf8("Sheet “Sheet1”, row 3: it has more than 16,384 columns (beyond column XFD).");
    QTest::newRow("a cell of more than 1,000,000 characters")
        << QByteArray(first + "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>" + QByteArray(1000001, 'x') + "</t></is></c></row>")
        << 1
        << QString::fromUtf8("Sheet “Sheet1”, row 2, column C: the cell's text is longer than 1,000,000 characters.");
}

void TestXlsxReader::damagedOrHostileSheets()
{
    QFETCH(QByteArray, rows);
    QFETCH(int, readBefore);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("damaged.xlsx"));
    QVERIFY(writeFile(file, handWorkbook({{"Sheet1", rows}})));
    const Sheet sheet = readSheet(file);
    QVERIFY2(sheet.opened, qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), readBefore);
    QVERIFY2(sheet.error.startsWith(expected), qPrintable(sheet.error));
}

void TestXlsxReader::unwantedColumnsAreNull()
{
    const QString file = path(QStringLiteral("columns.xlsx"));
    {
        Workbook book(file);
        book.sheet();
        for (int column = 0; column < 4; ++column)
            book.string(cellName(0, column), QByteArray::number(column));
        book.string("A2", "a");
        book.string("D2", "d");
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    XlsxReader reader(file);
    QVERIFY(reader.open());
    reader.setColumns({0, 2});
    const Sheet sheet = readSheet(&reader);
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.rows.size(), 2);
    // The record keeps the sheet's width; the columns not asked for are null, as from CsvReader.
    QCOMPARE(sheet.rows.at(0).size(), 4);
    QCOMPARE(sheet.rows.at(0).at(0), QStringLiteral("0"));
    QVERIFY(sheet.rows.at(0).at(1).isNull());
    QCOMPARE(sheet.rows.at(0).at(2), QStringLiteral("2"));
    QVERIFY(sheet.rows.at(0).at(3).isNull());
    QCOMPARE(sheet.rows.at(1).size(), 4);
    QCOMPARE(sheet.rows.at(1).at(0), QStringLiteral("a"));
    QVERIFY(sheet.rows.at(1).at(1).isNull());
    QVERIFY(!sheet.rows.at(1).at(2).isNull()); // wanted and empty
    QVERIFY(sheet.rows.at(1).at(3).isNull());
}

void TestXlsxReader::streamsALargeSheet()
{
    // Large enough for the sheet to come out of the archive in many pieces.
    const int rows = 20000;
    const QString file = path(QStringLiteral("large.xlsx"));
    {
        Workbook book(file, true);
        book.numberFormat("created", "yyyy-mm-dd hh:mm");
        book.sheet("Survey");
        for (int row = 0; row < rows; ++row) {
            book.string(cellName(row, 0), "INC" + QByteArray::number(row));
            book.dateTime(cellName(row, 1), dateTimeText(2024, 3, 1 + row % 28, row % 24, row % 60, 0), "created");
            book.number(cellName(row, 2), 1 + row % 5);
            book.string(cellName(row, 3), "Très bien, merci");
        }
        QVERIFY2(book.close(), qPrintable(book.error()));
    }
    XlsxReader reader(file);
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet(QStringLiteral("Survey")));
    QCOMPARE(reader.progress(), 0.0);
    CsvRecord record;
    int count = 0;
    double progress = 0.0;
    bool between = false;
    while (reader.next(&record)) {
        QCOMPARE(record.line, count + 1);
        QVERIFY(reader.progress() >= progress);
        progress = reader.progress();
        between = between || (progress > 0.0 && progress < 1.0);
        ++count;
    }
    QCOMPARE(reader.error(), QString());
    QCOMPARE(count, rows);
    QVERIFY(between);
    QCOMPARE(reader.progress(), 1.0);
    QCOMPARE(record.fields, texts({"INC19999", "2024-03-08 07:19:00", "5", "Très bien, merci"}));
}

void TestXlsxReader::recognisesZipSignature()
{
    QVERIFY(XlsxReader::looksLikeXlsx(QByteArray("PK\x03\x04\x14\x00", 6)));
    QVERIFY(!XlsxReader::looksLikeXlsx(QByteArray("\xD0\xCF\x11\xE0", 4)));
    QVERIFY(!XlsxReader::looksLikeXlsx(QByteArray("Ticket ID,Score")));
    QVERIFY(!XlsxReader::looksLikeXlsx(QByteArray()));
}

void TestXlsxReader::importsASurveyWorkbook()
{
    // A satisfaction survey as a service desk tool exports it to Excel: a bold header, ticket
    // numbers and scores as numbers, real date cells with a date format (not text), comments
    // in French with accents and emoji. A second sheet holds the reopened tickets.
    const QString file = path(QStringLiteral("survey export.xlsx"));
    {
        Workbook book(file);
        book.bold("header");
        book.numberFormat("created", "yyyy-mm-dd hh:mm");
        book.sheet("Survey responses");
        const QByteArrayList header{"Ticket ID", "Created at", "Satisfaction Score", "Satisfaction Comment",
                                    "Requester", "Group"};
        for (int column = 0; column < header.size(); ++column)
            book.string(cellName(0, column), header.at(column), "header");
        struct Response
        {
            int ticket;
            QByteArray created;
            int score;
            QByteArray comment;
            QByteArray requester;
            QByteArray group;
        };
        const auto write = [&book](int row, const Response &response) {
            book.number(cellName(row, 0), response.ticket);
            book.dateTime(cellName(row, 1), response.created, "created");
            book.number(cellName(row, 2), response.score);
            book.string(cellName(row, 3), response.comment);
            book.string(cellName(row, 4), response.requester);
            book.string(cellName(row, 5), response.group);
        };
        write(1, {48213, "2025-03-03 08:42:00", 1, "Très déçu — ça ne marche pas 😞", "Amélie Dubois", "Service desk"});
        write(2, {48227, "2025-03-03 14:05:00", 4, "Rapide et efficace, merci !", "Jürgen Groß", "Réseau & Wi-Fi"});
        write(3, {48240, "2025-03-04 09:30:00", 2, "Toujours pas de réponse après une semaine 🙁", "Zoë Ødegård",
                  "Impression"});
        write(4, {48251, "2025-03-04 17:58:00", 5, "Parfait, problème réglé en 5 minutes 👍", "José Álvarez",
                  "Service desk"});
        book.sheet("Reopened");
        for (int column = 0; column < header.size(); ++column)
            book.string(cellName(0, column), header.at(column));
        write(1, {48262, "2025-03-05 11:15:00", 3, "Réouvert deux fois, mais c'est réglé", "Noémie Lefèvre",
                  "Poste de travail"});
        write(2, {48270, "2025-03-06 16:20:00", 1, "Encore en panne ! 😡", "Søren Østergaard", "Impression"});
        QVERIFY2(book.close(), qPrintable(book.error()));
    }

    auto document = openRegister(path(QStringLiteral("survey.qwr")));
    QVERIFY(document);
    const ImportReport report = InteractionImport::run(document.get(), ImportInput{file, {}}, ImportOptions{});
    QVERIFY2(report.ok(), qPrintable(report.error + report.summary()));
    QCOMPARE(report.sheet, QStringLiteral("Survey responses"));
    QCOMPARE(report.rowsRead, 4);
    QCOMPARE(report.imported, 4);
    QCOMPARE(report.poor, 2);
    QCOMPARE(report.duplicates, 0);
    QVERIFY(report.rejected.isEmpty());

    QList<Interaction> rows = document->interactionPage(0, 10);
    QCOMPARE(rows.size(), 4);
    std::reverse(rows.begin(), rows.end()); // newest first: as written, oldest first
    const QStringList tickets{QStringLiteral("48213"), QStringLiteral("48227"), QStringLiteral("48240"),
                              QStringLiteral("48251")};
    const QList<QDateTime> created{QDateTime(QDate(2025, 3, 3), QTime(8, 42)), QDateTime(QDate(2025, 3, 3), QTime(14, 5)),
                                   QDateTime(QDate(2025, 3, 4), QTime(9, 30)), QDateTime(QDate(2025, 3, 4), QTime(17, 58))};
    const QList<int> scores{1, 4, 2, 5};
    const QStringList comments = texts({"Très déçu — ça ne marche pas 😞", "Rapide et efficace, merci !",
                                        "Toujours pas de réponse après une semaine 🙁",
                                        "Parfait, problème réglé en 5 minutes 👍"});
    const QStringList customers = texts({"Amélie Dubois", "Jürgen Groß", "Zoë Ødegård", "José Álvarez"});
    const QStringList teams = texts({"Service desk", "Réseau & Wi-Fi", "Impression", "Service desk"});
    int poor = 0;
    for (qsizetype n = 0; n < rows.size(); ++n) {
        const Interaction &i = rows.at(n);
        QCOMPARE(i.ticket, tickets.at(n));
        // The date cell's local time as written, not shifted to or from UTC.
        QCOMPARE(i.occurredAt, created.at(n));
        QCOMPARE(i.score, scores.at(n));
        QCOMPARE(i.scale, SatisfactionScale::OneToFive);
        QCOMPARE(i.comment, comments.at(n));
        QCOMPARE(i.customer, customers.at(n));
        QCOMPARE(i.team, teams.at(n));
        poor += i.isPoor(document->poorRule()) ? 1 : 0;
    }
    QCOMPARE(poor, 2); // the 1 and the 2
    QVERIFY(rows.at(0).isPoor(document->poorRule()));
    QVERIFY(rows.at(2).isPoor(document->poorRule()));

    // The same workbook again adds nothing.
    const ImportReport again = InteractionImport::run(document.get(), ImportInput{file, {}}, ImportOptions{});
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 4);
    QCOMPARE(document->interactionCount(), 4);

    // Another sheet, chosen by name.
    ImportOptions reopened;
    reopened.sheet = QStringLiteral("Reopened");
    const ImportReport second = InteractionImport::run(document.get(), ImportInput{file, {}}, reopened);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.sheet, QStringLiteral("Reopened"));
    QCOMPARE(second.imported, 2);
    QCOMPARE(second.poor, 1);
    QCOMPARE(second.duplicates, 0);
    QCOMPARE(document->interactionCount(), 6);
    const Interaction newest = document->interactionPage(0, 1).value(0);
    QCOMPARE(newest.ticket, QStringLiteral("48270"));
    QCOMPARE(newest.occurredAt, QDateTime(QDate(2025, 3, 6), QTime(16, 20)));
    QCOMPARE(newest.comment, QString::fromUtf8("Encore en panne ! 😡"));
    QCOMPARE(newest.customer, QString::fromUtf8("Søren Østergaard"));

    // A sheet the workbook does not have: the message names the ones it has, nothing is added.
    ImportOptions missing;
    missing.sheet = QStringLiteral("Responses");
    const ImportReport none = InteractionImport::run(document.get(), ImportInput{file, {}}, missing);
    QVERIFY(!none.ok());
    QCOMPARE(none.error, QString::fromUtf8("The workbook has no sheet “Responses”; its sheets are “Survey responses” "
                                           "and “Reopened”."));
    QCOMPARE(none.imported, 0);
    QCOMPARE(document->interactionCount(), 6);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
