#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qw {

// The fields of an interaction that an export can fill, named as on the command line.
// Response: the survey response's own id, where the export has one (its identity).
enum class ImportField { Ticket, Date, Channel, Service, Team, Agent, Score, Reason, Comment,
                         Customer, Repeat, Response };

QList<ImportField> allImportFields();
QString importFieldKey(ImportField field);              // "ticket", "date", ...
std::optional<ImportField> importFieldFromKey(const QString &key);

// The service desk tool an export comes from, recognised from its header.
enum class ExportSource { Generic, ServiceNow, Zendesk, Freshdesk, JiraServiceManagement };
QString exportSourceName(ExportSource source);
// A name that never changes, for the keys of imported responses: "servicenow", "zendesk", …
QString exportSourceKey(ExportSource source);

// Which column (0-based) fills which field, and why: recognised from the header, remembered
// from an earlier correction, or given by the person (--map, the wizard).
class ColumnMapping
{
public:
    enum class Origin { Recognised, Remembered, Given };

    // Recognises the tool from the header and maps every field the header names, by the column
    // names each tool really uses (ServiceNow's number, opened_at, caller_id …), then generic ones.
    // A name that two columns share is not used (see ambiguities()).
    static ColumnMapping detect(const QStringList &header);

    ExportSource source() const { return m_source; }
    std::optional<int> column(ImportField field) const;
    // Columns read, in order, when the field's column is empty or "?" in a row (ServiceNow's
    // cmdb_ci, then business_service, then category).
    QList<int> fallbacks(ImportField field) const { return m_fallbacks.value(field); }
    Origin origin(ImportField field) const { return m_origins.value(field, Origin::Recognised); }
    void setColumn(ImportField field, int column, Origin origin = Origin::Given);
    void clear(ImportField field);

    // "service=Business service": by header name (case-insensitive) or 1-based number. A name
    // that two columns share is refused as ambiguous, naming both. origin: Given (--map, the
    // wizard) or Remembered. Returns an error sentence, or an empty string when it applied.
    QString apply(const QString &assignment, const QStringList &header, Origin origin = Origin::Given);

    // "ticket=number;date=opened_at": saved per source so a correction is remembered.
    QString toText(const QStringList &header) const;
    // One line a field mapped, for a person: score ← column 3 “Satisfaction Score” (recognised, Zendesk).
    QStringList describe(const QStringList &header) const;
    // The header's columns that no field reads.
    QList<int> unusedColumns(const QStringList &header) const;
    // Header names that more than one column has, which recognition left alone: "“Severity”
    // names columns 4 and 7".
    QStringList ambiguities() const { return m_ambiguities; }

private:
    ExportSource m_source = ExportSource::Generic;
    QHash<ImportField, int> m_columns;
    QHash<ImportField, QList<int>> m_fallbacks;
    QHash<ImportField, Origin> m_origins;
    QStringList m_ambiguities;
};

// The name of a field for a person, as the summary and the wizard show it.
QString importFieldLabel(ImportField field);

} // namespace qw
