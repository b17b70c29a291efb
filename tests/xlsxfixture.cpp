// Writes the workbook its standard input describes, with libxlsxwriter, for tst_xlsxreader.
// A program of its own because libxlsxwriter cannot share a process with the reader: QuaZip
// exports its fork of minizip under minizip's names (zipOpen3, zipClose...), and
// libxlsxwriter, linked against Debian's libminizip, calls those instead and crashes in
// workbook_close(). Loading it with dlmopen() into a namespace of its own avoided that, but
// dlmopen() does not work under AddressSanitizer, which the suite also runs under. So this
// links libxlsxwriter and nothing else, not Qt and not QuaZip.
//
// One command a line, its fields separated by tabs; in a field \n, \r, \t and \\ stand for a
// line feed, a carriage return, a tab and a backslash. Cells are Excel references (A1, XFD3),
// rows numbered as Excel numbers them. Empty lines and lines starting with # are skipped.
//
//   workbook PATH [constant_memory]   first, once; constant_memory: inline strings, rows in order
//   format NAME num CODE              a number format code ("yyyy-mm-dd hh:mm")
//   format NAME num_index N           a built-in number format (14: short date)
//   format NAME bold                  (several lines for one NAME add to the same format)
//   sheet [NAME]                      the sheet the cells that follow go to; no NAME: Sheet1...
//   string CELL TEXT [FORMAT]
//   number CELL NUMBER [FORMAT]
//   boolean CELL 0|1 [FORMAT]
//   datetime CELL YYYY-MM-DD HH:MM:SS[.sss] FORMAT   0000-00-00 for a time of day only
//   rich CELL FORMAT TEXT [FORMAT TEXT]...   a rich string, FORMAT - for the default format
//   formula CELL FORMULA NUMBER [FORMAT]     a formula with the number Excel saved for it
//   formula_string CELL FORMULA TEXT [FORMAT]
//   row ROW HEIGHT                    a row's height, without cells
//   serial 1900|1904 YYYY-MM-DD HH:MM:SS[.sss]   prints libxlsxwriter's Excel serial on stdout
//
// The workbook is written at the end of the input (without a workbook command, none is). Exit status 0 when it was, 2 for a line it
// does not understand (with the line on stderr, and nothing written), 1 when libxlsxwriter
// fails.

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

struct Failure
{
    std::string message;
};

std::vector<std::string> splitFields(const std::string &line)
{
    std::vector<std::string> fields(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\t') {
            fields.emplace_back();
        } else if (c == '\\' && i + 1 < line.size()) {
            const char escaped = line[++i];
            switch (escaped) {
            case 'n': fields.back() += '\n'; break;
            case 'r': fields.back() += '\r'; break;
            case 't': fields.back() += '\t'; break;
            case '\\': fields.back() += '\\'; break;
            default: throw Failure{std::string("unknown escape \\") + escaped};
            }
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

double parseNumber(const std::string &text)
{
    char *end = nullptr;
    errno = 0;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno == ERANGE)
        throw Failure{"not a number: \"" + text + "\""};
    return value;
}

struct Cell
{
    lxw_row_t row = 0;
    lxw_col_t column = 0;
};

// "B12": row 11, column 1 (libxlsxwriter counts from 0). Checked, unlike lxw_name_to_row().
Cell parseCell(const std::string &reference)
{
    std::size_t i = 0;
    long column = 0;
    while (i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z' && column <= 16384)
        column = column * 26 + (reference[i++] - 'A' + 1);
    long row = 0;
    const std::size_t digits = i;
    while (i < reference.size() && reference[i] >= '0' && reference[i] <= '9' && row <= 1048576)
        row = row * 10 + (reference[i++] - '0');
    if (digits == 0 || i == digits || i != reference.size() || column > 16384 || row < 1 || row > 1048576)
        throw Failure{"not a cell reference: \"" + reference + "\""};
    return {lxw_row_t(row - 1), lxw_col_t(column - 1)};
}

lxw_datetime parseDateTime(const std::string &text)
{
    lxw_datetime when{};
    int consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d %2d:%2d:%lf%n", &when.year, &when.month, &when.day, &when.hour,
                    &when.min, &when.sec, &consumed)
            != 6
        || std::size_t(consumed) != text.size())
        throw Failure{"not a date and time (YYYY-MM-DD HH:MM:SS): \"" + text + "\""};
    return when;
}

