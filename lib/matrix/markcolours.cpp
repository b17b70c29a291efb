#include "markcolours.h"

#include "quadrantpalette.h"

#include <QCoreApplication>
#include <QHash>

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

MarkColours::MarkColours(const QList<EntrySummary> &entries, ColourBy by, const QuadrantRule &rule)
    : m_by(by), m_rule(rule)
{
    switch (by) {
    case ColourBy::Quadrant:
        for (Quadrant q : {Quadrant::QuickWin, Quadrant::MajorProject, Quadrant::FillIn, Quadrant::Thankless})
            m_legend.append({quadrantName(q), quadrantColour(q)});
        return;
    case ColourBy::Status:
        for (Status s : allStatuses())
            m_legend.append({statusName(s), statusColour(s)});
        return;
    case ColourBy::Category:
        for (Category c : allCategories())
            m_legend.append({categoryName(c), categoryColour(c)});
        return;
    case ColourBy::Service:
    case ColourBy::Owner:
        break;
    }
    // Services and owners: the most frequent get the palette's colours, the rest "Other".
    const bool service = by == ColourBy::Service;
    QHash<QString, int> counts;
    for (const EntrySummary &e : entries)
        ++counts[service ? e.service : e.owner];
    QList<std::pair<QString, int>> ranked(counts.keyValueBegin(), counts.keyValueEnd());
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const qsizetype named = std::min<qsizetype>(ranked.size(), std::size(okabeIto));
    const QString empty = service ? QCoreApplication::translate("qw::MarkColours", "(no service)")
                                  : QCoreApplication::translate("qw::MarkColours", "(no owner)");
    for (qsizetype i = 0; i < named; ++i) {
        m_named.insert(ranked.at(i).first, okabeIto[i]);
        m_legend.append({ranked.at(i).first.isEmpty() ? empty : ranked.at(i).first, okabeIto[i]});
    }
    if (ranked.size() > named)
        m_legend.append({QCoreApplication::translate("qw::MarkColours", "Other"), other});
}

QColor MarkColours::colourOf(const EntrySummary &e) const
{
    switch (m_by) {
    case ColourBy::Quadrant: return quadrantColour(m_rule.quadrant(e.impact, e.effort));
    case ColourBy::Status: return statusColour(e.status);
    case ColourBy::Category: return categoryColour(e.category);
    case ColourBy::Service: return m_named.value(e.service, other);
    case ColourBy::Owner: return m_named.value(e.owner, other);
    }
    return other;
}

} // namespace qw
