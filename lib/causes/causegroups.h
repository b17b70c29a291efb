#pragma once

#include "causewords.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace qw {

// A poor response as triage reads it: what the customer or agent wrote (its reason and its
// comment) and the language it is written in.
struct CauseDocument
{
    qint64 id = 0;
    QString service;
    QString text;
    TextLanguage language = TextLanguage::English;
};

// A cause found in what was written: the responses that say it, and its most characteristic
// words for people to read ("call back · voicemail").
struct CauseGroup
{
    QList<qint64> members;   // in the order they were given
    QStringList label;       // two or three words or phrases, the most characteristic first
    QStringList services;    // the services its responses are about, the most frequent first
    QList<qint64> examples;  // up to three members most like the group's middle, the most first
    qint64 seed = 0;         // the seed it was given as (CauseGrouping::Seed::key), 0: found anew
};

// What a grouping learned, kept to place responses that come later (an import's) into the
// groups without grouping everything again: each term's weight and each group's middle.
class CausePlacer final
{
public:
    CausePlacer();
    ~CausePlacer();
    CausePlacer(CausePlacer &&) noexcept;
    CausePlacer &operator=(CausePlacer &&) noexcept;

    // The groups' keys, in the order of the grouping's result (the register's ids for them).
    void setKeys(const QList<qint64> &keys);
    QList<qint64> keys() const;
    bool isEmpty() const;

    // The key of the group document belongs to, or 0 if it is alike to none (or says nothing).
    qint64 place(const CauseDocument &document);

    QByteArray save() const;
    // Empty if data is not a placer this version wrote.
    static std::optional<CausePlacer> load(const QByteArray &data);

    struct Data;
    explicit CausePlacer(std::unique_ptr<Data> data);

private:
    static std::optional<CausePlacer> loadFrom(const QByteArray &data);

    std::unique_ptr<Data> d;
};

// Finds causes in what was written, across services (a cause that hits several services is one
// group, its services listed): each response's terms (CauseWords, and each two neighbouring
// terms as a phrase) weighted by how distinctive they are in this set of responses (TF-IDF:
// a term most responses use says little), compared by cosine similarity, and grouped around
// their middles. Plain code: no network, no model to download.
namespace CauseGrouping {

struct Options
{
    double similarity = 0.3;   // a response joins a group at least this alike to its middle
    int smallest = 3;          // fewer members: not a group (its responses are left ungrouped)
    int labelTerms = 3;
    int sample = 20000;        // responses each round forms groups from; the rest are placed
    int middleTerms = 40;      // a group's middle, as compared, is its heaviest terms
    double mergeSimilarity = 0.12; // groups whose middles are this alike become one
    double labelShare = 0.15;  // a label's word or phrase is in at least this share of members
};

// A group the user has made or kept (pinned, or corrected): its members stay in it, and
// responses alike to it may join it.
struct Seed
{
    qint64 key = 0;
    QList<qint64> members;
};

struct Result
{
    QList<CauseGroup> groups;  // the largest first
    QList<qint64> ungrouped;   // responses with no text worth comparing, or alike to no group
    CausePlacer placer;        // keys: the indexes of groups until CausePlacer::setKeys
};

// progress(done, of) is called now and then; a cancel flag set from another thread stops it
// (the result is then empty). Seeds' members are among documents (others are ignored); a
// response held by no seed can be taken out of every group by leaving it out of documents.
Result group(const QList<CauseDocument> &documents, const Options &options = {},
             const QList<Seed> &seeds = {},
             const std::function<void(qsizetype done, qsizetype of)> &progress = {},
             const std::atomic<bool> *cancel = nullptr);

} // namespace CauseGrouping

} // namespace qw
