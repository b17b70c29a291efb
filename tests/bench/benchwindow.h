#pragma once

// The main window of a benchmark: the register given on the command line, open and painted at
// 1280x800, as a user sees it after starting QuickWins.

#include "mainwindow.h"

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
    auto window = std::make_unique<MainWindow>(false);
    QString error;
    if (!window->openRegister(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return nullptr;
    }
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace qw::bench
