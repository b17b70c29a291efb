#pragma once

#include "channel.h"
#include "satisfaction.h"

#include <QDateTime>
#include <QString>

namespace qw {

// One contact with a customer that went badly (or, once surveys are imported, any response).
struct Interaction
{
    qint64 id = 0;
    QDateTime occurredAt;
    Channel channel = Channel::Phone;
    QString service;
    QString team;
    QString agent;
    QString ticket;
    SatisfactionScale scale = SatisfactionScale::OneToFive;
    int score = -1;           // -1: the customer gave no score
    QString reason;
    QString comment;
    QString customer;         // personal data: hidden when the screen is shared
    bool repeatContact = false;
    qint64 entryId = 0;       // 0: not linked to an entry
    QString importKey;        // set for imported rows: the response's identity in its source
    qint64 rowKey = 0;        // imported rows: a 64-bit hash of the row's cells as written (0: none)
    qint64 importId = 0;      // the import that added it (0: logged by hand)
    QString previousKey;      // while importing: the key an earlier QuickWins gave the same row

    bool hasScore() const { return score >= 0; }
    // Poor by the register's rule (RegisterDocument::poorRule()).
    bool isPoor(const PoorRule &rule) const { return hasScore() && rule.isPoor(scale, score); }

    friend bool operator==(const Interaction &, const Interaction &) = default;
};

} // namespace qw