class Writer
{
public:
    Writer() = default;
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;
    ~Writer()
    {
        // Only when the input was not understood: frees the workbook without writing it.
        if (m_book)
            lxw_workbook_free(m_book);
    }

    void run(const std::vector<std::string> &fields)
    {
        const std::string &command = fields.at(0);
        if (command == "serial") {
            serial(fields);
            return;
        }
        if (command == "workbook") {
            open(fields);
            return;
        }
        if (!m_book)
            throw Failure{"the first command must be workbook"};
        if (command == "format")
            format(fields);
        else if (command == "sheet")
            sheet(fields);
        else
            cell(fields);
    }

    // 0 when the workbook was written (or, without a workbook command, when there was none).
    int close()
    {
        if (!m_book)
            return 0;
        lxw_workbook *book = m_book;
        m_book = nullptr; // workbook_close() frees it, written or not
        const lxw_error error = workbook_close(book);
        if (error != LXW_NO_ERROR) {
            std::fprintf(stderr, "xlsxfixture: the workbook cannot be written: %s\n", lxw_strerror(error));
            return 1;
        }
        return 0;
    }

private:
    static void expect(const std::vector<std::string> &fields, std::size_t least, std::size_t most)
    {
        if (fields.size() < least || fields.size() > most)
            throw Failure{fields.at(0) + ": " + std::to_string(fields.size() - 1) + " fields, expected "
                          + std::to_string(least - 1)
                          + (most == least ? std::string() : " to " + std::to_string(most - 1))};
    }

