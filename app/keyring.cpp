#include "keyring.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace qw::Keyring {

namespace {

const QString service = QStringLiteral("QuickWins team registers");

} // namespace

QString keyFor(const QString &user, const QString &host, int port, const QString &database)
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

void read(const QString &key, QObject *context, std::function<void(const QString &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    job->setInsecureFallback(false); // never a file of passwords in plain text
    QPointer<QObject> alive(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, alive, done = std::move(done)] {
        if (!alive)
            return;
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else
            done({}, job->error() == QKeychain::EntryNotFound ? QString() : job->errorString());
    });
    job->start();
}

void write(const QString &key, const QString &password, QObject *context, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(password);
    QPointer<QObject> alive(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, alive, done = std::move(done)] {
        if (alive)
            done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

} // namespace qw::Keyring
