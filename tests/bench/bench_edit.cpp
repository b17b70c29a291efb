// Benchmark: edits on a large register, as the window makes them (RegisterActions: undo steps
// on the window's document), each timed from the edit until the list and the matrix have been updated
// (the edit committed, the rows and the marks changed), and until what changed is painted.
// Prints one line a kind, "KIND: median N ms ..."; asserts nothing.
// Usage: bench_edit REGISTER   (a register it may change: each edit is on disk when timed)
#include "benchwindow.h"
#include "matrixview.h"
#include "actions/registeractions.h"
#include "models/entrymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace qw;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const auto opened = bench::openWindow(argc, argv, "bench_edit REGISTER");
    if (!opened)
        return 1;
    MainWindow &window = *opened;
    // The first edit waits for the register to be found whole, as a person's would.
    while (window.document()->health() == RegisterDocument::Health::Checking)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    RegisterDocument *document = window.document();
    if (document->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(document->readOnlyReason()));
        return 1;
    }
    RegisterActions actions(document);
    EntryModel *model = window.entryModel();

    const int rounds = 31;
    const auto time = [&](const char *kind, const std::function<void(int round)> &edit) {
        QList<double> updated; // the edit on disk, the list and the matrix brought up to date
        QList<double> painted; // and what changed drawn again, as the window does
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            edit(round);
            updated.append(timer.nsecsElapsed() / 1e6);
            QApplication::processEvents();
            painted.append(timer.nsecsElapsed() / 1e6);
        }
        std::sort(updated.begin(), updated.end());
        std::sort(painted.begin(), painted.end());
        std::printf("%s: median %.2f ms (min %.2f, max %.2f) from the edit to the list and matrix updated, over %d "
                    "edits; to painted: median %.2f ms; %d entries listed\n",
                    kind, updated.at(rounds / 2), updated.first(), updated.last(), rounds, painted.at(rounds / 2),
                    model->rowCount());
        std::fflush(stdout);
    };
    // Entries a little way down the list, one after another (the window's own choice of row
    // does not matter: every row is one entry).
    const auto entryAt = [&](int round) {
        return model->entries().at((round * 37) % model->rowCount()).id;
    };

    // (What the list holds of an entry chooses the new values; the action reads the entry.)
    const auto summaryOf = [&](qint64 id) { return model->entries().at(model->rowOf(id)); };
    time("rescore", [&](int round) {
        const EntrySummary e = summaryOf(entryAt(round));
        actions.rescore(e.id, e.impact % 5 + 1, (e.effort + 1) % 5 + 1);
    });
    time("status", [&](int round) {
        const EntrySummary e = summaryOf(entryAt(round));
        actions.setStatus(e.id, e.status == Status::Approved ? Status::InProgress : Status::Approved);
    });
    const QList<Interaction> interactions = document->interactionPage(0, rounds);
    time("link", [&](int round) {
        actions.link({interactions.at(round % interactions.size()).id}, entryAt(round));
    });
    QList<qint64> added;
    time("add", [&](int round) {
        Entry entry;
        entry.title = QStringLiteral("Benchmark entry %1").arg(round);
        entry.impact = 1 + round % 5;
        entry.effort = 1 + (round / 5) % 5;
        entry.raisedOn = QDate::currentDate();
        if (const auto id = actions.addEntry(entry))
            added.append(*id);
    });
    time("remove", [&](int round) {
        actions.removeEntry(entryAt(round));
    });
    return 0;
}
