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
    QString importKey;        // set for imported rows: importing the same export again adds nothing

    bool hasScore() const { return score >= 0; }
    bool isPoor() const { return hasScore() && qw::isPoor(scale, score); }

    friend bool operator==(const Interaction &, const Interaction &) = default;
};

} // namespace qw
