// Matrix layout maths: every entry is placed in the cell of its scores, marks sharing a cell
// never touch, the arrangement is deterministic, and labels never cover a mark or each other.
#include "domain/priority.h"
#include "domain/quadrant.h"
#include "matrix/matrixkey.h"
#include "matrix/matrixlayout.h"
#include "matrix/matrixscene.h"
#include "matrix/movementroutes.h"

#include <QRandomGenerator>

#include <cmath>
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
        // Titles from a few words to a long sentence, as registers hold them.
        static const QStringList words = {QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("call-back"),
                                          QStringLiteral("for"), QStringLiteral("remote"), QStringLiteral("staff"),
                                          QStringLiteral("printer"), QStringLiteral("queue"), QStringLiteral("self-service")};
        QStringList title;
        for (int w = 0, n = 2 + int(random.bounded(9)); w < n; ++w)
            title << words.at(int(random.bounded(int(words.size()))));
        e.title = title.join(QLatin1Char(' '));
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
    void scene_data();
    void scene();
    void sceneWithKey_data();
    void sceneWithKey();
    void zoomedIntoAQuadrant();
    void movementRoutes_data();
    void movementRoutes();
    void arrowBendsAroundAMark();
    void geometryRoundTrip();
};

void TestMatrixLayout::marks_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("sameScores");
    for (int count : {1, 5, 20, 50, 100, 500}) {
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

void TestMatrixLayout::scene_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("sameScores");
    QTest::addColumn<QSizeF>("plotSize");
    for (int count : {1, 5, 20, 50, 100, 500}) {
        // The plot of a 1280x720 shared screen, and of a small window.
        QTest::addRow("%d same scores, 1280x720", count) << count << true << QSizeF(760, 560);
        QTest::addRow("%d random scores, 1280x720", count) << count << false << QSizeF(760, 560);
        QTest::addRow("%d random scores, small", count) << count << false << QSizeF(380, 300);
    }
}

