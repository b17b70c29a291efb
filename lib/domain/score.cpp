#include "score.h"

#include <QCoreApplication>

namespace qw::Score {

QString impactRubric(int score)
{
    switch (score) {
    case 1: return QCoreApplication::translate("qw::Score", "A few customers, rarely; a minor annoyance");
    case 2: return QCoreApplication::translate("qw::Score", "Some customers of one service, now and then");
    case 3: return QCoreApplication::translate("qw::Score", "Many customers of one service, weekly, or one team blocked");
    case 4: return QCoreApplication::translate("qw::Score", "Most customers of a service, several times a week");
    case 5: return QCoreApplication::translate("qw::Score", "Affects every customer of a service, daily");
    }
    return {};
}

QString effortRubric(int score)
{
    switch (score) {
    case 1: return QCoreApplication::translate("qw::Score", "Hours: one person, no approval needed");
    case 2: return QCoreApplication::translate("qw::Score", "A few days: one team");
    case 3: return QCoreApplication::translate("qw::Score", "A few weeks: one team and a change request");
    case 4: return QCoreApplication::translate("qw::Score", "One to three months: several teams or a supplier");
    case 5: return QCoreApplication::translate("qw::Score", "More than a quarter: a funded project");
    }
    return {};
}

} // namespace qw::Score
