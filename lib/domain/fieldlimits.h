#pragma once

#include <QString>

namespace qw {

struct Entry;
struct Interaction;

// What one field may hold, on every way in (the form, the edit script, an import): a 10 MB
// title once kept the window from appearing for 30 s. Longer text is refused with a sentence
// naming the field, never cut without a word.
namespace FieldLimits {

constexpr int Name = 200;       // a title, service, owner, team, agent, ticket, customer
constexpr int Text = 20000;     // description, cause, expected benefit, notes
constexpr int Comment = 100000; // a customer's reason or comment

// Empty when every field fits; otherwise which field is too long, by how much.
QString checkEntry(const Entry &entry);
// The fields an edit changes only: an entry of an earlier version with a longer text can
// still be moved on the matrix or given a status.
QString checkEntryChanges(const Entry &before, const Entry &after);
QString checkInteraction(const Interaction &interaction);
// "the title field is 10,485,760 characters long; it may be at most 200"
QString tooLong(const QString &field, qsizetype length, int limit);

} // namespace FieldLimits

} // namespace qw
