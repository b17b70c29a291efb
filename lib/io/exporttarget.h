#pragma once

#include <QString>

#include <functional>

class QByteArray;
class QImage;
class QIODevice;

namespace qw {

// Where QuickWins may write a file (an export, a chart, a screenshot, a copy), and writing it
// whole or not at all. No export ever writes over a register: neither the open one (by the
// file's identity, so a link or another spelling of its path is seen through) nor any file
// with a register's header, nor an SQLite database or log of any kind; and a target that exists
// and is not a regular file (a device such as /dev/null, a pipe, a folder) is refused.
namespace ExportTarget {

// True when path may be written; else false and *error says why, in a sentence.
// openRegister: the open register's path (empty: none).
bool check(const QString &path, const QString &openRegister, QString *error);

// check(), then write() into a temporary file beside the target, renamed over it only once
// write() returned true and every byte is flushed (QSaveFile). A failure leaves the previous
// file as it was and says why ("The disk is full …").
bool save(const QString &path, const QString &openRegister,
          const std::function<bool(QIODevice *out, QString *error)> &write, QString *error);

// An image as PNG bytes, encoded in memory: written to a file afterwards, so that a full disk
// is met by a plain write (Qt's PNG writer leaks its image when libpng fails mid-file).
QByteArray pngBytes(const QImage &image);

// What went wrong writing, in words a person acts on.
QString describeWriteError(const QString &path, const QString &detail);

} // namespace ExportTarget

} // namespace qw
