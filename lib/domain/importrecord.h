#pragma once

#include "interaction.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace qw {

// An import hands its rows over one at a time: feed(add) calls add() for each row as it is
// read and returns false to have everything rolled back. add() returns false when the row
// could not be written.
using InteractionFeed = std::function<bool(const std::function<bool(const Interaction &)> &add)>;

// One import of one export, as the register records it: what was read, by whom, and what it
// did. An import is one undo step, and can be removed later (its responses are set aside).
struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString source;          // "Zendesk", "a generic export"
    QString encoding;
    QString mapping;         // "ticket=number;date=opened_at"
    QString importedBy;
    QDateTime importedAt;    // UTC
    int rowsRead = 0;
    int added = 0;
    int poorAdded = 0;       // of the added (not stored)
    int updated = 0;
    int unchanged = 0;       // already there as they are, or twice in the file
    bool inRegister = true;  // false once undone or removed
};

// Whether an import would change a response it finds: the fields an export fills.
bool importedFieldsDiffer(const Interaction &a, const Interaction &b);

} // namespace qw
