// Benchmark: the matrix's layout and its rebuild for 100, 1,000 and 10,000 entries, at the
// 1280x720 of a shared screen. Prints the median and the spread of repeated runs; it asserts
// nothing, because timings on a shared machine are figures to read, not to gate on.
#include "document/registerdocument.h"
#include "matrixview.h"
#include "models/entrymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace qw;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename F>
QList<double> timeRuns(int runs, F work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    std::printf("%-8s %22s %22s %26s\n", "entries", "layout maths (ms)", "matrix rebuild (ms)",
                "reload + rebuild (ms)");
    for (int count : {100, 1000, 10000}) {
        QString error;
        auto document = RegisterDocument::open(dir.filePath(QStringLiteral("bench-%1.qwr").arg(count)), &error);
        if (!document) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QRandomGenerator random(count);
        QList<Entry> entries;
        QList<Interaction> none;
        for (int i = 0; i < count; ++i) {
            Entry e;
            e.title = QStringLiteral("Improvement number %1 for the service desk").arg(i);
            e.impact = 1 + int(random.bounded(5));
            e.effort = 1 + int(random.bounded(5));
            e.status = Status(random.bounded(3));
            e.raisedOn = QDate(2026, 1, 1).addDays(random.bounded(300));
            entries.append(e);
        }
        document->addInBulk(entries, none);
        EntryModel model(document.get());
        MatrixView view;
        view.setModel(&model);
        view.resize(1280, 720);
        view.show();
        QCoreApplication::processEvents();

        const QFontMetricsF metrics(view.font());
        MatrixSceneStyle style;
        style.textWidth = [&metrics](const QString &t) { return metrics.horizontalAdvance(t); };
        style.textHeight = metrics.height();
        const MatrixGeometry geometry{QRectF(60, 20, 1100, 600)};
        const int runs = 41;
        const QList<double> layout = timeRuns(runs, [&] { MatrixLayout::buildScene(model.entries(), geometry, style); });
        const QList<double> rebuild = timeRuns(runs, [&] { view.setColourBy(ColourBy::Quadrant); });
        const QList<double> reload = timeRuns(runs, [&] { model.reload(); });
        const auto cell = [](const QList<double> &ms) {
            return QStringLiteral("%1 (%2-%3)").arg(median(ms), 0, 'f', 2)
                .arg(*std::min_element(ms.begin(), ms.end()), 0, 'f', 2)
                .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 2);
        };
        std::printf("%-8d %22s %22s %26s\n", count, qPrintable(cell(layout)), qPrintable(cell(rebuild)),
                    qPrintable(cell(reload)));
        std::printf("         marks drawn: %d, count badges: %d\n", view.markCount(), view.badgeCount());
    }
    std::printf("median (min-max) of 41 runs each, offscreen at 1280x720\n");
    return 0;
}
