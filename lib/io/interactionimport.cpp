#include "interactionimport.h"

#include "importrowreader.h"
#include "commands/importcommands.h"
#include "document/registerdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QTemporaryFile>
#include <QThread>
#include <QWaitCondition>

#include <cstring>
#include <memory>


namespace qw {

namespace {

// Gives this file a translation context of its own.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Rows handed from the reading thread to the writing one a batch at a time, at most a few
// batches ahead, so that memory stays flat however large the file.
class RowQueue final
{
public:
    // The reader's side: false once the writer has stopped taking rows.
    bool push(QList<Interaction> &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= maxBatches && !m_stopped)
            m_taken.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_batches.append(std::move(batch));
        m_added.wakeOne();
        return true;
    }
    // The reader has no more rows.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_added.wakeOne();
    }
    // The writer's side: false once the reader has closed the queue and every batch is taken.
    bool pop(QList<Interaction> *batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.isEmpty() && !m_closed)
            m_added.wait(&m_mutex);
        if (m_batches.isEmpty())
            return false;
        *batch = m_batches.takeFirst();
        m_taken.wakeOne();
        return true;
    }
    // The writer takes no more rows.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_taken.wakeOne();
    }

private:
    static constexpr qsizetype maxBatches = 8;
    QMutex m_mutex;
    QWaitCondition m_added;
    QWaitCondition m_taken;
    QList<QList<Interaction>> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
};

// The key a row is known by in one file: its identity where it has one, else its cells.
QString keyInFile(const Interaction &i)
{
    return i.importKey.isEmpty() ? QString::number(i.rowKey) : i.importKey;
}

} // namespace

QString ImportInput::fileName() const
{
    return path.isEmpty() ? QString() : QFileInfo(path).fileName();
}

