// Matrix layout maths: every entry is placed in the cell of its scores, marks sharing a cell
// never touch, the arrangement is deterministic, and labels never cover a mark or each other.
#include "domain/priority.h"
#include "matrix/matrixlayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace qw;

namespace {

QList<EntrySummary> entries(int count, bool sameScores, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<EntrySummary> result;
    for (int i = 0; i < count; ++i) {
        EntrySummary e;
        e.id = i + 1;
        e.impact = sameScores ? 4 : 1 + int(random.bounded(5));
        e.effort = sameScores ? 2 : 1 + int(random.bounded(5));
        e.linkedCount = int(random.bounded(4));
        result.append(e);
    }
    sortByPriority(result);
    return result;
}

} // namespace

class TestMatrixLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marks_data();
    void marks();
    void marksAreDeterministic();
    void labels_data();
    void labels();
    void labelPrefersLongTextAndFallsBack();
};

void TestMatrixLayout::marks_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("sameScores");
    for (int count : {1, 5, 20, 100, 500}) {
        QTest::addRow("%d with the same scores", count) << count << true;
        QTest::addRow("%d with random scores", count) << count << false;
    }
}

void TestMatrixLayout::marks()
{
    QFETCH(int, count);
    QFETCH(bool, sameScores);
    const QList<EntrySummary> input = entries(count, sameScores, 42);
    const QList<MarkPlacement> placed = MatrixLayout::placeMarks(input);
    QCOMPARE(placed.size(), input.size());

    QHash<int, int> perCell;
    for (const EntrySummary &e : input)
        ++perCell[e.impact * 10 + e.effort];
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const EntrySummary &e = input.at(i);
        const MarkPlacement &p = placed.at(i);
        QCOMPARE(p.id, e.id);
        QCOMPARE(p.rank, int(i) + 1);
        // Inside its own cell, clear of the cell's edge.
        QVERIFY(qAbs(p.position.x() - e.effort) < MatrixLayout::CellUse / 2 + 1e-9);
        QVERIFY(qAbs(p.position.y() - e.impact) < MatrixLayout::CellUse / 2 + 1e-9);
    }
    // No two marks of a cell closer than the cell's spacing: drawn with a radius below half the
    // spacing, they never overlap.
    for (qsizetype i = 0; i < placed.size(); ++i) {
        for (qsizetype j = i + 1; j < placed.size(); ++j) {
            const EntrySummary &a = input.at(i);
            const EntrySummary &b = input.at(j);
            if (a.impact != b.impact || a.effort != b.effort)
                continue;
            const double spacing = MatrixLayout::spacingFor(perCell.value(a.impact * 10 + a.effort));
            const QPointF d = placed.at(i).position - placed.at(j).position;
            QVERIFY2(std::hypot(d.x(), d.y()) >= spacing - 1e-9,
                     qPrintable(QStringLiteral("entries %1 and %2 too close").arg(a.id).arg(b.id)));
        }
    }
}

void TestMatrixLayout::marksAreDeterministic()
{
    const QList<EntrySummary> input = entries(100, false, 7);
    QList<EntrySummary> shuffled(input.rbegin(), input.rend());
    sortByPriority(shuffled);
    const QList<MarkPlacement> a = MatrixLayout::placeMarks(input);
    const QList<MarkPlacement> b = MatrixLayout::placeMarks(shuffled);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).id, b.at(i).id);
        QCOMPARE(a.at(i).position, b.at(i).position);
    }
    // The first of a shared cell sits at its top left.
    const QList<MarkPlacement> same = MatrixLayout::placeMarks(entries(4, true, 1));
    QVERIFY(same.at(0).position.x() < same.at(1).position.x());
    QVERIFY(same.at(0).position.y() > same.at(2).position.y());
}

void TestMatrixLayout::labels_data()
{
    QTest::addColumn<int>("count");
    for (int count : {1, 5, 20, 100, 500})
        QTest::addRow("%d entries", count) << count;
}

void TestMatrixLayout::labels()
{
    QFETCH(int, count);
    const QList<EntrySummary> input = entries(count, false, 3);
    const QList<MarkPlacement> placed = MatrixLayout::placeMarks(input);
    // Score units to pixels of a 700 x 600 plot, impact upwards.
    const QRectF plot(50, 20, 700, 600);
    QList<QPointF> marks;
    QList<QList<QSizeF>> sizes;
    for (const MarkPlacement &p : placed) {
        marks.append(QPointF(plot.left() + (p.position.x() - 0.5) * plot.width() / 5,
                             plot.bottom() - (p.position.y() - 0.5) * plot.height() / 5));
        sizes.append({QSizeF(150, 16), QSizeF(56, 16)});
    }
    const double radius = 6;
    const QRectF name(plot.left() + 4, plot.top() + 4, 120, 22);
    const QList<MatrixLayout::LabelPlacement> labels =
        MatrixLayout::placeLabels(marks, QList<double>(marks.size(), radius), sizes, plot, {name});
    QCOMPARE(labels.size(), marks.size());
    int shown = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const MatrixLayout::LabelPlacement &l = labels.at(i);
        if (l.alternative < 0) {
            QVERIFY(l.rect.isEmpty());
            continue;
        }
        ++shown;
        QVERIFY(plot.contains(l.rect));
        QVERIFY(!l.rect.intersects(name));
        QCOMPARE(l.rect.size(), sizes.at(i).at(l.alternative));
        for (const QPointF &m : marks)
            QVERIFY(!l.rect.intersects(QRectF(m.x() - radius, m.y() - radius, 2 * radius, 2 * radius)));
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY(!l.rect.intersects(labels.at(j).rect));
    }
    // Up to 20 entries on a plot this size, every one gets a label.
    if (count <= 20)
        QCOMPARE(shown, count);
}

void TestMatrixLayout::labelPrefersLongTextAndFallsBack()
{
    const QRectF bounds(0, 0, 300, 100);
    // Alone: the long text fits to the right.
    auto one = MatrixLayout::placeLabels({QPointF(50, 50)}, {5}, {{QSizeF(120, 14), QSizeF(40, 14)}}, bounds);
    QCOMPARE(one.first().alternative, 0);
    QVERIFY(one.first().rect.left() > 50);
    // Hemmed in by the plot's edges, only the short text fits.
    auto tight = MatrixLayout::placeLabels({QPointF(40, 50)}, {5}, {{QSizeF(400, 14), QSizeF(20, 14)}},
                                           QRectF(0, 0, 80, 100));
    QCOMPARE(tight.first().alternative, 1);
}

QTEST_GUILESS_MAIN(TestMatrixLayout)
#include "tst_matrixlayout.moc"
