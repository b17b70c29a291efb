#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

// Excel's own limits: XFD is the last column; a cell holds at most 32,767 characters, so a
// longer text is a damaged or hostile file, refused before it costs the import its memory.
constexpr int maxColumns = 16384;
constexpr qsizetype maxCellText = 1000000;

// Whether an element or attribute name (or a short value) is this one. Qt 6.4 does not inline
// QStringView's ==; this runs several times for every cell.
template<std::size_t N>
inline bool is(QStringView name, const char16_t (&what)[N])
{
    if (name.size() != qsizetype(N - 1))
        return false;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (name[qsizetype(i)].unicode() != what[i])
            return false;
    }
    return true;
}

// What a number format makes of a number: a date, a time of day, both, or neither.
enum class DateKind : quint8 { None, Date, Time, DateTime };

DateKind dateKind(bool date, bool time)
{
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

// The built-in formats (ECMA-376 18.8.30) that show dates or times; 27-36 and 50-58 are the
// East Asian date formats, of which 32-35, 55 and 56 are times of day.
DateKind builtInKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54)
        || id == 57 || id == 58)
        return DateKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55
        || id == 56)
        return DateKind::Time;
    if (id == 22)
        return DateKind::DateTime;
    return DateKind::None;
}

// A custom format code shows a date or time when, outside quoted text, escaped characters and
// bracketed sections (colours, conditions, locales), it has a d, m, y, h or s; the elapsed
// sections [h], [mm], [ss] are times. "m" alone is a month, next to h or s a minute: either
// way the number is a date or time.
DateKind customKind(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code.at(i).unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space the width of one, or a fill character
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (close < 0 ? code.size() : close) - i - 1);
            bool elapsed = !inside.isEmpty();
            for (const QChar e : inside) {
                const char16_t l = e.toLower().unicode();
                elapsed = elapsed && (l == u'h' || l == u'm' || l == u's');
            }
            time = time || elapsed;
            i = close < 0 ? code.size() : close;
        } else {
            switch (QChar(c).toLower().unicode()) {
            case u'd':
            case u'y': date = true; break;
            case u'h':
            case u's': time = true; break;
            case u'm': month = true; break;
            default: break;
            }
        }
    }
    if (month && !time)
        date = true;
    return dateKind(date, time);
}

// The t attribute of a cell: what its <v> holds. e (an error: "#N/A"), d (an ISO 8601 date)
// and any other are kept as written.
enum class CellType : quint8 { Number, Shared, Inline, Boolean, FormulaString, Other };

CellType cellType(QStringView t)
{
    if (is(t, u"s"))
        return CellType::Shared;
    if (is(t, u"n"))
        return CellType::Number;
    if (is(t, u"inlineStr"))
        return CellType::Inline;
    if (is(t, u"b"))
        return CellType::Boolean;
    if (is(t, u"str"))
        return CellType::FormulaString;
    return CellType::Other;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// The 0-based column of a reference like "C5"; -1 when it has no letters, maxColumns when
// it is beyond XFD.
int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        char16_t c = reference.at(i).unicode();
        if (c >= u'a' && c <= u'z')
            c = char16_t(c - u'a' + u'A');
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > maxColumns)
            return maxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Excel writes the characters XML cannot hold (a carriage return, control characters) as
// _xHHHH_ (ECMA-376 22.9.2.19), and a literal "_x" as _x005F_x: the text a person typed.
QString decodeEscapes(const QString &text)
{
    const qsizetype first = text.indexOf(u'_');
    if (first < 0 || !QStringView(text).mid(first).contains(u"_x"))
        return text;
    QString decoded;
    decoded.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text.at(i) == u'_' && i + 6 < size && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            int code = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int digit = hexDigit(text.at(i + k));
                hex = digit >= 0;
                code = code * 16 + digit;
            }
            if (hex) {
                decoded += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        decoded += text.at(i);
    }
    return decoded;
}

void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
}