    static void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR)
            throw Failure{std::string("libxlsxwriter: ") + lxw_strerror(error)};
    }

    void open(const std::vector<std::string> &fields)
    {
        expect(fields, 2, 3);
        if (m_book)
            throw Failure{"a second workbook command"};
        lxw_workbook_options options{};
        if (fields.size() == 3) {
            if (fields[2] != "constant_memory")
                throw Failure{"unknown workbook option \"" + fields[2] + "\""};
            options.constant_memory = LXW_TRUE;
        }
        m_book = workbook_new_opt(fields[1].c_str(), &options);
        if (!m_book)
            throw Failure{"libxlsxwriter cannot create " + fields[1]};
    }

    void format(const std::vector<std::string> &fields)
    {
        expect(fields, 3, 4);
        const std::string &name = fields[1];
        if (name == "-")
            throw Failure{"- is the default format, not a name"};
        lxw_format *&made = m_formats[name];
        if (!made)
            made = workbook_add_format(m_book);
        const std::string &property = fields[2];
        if (property == "num" && fields.size() == 4) {
            format_set_num_format(made, fields[3].c_str());
        } else if (property == "num_index" && fields.size() == 4) {
            const double index = parseNumber(fields[3]);
            if (index < 0 || index > 255 || index != double(int(index)))
                throw Failure{"not a built-in format number: " + fields[3]};
            format_set_num_format_index(made, uint8_t(index));
        } else if (property == "bold" && fields.size() == 3) {
            format_set_bold(made);
        } else {
            throw Failure{"unknown format property \"" + property + "\""};
        }
    }

    void sheet(const std::vector<std::string> &fields)
    {
        expect(fields, 1, 2);
        m_sheet = workbook_add_worksheet(m_book, fields.size() == 2 ? fields[1].c_str() : nullptr);
        if (!m_sheet)
            throw Failure{"libxlsxwriter refuses the sheet name"};
    }

    // A format by name; the field left out or "-": the default format.
    lxw_format *formatNamed(const std::vector<std::string> &fields, std::size_t index) const
    {
        if (index >= fields.size() || fields[index] == "-")
            return nullptr;
        const auto found = m_formats.find(fields[index]);
        if (found == m_formats.end())
            throw Failure{"no format \"" + fields[index] + "\""};
        return found->second;
    }

    void cell(const std::vector<std::string> &fields)
    {
        const std::string &command = fields[0];
        if (!m_sheet)
            throw Failure{command + " before the first sheet command"};
        if (command == "row") {
            expect(fields, 3, 3);
            const double row = parseNumber(fields[1]);
            if (row < 1 || row > 1048576 || row != double(long(row)))
                throw Failure{"not a row number: " + fields[1]};
            check(worksheet_set_row(m_sheet, lxw_row_t(row - 1), parseNumber(fields[2]), nullptr));
            return;
        }
        if (fields.size() < 2)
            throw Failure{command + " without a cell"};
        const Cell at = parseCell(fields[1]);
        if (command == "string") {
            expect(fields, 3, 4);
            check(worksheet_write_string(m_sheet, at.row, at.column, fields[2].c_str(), formatNamed(fields, 3)));
        } else if (command == "number") {
            expect(fields, 3, 4);
            check(worksheet_write_number(m_sheet, at.row, at.column, parseNumber(fields[2]), formatNamed(fields, 3)));
        } else if (command == "boolean") {
            expect(fields, 3, 4);
            if (fields[2] != "0" && fields[2] != "1")
                throw Failure{"a boolean is 0 or 1, not \"" + fields[2] + "\""};
            check(worksheet_write_boolean(m_sheet, at.row, at.column, fields[2] == "1", formatNamed(fields, 3)));
        } else if (command == "datetime") {
            expect(fields, 4, 4);
            lxw_datetime when = parseDateTime(fields[2]);
            check(worksheet_write_datetime(m_sheet, at.row, at.column, &when, formatNamed(fields, 3)));
        } else if (command == "rich") {
            if (fields.size() < 4 || fields.size() % 2 != 0)
                throw Failure{"rich: a cell, then pairs of a format and a text"};
            std::vector<lxw_rich_string_tuple> runs;
            for (std::size_t i = 2; i < fields.size(); i += 2)
                runs.push_back({formatNamed(fields, i), const_cast<char *>(fields[i + 1].c_str())});
            std::vector<lxw_rich_string_tuple *> list;
            for (lxw_rich_string_tuple &run : runs)
                list.push_back(&run);
            list.push_back(nullptr);
            check(worksheet_write_rich_string(m_sheet, at.row, at.column, list.data(), nullptr));
        } else if (command == "formula") {
            expect(fields, 4, 5);
            check(worksheet_write_formula_num(m_sheet, at.row, at.column, fields[2].c_str(), formatNamed(fields, 4),
                                              parseNumber(fields[3])));
        } else if (command == "formula_string") {
            expect(fields, 4, 5);
            check(worksheet_write_formula_str(m_sheet, at.row, at.column, fields[2].c_str(), formatNamed(fields, 4),
                                              fields[3].c_str()));
        } else {
            throw Failure{"unknown command \"" + command + "\""};
        }
    }

    static void serial(const std::vector<std::string> &fields)
    {
        expect(fields, 3, 3);
        if (fields[1] != "1900" && fields[1] != "1904")
            throw Failure{"the date system is 1900 or 1904, not \"" + fields[1] + "\""};
        lxw_datetime when = parseDateTime(fields[2]);
        std::printf("%.17g\n", lxw_datetime_to_excel_date_epoch(&when, fields[1] == "1904" ? LXW_EPOCH_1904 : 0));
    }

    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    std::map<std::string, lxw_format *> m_formats; // owned by the workbook
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 1) {
        std::fprintf(stderr, "Usage: %s < DESCRIPTION (see tests/xlsxfixture.cpp)\n", argv[0]);
        return 2;
    }
    Writer writer;
    std::string line;
    long number = 0;
    while (std::getline(std::cin, line)) {
        ++number;
        if (line.empty() || line[0] == '#')
            continue;
        try {
            writer.run(splitFields(line));
        } catch (const Failure &failure) {
            std::fprintf(stderr, "xlsxfixture: line %ld: %s\n", number, failure.message.c_str());
            return 2;
        }
    }
    if (std::cin.bad()) {
        std::fprintf(stderr, "xlsxfixture: the description cannot be read\n");
        return 2;
    }
    std::fflush(stdout);
    return writer.close();
}
