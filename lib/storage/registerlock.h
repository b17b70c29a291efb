#pragma once

#include <QString>

#include <memory>

namespace qw {

// One QuickWins at a time writes a register. Two locks say so: an exclusive flock(2) on the
// register file itself, which follows the file whatever name it is opened by (a symbolic or a
// hard link is the same file), and a lock file beside it (REGISTER.lock, by its canonical
// name) that says which process has it open. Within one process the lock is shared (the
// import's worker thread opens the register again). A lock left by a process that died is
// taken over: the kernel drops a dead process's flock.
class RegisterLock final
{
public:
    // The lock of the register at path, or null when another running QuickWins holds it
    // (*holder then says which: "process 1234 on host"). A folder where no lock file can be
    // written still gets the file's own lock. A register that does not exist yet is locked
    // by its lock file until holdFile() is called once it does.
    // *alreadyHeld (if given) says whether this process held it already (another open of the
    // same register is writing it now).
    static std::shared_ptr<RegisterLock> acquire(const QString &path, QString *holder, bool *alreadyHeld = nullptr);
    // Whether another running QuickWins has the register open, without taking the lock.
    static bool isHeldElsewhere(const QString &path, QString *holder);
    // Whether this process has it open for changes (through any name of the file).
    static bool isHeldInThisProcess(const QString &path);

    // Takes the file's own lock too, once a register created under this lock exists.
    bool holdFile(const QString &path);

    ~RegisterLock();

private:
    struct Private;
    explicit RegisterLock(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace qw