// An Excel serial date as Excel shows it, in wall-clock time without a zone: day 0 is
// 1899-12-30 (or 1904-01-01 in the 1904 system), and the 1900 system counts a 29 February
// 1900 that never was (serial 60; 1 to 59 are one day later than the count says). False when
// the serial is no date (negative, that phantom day, beyond 9999): the number is kept.
bool serialText(double serial, bool date1904, DateKind kind, QString *text)
{
    if (!(serial >= 0.0) || serial >= 2958466.0)
        return false;
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const int time = int(seconds % 86400);
    char out[19];
    const auto putTime = [&out, time](int at) {
        putDigits(out + at, time / 3600, 2);
        out[at + 2] = ':';
        putDigits(out + at + 3, time / 60 % 60, 2);
        out[at + 5] = ':';
        putDigits(out + at + 6, time % 60, 2);
    };
    if (days == 0 && kind != DateKind::Date) {
        putTime(0); // a time of day: no date (the 1900 system's day 0 is none)
        *text = QString::fromLatin1(out, 8);
        return true;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days == 0 || days == 60)
        return false;
    else
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    putDigits(out, year, 4);
    out[4] = '-';
    putDigits(out + 5, month, 2);
    out[7] = '-';
    putDigits(out + 8, day, 2);
    if (kind == DateKind::Date && time == 0) {
        *text = QString::fromLatin1(out, 10);
        return true;
    }
    out[10] = ' ';
    putTime(11);
    *text = QString::fromLatin1(out, 19);
    return true;
}

// A number as a person reads it: Excel writes "5", "4.5", and at times "5.0" or "1.2E+3".
QString numberText(const QString &v)
{
    bool plain = !v.isEmpty();
    for (qsizetype i = 0; i < v.size() && plain; ++i) {
        const char16_t c = v.at(i).unicode();
        plain = (c >= u'0' && c <= u'9') || (c == u'-' && i == 0);
    }
    if (plain)
        return v; // the common case, without a copy
    bool ok = false;
    const double x = v.toDouble(&ok);
    if (!ok)
        return v;
    if (x == std::trunc(x) && std::fabs(x) < 9007199254740992.0) // 2^53: exact as an integer
        return QString::number(qint64(x));
    if (v.contains(u'E') || v.contains(u'e'))
        return QString::number(x, 'f', QLocale::FloatingPointShortest);
    return v;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QStringLiteral("“%1”").arg(name);
    return QLocale().createSeparatedList(quoted);
}

} // namespace

struct XlsxReader::Private
{
    QString path;
    QString error;
    QuaZip zip;
    bool opened = false;
    bool date1904 = false;
    QStringList sheetNames;
    QStringList sheetParts; // by sheet; empty when the workbook's relationships name none
    QStringList sharedStrings;
    QList<DateKind> styleKinds; // by cell format (the s attribute of a cell)
    QList<bool> wanted;         // by column; empty: all

    // The sheet being read. The file is destroyed before the archive it reads (declared after).
    int sheet = -1;
    std::unique_ptr<QuaZipFile> sheetFile;
    QXmlStreamReader xml;
    qint64 sheetSize = 0;
    bool done = false;
    int lastRow = 0;

