#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qw {

// The fields of an interaction that an export can fill, named as on the command line.
enum class ImportField { Ticket, Date, Channel, Service, Team, Agent, Score, Reason, Comment,
                         Customer, Repeat };

QList<ImportField> allImportFields();
QString importFieldKey(ImportField field);              // "ticket", "date", ...
std::optional<ImportField> importFieldFromKey(const QString &key);

// The service desk tool an export comes from, recognised from its header.
enum class ExportSource { Generic, ServiceNow, Zendesk, Freshdesk, JiraServiceManagement };
QString exportSourceName(ExportSource source);

// Which column (0-based) fills which field.
class ColumnMapping
{
public:
    // Recognises the tool from the header and maps every field the header names, by the column
    // names each tool really uses (ServiceNow's number, opened_at, caller_id …), then generic ones.
    static ColumnMapping detect(const QStringList &header);

    ExportSource source() const { return m_source; }
    std::optional<int> column(ImportField field) const;
    void setColumn(ImportField field, int column) { m_columns.insert(field, column); }
    void clear(ImportField field) { m_columns.remove(field); }

    // "service=Business service": by header name (case-insensitive) or 1-based number.
    // Returns an error sentence, or an empty string when it applied.
    QString apply(const QString &assignment, const QStringList &header);

    // "ticket=number;date=opened_at": saved per source so a correction is remembered.
    QString toText(const QStringList &header) const;

private:
    ExportSource m_source = ExportSource::Generic;
    QHash<ImportField, int> m_columns;
};

} // namespace qw
