// quickwins-xlsx: writes the report's workbook with libxlsxwriter (Debian's libxlsxwriter-dev,
// the well-kept C library for writing XLSX). A program of its own because QuickWins links
// QuaZip, which exports minizip's names, and libxlsxwriter (which bundles minizip) crashes in a
// process that has both. QuickWins hands the sheets over on standard input, a line each:
//
//   sheet NAME
//   header TEXT...
//   row CELL...          CELL: s:TEXT, n:NUMBER, d:YYYY-MM-DD, or empty
//
// fields separated by tabs, with \t, \n and \\ in TEXT for a tab, a line break and a backslash.
// Usage: quickwins-xlsx OUT.xlsx. Exit status 0 when the workbook is written whole; otherwise a
// line on stderr says why (the caller writes the file through a temporary one, whole or not).
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> fields(const std::string &line)
{
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\t') {
            out.emplace_back();
        } else if (c == '\\' && i + 1 < line.size()) {
            const char n = line[++i];
            out.back() += n == 't' ? '\t' : n == 'n' ? '\n' : n;
        } else {
            out.back() += c;
        }
    }
    return out;
}

// Characters in a cell count once each for the column's width (UTF-8 continuation bytes not).
std::size_t characters(const std::string &text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: quickwins-xlsx OUT.xlsx (sheets on standard input)\n");
        return 2;
    }
    lxw_workbook *workbook = workbook_new(argv[1]);
    if (!workbook) {
        std::fprintf(stderr, "quickwins-xlsx: cannot create %s\n", argv[1]);
        return 1;
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");

    lxw_worksheet *sheet = nullptr;
    lxw_row_t row = 0;
    std::vector<std::size_t> widths;
    const auto finishSheet = [&] {
        if (!sheet)
            return;
        for (std::size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(std::min<std::size_t>(widths[c] + 2, 60)), nullptr);
    };
    std::string line;
    int lineNumber = 0;
    while (std::getline(std::cin, line)) {
        ++lineNumber;
        const std::vector<std::string> f = fields(line);
        if (f[0] == "sheet" && f.size() == 2) {
            finishSheet();
            sheet = workbook_add_worksheet(workbook, f[1].c_str());
            if (!sheet) {
                std::fprintf(stderr, "quickwins-xlsx: line %d: the sheet name \"%s\" is not one Excel takes\n", lineNumber,
                             f[1].c_str());
                workbook_close(workbook);
                return 1;
            }
            row = 0;
            widths.clear();
            continue;
        }
        if (!sheet || (f[0] != "header" && f[0] != "row")) {
            std::fprintf(stderr, "quickwins-xlsx: line %d: expected sheet, header or row\n", lineNumber);
            workbook_close(workbook);
            return 1;
        }
        const bool header = f[0] == "header";
        for (std::size_t c = 1; c < f.size(); ++c) {
            const lxw_col_t col = lxw_col_t(c - 1);
            const std::string &cell = f[c];
            if (widths.size() < c)
                widths.resize(c, 0);
            lxw_error error = LXW_NO_ERROR;
            if (header) {
                error = worksheet_write_string(sheet, row, col, cell.c_str(), bold);
                widths[c - 1] = std::max(widths[c - 1], characters(cell));
            } else if (cell.rfind("s:", 0) == 0) {
                // A string is written as a string: never read as a formula.
                error = worksheet_write_string(sheet, row, col, cell.c_str() + 2, nullptr);
                widths[c - 1] = std::max(widths[c - 1], characters(cell) - 2);
            } else if (cell.rfind("n:", 0) == 0) {
                error = worksheet_write_number(sheet, row, col, std::strtod(cell.c_str() + 2, nullptr), nullptr);
                widths[c - 1] = std::max<std::size_t>(widths[c - 1], cell.size() - 2);
            } else if (cell.rfind("d:", 0) == 0 && cell.size() == 12) {
                lxw_datetime date = {std::atoi(cell.substr(2, 4).c_str()), std::atoi(cell.substr(7, 2).c_str()),
                                     std::atoi(cell.substr(10, 2).c_str()), 0, 0, 0};
                error = worksheet_write_datetime(sheet, row, col, &date, dateFormat);
                widths[c - 1] = std::max<std::size_t>(widths[c - 1], 10);
            } else if (!cell.empty()) {
                std::fprintf(stderr, "quickwins-xlsx: line %d: cell %zu is not s:, n: or d:\n", lineNumber, c);
                workbook_close(workbook);
                return 1;
            }
            if (error != LXW_NO_ERROR) {
                std::fprintf(stderr, "quickwins-xlsx: line %d: %s\n", lineNumber, lxw_strerror(error));
                workbook_close(workbook);
                return 1;
            }
        }
        if (header)
            worksheet_freeze_panes(sheet, 1, 0);
        ++row;
    }
    finishSheet();
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        std::fprintf(stderr, "quickwins-xlsx: %s\n", lxw_strerror(closed));
        return 1;
    }
    return 0;
}
