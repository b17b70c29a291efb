#include "storedvalues.h"

#include <QCoreApplication>
#include <QStringList>

namespace qw {

QString shownStatus(const QString &name, const StoredValues &stored)
{
    return stored.invalid & StoredValues::Status
        ? QCoreApplication::translate("qw::StoredValues", "Unknown (%1)").arg(stored.status) : name;
}

QString shownCategory(const QString &name, const StoredValues &stored)
{
    return stored.invalid & StoredValues::Category
        ? QCoreApplication::translate("qw::StoredValues", "Unknown (%1)").arg(stored.category) : name;
}

QString describeInvalid(const StoredValues &stored, int impact, int effort)
{
    QStringList parts;
    if (stored.invalid & StoredValues::Impact)
        parts << QCoreApplication::translate("qw::StoredValues", "impact %1 is not 1 to 5").arg(impact);
    if (stored.invalid & StoredValues::Effort)
        parts << QCoreApplication::translate("qw::StoredValues", "effort %1 is not 1 to 5").arg(effort);
    if (stored.invalid & StoredValues::Status)
        parts << QCoreApplication::translate("qw::StoredValues", "status %1 is not one QuickWins knows").arg(stored.status);
    if (stored.invalid & StoredValues::Category)
        parts << QCoreApplication::translate("qw::StoredValues", "category %1 is not one QuickWins knows").arg(stored.category);
    return parts.join(QStringLiteral("; "));
}

} // namespace qw
