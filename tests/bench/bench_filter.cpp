// Benchmark: typing in the filter of the main window on a large register. Each keystroke is
// timed from the key press until the list and the matrix have been updated and painted.
// Prints the median and the spread; asserts nothing. Usage: bench_filter REGISTER
#include "benchwindow.h"
#include "matrixview.h"
#include "models/entrymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>

#include <algorithm>
#include <cstdio>

using namespace qw;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const auto opened = bench::openWindow(argc, argv, "bench_filter REGISTER");
    if (!opened)
        return 1;
    MainWindow &window = *opened;
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
    filter->setFocus();
    QApplication::processEvents();

    // Letters typed one by one ("call-back", a title word of many entries), then taken away.
    const QString word = QStringLiteral("call-back");
    QList<double> ms;
    QList<int> rows;
    const auto keystroke = [&](auto press) {
        QElapsedTimer timer;
        timer.start();
        press();
        window.matrixView()->viewport()->repaint();
        window.repaint();
        QApplication::processEvents();
        ms.append(timer.nsecsElapsed() / 1e6);
        rows.append(window.entryModel()->rowCount());
    };
    for (int round = 0; round < 3; ++round) {
        for (const QChar c : word)
            keystroke([&] { QTest::keyClick(filter, c.toLatin1()); });
        for (qsizetype n = 0; n < word.size(); ++n)
            keystroke([&] { QTest::keyClick(filter, Qt::Key_Backspace); });
    }
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    std::printf("filter keystroke: median %.1f ms (min %.1f, max %.1f) over %lld keystrokes; "
                "list from %d to %d entries\n",
                sorted.at(sorted.size() / 2), sorted.first(), sorted.last(), (long long)sorted.size(),
                *std::min_element(rows.cbegin(), rows.cend()), *std::max_element(rows.cbegin(), rows.cend()));
    return 0;
}
