// The register document's changes: each one transaction (transact()), said when it fails.
#include "registerdocument.h"

#include <QScopedValueRollback>

#include "domain/fieldlimits.h"
#include "storage/registerstore.h"

namespace qw {

bool RegisterDocument::setPoorRule(const PoorRule &rule)
{
    const bool ok = transact(RegisterChange::everything(), [&](QString *error) {
        if (!m_interactions->setPoorRule(rule)) {
            *error = m_interactions->lastError();
            return false;
        }
        return true;
    });
    if (ok)
        m_poorRule = rule;
    return ok;
}

bool RegisterDocument::takeSnapshot(Snapshot &snapshot)
{
    Snapshot copy = snapshot;
    const bool ok = transact(snapshotChange(), [&](QString *error) {
        if (!m_snapshots->take(copy)) {
            *error = m_snapshots->lastError();
            return false;
        }
        return true;
    });
    if (ok)
        snapshot.id = copy.id;
    return ok;
}

bool RegisterDocument::restoreSnapshot(const Snapshot &snapshot, const QList<SnapshotEntry> &entries)
{
    return transact(snapshotChange(), [&](QString *error) {
        if (!m_snapshots->restore(snapshot, entries)) {
            *error = m_snapshots->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::eraseSnapshot(qint64 id)
{
    return transact(snapshotChange(), [&](QString *error) {
        if (!m_snapshots->erase(id)) {
            *error = m_snapshots->lastError();
            return false;
        }
        return true;
    });
}

RegisterChange RegisterDocument::snapshotChange()
{
    RegisterChange change;
    change.snapshots = true;
    return change;
}

bool RegisterDocument::transact(const RegisterChange &change, const std::function<bool(QString *)> &work,
                                const bool *quiet)
{
    if (isServerLost()) {
        Q_EMIT errorOccurred(tr("The change was not saved: the server of “%1” cannot be reached (%2).")
                                 .arg(filePath(), m_serverLostDetail));
        return false;
    }
    if (isReadOnly()) {
        Q_EMIT errorOccurred(tr("This register is open read-only, so the change was not made."));
        return false;
    }
    QString detail;
    bool committing = false;
    // (Others' changes heard meanwhile wait until this one is done: see applyElsewhere().)
    const QScopedValueRollback<bool> transacting(m_transacting, true);
    if (!m_store->begin(&detail)) {
        // detail says why
    } else if (!work(&detail) || (change.touchesInteractions() && !placeNewResponses(&detail))) {
        // (Responses added are placed into the causes found, in the same transaction.)
        m_store->rollback();
    } else if (committing = true, !m_store->commit(&detail)) {
        // rolled back; detail says why
    } else {
        // (work() has filled in what it found it changed: change is the caller's.)
        if (!change.isEmpty())
            Q_EMIT changed(change);
        return true;
    }
    if (quiet && *quiet)
        return false; // cancelled on purpose: nothing to report
    if (m_store->isDamage(detail)) {
        markDamaged(detail);
        return false;
    }
    if (QString gone; m_store->isShared() && !m_store->isReachable(&gone)) {
        detail = gone; // what the server's going said, on its first line
        markServerLost(detail);
        // A commit the server did not answer may have been made: what it holds is read again
        // once connected.
        Q_EMIT errorOccurred(committing
                                 ? tr("The change may not have been saved: the server of “%1” stopped answering as it "
                                      "was being saved (%2). Once QuickWins is connected again it shows what the "
                                      "register holds.").arg(filePath(), detail)
                                 : tr("The change was not saved: the server of “%1” cannot be reached (%2).")
                                       .arg(filePath(), detail));
        return false;
    }
    if (m_store->isDiskFull(detail)) {
        Q_EMIT errorOccurred(tr("The disk is full, so the change was not saved; the register was left as it "
                                "was. Free some space and try again."));
        return false;
    }
    Q_EMIT errorOccurred(tr("The change could not be saved, so the register was left as it was. "
                            "The database said: %1").arg(detail));
    return false;
}

bool RegisterDocument::refuseTooLong(const QString &what, const QString &problem)
{
    if (problem.isEmpty())
        return false;
    Q_EMIT errorOccurred(tr("%1 was not saved: %2.").arg(what, problem));
    return true;
}

bool RegisterDocument::addEntry(Entry &entry, const QList<qint64> &linkInteractions)
{
    if (refuseTooLong(tr("The entry"), FieldLimits::checkEntry(entry)))
        return false;
    Entry copy = entry;
    RegisterChange change;
    const bool ok = transact(change, [&](QString *error) {
        if (!m_entries->insert(copy, historyAuthor())) {
            *error = m_entries->lastError();
            return false;
        }
        change.entriesAdded.append(copy.id);
        for (qint64 interactionId : linkInteractions) {
            if (!relink(interactionId, copy.id, error, &change))
                return false;
        }
        return true;
    });
    if (ok)
        entry.id = copy.id;
    return ok;
}

bool RegisterDocument::eraseEntry(qint64 id, const QList<Link> &restoreLinks)
{
    RegisterChange change;
    change.entriesRemoved.append(id);
    return transact(change, [&](QString *error) {
        for (const Link &link : restoreLinks) {
            if (!m_interactions->setEntry(link.interactionId, link.entryId)) {
                *error = m_interactions->lastError();
                return false;
            }
            change.interactionChanged(link.interactionId);
            if (link.entryId != id)
                change.entryChanged(link.entryId, RegisterChange::LinkedCount);
        }
        if (!m_entries->erase(id)) {
            *error = m_entries->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::updateEntry(const Entry &entry, const Entry *known)
{
    // An impact or effort QuickWins never writes (99) is never replaced by a default: the
    // person chooses one. (A status or category it does not know is kept as stored.)
    if (!isValidScore(entry.impact) || !isValidScore(entry.effort)) {
        StoredValues stored;
        stored.invalid = quint8((isValidScore(entry.impact) ? 0 : StoredValues::Impact)
                                | (isValidScore(entry.effort) ? 0 : StoredValues::Effort));
        Q_EMIT errorOccurred(tr("%1 was not changed: %2 (a value written outside QuickWins). Choose it in the same "
                                "edit.").arg(entry.code(), describeInvalid(stored, entry.impact, entry.effort)));
        return false;
    }
    const std::optional<Entry> current = known ? std::optional<Entry>(*known) : m_entries->find(entry.id);
    if (refuseTooLong(entry.code(), FieldLimits::checkEntryChanges(current ? *current : Entry(), entry)))
        return false;
    RegisterChange change;
    change.entryChanged(entry.id, current ? EntryFields::differing(*current, entry) : EntryFields::All);
    return transact(change, [&](QString *error) {
        if (!m_entries->update(entry, historyAuthor(), current ? &*current : nullptr)) {
            *error = m_entries->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::setEntryRemoved(qint64 id, bool removed)
{
    RegisterChange change;
    (removed ? change.entriesRemoved : change.entriesAdded).append(id);
    // Its interactions show which entry they are linked to, one in the register or not.
    change.interactionsChanged = m_interactions->idsLinkedTo(id);
    return transact(change, [&](QString *error) {
        if (!m_entries->setRemoved(id, removed, historyAuthor())) {
            *error = m_entries->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::addInteraction(Interaction &interaction)
{
    if (refuseTooLong(tr("The interaction"), FieldLimits::checkInteraction(interaction)))
        return false;
    Interaction copy = interaction;
    RegisterChange change;
    const bool ok = transact(change, [&](QString *error) {
        if (!m_interactions->insert(copy)) {
            *error = m_interactions->lastError();
            return false;
        }
        change.interactionsAdded.append(copy.id);
        change.entryChanged(copy.entryId, RegisterChange::LinkedCount);
        return true;
    });
    if (ok)
        interaction.id = copy.id;
    return ok;
}

bool RegisterDocument::eraseInteraction(qint64 id)
{
    RegisterChange change = interactionGoing(id);
    return transact(change, [&](QString *error) {
        if (!m_interactions->erase(id)) {
            *error = m_interactions->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::updateInteraction(const Interaction &interaction)
{
    if (refuseTooLong(tr("The interaction"), FieldLimits::checkInteraction(interaction)))
        return false;
    RegisterChange change;
    change.interactionChanged(interaction.id);
    if (const std::optional<Interaction> before = m_interactions->find(interaction.id)) {
        change.entryChanged(before->entryId, RegisterChange::LinkedCount);
        change.entryChanged(interaction.entryId, RegisterChange::LinkedCount);
    }
    return transact(change, [&](QString *error) {
        if (!m_interactions->update(interaction)) {
            *error = m_interactions->lastError();
            return false;
        }
        return true;
    });
}

bool RegisterDocument::setInteractionRemoved(qint64 id, bool removed)
{
    return setInteractionsRemoved({id}, removed);
}

bool RegisterDocument::setInteractionsRemoved(const QList<qint64> &ids, bool removed)
{
    RegisterChange change;
    for (qint64 id : ids) {
        change.interactionsRemoved.append(id);
        if (const std::optional<Interaction> before = m_interactions->find(id))
            change.entryChanged(before->entryId, RegisterChange::LinkedCount);
    }
    if (!removed)
        std::swap(change.interactionsAdded, change.interactionsRemoved);
    return transact(change, [&](QString *error) {
        for (qint64 id : ids) {
            if (!m_interactions->setRemoved(id, removed)) {
                *error = m_interactions->lastError();
                return false;
            }
        }
        return true;
    });
}

bool RegisterDocument::setLinks(const QList<Link> &links)
{
    RegisterChange change;
    return transact(change, [&](QString *error) {
        for (const Link &link : links) {
            if (!relink(link.interactionId, link.entryId, error, &change))
                return false;
        }
        return true;
    });
}

bool RegisterDocument::relink(qint64 interactionId, qint64 entryId, QString *error, RegisterChange *change)
{
    const std::optional<Interaction> before = m_interactions->find(interactionId);
    if (!m_interactions->setEntry(interactionId, entryId)) {
        *error = m_interactions->lastError();
        return false;
    }
    if (!before || before->entryId == entryId)
        return true;
    change->interactionChanged(interactionId);
    // Each entry's history gains a line, and its count of linked interactions changes.
    change->entryChanged(before->entryId, RegisterChange::LinkedCount);
    change->entryChanged(entryId, RegisterChange::LinkedCount);
    // Both entries' histories say it: the evidence an entry has is part of its story.
    // Stored as data, not in the words of whoever made the change: the ticket, else the date.
    const QString what = before->ticket.isEmpty() ? before->occurredAt.date().toString(Qt::ISODate) : before->ticket;
    if ((before->entryId != 0
         && !m_entries->addHistory(before->entryId, historyAuthor(), QStringLiteral("unlinked"), what, QString()))
        || (entryId != 0 && !m_entries->addHistory(entryId, historyAuthor(), QStringLiteral("linked"), QString(), what))) {
        *error = m_entries->lastError();
        return false;
    }
    return true;
}

RegisterChange RegisterDocument::interactionGoing(qint64 id) const
{
    RegisterChange change;
    change.interactionsRemoved.append(id);
    if (const std::optional<Interaction> before = m_interactions->find(id))
        change.entryChanged(before->entryId, RegisterChange::LinkedCount);
    return change;
}

void RegisterDocument::announce(const RegisterChange &change)
{
    if (!change.isEmpty())
        Q_EMIT changed(change);
}

bool RegisterDocument::addGenerated(QList<Entry> &entries, const InteractionFeed &feed, int *added)
{
    ImportRecord record; // not an import of a file: no record
    const bool ok = transact(RegisterChange::everything(), [&](QString *error) {
        for (Entry &entry : entries) {
            if (!m_entries->insert(entry, historyAuthor())) {
                *error = m_entries->lastError();
                return false;
            }
        }
        if (!m_interactions->insertImported(feed, m_poorRule, &record)) {
            *error = m_interactions->lastError();
            return false;
        }
        return true;
    });
    *added = record.added;
    return ok;
}

bool RegisterDocument::addInBulk(QList<Entry> &entries, QList<Interaction> &interactions)
{
    return transact(RegisterChange::everything(), [&](QString *error) {
        for (Entry &entry : entries) {
            if (!m_entries->insert(entry, historyAuthor())) {
                *error = m_entries->lastError();
                return false;
            }
        }
        for (Interaction &interaction : interactions) {
            if (!m_interactions->insert(interaction)) {
                *error = m_interactions->lastError();
                return false;
            }
        }
        return true;
    });
}

} // namespace qw
