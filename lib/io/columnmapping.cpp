#include "columnmapping.h"

#include <QCoreApplication>

#include <algorithm>

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

// Real column names, per tool. Each list is tried before the generic one. Fields marked
// chained read the next present name of their list when a row's cell is empty or "?".
const Synonyms serviceNow[] = {
    {ImportField::Ticket, "number"},
    {ImportField::Response, "instance,surveyinstance,asmtinstance"},
    {ImportField::Date, "takenon,openedat,syscreatedon,createdon"},
    {ImportField::Channel, "contacttype"},
    {ImportField::Service, "cmdbci,businessservice,service,category"},
    {ImportField::Team, "assignmentgroup"},
    {ImportField::Agent, "assignedto"},
    {ImportField::Score, "usatisfaction,satisfaction,rating,actualvalue,surveyresults"},
    {ImportField::Reason, "shortdescription"},
    {ImportField::Comment, "ucomments,comments,closenotes,description"},
    // The customer is the caller or the affected user, never opened_by (the agent who logged it).
    {ImportField::Customer, "callerid,caller,uaffecteduser,affecteduser"},
    {ImportField::Repeat, "reopencount,reopened"},
};
const Synonyms zendesk[] = {
    {ImportField::Ticket, "ticketid,id"},
    {ImportField::Date, "satisfactionupdatedat,satisfactionratedat,ratedat,createdat,updatedat"},
    {ImportField::Channel, "via,channel"},
    {ImportField::Service, "brand,ticketform,form"},
    {ImportField::Team, "group,ticketgroup"},
    {ImportField::Agent, "assignee,ticketassignee"},
    {ImportField::Score, "satisfactionscore,satisfactionrating,customersatisfactionrating,rating,score"},
    {ImportField::Reason, "satisfactionreason,reason,subject"},
    {ImportField::Comment, "satisfactioncomment,comment,description"},
    {ImportField::Customer, "requesteremail,requester,requestername"},
    {ImportField::Repeat, "reopens,reopened"},
};
const Synonyms freshdesk[] = {
    {ImportField::Ticket, "ticketid,ticket"},
    {ImportField::Response, "surveyid,responseid"},
    {ImportField::Date, "surveyedat,createdtime,createdat"},
    {ImportField::Channel, "source"},
    {ImportField::Service, "product,category,type"},
    {ImportField::Team, "group"},
    {ImportField::Agent, "agent,agentname"},
    {ImportField::Score, "rating,surveyrating,csat,surveyresults"},
    {ImportField::Reason, "subject"},
    {ImportField::Comment, "feedback,comment,comments,description"},
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
    {ImportField::Score, "satisfactionrating,satisfaction,customersatisfactionrating"},
    {ImportField::Reason, "summary"},
    {ImportField::Comment, "satisfactioncomment,comment,description"},
    {ImportField::Customer, "reporter,reporteremail"},
    {ImportField::Repeat, "reopened"},
};
const Synonyms generic[] = {
    {ImportField::Response, "responseid,surveyresponseid,surveyid,ratingid,reviewid,response"},
    {ImportField::Ticket, "ticket,ticketid,ticketnumber,ticketref,reference,ref,incident,number,id"},
    {ImportField::Date, "date,datetime,when,timestamp,surveydate,responsedate,respondedat,submittedat,"
                        "completedat,reviewdate,reviewcreationdate,created,createddate,createdtime,createdat,"
                        "createdon,openedat"},
    {ImportField::Channel, "channel,via,source,contacttype"},
    {ImportField::Service, "service,affectedservice,businessservice,category"},
    {ImportField::Team, "team,group,queue,assignmentgroup"},
    {ImportField::Agent, "agent,assignee,technician,analyst,assignedto"},
    {ImportField::Score, "score,satisfaction,satisfactionscore,satisfactionrating,customersatisfactionrating,"
                         "customersatisfaction,rating,csat,reviewscore,surveyresults,surveyresult,surveyscore,"
                         "nps,npsscore"},
    {ImportField::Reason, "reason,subject,summary,title,shortdescription"},
    {ImportField::Comment, "comment,comments,feedback,verbatim,description,ucomments,reviewcommentmessage,"
                           "reviewcomment,satisfactioncomment"},
    {ImportField::Customer, "customer,customername,customeremail,email,user,requester,caller,callerid,"
                            "affecteduser,uaffecteduser,name"},
    {ImportField::Repeat, "repeat,repeatcontact,reopened,notfixedfirsttime"},
};

