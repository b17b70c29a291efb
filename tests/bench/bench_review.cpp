// Benchmark: a review's agenda on a large register (every entry read whole, each one's latest
// history line, the actions, triage's causes and what they counted at the last review, a verdict
// for each done entry), and its minutes composed; median of 11 each. Prints milliseconds;
// asserts nothing. Causes never found are found first (quickwins --agenda does so), not here.
// Usage: bench_review REGISTER
#include "document/registerdocument.h"
#include "review/minutes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace qw;

namespace {

template<typename F>
std::pair<double, double> median(F &&work)
{
    QList<double> ms;
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_review REGISTER\n");
        return 2;
    }
    QString error;
    auto document = RegisterDocument::open(QString::fromLocal8Bit(argv[1]), &error, true);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qsizetype items = 0;
    const auto [agenda, agendaMax] = median([&] { items = document->agenda(QDate::currentDate()).value_or(QList<ReviewItem>()).size(); });
    const auto reviews = document->reviews().value_or(QList<Review>());
    std::printf("agenda: median %.1f ms (max %.1f), %lld items; %d entries, %d interactions\n", agenda, agendaMax,
                static_cast<long long>(items), document->entryCount(), document->interactionCount());
    const auto ended = std::find_if(reviews.cbegin(), reviews.cend(), [](const Review &r) { return !r.isRunning(); });
    if (ended != reviews.cend()) {
        qsizetype bytes = 0;
        const auto [minutes, minutesMax] = median([&] { bytes = Minutes::compose(*document, *ended).value_or(QString()).size(); });
        std::printf("minutes of the latest review: median %.1f ms (max %.1f), %lld characters\n", minutes, minutesMax,
                    static_cast<long long>(bytes));
    }
    std::fflush(stdout);
    return 0;
}
