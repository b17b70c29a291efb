// Benchmark: showing the Triage tab on a large register, from raising the tab until its causes
// are painted (read then, once, with the first cause's examples and suggestions), and reading
// the causes alone again (median of 21). Prints milliseconds; asserts nothing. Causes never found
// in the register are found first (quickwins --export-groups), not here. Usage: bench_triage REGISTER
#include "benchwindow.h"
#include "document/registerdocument.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace qw;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const auto window = bench::openWindow(argc, argv, "bench_triage REGISTER");
    if (!window)
        return 1;
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("triageDock"));
    if (!dock)
        return 1;
    QElapsedTimer timer;
    timer.start();
    dock->raise();
    window->repaint();
    QApplication::processEvents();
    const double shown = timer.nsecsElapsed() / 1e6;

    QList<double> ms;
    qsizetype groups = 0;
    for (int run = 0; run < 21; ++run) {
        timer.restart();
        groups = window->document()->causeGroups().value_or(QList<CauseGroupInfo>()).size();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("triage tab shown: %.1f ms; causes read: median %.2f ms (min %.2f, max %.2f), %lld causes\n",
                shown, ms.at(ms.size() / 2), ms.first(), ms.last(), static_cast<long long>(groups));
    std::fflush(stdout);
    return 0; // closed as a user closes it, so the next run does not meet a crash's log
}
