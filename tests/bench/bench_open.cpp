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
    std::_Exit(0); // the figure is taken; tearing down is not part of opening
}