bool chained(ExportSource source, ImportField field)
{
    return source == ExportSource::ServiceNow && (field == ImportField::Service || field == ImportField::Customer);
}

template<std::size_t N>
void mapWith(const Synonyms (&table)[N], ExportSource source, const QStringList &normalised,
             QHash<ImportField, int> *columns, QHash<ImportField, QList<int>> *fallbacks)
{
    for (const Synonyms &s : table) {
        if (columns->contains(s.field))
            continue;
        const QStringList names = QString::fromLatin1(s.names).split(QLatin1Char(','));
        for (const QString &name : names) {
            const qsizetype index = normalised.indexOf(name);
            // A column serves one field only, and a name two columns share is nobody's guess.
            if (index < 0 || columns->values().contains(int(index)) || normalised.count(name) > 1)
                continue;
            if (!columns->contains(s.field)) {
                columns->insert(s.field, int(index));
                if (!chained(source, s.field))
                    break;
            } else {
                (*fallbacks)[s.field].append(int(index));
            }
        }
    }
}

} // namespace

QList<ImportField> allImportFields()
{
    return {ImportField::Ticket, ImportField::Date, ImportField::Channel, ImportField::Service,
            ImportField::Team, ImportField::Agent, ImportField::Score, ImportField::Reason,
            ImportField::Comment, ImportField::Customer, ImportField::Repeat, ImportField::Response};
}

QString importFieldKey(ImportField field)
{
    static const char *const keys[] = {"ticket", "date", "channel", "service", "team", "agent",
                                       "score", "reason", "comment", "customer", "repeat", "response"};
    return QString::fromLatin1(keys[int(field)]);
}

QString importFieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Ticket: return QCoreApplication::translate("qw::Import", "Ticket");
    case ImportField::Date: return QCoreApplication::translate("qw::Import", "Date");
    case ImportField::Channel: return QCoreApplication::translate("qw::Import", "Channel");
    case ImportField::Service: return QCoreApplication::translate("qw::Import", "Service");
    case ImportField::Team: return QCoreApplication::translate("qw::Import", "Team");
    case ImportField::Agent: return QCoreApplication::translate("qw::Import", "Agent");
    case ImportField::Score: return QCoreApplication::translate("qw::Import", "Satisfaction");
    case ImportField::Reason: return QCoreApplication::translate("qw::Import", "Reason");
    case ImportField::Comment: return QCoreApplication::translate("qw::Import", "Comment");
    case ImportField::Customer: return QCoreApplication::translate("qw::Import", "Customer");
    case ImportField::Repeat: return QCoreApplication::translate("qw::Import", "Repeat contact");
    case ImportField::Response: return QCoreApplication::translate("qw::Import", "Response id");
    }
    return {};
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

QString exportSourceKey(ExportSource source)
{
    switch (source) {
    case ExportSource::Generic: return QStringLiteral("generic");
    case ExportSource::ServiceNow: return QStringLiteral("servicenow");
    case ExportSource::Zendesk: return QStringLiteral("zendesk");
    case ExportSource::Freshdesk: return QStringLiteral("freshdesk");
    case ExportSource::JiraServiceManagement: return QStringLiteral("jira");
    }
    return {};
}

ColumnMapping ColumnMapping::detect(const QStringList &header)
{
    QStringList n;
    for (const QString &h : header)
        n << normalise(h);
    const auto has = [&](const char *name) { return n.contains(QString::fromLatin1(name)); };
    // (A Zendesk export says "Ticket ID" and "Requester"; a Freshdesk one "Ticket ID" and "Contact".)

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

    auto *columns = &mapping.m_columns;
    auto *fallbacks = &mapping.m_fallbacks;
    switch (mapping.m_source) {
    case ExportSource::ServiceNow: mapWith(serviceNow, mapping.m_source, n, columns, fallbacks); break;
    case ExportSource::Zendesk: mapWith(zendesk, mapping.m_source, n, columns, fallbacks); break;
    case ExportSource::Freshdesk: mapWith(freshdesk, mapping.m_source, n, columns, fallbacks); break;
    case ExportSource::JiraServiceManagement: mapWith(jira, mapping.m_source, n, columns, fallbacks); break;
    case ExportSource::Generic: break;
    }
    mapWith(generic, mapping.m_source, n, columns, fallbacks);
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (n.at(i).isEmpty() || n.indexOf(n.at(i)) != i)
            continue;
        QStringList numbers;
        for (qsizetype j = i; j < n.size(); ++j) {
            if (n.at(j) == n.at(i))
                numbers << QString::number(j + 1);
        }
        if (numbers.size() > 1) {
            mapping.m_ambiguities << QCoreApplication::translate("qw::Import", "“%1” names columns %2")
                                         .arg(header.at(i).trimmed(), numbers.join(QStringLiteral(", ")));
        }
    }
    return mapping;
}

