#pragma once

#include <QString>

#include <memory>

namespace qw {

// One QuickWins at a time writes a register: a lock file beside it (REGISTER.lock) says which
// process has it open. Within one process the lock is shared (the import's worker thread
// opens the register again). A lock left by a process that died is taken over.
class RegisterLock final
{
public:
    // The lock of the register at path, or null when another running QuickWins holds it
    // (*holder then says which: "process 1234 on host"). A folder where no lock file can be
    // written gives a lock that guards nothing, rather than no register.
    static std::shared_ptr<RegisterLock> acquire(const QString &path, QString *holder);
    // Whether another running QuickWins has the register open, without taking the lock.
    static bool isHeldElsewhere(const QString &path, QString *holder);

    ~RegisterLock();

private:
    struct Private;
    explicit RegisterLock(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace qw
