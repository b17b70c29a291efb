// Reading Excel worksheets for the import: workbooks written by libxlsxwriter (as Excel's
// format really has them: shared strings, inline strings in constant-memory mode, styles with
// date formats, several sheets), and workbooks put together by hand for what libxlsxwriter does
// not write (the 1904 date system, error and ISO date cells, phonetic runs, cells without a
// reference) or what a damaged or hostile file holds. Every check is on the texts a person
// would see: the cells as read, the row numbers, the messages.
#include "io/xlsxreader.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

#include <dlfcn.h>

using namespace qw;

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

// libxlsxwriter, loaded with dlmopen() into a link namespace of its own. QuaZip, which the
// reader links, exports its fork of minizip under minizip's names (zipOpen3, zipClose...), and
// libxlsxwriter, linked against Debian's libminizip, would call those instead: its
// workbook_close() crashes in any process that also has QuaZip. In its own namespace it finds
// its own libminizip.
class XlsxWriter
{
public:
    XlsxWriter()
    {
        for (const char *name : {"libxlsxwriter.so.4", "libxlsxwriter.so"}) {
            m_handle = dlmopen(LM_ID_NEWLM, name, RTLD_NOW | RTLD_LOCAL);
            if (m_handle)
                break;
            m_error = QString::fromLocal8Bit(dlerror());
        }
        if (!m_handle)
            return;
#define QW_RESOLVE(function)                                                                       \
    function = reinterpret_cast<decltype(&::function)>(dlsym(m_handle, #function));                \
    if (!function)                                                                                 \
        m_error = QString::fromLocal8Bit(dlerror());
        QW_RESOLVE(workbook_new_opt)
        QW_RESOLVE(workbook_add_worksheet)
        QW_RESOLVE(workbook_add_format)
        QW_RESOLVE(workbook_close)
        QW_RESOLVE(format_set_num_format)
        QW_RESOLVE(format_set_num_format_index)
        QW_RESOLVE(format_set_bold)
        QW_RESOLVE(worksheet_write_string)
        QW_RESOLVE(worksheet_write_number)
        QW_RESOLVE(worksheet_write_boolean)
        QW_RESOLVE(worksheet_write_datetime)
        QW_RESOLVE(worksheet_write_rich_string)
        QW_RESOLVE(worksheet_write_formula_num)
        QW_RESOLVE(worksheet_write_formula_str)
        QW_RESOLVE(worksheet_set_row)
        QW_RESOLVE(lxw_datetime_to_excel_date_epoch)
#undef QW_RESOLVE
    }
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;
    // Empty when every function was found.
    QString error() const { return m_error; }
    bool loaded() const { return m_handle && m_error.isEmpty(); }

    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::format_set_num_format_index) format_set_num_format_index = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_boolean) worksheet_write_boolean = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_write_rich_string) worksheet_write_rich_string = nullptr;
    decltype(&::worksheet_write_formula_num) worksheet_write_formula_num = nullptr;
    decltype(&::worksheet_write_formula_str) worksheet_write_formula_str = nullptr;
    decltype(&::worksheet_set_row) worksheet_set_row = nullptr;
    decltype(&::lxw_datetime_to_excel_date_epoch) lxw_datetime_to_excel_date_epoch = nullptr;

private:
    void *m_handle = nullptr; // never closed: the workbooks' library until the process ends
    QString m_error;
};

const XlsxWriter &lxw()
{
    static const XlsxWriter library;
    return library;
}

