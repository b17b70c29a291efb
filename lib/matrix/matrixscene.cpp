#include "matrixscene.h"

#include "domain/entry.h"
#include "domain/quadrant.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace qw {

QPointF MatrixGeometry::toPixel(const QPointF &value) const
{
    return {plot.left() + (value.x() - minimum) * cellWidth(),
            plot.bottom() - (value.y() - impactMinimum + band) * cellHeight()};
}

QPointF MatrixGeometry::toValue(const QPointF &pixel) const
{
    return {minimum + (pixel.x() - plot.left()) / cellWidth(),
            impactMinimum - band + (plot.bottom() - pixel.y()) / cellHeight()};
}

MatrixGeometry MatrixGeometry::zoomedInto(Quadrant quadrant, const QuadrantRule &rule, const QRectF &plot, double band)
{
    const bool lowEffort = quadrant == Quadrant::QuickWin || quadrant == Quadrant::FillIn;
    const bool highImpact = quadrant == Quadrant::QuickWin || quadrant == Quadrant::MajorProject;
    MatrixGeometry g;
    g.plot = plot;
    g.band = band;
    g.minimum = lowEffort ? 0.5 : rule.effortLine();
    g.maximum = lowEffort ? rule.effortLine() : 5.5;
    g.impactMinimum = highImpact ? rule.impactLine() : 0.5;
    g.impactMaximum = highImpact ? 5.5 : rule.impactLine();
    return g;
}

double MatrixGeometry::bandFor(double nameHeight, double plotHeight, double scores)
{
    // band · plotHeight / (scores + 2 band) ≥ nameHeight
    const double room = plotHeight - 2 * nameHeight;
    return room <= 0 ? 1.0 : std::clamp(scores * nameHeight / room, 0.0, 1.0);
}

