#include "entry.h"

namespace qw {

QString Entry::codeFor(qint64 id)
{
    return QStringLiteral("CI-%1").arg(id, 4, 10, QLatin1Char('0'));
}

} // namespace qw
