#pragma once

#include "domain/entryfields.h"

#include <QList>
#include <QMetaType>

namespace qw {

// What one change of the register changed: one is announced for each transaction that
// committed (RegisterDocument::changed()), whoever made it: this window's edits and undos, the
// import's own connection, later another person on a shared register. The views apply it: rows
// inserted, removed and changed where they can, read again where it says so.
//
// Entries "added" and "removed" are as people see the register: an entry removed (kept in the
// file with its history, so that undo brings it back) is removed here, and added again when it
// comes back. Entries "changed" are there before and after; entryFields says which of their
// fields changed (LinkedCount: the interactions linked to them).
struct RegisterChange
{
    // Not fields of an entry, but of its summary: what the list and the matrix show of it.
    static constexpr EntryFields::Fields LinkedCount = 1u << 16;

    QList<qint64> entriesAdded;
    QList<qint64> entriesChanged;
    QList<qint64> entriesRemoved;
    EntryFields::Fields entryFields = 0;
    // Any entry may have changed (an import's counts, a restored backup): read them all again.
    bool allEntries = false;

    QList<qint64> interactionsAdded;
    QList<qint64> interactionsChanged;
    QList<qint64> interactionsRemoved;
    // Many interactions changed at once (an import, a new rule for poor): read them again.
    bool allInteractions = false;

    bool snapshots = false;
    // Triage's causes: found again, or corrected (renamed, pinned, merged, responses moved).
    bool causes = false;
    // Reviews and their actions.
    bool reviews = false;

    static RegisterChange everything()
    {
        RegisterChange change;
        change.allEntries = true;
        change.allInteractions = true;
        change.snapshots = true;
        change.causes = true;
        change.reviews = true;
        return change;
    }
    bool touchesEntries() const
    {
        return allEntries || !entriesAdded.isEmpty() || !entriesChanged.isEmpty() || !entriesRemoved.isEmpty();
    }
    bool touchesInteractions() const
    {
        return allInteractions || !interactionsAdded.isEmpty() || !interactionsChanged.isEmpty()
            || !interactionsRemoved.isEmpty();
    }
    bool isEmpty() const { return !touchesEntries() && !touchesInteractions() && !snapshots && !causes && !reviews; }

    // An entry changed in these fields (an id once, whatever the number of writes).
    void entryChanged(qint64 id, EntryFields::Fields fields)
    {
        if (id == 0)
            return;
        entryFields |= fields;
        if (!entriesChanged.contains(id) && !entriesAdded.contains(id))
            entriesChanged.append(id);
    }
    void interactionChanged(qint64 id)
    {
        if (id != 0 && !interactionsChanged.contains(id) && !interactionsAdded.contains(id))
            interactionsChanged.append(id);
    }
};

} // namespace qw

Q_DECLARE_METATYPE(qw::RegisterChange)
