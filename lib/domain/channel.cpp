#include "channel.h"

#include <QCoreApplication>

namespace qw {

QList<Channel> allChannels()
{
    return {Channel::Phone, Channel::Email, Channel::Portal, Channel::Chat, Channel::WalkIn,
            Channel::Video, Channel::Unknown};
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Phone: return QCoreApplication::translate("qw::Channel", "Phone");
    case Channel::Email: return QCoreApplication::translate("qw::Channel", "E-mail");
    case Channel::Portal: return QCoreApplication::translate("qw::Channel", "Portal");
    case Channel::Chat: return QCoreApplication::translate("qw::Channel", "Chat");
    case Channel::WalkIn: return QCoreApplication::translate("qw::Channel", "Walk-in");
    case Channel::Video: return QCoreApplication::translate("qw::Channel", "Video");
    case Channel::Unknown: return QCoreApplication::translate("qw::Channel", "Unknown");
    }
    return {};
}

bool channelFromInt(int value, Channel *channel)
{
    if (value < int(Channel::Phone) || value > int(Channel::Unknown))
        return false;
    *channel = Channel(value);
    return true;
}

} // namespace qw