    QString fileName() const { return QFileInfo(path).fileName(); }
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }
    bool notWorkbook(const QString &reason)
    {
        return fail(QCoreApplication::translate("qw::Import", "“%1” is not an Excel workbook (.xlsx): %2.")
                        .arg(fileName(), reason));
    }
    bool damagedPart(const QString &part, const QString &reason)
    {
        return fail(QCoreApplication::translate("qw::Import",
                                                "“%1” is a damaged workbook: its part %2 cannot be read (%3).")
                        .arg(fileName(), part, reason));
    }
    QString zipReason(int code) const
    {
        return QCoreApplication::translate("qw::Import", "zip error %1").arg(code);
    }
    bool hasPart(const QString &part) { return zip.setCurrentFile(part, QuaZip::csInsensitive); }
    // Opens a part of the archive; false with *missing when there is no such part, false with
    // error() set when it cannot be unpacked.
    bool openPart(QuaZipFile *file, const QString &part, bool *missing)
    {
        *missing = !hasPart(part);
        if (*missing)
            return false;
        file->setZip(&zip);
        if (!file->open(QIODevice::ReadOnly))
            return damagedPart(part, zipReason(file->getZipError()));
        return true;
    }
    bool xmlFailed(const QXmlStreamReader &reader, const QuaZipFile &file, const QString &part)
    {
        if (file.getZipError() != UNZ_OK)
            return damagedPart(part, zipReason(file.getZipError()));
        return damagedPart(part, reader.errorString());
    }

    bool readWorkbook(QStringList *relationIds);
    bool readRelationships(QHash<QString, QString> *targets);
    bool readSharedStrings();
    bool readStyles();

    QString sheetName() const { return sheetNames.value(sheet); }
    bool rowError(int row, const QString &what)
    {
        return fail(QCoreApplication::translate("qw::Import", "Sheet “%1”, row %2: %3.")
                        .arg(sheetName()).arg(row).arg(what));
    }
    bool cellError(int row, int column, const QString &what)
    {
        return fail(QCoreApplication::translate("qw::Import", "Sheet “%1”, row %2, column %3: %4.")
                        .arg(sheetName()).arg(row).arg(columnLetters(column), what));
    }
    bool sheetXmlFailed(int row)
    {
        const QString reason = sheetFile->getZipError() != UNZ_OK
            ? QCoreApplication::translate("qw::Import", "the archive is damaged, %1").arg(zipReason(sheetFile->getZipError()))
            : xml.errorString();
        return fail(QCoreApplication::translate("qw::Import", "Sheet “%1”, row %2: the XML is damaged (%3).")
                        .arg(sheetName()).arg(row).arg(reason));
    }
    bool readRow(CsvRecord *record);
    bool readCell(int row, QStringList *fields, int *column);
    void place(QStringList *fields, int at, const QString &text) const;
    bool readStringItem(QXmlStreamReader *reader, QString *text);
};

// The text of a string item (<si> of the shared strings, <is> of an inline string): its <t>,
// or the <t> of its rich text runs one after the other. Phonetic runs (<rPh>, the reading of
// East Asian text) are not part of the text.
bool XlsxReader::Private::readStringItem(QXmlStreamReader *reader, QString *text)
{
    text->clear();
    int depth = 1;
    while (depth > 0 && !reader->atEnd() && !reader->hasError()) {
        switch (reader->readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = reader->name();
            if (is(name, u"t")) {
                if (text->isEmpty())
                    *text = reader->readElementText();
                else
                    *text += reader->readElementText();
            } else if (is(name, u"r")) {
                ++depth; // a run: its <t> is read, its <rPr> skipped
            } else {
                reader->skipCurrentElement();
            }
            break;
        }
        case QXmlStreamReader::EndElement: --depth; break;
        default: break;
        }
    }
    if (reader->hasError())
        return false;
    *text = decodeEscapes(*text);
    return true;
}

