#include "comparisonbar.h"

#include "domain/personaldata.h"

#include "document/registerdocument.h"
#include "domain/entry.h"
#include "models/entrymodel.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

#include <utility>

namespace qw {

ComparisonBar::ComparisonBar(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("comparisonNotice"));
    setWordWrap(true);
    setMargin(8);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setTextFormat(Qt::RichText);
    hide();
    connect(this, &QLabel::linkActivated, this, &ComparisonBar::stopRequested);
}

qint64 ComparisonBar::chooseSnapshot(QWidget *parent, RegisterDocument *document)
{
    const QList<Snapshot> snapshots = document->snapshots();
    if (snapshots.isEmpty()) {
        QMessageBox::information(parent, tr("Compare with Snapshot"),
                                 tr("This register has no snapshots yet. Take one at the end of a "
                                    "meeting (Meeting ▸ Take Snapshot) to compare with it at the next."));
        return 0;
    }
    QStringList names;
    for (const Snapshot &s : snapshots)
        names << tr("%1 (%2)").arg(s.name, QLocale().toString(s.takenAt, QLocale::ShortFormat));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Compare with Snapshot"),
                                                 tr("Show what moved since:"), names, 0, false, &ok);
    return ok ? snapshots.at(names.indexOf(chosen)).id : 0;
}

void ComparisonBar::compareWith(qint64 snapshotId, RegisterDocument *document, EntryModel *model)
{
    m_snapshotId = snapshotId;
    refresh(document, model);
}

void ComparisonBar::refresh(RegisterDocument *document, EntryModel *model)
{
    Snapshot snapshot;
    if (document && m_snapshotId != 0) {
        for (const Snapshot &s : document->snapshots()) {
            if (s.id == m_snapshotId)
                snapshot = s;
        }
    }
    if (snapshot.id == 0) { // not comparing, or the snapshot was undone meanwhile
        m_snapshotId = 0;
        if (std::exchange(m_comparing, false))
            Q_EMIT comparisonChanged(std::nullopt);
        hide();
        return;
    }
    const SnapshotComparison comparison = SnapshotComparison::compare(
        document->snapshotEntries(snapshot.id), model->entries(), model->allEntries());
    m_comparing = true;
    Q_EMIT comparisonChanged(comparison);
    QStringList gone;
    for (const SnapshotComparison::Gone &g : comparison.gone) {
        gone << (g.closed ? tr("%1 %2 (closed)") : tr("%1 %2 (removed)"))
                    .arg(Entry::codeFor(g.id),
                         (model->isPersonalDataHidden() ? PersonalData::masked(g.title) : g.title).toHtmlEscaped());
    }
    QString text = tr("Compared with <b>%1</b> of %2: %3 moved, %4 new.")
                       .arg(snapshot.name.toHtmlEscaped(),
                            QLocale().toString(snapshot.takenAt, QLocale::ShortFormat))
                       .arg(comparison.moved.size()).arg(comparison.added.size());
    if (!gone.isEmpty())
        text += QLatin1Char(' ') + tr("Closed or removed since: %1.").arg(gone.join(QStringLiteral("; ")));
    text += QStringLiteral(" &nbsp; <a href=\"stop\">") + tr("Stop comparing") + QStringLiteral("</a>");
    setText(text);
    show();
}

} // namespace qw
