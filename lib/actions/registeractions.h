#pragma once

#include "domain/cause.h"
#include "domain/entry.h"
#include "domain/importrecord.h"
#include "domain/interaction.h"
#include "domain/review.h"
#include "domain/satisfaction.h"
#include "domain/status.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qw {

class RegisterDocument;

// What a person does to the register, as intents: each becomes one step of the document's undo
// history, with the register's rules applied here and nowhere else (done means done today; a
// value set clears the mark of one written outside QuickWins; a new entry is raised today, by
// whoever is at the keyboard; a title taken from a customer's words has their personal data
// masked). The window, the edit script (--script) and the review meeting all go through it;
// they choose what to do, this decides how it is done.
//
// Each change returns whether it was made and kept: false when there was nothing to change,
// the register is read-only, or the change failed (the document has then said why, through
// errorOccurred()). Nothing is left in the undo history that did not happen.
class RegisterActions final
{
public:
    explicit RegisterActions(RegisterDocument *document) : m_document(document) {}

    // The rules an edit of an entry obeys, applied to after (before: the entry as it was).
    static void applyRules(const Entry &before, Entry &after);

    // A new entry as it starts: raised today by the person using QuickWins.
    Entry draftEntry() const;
    // A new entry from poor interactions: the first one's reason (or comment) as its title,
    // with the customer's e-mail address, phone number and name masked and cut to 60
    // characters, its comment as the description, its service.
    Entry draftFromInteractions(const QList<qint64> &interactionIds) const;

    // A new entry from a triage cause: its name or words as the title (masked, cut to 60
    // characters), its most frequent service, as its cause the words its responses share and how
    // many say them, and as its description what three of them wrote (masked).
    Entry draftFromCause(const CauseGroupInfo &cause) const;
    // The new entry's id, or nullopt. evidence: interactions linked to it in the same step.
    std::optional<qint64> addEntry(const Entry &entry, const QList<qint64> &evidence = {});
    // Changes the entry from before to after, the fields that differ (after the rules).
    bool editEntry(const Entry &before, const Entry &after);
    // A field an edit changes that someone else changed too since its before was read (on a
    // team register), to another value: who, when (from the entry's history; unknown when it
    // was changed outside QuickWins) and their value, as people read it.
    struct EditConflict
    {
        quint32 field = 0; // one of EntryFields
        QString name;      // "effort"
        QString theirs;    // "4"
        QString yours;
        QString who;
        QDateTime when;
    };
    // The conflicts of an edit with the entry as the register holds it now; nullopt when it
    // could not be read (said).
    std::optional<QList<EditConflict>> conflicts(const Entry &before, const Entry &after) const;
    // The edit made with its conflicts decided: the fields in useYours take after's value (the
    // undo puts theirs back), the other conflicting ones keep theirs.
    bool editEntry(const Entry &before, const Entry &after, const QList<EditConflict> &conflicts, quint32 useYours);
    // stepwise: a step of many (arrow keys, a drag), merged with the steps before it into one.
    bool rescore(qint64 entryId, int impact, int effort, bool stepwise = false);
    bool setStatus(qint64 entryId, Status status);
    bool removeEntry(qint64 entryId);

    std::optional<qint64> logInteraction(const Interaction &interaction);
    bool editInteraction(const Interaction &before, const Interaction &after);
    bool removeInteractions(const QList<qint64> &interactionIds);
    // Links the interactions to the entry (0: unlinks them).
    bool link(const QList<qint64> &interactionIds, qint64 entryId);

    bool setPoorRule(const PoorRule &rule);
    // Sets an import's responses aside (see RegisterDocument::setImportInRegister): how many it
    // had changed that were changed again since and keep their newer values; nullopt if not done.
    std::optional<int> removeImport(const ImportRecord &record);
    // The snapshot's id, or nullopt.
    std::optional<qint64> takeSnapshot(const QString &name);

    // Triage's causes, corrected by the user: a name of one's own ('' : the words found), a pin
    // (finding causes again keeps it as it is), others merged into one, responses moved into a
    // cause (0: out of every cause). Each an undo step; regrouping respects them.
    bool renameCause(qint64 groupId, const QString &name);
    bool pinCause(qint64 groupId, bool pinned);
    bool mergeCauses(qint64 into, const QList<qint64> &others);
    bool moveResponses(const QList<qint64> &interactionIds, qint64 groupId);

    // Reviews. Starting one builds its agenda from the register today (a step of no undo
    // history: the edits it records are); ending it takes its snapshot and writes its minutes.
    // While it runs, every edit's history says it was decided in it.
    std::optional<Review> startReview(const QStringList &attendees);
    // With the agenda as the facilitator made it (reordered, items left out, added).
    std::optional<Review> startReview(const QStringList &attendees, const QList<ReviewItem> &agenda);
    std::optional<Review> endReview();
    // The running review's item about the entry (its position), added to the agenda as "Added"
    // when it has none; nullopt when no review runs or the write failed.
    std::optional<int> reviewItemFor(qint64 entryId);
    // The running review's item at position: discussed, with its note.
    bool noteReviewItem(int position, const QString &note);
    bool markDiscussed(int position, bool discussed = true);
    // Actions (each an undo step): agreed for an entry, by the running review if one runs.
    std::optional<qint64> addAction(qint64 entryId, const QString &text, const QString &owner, const QDate &due);
    bool setActionDone(qint64 actionId, bool done);

private:
    RegisterDocument *m_document;
};

} // namespace qw