void TestMatrixLayout::scene()
{
    QFETCH(int, count);
    QFETCH(bool, sameScores);
    QFETCH(QSizeF, plotSize);
    const QList<EntrySummary> input = entries(count, sameScores, 11);
    // As the matrix lays itself out: the quadrants' names (20 pixels high) in their corners,
    // in the band above and below the scores kept for them.
    const QRectF plot(QPointF(60, 20), plotSize);
    const MatrixGeometry geometry{plot, 0.5, 5.5, MatrixGeometry::bandFor(20 + 8, plot.height())};
    MatrixSceneStyle style;
    style.textWidth = [](const QString &text) { return text.size() * 7.0; };
    style.textHeight = 14;
    const QRectF name(plot.left() + 6, plot.top() + 4, 110, 20);
    const QList<QRectF> names = {name, QRectF(plot.right() - 146, plot.top() + 4, 140, 20),
                                 QRectF(plot.left() + 6, plot.bottom() - 24, 80, 20),
                                 QRectF(plot.right() - 156, plot.bottom() - 24, 150, 20)};
    const MatrixScene scene = MatrixLayout::buildScene(input, geometry, style, names);

    // Every entry is placed exactly once: as a mark, or counted in its cell's badge.
    QList<qint64> placed;
    QList<QRectF> shapes;
    for (const MatrixScene::Mark &m : scene.marks) {
        placed.append(m.id);
        QVERIFY(m.radius >= style.minRadius);
        shapes.append(QRectF(m.centre - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius)));
    }
    for (const MatrixScene::Badge &b : scene.badges) {
        placed.append(b.members);
        QVERIFY(b.members.size() >= 2);
        shapes.append(QRectF(b.centre - QPointF(b.radius, b.radius), QSizeF(2 * b.radius, 2 * b.radius)));
    }
    std::sort(placed.begin(), placed.end());
    QList<qint64> expected;
    for (const EntrySummary &e : input)
        expected.append(e.id);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(placed, expected);

    // No two marks (or badges) intersect; no label covers a mark, a badge, a name or a label.
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        QVERIFY(geometry.plot.contains(shapes.at(i).center()));
        for (qsizetype j = i + 1; j < shapes.size(); ++j)
            QVERIFY2(!shapes.at(i).intersects(shapes.at(j)), qPrintable(QStringLiteral("shapes %1 and %2").arg(i).arg(j)));
    }
    // Nothing is drawn over a quadrant's name.
    for (const QRectF &shape : std::as_const(shapes)) {
        for (const QRectF &n : names)
            QVERIFY2(!shape.intersects(n), "a mark covers a quadrant's name");
    }
    // Each label touches its mark, or is joined to it by a leader line that passes over no
    // other mark.
    for (const MatrixScene::Label &l : scene.labels) {
        const QPointF c = l.mark >= 0 ? scene.marks.at(l.mark).centre : scene.badges.at(l.badge).centre;
        const double r = l.mark >= 0 ? scene.marks.at(l.mark).radius : scene.badges.at(l.badge).radius;
        const QPointF to(std::clamp(c.x(), l.rect.left(), l.rect.right()), std::clamp(c.y(), l.rect.top(), l.rect.bottom()));
        const double distance = std::hypot(to.x() - c.x(), to.y() - c.y());
        if (!l.leader) {
            QVERIFY2(distance <= r + 6 + 1, qPrintable(l.text + QLatin1String(" is away from its mark")));
            continue;
        }
        QVERIFY(distance <= r + 6 + 16 + 1);
        for (const MatrixScene::Mark &other : scene.marks) {
            if (l.mark >= 0 && other.id == scene.marks.at(l.mark).id)
                continue;
            const QPointF v = to - c;
            const double length2 = QPointF::dotProduct(v, v);
            const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(other.centre - c, v) / length2, 0.0, 1.0) : 0.0;
            const QPointF nearest = c + t * v;
            QVERIFY2(std::hypot(other.centre.x() - nearest.x(), other.centre.y() - nearest.y()) >= other.radius,
                     qPrintable(l.text + QLatin1String("'s leader crosses another mark")));
        }
    }
    // Each label stays in its mark's quadrant.
    const QuadrantRule rule;
    const double lineX = geometry.toPixel(QPointF(rule.effortLine(), 0)).x();
    const double lineY = geometry.toPixel(QPointF(0, rule.impactLine())).y();
    for (const MatrixScene::Label &l : scene.labels) {
        const QPointF owner = l.mark >= 0 ? scene.marks.at(l.mark).centre : scene.badges.at(l.badge).centre;
        QVERIFY2((l.rect.right() <= lineX) == (owner.x() < lineX) || (l.rect.left() >= lineX) == (owner.x() >= lineX),
                 qPrintable(l.text + QLatin1String(" crosses the effort line")));
        QVERIFY((owner.x() < lineX ? l.rect.right() <= lineX + 0.01 : l.rect.left() >= lineX - 0.01));
        QVERIFY((owner.y() < lineY ? l.rect.bottom() <= lineY + 0.01 : l.rect.top() >= lineY - 0.01));
    }
    for (qsizetype i = 0; i < scene.labels.size(); ++i) {
        const QRectF r = scene.labels.at(i).rect;
        QVERIFY(geometry.plot.contains(r));
        for (const QRectF &n : names)
            QVERIFY(!r.intersects(n));
        for (const QRectF &shape : std::as_const(shapes))
            QVERIFY(!r.intersects(shape));
        for (qsizetype j = i + 1; j < scene.labels.size(); ++j)
            QVERIFY(!r.intersects(scene.labels.at(j).rect));
    }
    // A few entries in cells of their own on a shared screen are all labelled, with their IDs.
    // (Five in one cell are not: the middle ones' labels would sit as near to their neighbours.)
    if (count <= 5 && plotSize.width() > 500 && !sameScores) {
        QCOMPARE(scene.labels.size(), scene.marks.size() + scene.badges.size());
        for (const MatrixScene::Label &l : scene.labels)
            QVERIFY(l.text.startsWith(QStringLiteral("CI-")));
    }
    // 500 entries with the same scores: one badge that says 500.
    if (sameScores && count == 500) {
        QCOMPARE(scene.marks.size(), 0);
        QCOMPARE(scene.badges.size(), 1);
        QCOMPARE(scene.badges.first().members.size(), 500);
    }
}

