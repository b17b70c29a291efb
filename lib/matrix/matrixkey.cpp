#include "matrixkey.h"

#include "matrixscene.h"

#include "domain/entry.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qw::MatrixKey {

QList<MatrixKeyRow> rows(const QList<EntrySummary> &prioritised, const std::function<int(qint64, int)> &numberOf,
                         const QuadrantRule &rule, std::optional<Quadrant> only, const MatrixScene &scene)
{
    // A label that holds more than the ID carries the title.
    QHash<qint64, int> inBadge;
    for (const MatrixScene::Badge &badge : scene.badges) {
        for (qint64 id : badge.members)
            inBadge.insert(id, int(badge.members.size()));
    }
    QSet<qint64> titled;
    for (const MatrixScene::Label &label : scene.labels) {
        if (label.mark >= 0 && label.text.size() > Entry::codeFor(scene.marks.at(label.mark).id).size())
            titled.insert(scene.marks.at(label.mark).id);
    }
    QList<MatrixKeyRow> result;
    result.reserve(prioritised.size());
    for (qsizetype i = 0; i < prioritised.size(); ++i) {
        const EntrySummary &e = prioritised.at(i);
        if (!isValidScore(e.impact) || !isValidScore(e.effort))
            continue;
        const Quadrant q = rule.quadrant(e.impact, e.effort);
        if (only && q != *only)
            continue;
        const int rank = int(i) + 1;
        result.append({numberOf ? numberOf(e.id, rank) : rank, e.id, e.title.simplified(), q, titled.contains(e.id),
                       inBadge.value(e.id)});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const MatrixKeyRow &a, const MatrixKeyRow &b) { return a.number < b.number; });
    return result;
}

int rowsThatFit(int count, double height, double rowHeight)
{
    if (rowHeight <= 0 || count <= 0)
        return 0;
    const int room = std::max(0, int(std::floor(height / rowHeight)));
    if (count <= room)
        return count;
    return std::max(0, room - 1); // the last row says how many more
}

} // namespace qw::MatrixKey
