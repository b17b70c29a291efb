#pragma once

#include "registerstore.h"

#include <QSqlDatabase>

namespace qw {

// Causes kept in a register file (schema format 11): cause_groups, cause_members (one row per
// response placed or corrected), their counts (kept by triggers) and cause_state (what the last
// grouping learned).
class CauseRepository final : public CauseStore
{
public:
    explicit CauseRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool forEachResponse(const std::function<bool(qint64, const QString &, const QString &, const QString &, const QString &)> &each,
                         bool onlyUnplaced) const override;
    std::optional<QList<CauseGroupInfo>> groups(const QDate &today) const override;
    std::optional<QList<qint64>> members(qint64 groupId) const override;
    std::optional<QList<CauseMembership>> memberships() const override;
    std::optional<QList<CauseMembership>> memberships(const QList<qint64> &interactionIds) const override;
    std::optional<QList<CauseMembership>> membershipsOfGroup(qint64 groupId) const override;
    bool setMemberships(const QList<CauseMembership> &memberships) override;
    std::optional<CauseGroupInfo> group(qint64 id) const override;
    bool insertGroup(CauseGroupInfo &group) override;
    bool eraseGroup(qint64 id) override;
    bool setName(qint64 id, const QString &name) override;
    bool setPinned(qint64 id, bool pinned) override;
    bool replaceGrouping(QList<FoundCause> &found, const QList<qint64> &ungrouped) override;
    bool setPlacer(const QByteArray &placer, qint64 placedUpTo) override;
    std::optional<qint64> lastInteractionId() const override;
    std::optional<QHash<qint64, qint64>> aliases() const override;
    bool setAlias(qint64 from, qint64 to) override;
    bool removeAlias(qint64 from) override;
    std::optional<bool> isMemberInTriage(qint64 interactionId, qint64 groupId) const override;
    std::optional<QByteArray> placer() const override;
    std::optional<qint64> placerGeneration() const override;
    bool place(const QList<std::pair<qint64, qint64>> &interactionGroup) override;
    bool hasUnplaced() const override;
    bool markPlaced() override;
    QString lastError() const override { return m_lastError; }

private:
    // Writes a member with the copy of its interaction's fields its counts need.
    bool writeMember(QSqlQuery &query, qint64 interactionId, qint64 groupId, bool fixed, bool keepExisting);

    QSqlDatabase m_db; // the store's connection
    mutable QString m_lastError;
};

} // namespace qw
