#pragma once

#include "registerstore.h"

#include <QSqlDatabase>

namespace qw {

// Reviews kept in a register file (schema format 12): reviews, review_items (each review's
// agenda by position), review_actions and review_causes (each cause's count at a review's end).
class ReviewRepository final : public ReviewStore
{
public:
    explicit ReviewRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool insert(Review &review, const QList<ReviewItem> &items) override;
    bool setItems(qint64 reviewId, const QList<ReviewItem> &items) override;
    bool setItem(qint64 reviewId, int position, const ReviewItem &item) override;
    bool setAttendees(qint64 reviewId, const QStringList &attendees) override;
    bool end(const Review &review, const QList<std::pair<qint64, int>> &causeCounts) override;
    bool erase(qint64 reviewId) override;
    std::optional<QList<Review>> all() const override;
    std::optional<QList<ReviewItem>> items(qint64 reviewId) const override;
    std::optional<QHash<qint64, int>> causeCounts(qint64 reviewId) const override;
    bool setNumbers(qint64 reviewId, const QHash<qint64, int> &numbers) override;
    std::optional<QHash<qint64, int>> numbers(qint64 reviewId) const override;
    bool insertAction(ActionItem &action) override;
    bool updateAction(const ActionItem &action) override;
    bool eraseAction(qint64 id) override;
    std::optional<QList<ActionItem>> actions() const override;
    std::optional<QHash<qint64, QDateTime>> lastChanged() const override;
    std::optional<QHash<qint64, QDate>> inProgressTargets() const override;
    std::optional<QList<std::pair<qint64, HistoryRecord>>> historyBy(const QString &who, const QDateTime &since,
                                                                     const QDateTime &until) const override;
    QString lastError() const override { return m_lastError; }

private:
    bool insertItems(qint64 reviewId, const QList<ReviewItem> &items);

    QSqlDatabase m_db; // the store's connection
    mutable QString m_lastError;
};

} // namespace qw
