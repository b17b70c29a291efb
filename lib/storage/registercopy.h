#pragma once

#include <QString>

namespace qw {

class RegisterStore;

namespace RegisterCopy {

// Copies every row of the register into target, a register file's path (that must not be a
// register already; the copy is written beside it and renamed into place once whole) or a
// server register's address (whose database holds nothing yet, or a register with nothing in
// it): history, snapshots, reviews, actions, imports, causes and counts, every id kept. The
// source is read in one consistent snapshot, the target written in one transaction: on
// failure, false with *error a sentence for people, and the target as it was.
bool copy(const RegisterStore &source, const QString &target, QString *error);

} // namespace RegisterCopy

} // namespace qw
