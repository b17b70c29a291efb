#include "exporttarget.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <cerrno>
#include <sys/stat.h>

namespace qw::ExportTarget {

namespace {

struct TargetText
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// The same file, whatever path names it: device and inode.
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa {};
    struct stat sb {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
        && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// What the first bytes say the file is: an SQLite database (a register or another's), an
// SQLite write-ahead log, or neither.
enum class Kind { Other, Register, Database, Log };

Kind kindOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Other;
    const QByteArray head = file.read(100);
    if (head.startsWith("SQLite format 3")) {
        // The application id at offset 68, big-endian: "QWN1" for a QuickWins register.
        return head.size() >= 72 && head.mid(68, 4) == QByteArrayLiteral("QWN1") ? Kind::Register : Kind::Database;
    }
    if (head.size() >= 4) {
        const quint32 magic = (quint32(quint8(head[0])) << 24) | (quint32(quint8(head[1])) << 16)
            | (quint32(quint8(head[2])) << 8) | quint32(quint8(head[3]));
        if (magic == 0x377f0682u || magic == 0x377f0683u)
            return Kind::Log;
    }
    return Kind::Other;
}

} // namespace

bool check(const QString &path, const QString &openRegister, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty()) {
        *error = TargetText::tr("No file was named to write to.");
        return false;
    }
    if (!openRegister.isEmpty()) {
        const QStringList own{openRegister, openRegister + QStringLiteral("-wal"), openRegister + QStringLiteral("-shm"),
                              openRegister + QStringLiteral(".lock")};
        for (const QString &file : own) {
            if (QFileInfo(file).absoluteFilePath() == info.absoluteFilePath() || sameFile(file, path)) {
                *error = TargetText::tr("“%1” is the open register (or a file of it); an export never writes over a "
                                        "register. Choose another file.").arg(shown);
                return false;
            }
        }
    }
    if (!info.exists() && !info.isSymLink())
        return true;
    if (info.isSymLink() && !info.exists()) {
        *error = TargetText::tr("“%1” is a link to a file that does not exist; QuickWins does not write through it.")
                     .arg(shown);
        return false;
    }
    if (!info.isFile()) {
        *error = TargetText::tr("“%1” exists and is not a regular file (a folder, a device or a pipe); QuickWins writes "
                                "only regular files.").arg(shown);
        return false;
    }
    switch (kindOf(path)) {
    case Kind::Register:
        *error = TargetText::tr("“%1” is a QuickWins register; an export never writes over a register. Choose another "
                                "file.").arg(shown);
        return false;
    case Kind::Database:
    case Kind::Log:
        *error = TargetText::tr("“%1” is a database file; an export never writes over one. Choose another file.")
                     .arg(shown);
        return false;
    case Kind::Other:
        break;
    }
    return true;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QString describeWriteError(const QString &path, const QString &detail)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (detail.contains(QLatin1String("No space left"), Qt::CaseInsensitive) || errno == ENOSPC) {
        return TargetText::tr("“%1” was not written: the disk is full. Any earlier file of that name was left as it "
                              "was; free some space and try again.").arg(shown);
    }
    return TargetText::tr("“%1” was not written: %2. Any earlier file of that name was left as it was.")
        .arg(shown, detail);
}

bool save(const QString &path, const QString &openRegister,
          const std::function<bool(QIODevice *out, QString *error)> &write, QString *error)
{
    if (!check(path, openRegister, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = describeWriteError(path, file.errorString());
        return false;
    }
    QString detail;
    errno = 0;
    if (!write(&file, &detail)) {
        file.cancelWriting();
        *error = describeWriteError(path, detail.isEmpty() ? file.errorString() : detail);
        return false;
    }
    // Flushed here, and its result checked: QSaveFile 6.4 renames the file over the target even
    // when the flush inside commit() failed (seen on a full tmpfs: ENOSPC, then the rename).
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString detail = file.errorString();
        file.cancelWriting();
        *error = describeWriteError(path, detail);
        return false;
    }
    if (!file.commit()) {
        *error = describeWriteError(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace qw::ExportTarget
