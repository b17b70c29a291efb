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
    const int margin = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 8;
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
    // As many digits as the register has entries: ranks and IDs grow with it.
    const int rows = view->model()->rowCount();
    const QString widest = QString(QString::number(std::max(rows, 99)).size(), QLatin1Char('9'));
    fit(EntryModel::Rank, {widest}, icon);
    fit(EntryModel::Code, {Entry::codeFor(std::max(rows, 9999))});
    fit(EntryModel::Impact, {QStringLiteral("5")});
    fit(EntryModel::Effort, {QStringLiteral("5")});
    fit(EntryModel::StatusColumn, statuses);
    fit(EntryModel::Linked, {widest});
    // The shorter verdicts; "not enough data" is elided (its tooltip says it whole).
    fit(EntryModel::Verdict, {verdictName(BeforeAfter::Verdict::Improved), verdictName(BeforeAfter::Verdict::Worse)});
    header->setSectionResizeMode(EntryModel::Owner, QHeaderView::Interactive);
    header->resizeSection(EntryModel::Owner, 110);
    // The title keeps room for a few words whatever the language of the other headers; the
    // last column takes what is left over, and a narrow dock scrolls rather than hide titles.
    header->setSectionResizeMode(EntryModel::Title, QHeaderView::Interactive);
    header->resizeSection(EntryModel::Title, cells.horizontalAdvance(QStringLiteral("Call-back within 15 m")));
    header->setStretchLastSection(true);
}

} // namespace qw