namespace {

// The quadrants' names in their corners, as the matrix draws them, 20 pixels high.
QList<QRectF> namesOn(const QRectF &plot)
{
    return {QRectF(plot.left() + 6, plot.top() + 4, 110, 20), QRectF(plot.right() - 146, plot.top() + 4, 140, 20),
            QRectF(plot.left() + 6, plot.bottom() - 24, 80, 20), QRectF(plot.right() - 156, plot.bottom() - 24, 150, 20)};
}

MatrixSceneStyle testStyle(bool key)
{
    MatrixSceneStyle style;
    style.textWidth = [](const QString &text) { return text.size() * 7.0; };
    style.textHeight = 14;
    style.keyShown = key;
    return style;
}

struct Disc
{
    qint64 id;
    QPointF centre;
    double radius;
};

QList<Disc> discsOf(const MatrixScene &scene)
{
    QList<Disc> discs;
    for (const MatrixScene::Mark &m : scene.marks)
        discs.append({m.id, m.centre, m.radius});
    for (const MatrixScene::Badge &b : scene.badges)
        discs.append({0, b.centre, b.radius});
    return discs;
}

} // namespace

void TestMatrixLayout::sceneWithKey_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("seed");
    // The plot beside the key on a 1280x720 shared screen.
    for (int count : {1, 5, 20, 48, 50, 100, 500}) {
        for (quint32 seed : {3u, 17u, 29u})
            QTest::addRow("%d random entries, seed %u", count, seed) << count << seed;
    }
}

// With the key beside it, a title drawn on the matrix touches its own mark and no other mark is
// nearly as close; every entry shown is in the key exactly once, with the number its mark shows.
void TestMatrixLayout::sceneWithKey()
{
    QFETCH(int, count);
    QFETCH(quint32, seed);
    const QList<EntrySummary> input = entries(count, false, seed);
    const QRectF plot(QPointF(60, 40), QSizeF(780, 600));
    const MatrixGeometry geometry{plot, 0.5, 5.5, MatrixGeometry::bandFor(28, plot.height())};
    const MatrixSceneStyle style = testStyle(true);
    const QList<QRectF> names = namesOn(plot);
    const MatrixScene scene = MatrixLayout::buildScene(input, geometry, style, names);
    const QList<Disc> discs = discsOf(scene);

    for (const MatrixScene::Label &l : scene.labels) {
        QVERIFY2(!l.leader, "with a key, no label is set apart on a leader line");
        const Disc &own = discs.at(l.mark >= 0 ? l.mark : scene.marks.size() + l.badge);
        const double near = MatrixLayout::edgeDistance(own.centre, own.radius, l.rect);
        QVERIFY2(near <= 6 + 1, qPrintable(l.text + QLatin1String(" does not touch its mark")));
        for (const Disc &other : discs) {
            if (&other == &own)
                continue;
            const double d = MatrixLayout::edgeDistance(other.centre, other.radius, l.rect);
            QVERIFY2(d >= near + l.rect.height() / 2 - 4.01,
                     qPrintable(QStringLiteral("%1 is as near to the mark of %2 as to its own").arg(l.text).arg(other.id)));
        }
        for (const QRectF &n : names)
            QVERIFY(!l.rect.intersects(n));
    }

    // The key: every entry on the matrix once, in number order.
    const QList<MatrixKeyRow> rows = MatrixKey::rows(input, {}, QuadrantRule(), std::nullopt, scene);
    QList<qint64> keyed;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        keyed.append(rows.at(i).id);
        if (i > 0)
            QVERIFY(rows.at(i - 1).number < rows.at(i).number);
    }
    QList<qint64> shown;
    for (const MatrixScene::Mark &m : scene.marks) {
        shown.append(m.id);
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const MatrixKeyRow &r) { return r.id == m.id; });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->number, m.rank);
    }
    for (const MatrixScene::Badge &b : scene.badges)
        shown.append(b.members);
    std::sort(keyed.begin(), keyed.end());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(keyed, shown);
    // What the key says is drawn beside its mark is: a label holding more than the ID.
    for (const MatrixKeyRow &row : rows) {
        const bool titled = std::any_of(scene.labels.cbegin(), scene.labels.cend(), [&](const MatrixScene::Label &l) {
            return l.mark >= 0 && scene.marks.at(l.mark).id == row.id && l.text.size() > 7;
        });
        QCOMPARE(row.titled, titled);
    }
    // A shared screen's worth of rows fits, with a row for the rest.
    QCOMPARE(MatrixKey::rowsThatFit(100, 600, 26), 22);
    QCOMPARE(MatrixKey::rowsThatFit(23, 600, 26), 23);
    QCOMPARE(MatrixKey::rowsThatFit(24, 600, 26), 22);
}

