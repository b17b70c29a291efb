// Benchmark: from the start of the process to the main window painted with the register
// open, as a user waits for it after starting QuickWins (without the screenshot's PNG
// encoding or the exit). Prints milliseconds; run it for each register, in fresh processes.
// Usage: bench_open REGISTER
#include "benchwindow.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace qw;

int main(int argc, char *argv[])
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    const auto window = bench::openWindow(argc, argv, "bench_open REGISTER");
    if (!window)
        return 1;
    window->repaint();
    QApplication::processEvents();
    std::printf("%.1f\n", timer.nsecsElapsed() / 1e6);
    std::fflush(stdout);
    // The figure is taken. The register is closed as a user's QuickWins closes it: a process
    // that ends without closing leaves its write-ahead log, and the next open then checks that
    // log as a crash's (a copy and integrity_check: 2.3 s at 1,000,000 interactions).
    return 0;
}
