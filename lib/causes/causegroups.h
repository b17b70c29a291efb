#pragma once

#include "causewords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

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
};

// Finds causes in what was written, across services (a cause that hits several services is one
// group, its services listed): each response's terms (CauseWords, and each two neighbouring
// terms as a phrase) weighted by how distinctive they are in this set of responses (TF-IDF:
// a term most responses use says little), compared by cosine similarity, and grouped around
// the responses most like the others. Plain code: no network, no model to download.
namespace CauseGrouping {

struct Options
{
    double similarity = 0.3;   // a response joins a group at least this alike to its middle
    int smallest = 3;          // fewer members: not a group (its responses are left ungrouped)
    int labelTerms = 3;
};

struct Result
{
    QList<CauseGroup> groups;  // the largest first
    QList<qint64> ungrouped;   // responses with no text worth comparing, or alike to no group
};

// progress(done, of) is called now and then; a cancel flag set from another thread stops it
// (the result is then empty).
Result group(const QList<CauseDocument> &documents, const Options &options = {},
             const std::function<void(qsizetype done, qsizetype of)> &progress = {},
             const std::atomic<bool> *cancel = nullptr);

} // namespace CauseGrouping

} // namespace qw