// A workbook written with libxlsxwriter; closed (written) by close().
class Workbook
{
public:
    explicit Workbook(const QString &path, bool constantMemory = false)
    {
        lxw_workbook_options options{};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        m_book = lxw().workbook_new_opt(QFile::encodeName(path).constData(), &options);
    }
    ~Workbook()
    {
        if (m_book)
            lxw().workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_worksheet *sheet(const char *name = nullptr) { return lxw().workbook_add_worksheet(m_book, name); }
    lxw_format *numberFormat(const char *code)
    {
        lxw_format *format = lxw().workbook_add_format(m_book);
        lxw().format_set_num_format(format, code);
        return format;
    }
    lxw_format *builtInFormat(int index)
    {
        lxw_format *format = lxw().workbook_add_format(m_book);
        lxw().format_set_num_format_index(format, uint8_t(index));
        return format;
    }
    lxw_format *bold()
    {
        lxw_format *format = lxw().workbook_add_format(m_book);
        lxw().format_set_bold(format);
        return format;
    }
    bool close()
    {
        const lxw_error result = lxw().workbook_close(m_book);
        m_book = nullptr;
        return result == LXW_NO_ERROR;
    }

private:
    lxw_workbook *m_book = nullptr;
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

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
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

QByteArray serialText(const lxw_datetime &when, bool date1904)
{
    lxw_datetime copy = when;
    return QByteArray::number(lxw().lxw_datetime_to_excel_date_epoch(&copy, date1904 ? LXW_EPOCH_1904 : 0), 'g', 17);
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

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(lxw().loaded(), qPrintable(lxw().error()));
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
        lxw_worksheet *sheet = book.sheet("Responses");
        lxw().worksheet_write_string(sheet, 0, 0, "Satisfaction Comment", nullptr);
        lxw().worksheet_write_string(sheet, 0, 1, "Requester", nullptr);
        lxw().worksheet_write_string(sheet, 1, 0, "Très déçu — ça ne marche pas 😞", nullptr);
        lxw().worksheet_write_string(sheet, 1, 1, "Zoë Ødegård", nullptr);
        lxw().worksheet_write_string(sheet, 2, 0, "  two spaces either side  ", nullptr);
        lxw().worksheet_write_string(sheet, 2, 1, "first line\nsecond line", nullptr);
        lxw_rich_string_tuple plain{nullptr, const_cast<char *>("Rappel : ")};
        lxw_rich_string_tuple bold{book.bold(), const_cast<char *>("très urgent")};
        lxw_rich_string_tuple *rich[] = {&plain, &bold, nullptr};
        lxw().worksheet_write_rich_string(sheet, 3, 0, rich, nullptr);
        lxw().worksheet_write_string(sheet, 3, 1, "Zoë Ødegård", nullptr); // the same shared string again
        QVERIFY(book.close());
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
        lxw_worksheet *sheet = book.sheet(nullptr);
        const double numbers[] = {5, 4.5, 1200, -3, 0, 1e20, 1.5e-7, 0.25};
        for (int i = 0; i < int(std::size(numbers)); ++i)
            lxw().worksheet_write_number(sheet, 0, lxw_col_t(i), numbers[i], nullptr);
        lxw().worksheet_write_boolean(sheet, 1, 0, 1, nullptr);
        lxw().worksheet_write_boolean(sheet, 1, 1, 0, nullptr);
        QVERIFY(book.close());
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
        lxw_worksheet *sheet = book.sheet(nullptr);
        lxw().worksheet_write_number(sheet, 0, 0, 2, nullptr);
        lxw().worksheet_write_formula_num(sheet, 0, 1, "=A1*21", nullptr, 42);
        lxw().worksheet_write_formula_str(sheet, 0, 2, "=\"Ticket \"&A1", nullptr, "Ticket 2");
        QVERIFY(book.close());
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
        lxw_format *style = builtIn ? book.builtInFormat(index) : book.numberFormat(format.constData());
        lxw_datetime datetime{int(when.at(0)), int(when.at(1)), int(when.at(2)), int(when.at(3)), int(when.at(4)), when.at(5)};
        lxw_worksheet *sheet = book.sheet(nullptr);
        lxw().worksheet_write_string(sheet, 0, 0, "Created at", nullptr);
        lxw().worksheet_write_datetime(sheet, 1, 0, &datetime, style);
        QVERIFY(book.close());
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
        lxw_worksheet *sheet = book.sheet(nullptr);
        lxw().worksheet_write_number(sheet, 0, 0, number, book.numberFormat(format.constData()));
        QVERIFY(book.close());
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
    const QByteArray dateTime = serialText(lxw_datetime{2024, 3, 13, 10, 0, 0}, true);
    const QByteArray date = serialText(lxw_datetime{2024, 3, 13, 0, 0, 0}, true);
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
        lxw_worksheet *sheet = book.sheet(nullptr);
        lxw().worksheet_write_string(sheet, 0, 0, "Ticket ID", nullptr);
        lxw().worksheet_write_string(sheet, 0, 1, "Group", nullptr);
        lxw().worksheet_write_string(sheet, 0, 2, "Score", nullptr);
        lxw().worksheet_write_string(sheet, 1, 0, "INC0001", nullptr); // B2 left empty
        lxw().worksheet_write_number(sheet, 1, 2, 4, nullptr);
        lxw().worksheet_set_row(sheet, 3, 30, nullptr); // row 4: a height, no cells
        lxw().worksheet_write_number(sheet, 6, 2, 1, nullptr); // row 7: only C
        QVERIFY(book.close());
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
        lxw().worksheet_write_string(book.sheet("Summary"), 0, 0, "Survey of March", nullptr);
        lxw_worksheet *responses = book.sheet("Responses");
        lxw().worksheet_write_string(responses, 0, 0, "Ticket ID", nullptr);
        lxw().worksheet_write_string(responses, 1, 0, "INC0001", nullptr);
        lxw().worksheet_write_string(book.sheet("Notes d’équipe"), 2, 1, "À revoir", nullptr);
        QVERIFY(book.close());
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
        QVERIFY(book.close());
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
        lxw_worksheet *sheet = book.sheet(nullptr);
        for (int column = 0; column < 4; ++column)
            lxw().worksheet_write_string(sheet, 0, lxw_col_t(column), QByteArray::number(column).constData(), nullptr);
        lxw().worksheet_write_string(sheet, 1, 0, "a", nullptr);
        lxw().worksheet_write_string(sheet, 1, 3, "d", nullptr);
        QVERIFY(book.close());
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
        lxw_format *created = book.numberFormat("yyyy-mm-dd hh:mm");
        lxw_worksheet *sheet = book.sheet("Survey");
        for (int row = 0; row < rows; ++row) {
            lxw().worksheet_write_string(sheet, lxw_row_t(row), 0, QByteArray("INC" + QByteArray::number(row)).constData(), nullptr);
            lxw_datetime when{2024, 3, 1 + row % 28, row % 24, row % 60, 0};
            lxw().worksheet_write_datetime(sheet, lxw_row_t(row), 1, &when, created);
            lxw().worksheet_write_number(sheet, lxw_row_t(row), 2, 1 + row % 5, nullptr);
            lxw().worksheet_write_string(sheet, lxw_row_t(row), 3, "Très bien, merci", nullptr);
        }
        QVERIFY(book.close());
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

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
