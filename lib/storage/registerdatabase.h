#pragma once

#include "registerstore.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace qw {

class RegisterLock;

// Owns the SQL connection to one register file: recognises a register before touching it,
// refuses anything else, creates and migrates the schema, and sets the pragmas that keep the
// file consistent through crashes (WAL, synchronous=FULL, foreign keys).
class RegisterDatabase final
{
public:
    Q_DISABLE_COPY_MOVE(RegisterDatabase)

    static constexpr int SchemaVersion = 12;
    static constexpr quint32 ApplicationId = 0x51574e31; // "QWN1" in the SQLite header

    enum class Mode { ReadWrite, ReadOnly };

    // Opens (or, if it does not exist, creates) the register at path. On failure returns null
    // and sets *error to a sentence for the user; the file is left exactly as it was.
    // A file the user may not write is opened read-only.
    static std::unique_ptr<RegisterDatabase> open(const QString &path, QString *error,
                                                  Mode mode = Mode::ReadWrite);
    ~RegisterDatabase();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString filePath() const { return m_filePath; }
    bool isReadOnly() const { return m_readOnly; }
    bool isNew() const { return m_created; }
    // Why a register is read-only: asked for, a file or folder the user may not write, or a
    // disk so full that the register could not be prepared for changes.
    // (Set whenever the register is read-only: None means it is writable.)
    using ReadOnlyReason = RegisterStore::ReadOnlyReason;
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // A file: URI (for SQLITE_OPEN_READONLY | SQLITE_OPEN_URI) that reads what this connection
    // reads: the register itself, or, when it is read as immutable or from a checked copy, that.
    QString readerUri() const;

    // A consistent copy of the whole register into a new file (which must not exist yet).
    bool saveCopyAs(const QString &target, QString *error) const;
    // Replaces the register's whole content by the backup's, in one transaction, after a
    // backup of the present content. The register must then be opened again (the backup may
    // be of an older format, which opening upgrades).
    bool restoreFrom(const QString &backupPath, QString *error);

private:
    RegisterDatabase(QString connectionName, QString filePath, bool readOnly, bool created);
    // diskFull: a read-only open after a full disk refused the changes' open.
    static std::unique_ptr<RegisterDatabase> open(const QString &path, QString *error, Mode mode, bool diskFull);

    std::shared_ptr<RegisterLock> m_lock;
    std::unique_ptr<QTemporaryDir> m_scratch; // a checked copy read instead of the register
    QString m_readUri;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_connectionName;
    QString m_filePath;
    bool m_readOnly = false;
    bool m_created = false;
};

} // namespace qw
