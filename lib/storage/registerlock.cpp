#include "registerlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QStringList>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qw {

namespace {

struct LockText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterLock)
};

// Beside the file a symbolic link points to, so that both names find one lock file.
QString lockPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral(".lock");
}

// The file's identity: one key for every name it has.
QString fileKey(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("inode:%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

// The locks this process holds, by lock file and by file identity, so that a second open
// shares the first's.
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

// An open descriptor of the register holding flock(2) of the given kind, or -1 (errno
// EWOULDBLOCK when another process holds it). The descriptor stays open for as long as the
// lock is held: the kernel keeps the lock with it, and drops it when the process dies.
int lockFile(const QString &path, int operation)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return -1;
    if (::flock(fd, operation | LOCK_NB) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

} // namespace

struct RegisterLock::Private
{
    QStringList keys;
    std::unique_ptr<QLockFile> file; // null when the folder cannot hold a lock file
    int fd = -1;                     // the register's own lock
};

RegisterLock::RegisterLock(std::unique_ptr<Private> d) : d(std::move(d)) {}

RegisterLock::~RegisterLock()
{
    QMutexLocker locker(&locksMutex);
    for (const QString &key : std::as_const(d->keys))
        heldLocks().remove(key);
    if (d->fd >= 0)
        ::close(d->fd);
}

std::shared_ptr<RegisterLock> RegisterLock::acquire(const QString &path, QString *holder, bool *alreadyHeld)
{
    const QString key = lockPath(path);
    const QString identity = fileKey(path);
    QMutexLocker locker(&locksMutex);
    if (alreadyHeld)
        *alreadyHeld = true;
    if (auto shared = heldLocks().value(key).lock())
        return shared;
    if (!identity.isEmpty()) {
        if (auto shared = heldLocks().value(identity).lock())
            return shared;
    }
    if (alreadyHeld)
        *alreadyHeld = false;
    auto d = std::make_unique<Private>();
    d->keys.append(key);
    if (!identity.isEmpty()) {
        d->fd = lockFile(path, LOCK_EX);
        if (d->fd < 0 && errno == EWOULDBLOCK) {
            // Held through this name or another one (a link): say who, if the lock file knows.
            QLockFile file(key);
            file.setStaleLockTime(0);
            *holder = tryLock(file) ? LockText::tr("another QuickWins, under another name of the same file")
                                    : describeHolder(file);
            return nullptr;
        }
        d->keys.append(identity);
    }
    d->file = std::make_unique<QLockFile>(key);
    d->file->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!tryLock(*d->file)) {
        if (d->file->error() == QLockFile::LockFailedError) {
            *holder = describeHolder(*d->file);
            if (d->fd >= 0)
                ::close(d->fd);
            return nullptr;
        }
        d->file.reset(); // a read-only folder, say: the file's own lock guards it
    }
    std::shared_ptr<RegisterLock> lock(new RegisterLock(std::move(d)));
    for (const QString &k : std::as_const(lock->d->keys))
        heldLocks().insert(k, lock);
    return lock;
}

bool RegisterLock::holdFile(const QString &path)
{
    if (d->fd >= 0)
        return true;
    const QString identity = fileKey(path);
    d->fd = lockFile(path, LOCK_EX);
    if (d->fd < 0 || identity.isEmpty())
        return false;
    QMutexLocker locker(&locksMutex);
    d->keys.append(identity);
    // (The shared pointer in the map is found through the lock file's key.)
    heldLocks().insert(identity, heldLocks().value(d->keys.constFirst()));
    return true;
}

bool RegisterLock::isHeldInThisProcess(const QString &path)
{
    const QString identity = fileKey(path);
    QMutexLocker locker(&locksMutex);
    return heldLocks().value(lockPath(path)).lock() || (!identity.isEmpty() && heldLocks().value(identity).lock());
}

bool RegisterLock::isHeldElsewhere(const QString &path, QString *holder)
{
    const QString key = lockPath(path);
    const QString identity = fileKey(path);
    {
        QMutexLocker locker(&locksMutex);
        if (heldLocks().contains(key) || (!identity.isEmpty() && heldLocks().contains(identity)))
            return false; // this process's own
    }
    QLockFile file(key);
    file.setStaleLockTime(0);
    if (!identity.isEmpty()) {
        // A shared flock is refused only while a writer holds its exclusive one.
        const int fd = lockFile(path, LOCK_SH);
        if (fd >= 0) {
            ::close(fd);
        } else if (errno == EWOULDBLOCK) {
            *holder = tryLock(file) ? LockText::tr("another QuickWins, under another name of the same file")
                                    : describeHolder(file);
            if (file.isLocked())
                file.unlock();
            return true;
        }
    }
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