void TestMatrixLayout::zoomedIntoAQuadrant()
{
    const QList<EntrySummary> input = entries(100, false, 5);
    const QRectF plot(QPointF(60, 40), QSizeF(780, 600));
    const QuadrantRule rule;
    for (Quadrant q : {Quadrant::QuickWin, Quadrant::MajorProject, Quadrant::FillIn, Quadrant::Thankless}) {
        const MatrixGeometry geometry = MatrixGeometry::zoomedInto(q, rule, plot, MatrixGeometry::bandFor(28, plot.height(), 3));
        // The quadrant's cells fill the plot.
        const QPointF low = geometry.toPixel(QPointF(geometry.minimum, geometry.impactMinimum - geometry.band));
        const QPointF high = geometry.toPixel(QPointF(geometry.maximum, geometry.impactMaximum + geometry.band));
        QVERIFY(qAbs(low.x() - plot.left()) < 1e-6 && qAbs(low.y() - plot.bottom()) < 1e-6);
        QVERIFY(qAbs(high.x() - plot.right()) < 1e-6 && qAbs(high.y() - plot.top()) < 1e-6);
        MatrixSceneStyle style = testStyle(true);
        style.titleChars = 48;
        style.wrapLines = 3;
        const QList<QRectF> names = {namesOn(plot).at(int(q))};
        const MatrixScene scene = MatrixLayout::buildScene(input, geometry, style, names);
        // Only that quadrant's entries, each once.
        int inQuadrant = 0;
        for (const EntrySummary &e : input)
            inQuadrant += rule.quadrant(e.impact, e.effort) == q ? 1 : 0;
        qsizetype placed = scene.marks.size();
        for (const MatrixScene::Badge &b : scene.badges)
            placed += b.members.size();
        QCOMPARE(placed, qsizetype(inQuadrant));
        QVERIFY(inQuadrant > 0);
        for (const MatrixScene::Mark &m : scene.marks) {
            const EntrySummary &e = input.at(m.rank - 1);
            QCOMPARE(rule.quadrant(e.impact, e.effort), q);
            QVERIFY(plot.contains(m.centre));
        }
        // With the room of a whole plot, more of the quadrant's titles are drawn, and longer,
        // than on the whole matrix.
        const MatrixScene whole = MatrixLayout::buildScene(input, MatrixGeometry{plot, 0.5, 5.5, geometry.band},
                                                           testStyle(true), namesOn(plot));
        const auto titleChars = [&](const MatrixScene &shown) {
            qsizetype chars = 0;
            for (const MatrixScene::Label &l : shown.labels) {
                if (l.mark < 0)
                    continue;
                const EntrySummary &e = input.at(shown.marks.at(l.mark).rank - 1);
                if (rule.quadrant(e.impact, e.effort) == q)
                    chars += std::max<qsizetype>(0, l.text.size() - 8);
            }
            return chars;
        };
        for (const MatrixScene::Label &l : scene.labels)
            QVERIFY(!l.rect.intersects(names.first()));
        QVERIFY2(titleChars(scene) > titleChars(whole),
                 qPrintable(QStringLiteral("%1 characters of titles zoomed, %2 not").arg(titleChars(scene)).arg(titleChars(whole))));
        const QList<MatrixKeyRow> rows = MatrixKey::rows(input, {}, rule, q, scene);
        QCOMPARE(rows.size(), qsizetype(inQuadrant));
    }
}

