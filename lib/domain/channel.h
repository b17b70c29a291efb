#pragma once

#include <QList>
#include <QString>

namespace qw {

// How the customer reached the service desk. Stored as integers: only append.
enum class Channel {
    Phone = 0,
    Email = 1,
    Portal = 2,
    Chat = 3,
    WalkIn = 4,
    Video = 5,
    Unknown = 6, // the export did not say, or said something unrecognised
};

QList<Channel> allChannels();
QString channelName(Channel channel);
bool channelFromInt(int value, Channel *channel);

} // namespace qw