namespace MatrixLayout {

namespace {

// Gives this file a translation context of its own.
struct LayoutText
{
    Q_DECLARE_TR_FUNCTIONS(MatrixLayout)
};

// The longest prefix of text that, with an ellipsis, fits in width.
QString elide(const QString &text, double width, const std::function<double(const QString &)> &measure)
{
    if (measure(text) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    qsizetype low = 0;
    qsizetype high = text.size();
    while (low < high) {
        const qsizetype mid = (low + high + 1) / 2;
        if (measure(text.left(mid).trimmed() + ellipsis) <= width)
            low = mid;
        else
            high = mid - 1;
    }
    return low > 0 ? text.left(low).trimmed() + ellipsis : QString();
}

// text in lines of at most width (a word longer than that has a line of its own).
QStringList wrapped(const QString &text, double width, const std::function<double(const QString &)> &measure)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && measure(longer) > width) {
            lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

MatrixScene buildScene(const QList<EntrySummary> &prioritised, const MatrixGeometry &geometry,
                       const MatrixSceneStyle &style, const QList<QRectF> &obstacles)
{
    MatrixScene scene;
    if (geometry.plot.isEmpty())
        return scene;
    const auto measure = style.textWidth ? style.textWidth
                                         : std::function<double(const QString &)>([&](const QString &t) {
                                               return t.size() * style.textHeight * 0.55;
                                           });

    // The 25 cells by number (impact and effort are 1 to 5), counted in arrays: this runs after
    // every change, over every entry shown.
    constexpr int Cells = 25;
    const auto cellOf = [](const EntrySummary &e) { return (e.impact - 1) * 5 + (e.effort - 1); };
    std::array<int, Cells> perCell{};
    for (const EntrySummary &e : prioritised) {
        if (isValidScore(e.impact) && isValidScore(e.effort) && geometry.holds(e.effort, e.impact))
            ++perCell[cellOf(e)];
    }

    // A cell's marks get the radius its grid allows; too small to read, and it becomes a badge.
    // The grid in a cell follows its shape: a wide cell gets more columns than rows.
    const double cell = std::min(geometry.cellWidth(), geometry.cellHeight());
    const double aspect = geometry.cellHeight() > 0 ? geometry.cellWidth() / geometry.cellHeight() : 1.0;
    const auto radiusFor = [&](int count) {
        if (count > style.maxPerCell)
            return 0.0;
        const CellGrid grid = gridFor(count, aspect);
        return std::min(style.maxRadius,
                        std::min(grid.stepX * geometry.cellWidth(), grid.stepY * geometry.cellHeight()) * 0.45);
    };

    int mostLinked = 1;
    for (const EntrySummary &e : prioritised)
        mostLinked = std::max(mostLinked, e.linkedCount);

    // Marks go on a grid in their cell, in priority order from the top left (see placeMarks);
    // only cells that keep their marks need the grid, so a crowded register costs little.
    std::array<double, Cells> cellRadius{};
    for (int c = 0; c < Cells; ++c)
        cellRadius[c] = radiusFor(perCell[c]);
    std::array<int, Cells> nextInCell{};
    std::array<int, Cells> badgeOfCell;
    badgeOfCell.fill(-1);
    for (qsizetype i = 0; i < prioritised.size(); ++i) {
        const EntrySummary &e = prioritised.at(i);
        // Impact 99 has no place on the matrix: listed and said (see StoredValues), not drawn;
        // zoomed into a quadrant, nor have the others' entries.
        if (!isValidScore(e.impact) || !isValidScore(e.effort) || !geometry.holds(e.effort, e.impact))
            continue;
        const int key = cellOf(e);
        const int count = perCell[key];
        const double radius = cellRadius[key];
        if (radius >= style.minRadius) {
            const QPointF position = gridPosition(e.effort, e.impact, nextInCell[key]++, count, aspect);
            // Sized by evidence, a mark only ever shrinks from what its cell allows.
            const double scale = style.sizeByEvidence
                ? 0.7 + 0.3 * std::sqrt(double(e.linkedCount) / mostLinked) : 1.0;
            scene.marks.append({e.id, int(i) + 1, geometry.toPixel(position),
                                std::max(style.minRadius, radius * scale)});
            continue;
        }
        if (badgeOfCell[key] < 0) {
            MatrixScene::Badge badge;
            badge.impact = e.impact;
            badge.effort = e.effort;
            badge.centre = geometry.toPixel(QPointF(e.effort, e.impact));
            badge.radius = std::min(style.maxRadius * 1.6, cell * 0.3);
            badge.members.reserve(count);
            badgeOfCell[key] = int(scene.badges.size());
            scene.badges.append(badge);
        }
        scene.badges[badgeOfCell[key]].members.append(e.id);
    }

    // Labels: badges first (they stand for many), then marks in priority order.
    QList<QPointF> centres;
    QList<double> radii;
    QList<QList<QSizeF>> sizes;
    QList<QStringList> texts;
    QList<std::pair<int, int>> owners; // (mark, badge)
    const double pad = 2 * style.labelPadding;
    const auto addLabel = [&](const QPointF &centre, double radius, const QStringList &alternatives,
                              std::pair<int, int> owner) {
        QList<QSizeF> s;
        for (const QString &t : alternatives) {
            const QStringList lines = t.split(QLatin1Char('\n'));
            double w = 0;
            for (const QString &l : lines)
                w = std::max(w, measure(l));
            s.append(QSizeF(w + pad, style.textHeight * lines.size() + 2));
        }
        centres.append(centre);
        radii.append(radius);
        texts.append(alternatives);
        sizes.append(s);
        owners.append(owner);
    };
    for (qsizetype b = 0; b < scene.badges.size(); ++b) {
        const MatrixScene::Badge &badge = scene.badges.at(b);
        // "CI-0002, CI-0003, CI-0007" while short, else "CI-0002 + 11 more".
        QStringList codes;
        for (qint64 id : badge.members.mid(0, 4))
            codes << Entry::codeFor(id);
        QStringList alternatives;
        if (badge.members.size() <= 4)
            alternatives << codes.join(QStringLiteral(", "));
        alternatives << LayoutText::tr("%1 + %n more", nullptr, int(badge.members.size() - 1))
                            .arg(codes.first());
        addLabel(badge.centre, badge.radius, alternatives, {-1, int(b)});
    }

    const double titleWidth = measure(QStringLiteral("x")) * style.titleChars;
    for (qsizetype m = 0; m < scene.marks.size(); ++m) {
        const MatrixScene::Mark &mark = scene.marks.at(m);
        const QString code = Entry::codeFor(mark.id);
        // The whole title on one line where there is room for it, else on two or three lines
        // (zoomed in), else as much of it as the plot's width allows.
        const QString whole = prioritised.at(mark.rank - 1).title.simplified();
        const QString title = elide(whole, titleWidth, measure);
        QStringList alternatives;
        const QString full = code + QLatin1Char(' ') + whole;
        if (!whole.isEmpty() && (title == whole || measure(whole) <= 2 * titleWidth))
            alternatives << full;
        for (int lines = 2; lines <= style.wrapLines && !whole.isEmpty(); ++lines) {
            const QStringList wrappedLines = wrapped(full, measure(full) / lines + measure(QStringLiteral("xxxx")), measure);
            if (wrappedLines.size() > 1 && wrappedLines.size() <= lines)
                alternatives << wrappedLines.join(QLatin1Char('\n'));
        }
        if (!title.isEmpty() && title != whole)
            alternatives << code + QLatin1Char(' ') + title;
        // Where that is too long, the start of the title is still worth its place.
        const QString start = title == whole ? QString() : elide(whole, titleWidth / 2, measure);
        if (start.size() >= 12)
            alternatives << code + QLatin1Char(' ') + start;
        alternatives << code;
        addLabel(mark.centre, mark.radius, alternatives, {int(m), -1});
    }

    // Labels keep clear of the ring drawn around a selected mark.
    QList<double> clearance;
    clearance.reserve(radii.size());
    for (double r : std::as_const(radii))
        clearance.append(r + 4);
    // Each label stays in its mark's quadrant: one that crossed a dividing line would read as
    // the neighbour's.
    const QuadrantRule rule;
    const double lineX = geometry.toPixel(QPointF(rule.effortLine(), 0)).x();
    const double lineY = geometry.toPixel(QPointF(0, rule.impactLine())).y();
    const QRectF &plot = geometry.plot;
    QList<QRectF> quadrantOf;
    quadrantOf.reserve(centres.size());
    for (const QPointF &c : std::as_const(centres)) {
        const double left = c.x() < lineX ? plot.left() : lineX;
        const double right = c.x() < lineX ? lineX : plot.right();
        const double top = c.y() < lineY ? plot.top() : lineY;
        const double bottom = c.y() < lineY ? lineY : plot.bottom();
        quadrantOf.append(QRectF(QPointF(left, top), QPointF(right, bottom)));
    }
    const QList<LabelPlacement> labels = placeLabels(centres, clearance, sizes, geometry.plot, obstacles, quadrantOf,
                                                     !style.keyShown);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const LabelPlacement &l = labels.at(i);
        if (l.alternative < 0)
            continue;
        scene.labels.append({owners.at(i).first, owners.at(i).second, texts.at(i).at(l.alternative), l.rect, l.leader});
    }
    return scene;
}

} // namespace MatrixLayout

} // namespace qw
