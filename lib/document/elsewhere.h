#pragma once

#include "registerdocument.h"

#include "storage/registerstore.h"

#include <QList>
#include <QTimer>

namespace qw {

// Others' changes heard (RegisterDocument::followOthers()), gathered for a moment so that a
// transaction's many notifications are announced as one change.
struct RegisterDocument::Elsewhere
{
    QList<RegisterStore::ElsewhereChange> pending;
    QTimer timer;
    // Whether the server answers, asked every second; while it does not, connecting again.
    QTimer heartbeat;
};

} // namespace qw
