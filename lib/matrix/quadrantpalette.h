#pragma once

#include "domain/quadrant.h"

#include <QColor>

namespace qw {

// The colour of each quadrant, the same in the list, on the matrix and in exports. Okabe-Ito
// colours: distinguishable with every common colour-vision deficiency and robust to video
// compression.
inline QColor quadrantColour(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::QuickWin: return QColor(0x00, 0x9e, 0x73);     // bluish green
    case Quadrant::MajorProject: return QColor(0x00, 0x72, 0xb2); // blue
    case Quadrant::FillIn: return QColor(0xf0, 0xe4, 0x42);       // yellow
    case Quadrant::Thankless: return QColor(0xd5, 0x5e, 0x00);    // vermillion
    }
    return {};
}

} // namespace qw