std::optional<ImportInput> ImportInput::fromFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        *error = ImportText::tr("“%1” does not exist.").arg(shown);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = ImportText::tr("“%1” is a folder, not an export.").arg(shown);
        return std::nullopt;
    }
    // A device or a pipe never ends (/dev/zero) or never starts (a FIFO with no writer).
    if (!info.isFile()) {
        *error = ImportText::tr("“%1” is not a regular file (a device, a pipe or a socket); save the export to a file "
                                "and import that.").arg(shown);
        return std::nullopt;
    }
    if (info.size() > maxExportSize) {
        *error = ImportText::tr("“%1” is larger than %2 GiB, more than one import can take; split the export.")
                     .arg(shown).arg(maxExportSize >> 30);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportText::tr("“%1” cannot be read: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    // Read when imported (mapped, not copied into memory).
    ImportInput input;
    input.path = path;
    return input;
}

namespace InteractionImport {

Plan read(const ImportInput &input, const ImportOptions &options, const RegisterDocument *document,
          const std::function<bool(double)> &progress)
{
    Plan plan;
    ImportRowReader reader(options, &plan.report);
    if (!reader.open(input, document, progress))
        return plan;
    plan.header = reader.header();
    QSet<QString> keysInFile;
    reader.forEachRow([&](const Interaction &i) {
        const QString key = keyInFile(i);
        const QString cells = QString::number(i.rowKey);
        if (keysInFile.contains(key) || keysInFile.contains(cells)) {
            ++plan.report.duplicates;
            return true;
        }
        keysInFile.insert(key);
        keysInFile.insert(cells);
        plan.interactions.append(i);
        return true;
    }, progress);
    return plan;
}

ImportReport run(RegisterDocument *document, const ImportInput &input, const ImportOptions &options,
                 const std::function<bool(double)> &progress, bool undoable,
                 const std::function<void()> &betweenBatches)
{
    if (options.dryRun) {
        // A dry run reports what would be imported, from a plan that touches nothing.
        Plan plan = read(input, options, document, progress);
        ImportReport &report = plan.report;
        if (!report.error.isEmpty() || report.cancelled || !report.rejected.isEmpty())
            return report;
        const PoorRule rule = document ? document->poorRule() : PoorRule::defaults();
        for (const Interaction &i : std::as_const(plan.interactions)) {
            const std::optional<Interaction> known = document ? document->findImported(i) : std::nullopt;
            if (!known) {
                ++report.imported;
                report.poor += i.isPoor(rule) ? 1 : 0;
            } else if (importedFieldsDiffer(*known, i)) {
                ++report.updated;
            } else {
                ++report.duplicates;
            }
        }
        return report;
    }

    ImportReport report;
    ImportRowReader reader(options, &report);
    if (!reader.open(input, document, progress))
        return report;
    // Each row is written as soon as it is read, in one transaction: the reading (decoding,
    // parsing, converting) runs on a thread of its own, side by side with SQLite's writing on
    // this one. A rejected row stops the writing (the rest is still read, to report every
    // rejected row) and rolls it all back. Rows imported before are updated where the export
    // changed them, or skipped; rows twice in the file are skipped.
    RowQueue queue;
    bool read = false;
    const std::unique_ptr<QThread> reading(QThread::create([&] {
        constexpr qsizetype batchSize = 512;
        QList<Interaction> batch;
        batch.reserve(batchSize);
        read = reader.forEachRow([&](const Interaction &i) {
            if (!report.rejected.isEmpty())
                return true;
            batch.append(i);
            if (batch.size() < batchSize)
                return true;
            QList<Interaction> next;
            next.reserve(batchSize);
            return queue.push(std::exchange(batch, std::move(next)));
        }, progress);
        if (read && !batch.isEmpty())
            read = queue.push(std::move(batch));
        queue.close();
    }));
    reading->start();
    ImportRecord record;
    record.fileName = input.fileName().isEmpty() ? ImportText::tr("(an export)") : input.fileName();
    record.source = exportSourceName(report.source);
    record.encoding = report.encoding;
    record.mapping = report.mapping;
    const auto result = document->importInteractions([&](const auto &add) {
        bool written = true;
        QList<Interaction> batch;
        while (written && queue.pop(&batch)) {
            for (const Interaction &i : std::as_const(batch)) {
                if (!add(i)) {
                    written = false;
                    break;
                }
            }
            if (betweenBatches)
                betweenBatches();
        }
        queue.stop();
        reading->wait();
        record.rowsRead = report.rowsRead;
        return written && read && report.rejected.isEmpty();
    }, {{importMappingSettingKey(report.source), reader.settingValue()}}, &record);
    queue.stop(); // in case the transaction never began: the reader must not wait for it
    reading->wait();
    if (report.cancelled || !report.error.isEmpty() || !report.rejected.isEmpty())
        return report;
    if (result != RegisterDocument::ImportResult::Done) {
        report.error = ImportText::tr("The import could not be saved; nothing was imported.");
        return report;
    }
    report.imported = record.added;
    report.poor = record.poorAdded;
    report.updated = record.updated;
    report.duplicates = record.unchanged;
    report.importId = record.id;
    if (undoable && record.id != 0)
        ImportCommand::pushDone(document, record);
    return report;
}

} // namespace InteractionImport

QString ImportReport::summary() const
{
    QString line = QCoreApplication::translate("qw::Import",
                                               "rows read: %1, interactions imported: %2 (poor: %3), updated: %4, "
                                               "duplicates skipped: %5, rows rejected: %6")
                       .arg(rowsRead).arg(imported).arg(poor).arg(updated).arg(duplicates).arg(rejected.size());
    if (!leftOut.isEmpty())
        line += QCoreApplication::translate("qw::Import", ", bad rows left out: %1").arg(leftOut.size());
    if (notPoor > 0)
        line += QCoreApplication::translate("qw::Import", ", not poor, left out: %1").arg(notPoor);
    return line;
}

QStringList ImportReport::decisions() const
{
    QStringList lines;
    const QString how = encodingChosen ? QCoreApplication::translate("qw::Import", "as chosen")
                                       : QCoreApplication::translate("qw::Import", "detected");
    if (delimiter.isNull()) {
        lines << QCoreApplication::translate("qw::Import", "Excel workbook, sheet “%1”").arg(sheet);
    } else {
        const QString name = delimiter == QLatin1Char('\t') ? QCoreApplication::translate("qw::Import", "tab")
            : delimiter == QLatin1Char(';')                 ? QCoreApplication::translate("qw::Import", "semicolon")
                                                            : QCoreApplication::translate("qw::Import", "comma");
        lines << QCoreApplication::translate("qw::Import", "encoding: %1 (%2); fields separated by %3")
                     .arg(encoding, how, name);
    }
    lines << QCoreApplication::translate("qw::Import", "source: %1").arg(exportSourceName(source));
    lines << QCoreApplication::translate("qw::Import", "dates: %1").arg(dateOrder);
    lines << QCoreApplication::translate("qw::Import", "scale: %1 (%2); poor: %3")
                 .arg(scaleName(scale),
                      scaleChosen ? QCoreApplication::translate("qw::Import", "as chosen")
                                  : QCoreApplication::translate("qw::Import", "decided from the column"),
                      poorRule);
    lines += mappingLines;
    if (!unusedColumns.isEmpty())
        lines << QCoreApplication::translate("qw::Import", "not imported: %1").arg(unusedColumns.join(QStringLiteral(", ")));
    return lines;
}

} // namespace qw
