#pragma once

#include <QString>

namespace qw {

// A backup of a register, as people choose one.
struct BackupRecord
{
    QString location;    // what RegisterDocument::restoreFrom() takes
    QString description; // "Tuesday 24 November 2026, 09:12 (daily)"
};

} // namespace qw
