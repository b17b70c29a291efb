#pragma once

// The main window of a benchmark: the register given on the command line, opened as QuickWins
// opens it at start and painted at 1280x800, as a user sees it after starting QuickWins.

#include "mainwindow.h"
#include "document/registerdocument.h"

#include <QTest>

#include <cstdio>
#include <memory>

namespace qw::bench {

inline std::unique_ptr<MainWindow> openWindow(int argc, char *argv[], const char *usage)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s\n", usage);
        return nullptr;
    }
    // As QuickWins starts (see main.cpp): the register opened first, its entries read on a
    // thread of their own while the window is built.
    QString error;
    auto document = RegisterDocument::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return nullptr;
    }
    document->prefetchEntrySummaries();
    auto window = std::make_unique<MainWindow>(false);
    window->showDocument(std::move(document));
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace qw::bench