void TestMatrixLayout::movementRoutes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("key");
    for (int count : {1, 5, 20, 50, 100, 500}) {
        QTest::addRow("%d entries", count) << count << false;
        QTest::addRow("%d entries beside a key", count) << count << true;
    }
}

// An arrow from where an entry stood to its mark now passes over no other mark, badge or name.
void TestMatrixLayout::movementRoutes()
{
    QFETCH(int, count);
    QFETCH(bool, key);
    const QList<EntrySummary> input = entries(count, false, 23);
    const QRectF plot(QPointF(60, 40), key ? QSizeF(780, 600) : QSizeF(1000, 600));
    const MatrixGeometry geometry{plot, 0.5, 5.5, MatrixGeometry::bandFor(28, plot.height())};
    const QList<QRectF> names = namesOn(plot);
    const MatrixScene scene = MatrixLayout::buildScene(input, geometry, testStyle(key), names);
    // Every other entry moved from a random cell.
    QRandomGenerator random(7);
    QList<SnapshotComparison::Move> moves;
    for (qsizetype i = 0; i < input.size(); i += 2) {
        const EntrySummary &e = input.at(i);
        SnapshotComparison::Move move{e.id, 1 + int(random.bounded(5)), 1 + int(random.bounded(5)), e.impact, e.effort};
        if (move.fromImpact != move.toImpact || move.fromEffort != move.toEffort)
            moves.append(move);
    }
    const QList<MovementRoute> routes = MatrixLayout::routeMovements(moves, scene, geometry, names);
    const QList<Disc> discs = discsOf(scene);
    for (const MovementRoute &route : routes) {
        QVERIFY(route.path.size() >= 2);
        const auto move = std::find_if(moves.cbegin(), moves.cend(), [&](const auto &m) { return m.id == route.id; });
        QVERIFY(move != moves.cend());
        // It starts in the cell the entry stood in, and ends at the edge of its own mark.
        const QPointF cell = geometry.toPixel(QPointF(move->fromEffort, move->fromImpact));
        QVERIFY(qAbs(route.from.x() - cell.x()) <= geometry.cellWidth() / 2);
        QVERIFY(qAbs(route.from.y() - cell.y()) <= geometry.cellHeight() / 2);
        const auto own = std::find_if(discs.cbegin(), discs.cend(), [&](const Disc &d) { return d.id == route.id; });
        QVERIFY(own != discs.cend());
        const QPointF tip = route.path.constLast();
        QVERIFY(std::abs(std::hypot(tip.x() - own->centre.x(), tip.y() - own->centre.y()) - own->radius - 3) < 0.5);
        for (qsizetype s = 1; s < route.path.size(); ++s) {
            const QPointF a = route.path.at(s - 1);
            const QPointF b = route.path.at(s);
            QVERIFY(plot.contains(a) && plot.contains(b));
            for (const Disc &d : discs) {
                if (d.id == route.id)
                    continue;
                QVERIFY2(MatrixLayout::segmentDistance(d.centre, a, b) >= d.radius,
                         qPrintable(QStringLiteral("the arrow of %1 crosses the mark of %2").arg(route.id).arg(d.id)));
            }
            for (const QRectF &n : names)
                QVERIFY(!MatrixLayout::segmentMeetsRect(a, b, n));
        }
    }
    // With room to spare, every move is drawn.
    if (count <= 5) {
        qsizetype marked = 0;
        for (const auto &m : moves)
            marked += std::any_of(scene.marks.cbegin(), scene.marks.cend(), [&](const auto &mark) { return mark.id == m.id; });
        QCOMPARE(routes.size(), marked);
    }
}

