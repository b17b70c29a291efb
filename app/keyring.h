#pragma once

#include <QString>

#include <functional>

class QObject;

namespace qw::Keyring {

// Passwords of team registers kept in the desktop's keyring (the Secret Service, GNOME Keyring
// or KWallet, through qtkeychain), never in QuickWins' settings or a register, and never in
// plain text: without a keyring nothing is kept, and done() says why. Each call finishes
// later, from the event loop; done() is not called once context is gone. key: what names the
// register (keyFor()).
QString keyFor(const QString &user, const QString &host, int port, const QString &database);
void read(const QString &key, QObject *context, std::function<void(const QString &password, const QString &error)> done);
void write(const QString &key, const QString &password, QObject *context, std::function<void(const QString &error)> done);

} // namespace qw::Keyring
