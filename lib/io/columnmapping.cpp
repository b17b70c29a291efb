#include "columnmapping.h"

#include <QCoreApplication>

namespace qw {

namespace {

// Header names compare without case, spaces, underscores, dots or dashes.
QString normalise(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

struct Synonyms
{
    ImportField field;
    const char *names; // normalised, comma-separated, most specific first
};

// Real column names, per tool. Each list is tried before the generic one.
const Synonyms serviceNow[] = {
    {ImportField::Ticket, "number"},
    {ImportField::Date, "openedat,syscreatedon,createdon"},
    {ImportField::Channel, "contacttype"},
    {ImportField::Service, "businessservice,service,cmdbci,category"},
    {ImportField::Team, "assignmentgroup"},
    {ImportField::Agent, "assignedto"},
    {ImportField::Score, "usatisfaction,satisfaction,rating,actualvalue"},
    {ImportField::Reason, "shortdescription"},
    {ImportField::Comment, "comments,closenotes,description"},
    {ImportField::Customer, "callerid,caller,openedby"},
    {ImportField::Repeat, "reopencount,reopened"},
};
const Synonyms zendesk[] = {
    {ImportField::Ticket, "ticketid,id"},
    {ImportField::Date, "satisfactionupdatedat,updatedat,createdat"},
    {ImportField::Channel, "via,channel"},
    {ImportField::Service, "brand,ticketform,form"},
    {ImportField::Team, "group,ticketgroup"},
    {ImportField::Agent, "assignee,ticketassignee"},
    {ImportField::Score, "satisfactionscore,satisfactionrating,rating,score"},
    {ImportField::Reason, "satisfactionreason,reason,subject"},
    {ImportField::Comment, "satisfactioncomment,comment"},
    {ImportField::Customer, "requesteremail,requester,requestername"},
    {ImportField::Repeat, "reopens,reopened"},
};
const Synonyms freshdesk[] = {
    {ImportField::Ticket, "ticketid,ticket"},
    {ImportField::Date, "surveyedat,createdtime,createdat"},
    {ImportField::Channel, "source"},
    {ImportField::Service, "product,category,type"},
    {ImportField::Team, "group"},
    {ImportField::Agent, "agent,agentname"},
    {ImportField::Score, "rating,surveyrating,csat"},
    {ImportField::Reason, "subject"},
    {ImportField::Comment, "feedback,comment,comments"},
    {ImportField::Customer, "contact,contactname,requestername,requesteremail"},
    {ImportField::Repeat, "reopened"},
};
const Synonyms jira[] = {
    {ImportField::Ticket, "issuekey,key"},
    {ImportField::Date, "satisfactiondate,created"},
    {ImportField::Channel, "requestchannel,channel"},
    {ImportField::Service, "requesttype,customerrequesttype,components,component"},
    {ImportField::Team, "team,assigneegroup"},
    {ImportField::Agent, "assignee"},
    {ImportField::Score, "satisfactionrating,satisfaction"},
    {ImportField::Reason, "summary"},
    {ImportField::Comment, "satisfactioncomment,comment"},
    {ImportField::Customer, "reporter,reporteremail"},
    {ImportField::Repeat, "reopened"},
};
const Synonyms generic[] = {
    {ImportField::Ticket, "ticket,ticketnumber,ticketref,reference,incident,number,id"},
    {ImportField::Date, "date,datetime,when,timestamp,created,respondedat,responsedate"},
    {ImportField::Channel, "channel,via,source,contacttype"},
    {ImportField::Service, "service,affectedservice,category"},
    {ImportField::Team, "team,group,queue"},
    {ImportField::Agent, "agent,assignee,technician,analyst"},
    {ImportField::Score, "score,satisfaction,rating,csat"},
    {ImportField::Reason, "reason,subject,summary,title"},
    {ImportField::Comment, "comment,comments,feedback,verbatim"},
    {ImportField::Customer, "customer,email,user,requester,caller,name"},
    {ImportField::Repeat, "repeat,repeatcontact,reopened,notfixedfirsttime"},
};

template<std::size_t N>
void mapWith(const Synonyms (&table)[N], const QStringList &header, QHash<ImportField, int> *columns)
{
    QStringList normalised;
    for (const QString &h : header)
        normalised << normalise(h);
    for (const Synonyms &s : table) {
        if (columns->contains(s.field))
            continue;
        const QStringList names = QString::fromLatin1(s.names).toLower().split(QLatin1Char(','));
        for (const QString &name : names) {
            const qsizetype index = normalised.indexOf(name);
            // A column serves one field only.
            if (index >= 0 && !columns->values().contains(int(index))) {
                columns->insert(s.field, int(index));
                break;
            }
        }
    }
}

} // namespace

QList<ImportField> allImportFields()
{
    return {ImportField::Ticket, ImportField::Date, ImportField::Channel, ImportField::Service,
            ImportField::Team, ImportField::Agent, ImportField::Score, ImportField::Reason,
            ImportField::Comment, ImportField::Customer, ImportField::Repeat};
}

QString importFieldKey(ImportField field)
{
    static const char *const keys[] = {"ticket", "date", "channel", "service", "team", "agent",
                                       "score", "reason", "comment", "customer", "repeat"};
    return QString::fromLatin1(keys[int(field)]);
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    for (ImportField f : allImportFields()) {
        if (importFieldKey(f) == key.trimmed().toLower())
            return f;
    }
    return std::nullopt;
}

QString exportSourceName(ExportSource source)
{
    switch (source) {
    case ExportSource::Generic: return QCoreApplication::translate("qw::Import", "a generic export");
    case ExportSource::ServiceNow: return QStringLiteral("ServiceNow");
    case ExportSource::Zendesk: return QStringLiteral("Zendesk");
    case ExportSource::Freshdesk: return QStringLiteral("Freshdesk/Freshservice");
    case ExportSource::JiraServiceManagement: return QStringLiteral("Jira Service Management");
    }
    return {};
}

ColumnMapping ColumnMapping::detect(const QStringList &header)
{
    QStringList n;
    for (const QString &h : header)
        n << normalise(h);
    const auto has = [&](const char *name) { return n.contains(QString::fromLatin1(name)); };

    ColumnMapping mapping;
    if (has("number") && (has("openedat") || has("callerid") || has("assignmentgroup")))
        mapping.m_source = ExportSource::ServiceNow;
    else if (has("issuekey"))
        mapping.m_source = ExportSource::JiraServiceManagement;
    else if (has("satisfactionscore") || (has("satisfactionrating") && has("requester"))
             || (has("ticketid") && has("requester")))
        mapping.m_source = ExportSource::Zendesk;
    else if (has("ticketid") && (has("feedback") || has("rating") || has("contact")))
        mapping.m_source = ExportSource::Freshdesk;

    switch (mapping.m_source) {
    case ExportSource::ServiceNow: mapWith(serviceNow, header, &mapping.m_columns); break;
    case ExportSource::Zendesk: mapWith(zendesk, header, &mapping.m_columns); break;
    case ExportSource::Freshdesk: mapWith(freshdesk, header, &mapping.m_columns); break;
    case ExportSource::JiraServiceManagement: mapWith(jira, header, &mapping.m_columns); break;
    case ExportSource::Generic: break;
    }
    mapWith(generic, header, &mapping.m_columns);
    return mapping;
}

std::optional<int> ColumnMapping::column(ImportField field) const
{
    const auto it = m_columns.constFind(field);
    return it == m_columns.constEnd() ? std::nullopt : std::optional<int>(*it);
}

QString ColumnMapping::apply(const QString &assignment, const QStringList &header)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    const auto field = importFieldFromKey(assignment.left(eq));
    if (eq < 0 || !field) {
        return QCoreApplication::translate("qw::Import", "“%1” is not FIELD=COLUMN with FIELD one of %2.")
            .arg(assignment, [] {
                QStringList keys;
                for (ImportField f : allImportFields())
                    keys << importFieldKey(f);
                return keys.join(QStringLiteral(", "));
            }());
    }
    const QString column = assignment.mid(eq + 1).trimmed();
    if (column.isEmpty()) {
        m_columns.remove(*field); // "comment=": do not import that field
        return {};
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0) {
            m_columns.insert(*field, int(i));
            return {};
        }
    }
    bool isNumber = false;
    const int number = column.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= header.size()) {
        m_columns.insert(*field, number - 1);
        return {};
    }
    return QCoreApplication::translate("qw::Import", "The file has no column “%1” for %2.")
        .arg(column, importFieldKey(*field));
}

QString ColumnMapping::toText(const QStringList &header) const
{
    QStringList parts;
    for (ImportField f : allImportFields()) {
        if (const auto c = column(f))
            parts << importFieldKey(f) + QLatin1Char('=') + header.value(*c);
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace qw