bool XlsxReader::Private::readWorkbook(QStringList *relationIds)
{
    const QString part = QStringLiteral("xl/workbook.xml");
    QuaZipFile file;
    bool missing = false;
    if (!openPart(&file, part, &missing)) {
        if (!missing)
            return false;
        if (hasPart(QStringLiteral("xl/workbook.bin")))
            return notWorkbook(QCoreApplication::translate("qw::Import",
                                                           "it is a binary workbook (.xlsb); save it as .xlsx"));
        if (hasPart(QStringLiteral("content.xml")))
            return notWorkbook(QCoreApplication::translate(
                "qw::Import", "it is an OpenDocument spreadsheet (.ods); save it as .xlsx"));
        return notWorkbook(QCoreApplication::translate("qw::Import", "it is a zip archive without xl/workbook.xml"));
    }
    QXmlStreamReader reader(&file);
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"workbook")
            continue; // into its children
        if (name == u"workbookPr") {
            const QXmlStreamAttributes attributes = reader.attributes();
            const QStringView value = attributes.value(QLatin1String("date1904"));
            date1904 = value == u"1" || value == u"true";
            reader.skipCurrentElement();
        } else if (name == u"sheets") {
            while (reader.readNextStartElement()) {
                if (reader.name() == u"sheet") {
                    QString id;
                    const QXmlStreamAttributes attributes = reader.attributes();
                    for (const QXmlStreamAttribute &attribute : attributes) {
                        // r:id, in the relationships namespace (transitional or strict).
                        if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships"))
                            id = attribute.value().toString();
                    }
                    sheetNames << attributes.value(QLatin1String("name")).toString();
                    *relationIds << id;
                }
                reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return xmlFailed(reader, file, part);
    if (sheetNames.isEmpty())
        return fail(QCoreApplication::translate("qw::Import", "“%1” has no worksheets.").arg(fileName()));
    return true;
}

bool XlsxReader::Private::readRelationships(QHash<QString, QString> *targets)
{
    const QString part = QStringLiteral("xl/_rels/workbook.xml.rels");
    QuaZipFile file;
    bool missing = false;
    if (!openPart(&file, part, &missing))
        return missing ? damagedPart(part, QCoreApplication::translate("qw::Import", "it is missing")) : false;
    QXmlStreamReader reader(&file);
    while (reader.readNextStartElement()) {
        if (reader.name() == u"Relationships")
            continue;
        if (reader.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = reader.attributes();
            if (attributes.value(QLatin1String("TargetMode")) != u"External") {
                // Relative to the workbook's folder, or absolute within the archive.
                const QStringView target = attributes.value(QLatin1String("Target"));
                const QString path = target.startsWith(u'/') ? target.mid(1).toString()
                                                             : QStringLiteral("xl/") + target;
                targets->insert(attributes.value(QLatin1String("Id")).toString(), QDir::cleanPath(path));
            }
        }
        reader.skipCurrentElement();
    }
    if (reader.hasError())
        return xmlFailed(reader, file, part);
    return true;
}

bool XlsxReader::Private::readSharedStrings()
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    QuaZipFile file;
    bool missing = false;
    if (!openPart(&file, part, &missing))
        return missing; // a workbook without text cells has none
    QXmlStreamReader reader(&file);
    QString text;
    while (reader.readNextStartElement()) {
        if (is(reader.name(), u"sst"))
            continue;
        if (is(reader.name(), u"si")) {
            if (!readStringItem(&reader, &text))
                break;
            sharedStrings << text;
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return xmlFailed(reader, file, part);
    return true;
}

bool XlsxReader::Private::readStyles()
{
    const QString part = QStringLiteral("xl/styles.xml");
    QuaZipFile file;
    bool missing = false;
    if (!openPart(&file, part, &missing))
        return missing; // no styles: no dates, every number is a number
    QXmlStreamReader reader(&file);
    QHash<int, DateKind> custom;
    QList<int> formatIds;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"styleSheet")
            continue;
        if (name == u"numFmts" || name == u"cellXfs") {
            // Only these: the formats of <dxfs> (conditional formatting) are not the cells'.
            const bool formats = name == u"numFmts";
            while (reader.readNextStartElement()) {
                const QXmlStreamAttributes attributes = reader.attributes();
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                if (formats && reader.name() == u"numFmt")
                    custom.insert(id, customKind(attributes.value(QLatin1String("formatCode"))));
                else if (!formats && reader.name() == u"xf")
                    formatIds << id;
                reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return xmlFailed(reader, file, part);
    styleKinds.reserve(formatIds.size());
    for (const int id : std::as_const(formatIds))
        styleKinds << custom.value(id, builtInKind(id));
    return true;
}

bool XlsxReader::Private::readRow(CsvRecord *record)
{
    bool ok = false;
    const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
    lastRow = ok && number > 0 ? number : lastRow + 1; // without r, the row after the last
    record->line = lastRow;
    record->fields.clear();
    int column = -1;
    while (!xml.atEnd() && !xml.hasError()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (is(xml.name(), u"c")) {
                if (!readCell(lastRow, &record->fields, &column))
                    return false;
            } else {
                xml.skipCurrentElement(); // <extLst>
            }
            break;
        case QXmlStreamReader::EndElement: return true; // </row>
        default: break;
        }
    }
    return sheetXmlFailed(lastRow);
}

bool XlsxReader::Private::readCell(int row, QStringList *fields, int *column)
{
    CellType type = CellType::Number;
    int style = -1;
    int at = *column + 1; // without r, the cell after the last
    {
        // Scoped: a copy of the attributes kept while the reader reads on makes it copy its
        // buffers, once per cell.
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QStringView name = attribute.qualifiedName();
            if (is(name, u"r")) {
                at = columnOfReference(attribute.value());
                if (at < 0)
                    return rowError(row, QCoreApplication::translate("qw::Import",
                                                                     "the cell reference “%1” is not valid")
                                             .arg(attribute.value()));
            } else if (is(name, u"t")) {
                type = cellType(attribute.value());
            } else if (is(name, u"s")) {
                style = attribute.value().toInt();
            }
        }
    }
    if (at >= maxColumns)
        return rowError(row, QCoreApplication::translate("qw::Import",
                                                         "it has more than 16,384 columns (beyond column XFD)"));
    *column = at;
    if (!wanted.isEmpty() && (at >= wanted.size() || !wanted.at(at))) {
        xml.skipCurrentElement(); // left null, as nobody reads it; the record keeps its width
        if (xml.hasError())
            return sheetXmlFailed(row);
        place(fields, at, QString());
        return true;
    }

    QString value;
    QString inlineText;
    bool inlineString = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break; // </c>
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (is(name, u"v")) {
            value = xml.readElementText();
        } else if (is(name, u"is")) {
            inlineString = true;
            if (!readStringItem(&xml, &inlineText))
                break;
        } else {
            xml.skipCurrentElement(); // the formula <f>, <extLst>
        }
    }
    if (xml.hasError())
        return sheetXmlFailed(row);

    QString text;
    switch (type) {
    case CellType::Number: {
        const DateKind kind = style >= 0 && style < styleKinds.size() ? styleKinds.at(style) : DateKind::None;
        bool number = false;
        const double serial = kind == DateKind::None || value.isEmpty() ? 0.0 : value.toDouble(&number);
        if (!number || !serialText(serial, date1904, kind, &text))
            text = numberText(value);
        break;
    }
    case CellType::Shared: {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= sharedStrings.size())
            return cellError(row, at, QCoreApplication::translate("qw::Import",
                                                                  "its shared string “%1” does not exist (the workbook is damaged)")
                                          .arg(value));
        text = sharedStrings.at(index);
        break;
    }
    case CellType::Inline: text = inlineString ? inlineText : decodeEscapes(value); break;
    case CellType::Boolean:
        text = is(value, u"1") || is(value, u"true") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        break;
    case CellType::FormulaString: text = decodeEscapes(value); break;
    case CellType::Other: text = value; break; // "#N/A" as Excel shows it; an ISO 8601 date as written
    }
    if (text.size() > maxCellText)
        return cellError(row, at, QCoreApplication::translate("qw::Import",
                                                              "the cell's text is longer than 1,000,000 characters"));

    place(fields, at, text);
    return true;
}

