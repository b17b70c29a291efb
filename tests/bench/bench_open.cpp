// Benchmark: from the start of the process to the main window painted with the register
// open, as a user waits for it after starting QuickWins (without the screenshot's PNG
// encoding or the exit). Prints milliseconds; run it for each register, in fresh processes.
// Usage: bench_open REGISTER
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace qw;

int main(int argc, char *argv[])
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_open REGISTER\n");
        return 2;
    }
    MainWindow window(false);
    QString error;
    if (!window.openRegister(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.repaint();
    QApplication::processEvents();
    std::printf("%.1f\n", timer.nsecsElapsed() / 1e6);
    std::fflush(stdout);
    std::_Exit(0); // the figure is taken; tearing down is not part of opening
}
