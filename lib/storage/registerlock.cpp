#include "registerlock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>

namespace qw {

namespace {

struct LockText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterLock)
};

QString lockPath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
}

// The locks this process holds, by lock file, so that a second open shares the first's.
QMutex locksMutex;
QHash<QString, std::weak_ptr<RegisterLock>> &heldLocks()
{
    static QHash<QString, std::weak_ptr<RegisterLock>> locks;
    return locks;
}

QString describeHolder(QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return LockText::tr("another program");
    return LockText::tr("process %1 on %2").arg(pid).arg(host);
}

// Takes the lock file. A process killed between creating it and writing who it is leaves it
// empty: Qt cannot tell whose it is, so never calls it stale. When nobody holds its native
// lock either (Qt's removeStaleLockFile() checks), nobody has the register: it is cleared and
// taken.
bool tryLock(QLockFile &file)
{
    if (file.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    return file.error() == QLockFile::LockFailedError && !file.getLockInfo(&pid, &host, &application)
        && file.removeStaleLockFile() && file.tryLock(0);
}

} // namespace

struct RegisterLock::Private
{
    QString key;
    std::unique_ptr<QLockFile> file; // null when the folder cannot hold a lock file
};

RegisterLock::RegisterLock(std::unique_ptr<Private> d) : d(std::move(d)) {}

RegisterLock::~RegisterLock()
{
    QMutexLocker locker(&locksMutex);
    heldLocks().remove(d->key);
}

std::shared_ptr<RegisterLock> RegisterLock::acquire(const QString &path, QString *holder)
{
    const QString key = lockPath(path);
    QMutexLocker locker(&locksMutex);
    if (auto shared = heldLocks().value(key).lock())
        return shared;
    auto d = std::make_unique<Private>();
    d->key = key;
    d->file = std::make_unique<QLockFile>(key);
    d->file->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!tryLock(*d->file)) {
        if (d->file->error() == QLockFile::LockFailedError) {
            *holder = describeHolder(*d->file);
            return nullptr;
        }
        d->file.reset(); // a read-only folder, say: nothing to guard with
    }
    std::shared_ptr<RegisterLock> lock(new RegisterLock(std::move(d)));
    heldLocks().insert(key, lock);
    return lock;
}

bool RegisterLock::isHeldElsewhere(const QString &path, QString *holder)
{
    const QString key = lockPath(path);
    {
        QMutexLocker locker(&locksMutex);
        if (heldLocks().contains(key))
            return false; // this process's own
    }
    QLockFile file(key);
    file.setStaleLockTime(0);
    if (tryLock(file)) {
        file.unlock();
        return false;
    }
    if (file.error() != QLockFile::LockFailedError)
        return false;
    *holder = describeHolder(file);
    return true;
}

} // namespace qw
