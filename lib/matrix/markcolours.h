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
struct MarkColours
{
    QHash<qint64, QColor> colours;
    QList<LegendItem> legend;
};

MarkColours colourMarks(const QList<EntrySummary> &entries, ColourBy by, const QuadrantRule &rule = {});
QString colourByName(ColourBy by);

} // namespace qw
