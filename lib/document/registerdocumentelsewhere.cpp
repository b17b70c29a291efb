#include "elsewhere.h"
#include "placing.h"

#include <QDateTime>

namespace qw {

namespace {

// How long the notifications of others' changes are gathered before they are announced: a
// transaction's arrive together, and a few milliseconds make one change of them.
constexpr int GatherMs = 15;
// How often the server is asked whether it is there (and, once gone, tried again).
constexpr int HeartbeatMs = 1000;

} // namespace

bool RegisterDocument::followOthers()
{
    if (m_elsewhere)
        return true;
    auto elsewhere = std::make_unique<Elsewhere>();
    elsewhere->timer.setSingleShot(true);
    elsewhere->timer.setInterval(GatherMs);
    connect(&elsewhere->timer, &QTimer::timeout, this, &RegisterDocument::applyElsewhere);
    Elsewhere *heard = elsewhere.get();
    QString error;
    const bool watching = m_store->watch(
        [heard](const RegisterStore::ElsewhereChange &change) {
            heard->pending.append(change);
            if (!heard->timer.isActive())
                heard->timer.start();
        },
        &error);
    if (!watching) {
        if (!error.isEmpty())
            Q_EMIT errorOccurred(error);
        return false;
    }
    m_elsewhere = std::move(elsewhere);
    m_elsewhere->heartbeat.setInterval(HeartbeatMs);
    connect(&m_elsewhere->heartbeat, &QTimer::timeout, this, &RegisterDocument::checkServer);
    m_elsewhere->heartbeat.start();
    return true;
}

void RegisterDocument::markServerLost(const QString &detail) const
{
    if (m_serverLost.isValid())
        return;
    m_serverLost = QDateTime::currentDateTime();
    m_serverLostDetail = detail;
    Q_EMIT const_cast<RegisterDocument *>(this)->healthChanged();
}

void RegisterDocument::checkServer()
{
    if (m_transacting)
        return; // asked again in a second
    QString detail;
    if (!m_serverLost.isValid()) {
        if (!m_store->isReachable(&detail))
            markServerLost(detail);
        return;
    }
    if (!m_store->reconnect(&detail)) {
        m_serverLostDetail = detail;
        return;
    }
    m_serverLost = QDateTime();
    m_serverLostDetail.clear();
    // What changed meanwhile was told to nobody: everything is read again.
    m_poorRule = m_interactions->poorRule();
    readRunningReview();
    m_placing.reset();
    Q_EMIT healthChanged();
    Q_EMIT changed(RegisterChange::everything());
}

void RegisterDocument::applyElsewhere()
{
    // Heard while a change of this document's own waits in its transaction (an import lets the
    // window paint between its rows): announced once it is done.
    if (m_transacting) {
        m_elsewhere->timer.start();
        return;
    }
    using What = RegisterStore::ElsewhereChange::What;
    const QList<RegisterStore::ElsewhereChange> heard = std::exchange(m_elsewhere->pending, {});
    // One change for each person, in the order they were heard.
    QList<std::pair<QString, RegisterChange>> changes;
    for (const RegisterStore::ElsewhereChange &c : heard) {
        auto it = std::find_if(changes.begin(), changes.end(), [&](const auto &p) { return p.first == c.user; });
        if (it == changes.end()) {
            changes.append({c.user, RegisterChange()});
            it = changes.end() - 1;
        }
        RegisterChange &change = it->second;
        switch (c.what) {
        case What::Entry:
            change.entryChanged(c.id, EntryFields::All | RegisterChange::LinkedCount);
            break;
        case What::Entries:
            change.allEntries = true;
            break;
        case What::InteractionAdded:
            if (!change.interactionsAdded.contains(c.id))
                change.interactionsAdded.append(c.id);
            break;
        case What::Interaction:
            change.interactionChanged(c.id);
            break;
        case What::InteractionErased:
            change.interactionsAdded.removeAll(c.id);
            change.interactionsChanged.removeAll(c.id);
            if (!change.interactionsRemoved.contains(c.id))
                change.interactionsRemoved.append(c.id);
            break;
        case What::Interactions:
            change.allInteractions = true;
            break;
        case What::Snapshots:
            change.snapshots = true;
            break;
        case What::Reviews:
            change.reviews = true;
            break;
        case What::Causes:
            change.causes = true;
            break;
        case What::Settings:
            change = RegisterChange::everything();
            break;
        }
    }
    const QDateTime when = QDateTime::currentDateTime();
    for (auto &[user, change] : changes) {
        // An interaction set aside is one that left the register, as it does for this document's
        // own changes.
        for (qint64 id : QList<qint64>(change.interactionsChanged)) {
            const std::optional<bool> there = m_interactions->isInRegister(id);
            if (there == false) {
                change.interactionsChanged.removeAll(id);
                change.interactionsRemoved.append(id);
            } else if (there == true && !change.interactionsAdded.contains(id)) {
                // Perhaps put back (a set-aside one restored): a list not showing it inserts it.
                change.interactionsAdded.append(id);
            }
        }
        // What this document keeps of the register, as it now is.
        if (change.allInteractions && change.allEntries)
            m_poorRule = m_interactions->poorRule();
        if (change.reviews)
            readRunningReview();
        if (change.causes)
            m_placing.reset(); // read again when next needed
        Q_EMIT changed(change);
        Q_EMIT changedElsewhere(user, change, when);
    }
}

} // namespace qw