void XlsxReader::Private::place(QStringList *fields, int at, const QString &text) const
{
    if (at < fields->size()) {
        (*fields)[at] = text; // written out of order, or twice: the last one counts
        return;
    }
    // Missing cells are empty, or null when they are not wanted, as in a CSV record.
    while (fields->size() < at) {
        const qsizetype gap = fields->size();
        fields->append(wanted.isEmpty() || (gap < wanted.size() && wanted.at(gap)) ? QStringLiteral("")
                                                                                 : QString());
    }
    fields->append(text);
}

XlsxReader::XlsxReader(const QString &path) : d(std::make_unique<Private>())
{
    d->path = path;
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::looksLikeXlsx(const QByteArray &firstBytes)
{
    return firstBytes.startsWith("PK\x03\x04");
}

bool XlsxReader::open()
{
    d->error.clear();
    if (d->opened)
        return true;
    // Excel saves a workbook with a password as an encrypted OLE compound file, the same
    // container as the old .xls: neither is a zip archive, and the person can fix both.
    QFile file(d->path);
    if (!file.open(QIODevice::ReadOnly))
        return d->fail(QCoreApplication::translate("qw::Import", "“%1” cannot be opened: %2.")
                           .arg(d->fileName(), file.errorString()));
    const QByteArray head = file.read(8);
    file.close();
    if (head.isEmpty())
        return d->notWorkbook(QCoreApplication::translate("qw::Import", "the file is empty"));
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return d->fail(QCoreApplication::translate("qw::Import",
                                                   "“%1” is encrypted or is an old .xls file; save it as .xlsx without a password.")
                           .arg(d->fileName()));
    if (!looksLikeXlsx(head))
        return d->notWorkbook(QCoreApplication::translate("qw::Import", "it is not a zip archive, as an .xlsx file is"));
    d->zip.setZipName(d->path);
    if (!d->zip.open(QuaZip::mdUnzip))
        return d->notWorkbook(QCoreApplication::translate("qw::Import", "the archive is damaged or incomplete (%1)")
                                  .arg(d->zipReason(d->zip.getZipError())));

    QStringList relationIds; // by sheet
    QHash<QString, QString> targets;
    if (!d->readWorkbook(&relationIds) || !d->readRelationships(&targets) || !d->readSharedStrings()
        || !d->readStyles()) {
        d->zip.close();
        return false;
    }
    for (const QString &id : std::as_const(relationIds))
        d->sheetParts << targets.value(id);
    d->opened = true;
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    return d->sheetNames;
}

bool XlsxReader::selectSheet(const QString &name)
{
    if (!d->opened && !open())
        return false;
    d->error.clear();
    int index = name.isEmpty() ? 0 : int(d->sheetNames.indexOf(name));
    if (index < 0) {
        // Excel's sheet names are unique regardless of case: "data" is the sheet "Data".
        for (qsizetype i = 0; i < d->sheetNames.size() && index < 0; ++i) {
            if (d->sheetNames.at(i).compare(name, Qt::CaseInsensitive) == 0)
                index = int(i);
        }
    }
    if (index < 0)
        return d->fail(QCoreApplication::translate("qw::Import", "The workbook has no sheet “%1”; its sheets are %2.")
                           .arg(name, quotedList(d->sheetNames)));

    d->xml.clear();
    d->sheetFile.reset();
    d->sheet = index;
    d->done = false;
    d->lastRow = 0;
    d->sheetSize = 0;
    const QString part = d->sheetParts.at(index);
    if (part.isEmpty() || !d->hasPart(part))
        return d->fail(QCoreApplication::translate("qw::Import",
                                                   "“%1” is a damaged workbook: the sheet “%2” is not in it.")
                           .arg(d->fileName(), d->sheetNames.at(index)));
    d->sheetFile = std::make_unique<QuaZipFile>(&d->zip);
    if (!d->sheetFile->open(QIODevice::ReadOnly))
        return d->damagedPart(part, d->zipReason(d->sheetFile->getZipError()));
    d->sheetSize = d->sheetFile->usize();
    d->xml.setDevice(d->sheetFile.get());
    return true;
}

bool XlsxReader::next(CsvRecord *record)
{
    if (!d->error.isEmpty() || d->done)
        return false;
    if (!d->sheetFile && !selectSheet(QString()))
        return false;
    QXmlStreamReader &xml = d->xml;
    // (A damaged archive makes the device fail: QXmlStreamReader then reports a premature end and
    // waits for more data, never at its end. An error ends the reading.)
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && is(xml.name(), u"row"))
            return d->readRow(record);
        if (token == QXmlStreamReader::EndElement && is(xml.name(), u"sheetData"))
            break; // what follows (merged cells, page setup) is not data
    }
    if (xml.hasError())
        return d->sheetXmlFailed(d->lastRow + 1);
    d->done = true;
    return false;
}

QString XlsxReader::error() const
{
    return d->error;
}

double XlsxReader::progress() const
{
    if (d->done)
        return 1.0;
    if (!d->sheetFile || d->sheetSize <= 0)
        return 0.0;
    return std::clamp(double(d->sheetFile->pos()) / double(d->sheetSize), 0.0, 1.0);
}

void XlsxReader::setColumns(const QList<int> &columns)
{
    d->wanted.clear();
    for (const int column : columns) {
        if (column < 0)
            continue;
        if (column >= d->wanted.size())
            d->wanted.resize(column + 1, false);
        d->wanted[column] = true;
    }
}

} // namespace qw
