#include "registerdocument.h"

#include "domain/personaldata.h"

#include "placing.h"

#include "causes/languagedetection.h"
#include "storage/registerstore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

// Triage's causes: reading them, finding them again, and the user's corrections.

namespace qw {

namespace {

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

} // namespace

std::optional<QList<CauseGroupInfo>> RegisterDocument::causeGroups() const
{
    auto groups = m_causes->groups(todayUtc());
    if (!groups)
        noteReadError(m_causes->lastError());
    return groups;
}

int RegisterDocument::triageTotal() const
{
    const int total = m_interactions->unlinkedPoorCount();
    if (total < 0) {
        noteReadError(m_interactions->lastError());
        return 0;
    }
    return total;
}

QList<qint64> RegisterDocument::causeMembers(qint64 groupId) const
{
    const auto members = m_causes->members(groupId);
    if (!members) {
        noteReadError(m_causes->lastError());
        return {};
    }
    return *members;
}

QList<Interaction> RegisterDocument::causeExamples(const CauseGroupInfo &group) const
{
    // Each says something the others do not (the same words twice show nothing more).
    QList<Interaction> result;
    QSet<QString> said;
    const auto take = [&](const std::optional<Interaction> &i) {
        // Still of the group and in triage (not linked, removed or no longer poor since).
        if (!i || !m_causes->isMemberInTriage(i->id, group.id).value_or(false))
            return;
        const QString words = QString(i->reason + u' ' + i->comment).simplified().toCaseFolded();
        if (said.contains(words))
            return;
        said.insert(words);
        result.append(*i);
    };
    for (qint64 id : group.examples)
        take(interaction(id));
    if (result.size() < 3) {
        // Examples that have left triage, or too few found: the group's latest responses.
        const QList<qint64> members = causeMembers(group.id);
        int read = 0;
        for (auto it = members.crbegin(); it != members.crend() && result.size() < 3 && read < 200; ++it, ++read) {
            if (!group.examples.contains(*it))
                take(interaction(*it));
        }
    }
    return result;
}

QList<EntrySuggestion> RegisterDocument::suggestEntries(const CauseGroupInfo &group, int limit) const
{
    // The group's words and its examples' are what an entry's text may share; its most
    // frequent service is the one it is most about.
    QString text = group.shownName();
    for (const Interaction &i : causeExamples(group))
        text += QLatin1Char(' ') + i.reason + QLatin1Char(' ') + i.comment;
    return m_entries->suggest(group.services.value(0), text, limit);
}

std::optional<CauseGroupInfo> RegisterDocument::causeGroup(qint64 id) const
{
    return m_causes->group(id);
}

std::optional<QList<CauseMembership>> RegisterDocument::causeMemberships(const QList<qint64> &interactionIds) const
{
    auto result = m_causes->memberships(interactionIds);
    if (!result)
        noteReadError(m_causes->lastError());
    return result;
}

std::optional<QList<CauseMembership>> RegisterDocument::causeMemberships() const
{
    auto result = m_causes->memberships();
    if (!result)
        noteReadError(m_causes->lastError());
    return result;
}

std::optional<QList<CauseMembership>> RegisterDocument::causeMembershipsOfGroup(qint64 groupId) const
{
    auto result = m_causes->membershipsOfGroup(groupId);
    if (!result)
        noteReadError(m_causes->lastError());
    return result;
}

std::optional<TextLanguage> RegisterDocument::causeLanguage() const
{
    return languageFromCode(setting(QStringLiteral("cause_language")));
}

bool RegisterDocument::hasFoundCauses() const
{
    const std::optional<qint64> generation = m_causes->placerGeneration();
    if (!generation)
        noteReadError(m_causes->lastError());
    return generation.value_or(0) > 0;
}

bool RegisterDocument::forEachCauseDocument(const std::function<bool(const CauseDocument &)> &each, bool onlyUnplaced,
                                            QString *error) const
{
    const std::optional<TextLanguage> fixed = causeLanguage();
    const bool ok = m_causes->forEachResponse(
        [&](qint64 id, const QString &service, const QString &reason, const QString &comment, const QString &customer) {
            CauseDocument doc;
            doc.id = id;
            doc.service = service;
            // A cause's words are shown (on a shared screen, in minutes): the customer's name,
            // e-mail address and phone number never become one of them.
            doc.text = PersonalData::masked(reason.isEmpty() ? comment : comment.isEmpty() ? reason : reason + u'\n' + comment,
                                            customer);
            doc.language = fixed ? *fixed : detectLanguage(doc.text).value_or(TextLanguage::English);
            return each(doc);
        },
        onlyUnplaced);
    if (!ok)
        *error = m_causes->lastError();
    return ok;
}

std::optional<RegisterDocument::FoundCauses>
RegisterDocument::findCauses(const std::function<void(qsizetype, qsizetype)> &progress,
                             const std::atomic<bool> *cancel, QString *error) const
{
    // Responses up to the last one now are read (one added meanwhile is placed as new).
    const auto upTo = m_causes->lastInteractionId();
    if (!upTo) {
        *error = m_causes->lastError();
        return std::nullopt;
    }
    QList<CauseDocument> documents;
    if (!forEachCauseDocument([&](const CauseDocument &doc) {
            documents.append(doc);
            return !(cancel && cancel->load());
        }, false, error))
        return std::nullopt;
    if (cancel && cancel->load())
        return std::nullopt;
    // The user's: a pinned group keeps all its members, any other the ones placed by hand.
    const auto memberships = m_causes->memberships();
    if (!memberships) {
        *error = m_causes->lastError();
        return std::nullopt;
    }
    QSet<qint64> pinned;
    if (const auto groups = m_causes->groups(todayUtc())) {
        for (const CauseGroupInfo &g : *groups) {
            if (g.pinned)
                pinned.insert(g.id);
        }
    } else {
        *error = m_causes->lastError();
        return std::nullopt;
    }
    QHash<qint64, int> seedOf;
    QList<CauseGrouping::Seed> seeds;
    for (const CauseMembership &m : *memberships) {
        if (m.groupId <= 0 || !(m.fixed || pinned.contains(m.groupId)))
            continue;
        auto it = seedOf.find(m.groupId);
        if (it == seedOf.end()) {
            it = seedOf.insert(m.groupId, int(seeds.size()));
            seeds.append(CauseGrouping::Seed{m.groupId, {}});
        }
        seeds[*it].members.append(m.interactionId);
    }
    CauseGrouping::Result result = CauseGrouping::group(documents, {}, seeds, progress, cancel);
    if (cancel && cancel->load())
        return std::nullopt;
    FoundCauses found;
    found.responses = int(documents.size());
    found.ungrouped = int(result.ungrouped.size());
    found.ungroupedIds = result.ungrouped;
    found.upTo = *upTo;
    for (const CauseGroup &g : std::as_const(result.groups))
        found.groups.append(FoundCause{g.seed, g.label.join(QStringLiteral(" · ")), g.examples, g.members});
    found.placer = result.placer.save();
    return found;
}

bool RegisterDocument::applyFoundCauses(FoundCauses &found)
{
    RegisterChange change;
    change.causes = true;
    return transact(change, [&](QString *error) {
        // A group found keeps the identity of the group most of its members were in, when most
        // of that group's members are in it too (its name, its pin, where people saw it).
        const auto memberships = m_causes->memberships();
        if (!memberships) {
            *error = m_causes->lastError();
            return false;
        }
        // Counted among the responses grouped (those still in triage): a group whose other
        // members were linked meanwhile keeps its identity through those left.
        QSet<qint64> grouped(found.ungroupedIds.cbegin(), found.ungroupedIds.cend());
        for (const FoundCause &g : std::as_const(found.groups))
            grouped.unite(QSet<qint64>(g.members.cbegin(), g.members.cend()));
        QHash<qint64, qint64> groupOf;
        QHash<qint64, int> oldSize;
        for (const CauseMembership &m : *memberships) {
            if (m.groupId > 0 && grouped.contains(m.interactionId)) {
                groupOf.insert(m.interactionId, m.groupId);
                ++oldSize[m.groupId];
            }
        }
        QSet<qint64> taken;
        for (const FoundCause &g : std::as_const(found.groups)) {
            if (g.id > 0)
                taken.insert(g.id);
        }
        struct Candidate
        {
            int group;
            qint64 old;
            int overlap;
        };
        QList<Candidate> candidates;
        for (qsizetype g = 0; g < found.groups.size(); ++g) {
            if (found.groups.at(g).id > 0)
                continue;
            QHash<qint64, int> overlap;
            for (qint64 member : std::as_const(found.groups.at(g).members)) {
                const qint64 old = groupOf.value(member);
                if (old > 0)
                    ++overlap[old];
            }
            qint64 best = 0;
            int most = 0;
            for (auto it = overlap.cbegin(); it != overlap.cend(); ++it) {
                if (it.value() > most || (it.value() == most && it.key() < best)) {
                    most = it.value();
                    best = it.key();
                }
            }
            if (best > 0 && 2 * most > found.groups.at(g).members.size() && 2 * most > oldSize.value(best))
                candidates.append({int(g), best, most});
        }
        std::sort(candidates.begin(), candidates.end(),
                  [](const Candidate &a, const Candidate &b) { return a.overlap > b.overlap; });
        for (const Candidate &c : std::as_const(candidates)) {
            if (taken.contains(c.old))
                continue;
            taken.insert(c.old);
            found.groups[c.group].id = c.old;
        }
        if (!m_causes->replaceGrouping(found.groups, found.ungroupedIds)) {
            *error = m_causes->lastError();
            return false;
        }
        // The placer's keys are the groups' places in the list: now their ids.
        std::optional<CausePlacer> placer = CausePlacer::load(found.placer);
        QByteArray kept;
        if (placer) {
            QList<qint64> ids;
            for (qint64 index : placer->keys())
                ids.append(index >= 0 && index < found.groups.size() ? found.groups.at(index).id : 0);
            placer->setKeys(ids);
            kept = placer->save();
        }
        if (!m_causes->setPlacer(kept, found.upTo)) {
            *error = m_causes->lastError();
            return false;
        }
        m_placing.reset();
        // Responses added while it grouped are placed now.
        return placeNewResponses(error);
    });
}

bool RegisterDocument::placeNewResponses(QString *error)
{
    const auto generation = m_causes->placerGeneration();
    if (!generation) {
        *error = m_causes->lastError();
        return false;
    }
    if (*generation == 0 || !m_causes->hasUnplaced())
        return true; // never grouped: the first grouping places them all
    if (!m_placing || m_placing->generation != *generation) {
        const auto data = m_causes->placer();
        if (!data) {
            *error = m_causes->lastError();
            return false;
        }
        m_placing = std::make_unique<Placing>();
        m_placing->generation = *generation;
        m_placing->placer = CausePlacer::load(*data);
    }
    if (!m_placing->placer)
        return m_causes->markPlaced(); // learned by another version: placed when grouped again
    // Where the grouping would place a response, unless that cause was merged into another
    // since (followed to the cause it is now part of).
    const auto aliases = m_causes->aliases();
    if (!aliases) {
        *error = m_causes->lastError();
        return false;
    }
    const auto now = [&](qint64 key) {
        for (int step = 0; step < 16 && aliases->contains(key); ++step)
            key = aliases->value(key);
        return key;
    };
    QList<std::pair<qint64, qint64>> placed;
    if (!forEachCauseDocument([&](const CauseDocument &doc) {
            placed.append({doc.id, now(m_placing->placer->place(doc))});
            return true;
        }, true, error))
        return false;
    if (!m_causes->place(placed) || !m_causes->markPlaced()) {
        *error = m_causes->lastError();
        return false;
    }
    return true;
}

bool RegisterDocument::changeCauses(const QList<CauseGroupInfo> &restore, const QList<CauseMembership> &memberships,
                                    const QList<qint64> &erase, qint64 mergedInto)
{
    RegisterChange change;
    change.causes = true;
    return transact(change, [&](QString *error) {
        for (CauseGroupInfo g : restore) {
            if (!m_causes->insertGroup(g) || !m_causes->removeAlias(g.id)) {
                *error = m_causes->lastError();
                return false;
            }
        }
        if (!m_causes->setMemberships(memberships)) {
            *error = m_causes->lastError();
            return false;
        }
        for (qint64 id : erase) {
            if (!m_causes->eraseGroup(id) || (mergedInto > 0 && !m_causes->setAlias(id, mergedInto))) {
                *error = m_causes->lastError();
                return false;
            }
        }
        return true;
    });
}

bool RegisterDocument::setCauseName(qint64 id, const QString &name)
{
    RegisterChange change;
    change.causes = true;
    return transact(change, [&](QString *error) {
        if (m_causes->setName(id, name))
            return true;
        *error = m_causes->lastError();
        return false;
    });
}

bool RegisterDocument::setCauseLanguage(std::optional<TextLanguage> language)
{
    RegisterChange change;
    change.causes = true;
    return transact(change, [&](QString *error) {
        if (m_settings->setValue(QStringLiteral("cause_language"), language ? languageCode(*language) : QString()))
            return true;
        *error = m_settings->lastError();
        return false;
    });
}

bool RegisterDocument::setCausePinned(qint64 id, bool pinned)
{
    RegisterChange change;
    change.causes = true;
    return transact(change, [&](QString *error) {
        if (m_causes->setPinned(id, pinned))
            return true;
        *error = m_causes->lastError();
        return false;
    });
}

} // namespace qw
