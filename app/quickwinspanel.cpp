#include "quickwinspanel.h"

#include "domain/entry.h"
#include "models/entrymodel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace qw {

QuickWinsPanel::QuickWinsPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Quick wins"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPixelSize(28);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    m_list->setObjectName(QStringLiteral("quickWins"));
    m_list->setWordWrap(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    QFont listFont = m_list->font();
    listFont.setPixelSize(20);
    m_list->setFont(listFont);
    layout->addWidget(m_list);
    setFixedWidth(360);
}

void QuickWinsPanel::refresh(const EntryModel *model)
{
    m_list->clear();
    if (!model)
        return;
    const QuadrantRule rule = model->rule();
    const QList<EntrySummary> &entries = model->entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const EntrySummary &e = entries.at(i);
        if (!isValidScore(e.impact) || !isValidScore(e.effort) || rule.quadrant(e.impact, e.effort) != Quadrant::QuickWin)
            break; // the list is in priority order: quick wins come first
        m_list->addItem(tr("%1.  %2  %3").arg(model->numberOf(e.id, int(i + 1))).arg(Entry::codeFor(e.id), e.title));
    }
    if (m_list->count() == 0)
        m_list->addItem(tr("No quick wins among the entries shown."));
}

} // namespace qw
