// Benchmark: one of several clients editing a team register at once, each seeing the others'
// changes as they come (RegisterDocument::followOthers()). Every 200 ms it changes its own entry
// (the CLIENT-th by id), writing the wall-clock time into its notes; for each entry another
// client changed, once the change has been heard and read it records how long ago that time
// was. Run several at once (tests/bench/server_bench.sh: ten); the clock is the machine's.
// Prints "heard N changes: MS MS ..." once SECONDS are up. Usage: bench_live REGISTER CLIENT SECONDS
#include "document/registerdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace qw;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_live REGISTER CLIENT SECONDS\n");
        return 2;
    }
    QString error;
    auto document = RegisterDocument::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QObject::connect(document.get(), &RegisterDocument::errorOccurred, document.get(),
                     [](const QString &message) { std::fprintf(stderr, "%s\n", qPrintable(message)); });
    if (!document->followOthers()) {
        std::fprintf(stderr, "the register does not tell of others' changes\n");
        return 1;
    }
    QList<EntrySummary> entries = document->entrySummaries();
    std::sort(entries.begin(), entries.end(), [](const EntrySummary &a, const EntrySummary &b) { return a.id < b.id; });
    const int client = QByteArray(argv[2]).toInt();
    if (client < 0 || client >= entries.size()) {
        std::fprintf(stderr, "the register has no entry for client %d\n", client);
        return 1;
    }
    const qint64 own = entries.at(client).id;

    QList<qint64> latencies;
    QObject::connect(document.get(), &RegisterDocument::changedElsewhere, document.get(),
                     [&](const QString &, const RegisterChange &change, const QDateTime &) {
                         for (qint64 id : change.entriesChanged) {
                             const std::optional<Entry> entry = document->entry(id);
                             if (entry && entry->notes.startsWith(QLatin1String("sent ")))
                                 latencies.append(QDateTime::currentMSecsSinceEpoch() - entry->notes.mid(5).toLongLong());
                         }
                     });
    QTimer edits;
    edits.setInterval(200);
    QObject::connect(&edits, &QTimer::timeout, document.get(), [&] {
        std::optional<Entry> entry = document->entry(own);
        if (!entry)
            return;
        entry->notes = QStringLiteral("sent %1").arg(QDateTime::currentMSecsSinceEpoch());
        document->updateEntry(*entry);
    });
    // The clients start at slightly different moments: their edits interleave.
    QTimer::singleShot(20 * client, &edits, qOverload<>(&QTimer::start));
    QTimer::singleShot(QByteArray(argv[3]).toInt() * 1000, &app, &QCoreApplication::quit);
    app.exec();
    std::printf("heard %lld changes:", (long long)latencies.size());
    for (qint64 ms : std::as_const(latencies))
        std::printf(" %lld", (long long)ms);
    std::printf("\n");
    return 0;
}
