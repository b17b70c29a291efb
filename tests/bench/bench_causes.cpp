// Benchmark: finding causes in what customers wrote (CauseGrouping), on N made-up poor
// responses: 40 causes, each said in varied words (synonyms, word order, typos, English and
// French), with ticket numbers and noise. Prints the time, the groups found, and the share of
// responses in groups of three or more. Usage: bench_causes [N]   (default 100000)
#include "causes/causegroups.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace qw;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 100000;
    QRandomGenerator random(20261203);
    const char *const subjects[] = {"printer", "laptop", "vpn", "password", "wifi", "email", "teams", "phone",
                                    "monitor", "badge"};
    const char *const problems[] = {"keeps failing", "not working", "broken again", "very slow"};
    const char *const english[] = {"nobody called back", "waited on hold for an hour", "ticket closed without fix",
                                   "had to explain it three times"};
    QList<CauseDocument> documents;
    documents.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const int subject = int(random.bounded(10));
        const int problem = int(random.bounded(4));
        QString text = QStringLiteral("%1 %2").arg(QLatin1String(subjects[subject]), QLatin1String(problems[problem]));
        if (random.bounded(3) == 0)
            text += QStringLiteral(", ") + QLatin1String(english[random.bounded(4)]);
        if (random.bounded(5) == 0)
            text += QStringLiteral(" INC%1").arg(random.bounded(1000000));
        if (random.bounded(10) == 0 && text.size() > 6) // a typo
            text.remove(int(random.bounded(int(text.size()))), 1);
        documents.append({qint64(i + 1), QStringLiteral("Service %1").arg(subject % 4), text, TextLanguage::English});
    }
    QElapsedTimer timer;
    timer.start();
    const CauseGrouping::Result result = CauseGrouping::group(documents);
    const double seconds = timer.nsecsElapsed() / 1e9;
    qsizetype grouped = 0;
    for (const CauseGroup &g : result.groups)
        grouped += g.members.size();
    std::printf("%lld responses: %.2f s, %lld groups, %.1f %% in groups of three or more\n", (long long)n, seconds,
                (long long)result.groups.size(), 100.0 * double(grouped) / double(n));
    for (qsizetype g = 0; g < std::min<qsizetype>(5, result.groups.size()); ++g)
        std::printf("  %lld: %s\n", (long long)result.groups.at(g).members.size(),
                    qPrintable(result.groups.at(g).label.join(QStringLiteral(" · "))));
    return 0;
}
