// Writes a satisfaction survey export as a service desk tool does, as an Excel workbook, for
// the benchmark of the Excel import against xlsx2csv: a header, then ROWS responses with real
// date cells (a date format, not text), scores 1-5 as numbers, comments in French, German and
// Spanish with accents (some left blank, as people leave them), and the people and groups of a
// service desk. libxlsxwriter's constant-memory mode writes the rows as they come with inline
// strings, as large exports are; "shared" writes shared strings instead, as Excel itself saves
// a workbook (a smaller sheet, and the strings read once). The same ROWS give the same file.
//
// Usage: make_xlsx OUT.xlsx ROWS [shared]
// Build by hand: g++ -O2 tests/bench/make_xlsx.cpp $(pkg-config --cflags --libs xlsxwriter) -o make_xlsx

#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace {

const char *const comments[] = {
    "Très déçu — ça ne marche pas 😞",
    "Rapide et efficace, merci !",
    "Problème résolu après deux relances",
    "L'agent était très aimable et a pris le temps d'expliquer",
    "Toujours pas de réponse après une semaine, c'est inacceptable",
    "Zu langsam, leider. Der Drucker im 3. Stock funktioniert immer noch nicht",
    "Schnelle Lösung, vielen Dank für die Geduld",
    "Muy buena atención, resolvieron el problema del correo en minutos",
    "Le Wi-Fi de la bibliothèque coupe tous les après-midis",
    "Mot de passe réinitialisé, mais le lien a expiré deux fois",
    "Ordinateur portable pas prêt pour mon premier jour",
    "Parfait",
};
const char *const groups[] = {"Service desk", "Réseau & Wi-Fi", "Collaboration", "Impression", "Poste de travail"};
const char *const assignees[] = {"Amélie Dubois", "Jürgen Groß", "Zoë Martin", "José Álvarez", "Noémie Lefèvre",
                                 "Søren Østergaard", "Chloé Bernard", "François Nguyen"};
const char *const channels[] = {"email", "phone", "web", "chat", "walk-in"};
const char *const brands[] = {"Université de Genève", "Hôpital cantonal", "Acme IT Services"};
const char *const header[] = {"Ticket ID", "Created at", "Satisfaction Score", "Satisfaction Comment",
                              "Requester", "Group", "Assignee", "Channel", "Brand"};

template<typename T, std::size_t N>
const T &pick(const T (&items)[N], std::mt19937 &random)
{
    return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

} // namespace

int main(int argc, char **argv)
{
    const bool shared = argc == 4 && std::string(argv[3]) == "shared";
    if (argc != 3 && !shared) {
        std::fprintf(stderr, "Usage: %s OUT.xlsx ROWS [shared]\n", argv[0]);
        return 2;
    }
    const long rows = std::strtol(argv[2], nullptr, 10);
    if (rows < 0 || rows > 1048575) {
        std::fprintf(stderr, "ROWS must be 0 to 1048575 (a sheet has 1,048,576 rows)\n");
        return 2;
    }

    lxw_workbook_options options{};
    options.constant_memory = shared ? LXW_FALSE : LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(argv[1], &options);
    if (!book) {
        std::fprintf(stderr, "%s cannot be created\n", argv[1]);
        return 1;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Survey responses");
    lxw_format *created = workbook_add_format(book);
    format_set_num_format(created, "yyyy-mm-dd hh:mm:ss");

    for (lxw_col_t column = 0; column < lxw_col_t(std::size(header)); ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);

    std::mt19937 random(7);
    std::uniform_int_distribution<int> score(1, 5);
    std::uniform_int_distribution<int> minutes(0, 4);
    std::uniform_int_distribution<int> requester(1, 20000);
    std::uniform_int_distribution<int> blank(0, 3);
    long minute = 0; // from 2025-01-01 00:00, about one response every five minutes
    for (long n = 0; n < rows; ++n) {
        const lxw_row_t row = lxw_row_t(n + 1);
        minute += 3 + minutes(random);
        const long day = minute / 1440;
        // 2025 onwards, by month lengths, so that every date is a real one.
        static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int year = 2025;
        int month = 0;
        long rest = day;
        while (true) {
            const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            const int length = monthDays[month] + (month == 1 && leap ? 1 : 0);
            if (rest < length)
                break;
            rest -= length;
            if (++month == 12) {
                month = 0;
                ++year;
            }
        }
        lxw_datetime when{year, month + 1, int(rest) + 1, int(minute % 1440 / 60), int(minute % 60),
                          double(std::uniform_int_distribution<int>(0, 59)(random))};

        char ticket[16];
        std::snprintf(ticket, sizeof ticket, "%ld", 100000 + n);
        worksheet_write_string(sheet, row, 0, ticket, nullptr);
        worksheet_write_datetime(sheet, row, 1, &when, created);
        worksheet_write_number(sheet, row, 2, score(random), nullptr);
        if (blank(random) != 0)
            worksheet_write_string(sheet, row, 3, pick(comments, random), nullptr);
        const std::string email = "user" + std::to_string(requester(random)) + "@example.edu";
        worksheet_write_string(sheet, row, 4, email.c_str(), nullptr);
        worksheet_write_string(sheet, row, 5, pick(groups, random), nullptr);
        worksheet_write_string(sheet, row, 6, pick(assignees, random), nullptr);
        worksheet_write_string(sheet, row, 7, pick(channels, random), nullptr);
        worksheet_write_string(sheet, row, 8, pick(brands, random), nullptr);
    }

    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        std::fprintf(stderr, "%s cannot be written: %s\n", argv[1], lxw_strerror(error));
        return 1;
    }
    return 0;
}