// Where a straight line would pass over another mark, the arrow bends around it.
void TestMatrixLayout::arrowBendsAroundAMark()
{
    QList<EntrySummary> input;
    for (const auto &[impact, effort] : {std::pair{3, 1}, std::pair{3, 3}}) {
        EntrySummary e;
        e.id = input.size() + 1;
        e.impact = impact;
        e.effort = effort;
        input.append(e);
    }
    sortByPriority(input);
    const QRectF plot(QPointF(60, 40), QSizeF(780, 600));
    const MatrixGeometry geometry{plot, 0.5, 5.5, MatrixGeometry::bandFor(28, plot.height())};
    const MatrixScene scene = MatrixLayout::buildScene(input, geometry, testStyle(true), namesOn(plot));
    QCOMPARE(scene.marks.size(), 2);
    // The entry at effort 1 stood at effort 5, the other one's mark between.
    const qint64 moved = input.at(0).effort == 1 ? input.at(0).id : input.at(1).id;
    const MatrixScene::Mark &between = scene.marks.at(scene.marks.at(0).id == moved ? 1 : 0);
    const QList<MovementRoute> routes
        = MatrixLayout::routeMovements({{moved, 3, 5, 3, 1}}, scene, geometry, namesOn(plot));
    QCOMPARE(routes.size(), 1);
    double furthest = 0;
    for (const QPointF &p : routes.first().path)
        furthest = std::max(furthest, std::abs(p.y() - between.centre.y()));
    QVERIFY2(furthest > between.radius, "the arrow goes straight through the mark between");
    for (qsizetype i = 1; i < routes.first().path.size(); ++i)
        QVERIFY(MatrixLayout::segmentDistance(between.centre, routes.first().path.at(i - 1), routes.first().path.at(i)) >= between.radius);
    // A segment meets a rectangle it crosses without ending in it.
    QVERIFY(MatrixLayout::segmentMeetsRect(QPointF(0, 5), QPointF(100, 5), QRectF(40, 0, 10, 10)));
    QVERIFY(!MatrixLayout::segmentMeetsRect(QPointF(0, 50), QPointF(100, 50), QRectF(40, 0, 10, 10)));
}

void TestMatrixLayout::geometryRoundTrip()
{
    // Zoomed into a quadrant, with the band for its name: scores to pixels and back.
    for (Quadrant q : {Quadrant::QuickWin, Quadrant::Thankless}) {
        const MatrixGeometry z = MatrixGeometry::zoomedInto(q, QuadrantRule(), QRectF(50, 10, 600, 400), 0.3);
        const QPointF value(q == Quadrant::QuickWin ? 1.7 : 4.2, q == Quadrant::QuickWin ? 4.4 : 2.1);
        const QPointF back = z.toValue(z.toPixel(value));
        QVERIFY(qAbs(back.x() - value.x()) < 1e-9 && qAbs(back.y() - value.y()) < 1e-9);
        QCOMPARE(z.holds(1, 5), q == Quadrant::QuickWin);
        QCOMPARE(z.holds(5, 1), q == Quadrant::Thankless);
        QVERIFY(!z.holds(3, 4));
    }
    const MatrixGeometry g{QRectF(50, 10, 500, 400)};
    QCOMPARE(g.toPixel(QPointF(0.5, 0.5)), QPointF(50, 410));
    QCOMPARE(g.toPixel(QPointF(5.5, 5.5)), QPointF(550, 10));
    const QPointF p = g.toPixel(QPointF(2.25, 3.75));
    QVERIFY(qAbs(g.toValue(p).x() - 2.25) < 1e-9);
    QVERIFY(qAbs(g.toValue(p).y() - 3.75) < 1e-9);
}

QTEST_GUILESS_MAIN(TestMatrixLayout)
#include "tst_matrixlayout.moc"