void ColumnMapping::setColumn(ImportField field, int column, Origin origin)
{
    // The column it has already (a remembered mapping, the wizard's unchanged choice): its
    // fallbacks and why it was chosen stay.
    if (m_columns.value(field, -1) == column)
        return;
    m_columns.insert(field, column);
    m_fallbacks.remove(field);
    m_origins.insert(field, origin);
}

void ColumnMapping::clear(ImportField field)
{
    m_columns.remove(field);
    m_fallbacks.remove(field);
    m_origins.insert(field, Origin::Given);
}

std::optional<int> ColumnMapping::column(ImportField field) const
{
    const auto it = m_columns.constFind(field);
    return it == m_columns.constEnd() ? std::nullopt : std::optional<int>(*it);
}

QString ColumnMapping::apply(const QString &assignment, const QStringList &header, Origin origin)
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
        clear(*field); // "comment=": do not import that field
        m_origins.insert(*field, origin);
        return {};
    }
    QList<int> named;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
            named << int(i);
    }
    if (named.size() > 1) {
        QStringList numbers;
        for (int i : std::as_const(named))
            numbers << QString::number(i + 1);
        return QCoreApplication::translate("qw::Import", "“%1” is ambiguous: columns %2 are both named so; name "
                                                         "the column by its number, for example %3=%4.")
            .arg(column, numbers.join(QCoreApplication::translate("qw::Import", " and ")), importFieldKey(*field),
                 numbers.first());
    }
    if (named.size() == 1) {
        setColumn(*field, named.first(), origin);
        return {};
    }
    bool isNumber = false;
    const int number = column.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= header.size()) {
        setColumn(*field, number - 1, origin);
        return {};
    }
    return QCoreApplication::translate("qw::Import", "The file has no column “%1” for %2.")
        .arg(column, importFieldKey(*field));
}

QString ColumnMapping::toText(const QStringList &header) const
{
    // By number where the name is not unique, so that the saved correction reads back exactly.
    QStringList parts;
    for (ImportField f : allImportFields()) {
        if (const auto c = column(f)) {
            const QString name = header.value(*c).trimmed();
            const bool unique = !name.isEmpty() && !name.contains(QLatin1Char(';'))
                && std::count_if(header.cbegin(), header.cend(), [&](const QString &h) {
                       return h.trimmed().compare(name, Qt::CaseInsensitive) == 0; }) == 1;
            parts << importFieldKey(f) + QLatin1Char('=') + (unique ? name : QString::number(*c + 1));
        }
    }
    return parts.join(QLatin1Char(';'));
}

QStringList ColumnMapping::describe(const QStringList &header) const
{
    QStringList lines;
    for (ImportField f : allImportFields()) {
        const auto c = column(f);
        if (!c)
            continue;
        QString why;
        switch (origin(f)) {
        case Origin::Recognised:
            why = QCoreApplication::translate("qw::Import", "recognised, %1").arg(exportSourceName(m_source));
            break;
        case Origin::Remembered:
            why = QCoreApplication::translate("qw::Import", "remembered from an earlier import");
            break;
        case Origin::Given:
            why = QCoreApplication::translate("qw::Import", "as chosen");
            break;
        }
        QString line = QCoreApplication::translate("qw::Import", "%1 ← column %2 “%3” (%4)")
                           .arg(importFieldKey(f)).arg(*c + 1).arg(header.value(*c), why);
        for (int fallback : fallbacks(f)) {
            line += QCoreApplication::translate("qw::Import", ", else column %1 “%2”")
                        .arg(fallback + 1).arg(header.value(fallback));
        }
        lines << line;
    }
    return lines;
}

QList<int> ColumnMapping::unusedColumns(const QStringList &header) const
{
    QList<int> unused;
    for (int c = 0; c < int(header.size()); ++c) {
        bool used = false;
        for (auto it = m_columns.cbegin(); it != m_columns.cend() && !used; ++it)
            used = it.value() == c || m_fallbacks.value(it.key()).contains(c);
        if (!used)
            unused << c;
    }
    return unused;
}

} // namespace qw
