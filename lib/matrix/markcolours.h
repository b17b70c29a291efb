#pragma once

#include "domain/entrysummary.h"
#include "domain/quadrant.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace qw {

// What the colour of a mark on the matrix says.
enum class ColourBy { Quadrant, Status, Category, Service, Owner };

struct LegendItem
{
    QString text;
    QColor colour;
};

// The colour of every mark and the legend that explains them. Colours come from the Okabe-Ito
// palette, which stays distinguishable with colour-vision deficiencies; services and owners
// beyond the seven most frequent share a neutral grey under "Other".
class MarkColours
{
public:
    MarkColours() = default;
    MarkColours(const QList<EntrySummary> &entries, ColourBy by, const QuadrantRule &rule = {});

    QColor colourOf(const EntrySummary &entry) const;
    const QList<LegendItem> &legend() const { return m_legend; }

private:
    ColourBy m_by = ColourBy::Quadrant;
    QuadrantRule m_rule;
    QHash<QString, QColor> m_named; // services or owners, by frequency
    QList<LegendItem> m_legend;
};

QString colourByName(ColourBy by);

} // namespace qw
