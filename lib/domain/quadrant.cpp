#include "quadrant.h"

#include <QCoreApplication>

namespace qw {

QString quadrantName(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::QuickWin: return QCoreApplication::translate("qw::Quadrant", "Quick wins");
    case Quadrant::MajorProject: return QCoreApplication::translate("qw::Quadrant", "Major projects");
    case Quadrant::FillIn: return QCoreApplication::translate("qw::Quadrant", "Fill-ins");
    case Quadrant::Thankless: return QCoreApplication::translate("qw::Quadrant", "Thankless tasks");
    }
    return {};
}

} // namespace qw
