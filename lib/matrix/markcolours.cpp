#include "markcolours.h"

#include "quadrantpalette.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace qw {

namespace {

// Okabe-Ito, without black (marks carry black text) in the order that keeps neighbours apart.
const QColor okabeIto[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
                           QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                           QColor(0xcc, 0x79, 0xa7)};
const QColor other(0x99, 0x99, 0x99);

QColor statusColour(Status s)
{
    switch (s) {
    case Status::Proposed: return okabeIto[1];
    case Status::Approved: return okabeIto[4];
    case Status::InProgress: return okabeIto[0];
    case Status::Done: return okabeIto[2];
    case Status::Verified: return okabeIto[3];
    case Status::Deferred: return other;
    case Status::Rejected: return okabeIto[5];
    }
    return other;
}

QColor categoryColour(Category c)
{
    switch (c) {
    case Category::People: return okabeIto[0];
    case Category::Process: return okabeIto[1];
    case Category::Technology: return okabeIto[2];
    case Category::Partner: return okabeIto[6];
    }
    return other;
}

MarkColours byFrequency(const QList<EntrySummary> &entries, QString EntrySummary::*field,
                        const QString &emptyText)
{
    QMap<QString, int> counts;
    for (const EntrySummary &e : entries)
        ++counts[e.*field];
    QList<std::pair<QString, int>> ranked(counts.keyValueBegin(), counts.keyValueEnd());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QHash<QString, QColor> colourOf;
    MarkColours result;
    const qsizetype named = std::min<qsizetype>(ranked.size(), std::size(okabeIto));
    for (qsizetype i = 0; i < named; ++i) {
        colourOf.insert(ranked.at(i).first, okabeIto[i]);
        result.legend.append({ranked.at(i).first.isEmpty() ? emptyText : ranked.at(i).first, okabeIto[i]});
    }
    if (ranked.size() > named)
        result.legend.append({QCoreApplication::translate("qw::MarkColours", "Other"), other});
    for (const EntrySummary &e : entries)
        result.colours.insert(e.id, colourOf.value(e.*field, other));
    return result;
}

} // namespace

QString colourByName(ColourBy by)
{
    switch (by) {
    case ColourBy::Quadrant: return QCoreApplication::translate("qw::MarkColours", "Quadrant");
    case ColourBy::Status: return QCoreApplication::translate("qw::MarkColours", "Status");
    case ColourBy::Category: return QCoreApplication::translate("qw::MarkColours", "Category");
    case ColourBy::Service: return QCoreApplication::translate("qw::MarkColours", "Service");
    case ColourBy::Owner: return QCoreApplication::translate("qw::MarkColours", "Owner");
    }
    return {};
}

MarkColours colourMarks(const QList<EntrySummary> &entries, ColourBy by, const QuadrantRule &rule)
{
    MarkColours result;
    switch (by) {
    case ColourBy::Quadrant:
        for (const EntrySummary &e : entries)
            result.colours.insert(e.id, quadrantColor(rule.quadrant(e.impact, e.effort)));
        for (Quadrant q : {Quadrant::QuickWin, Quadrant::MajorProject, Quadrant::FillIn, Quadrant::Thankless})
            result.legend.append({quadrantName(q), quadrantColor(q)});
        return result;
    case ColourBy::Status:
        for (const EntrySummary &e : entries)
            result.colours.insert(e.id, statusColour(e.status));
        for (Status s : allStatuses())
            result.legend.append({statusName(s), statusColour(s)});
        return result;
    case ColourBy::Category:
        for (const EntrySummary &e : entries)
            result.colours.insert(e.id, categoryColour(e.category));
        for (Category c : allCategories())
            result.legend.append({categoryName(c), categoryColour(c)});
        return result;
    case ColourBy::Service:
        return byFrequency(entries, &EntrySummary::service,
                           QCoreApplication::translate("qw::MarkColours", "(no service)"));
    case ColourBy::Owner:
        return byFrequency(entries, &EntrySummary::owner,
                           QCoreApplication::translate("qw::MarkColours", "(no owner)"));
    }
    return result;
}

} // namespace qw
