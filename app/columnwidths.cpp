#include "columnwidths.h"

#include "domain/entry.h"
#include "domain/satisfactiontrend.h"
#include "domain/status.h"
#include "models/entrymodel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace qw {

void sizeEntryColumns(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics cells = view->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    const int margin = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 14;
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 4;
    const auto fit = [&](int column, const QStringList &texts, int extra = 0) {
        int width = titles.horizontalAdvance(view->model()->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : texts)
            width = std::max(width, cells.horizontalAdvance(text) + extra);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width + margin);
    };
    QStringList statuses;
    for (Status s : allStatuses())
        statuses << statusName(s);
    QStringList verdicts;
    using V = BeforeAfter::Verdict;
    for (V v : {V::Improved, V::NoChange, V::Worse, V::NotEnoughData})
        verdicts << verdictName(v);
    fit(EntryModel::Rank, {QStringLiteral("99999")}, icon);
    fit(EntryModel::Code, {Entry::codeFor(99999)});
    fit(EntryModel::Impact, {QStringLiteral("5")});
    fit(EntryModel::Effort, {QStringLiteral("5")});
    fit(EntryModel::StatusColumn, statuses);
    fit(EntryModel::Linked, {QStringLiteral("99999")});
    fit(EntryModel::Verdict, verdicts);
    header->setSectionResizeMode(EntryModel::Owner, QHeaderView::Interactive);
    header->resizeSection(EntryModel::Owner, 110);
    header->setSectionResizeMode(EntryModel::Title, QHeaderView::Stretch);
}

} // namespace qw
