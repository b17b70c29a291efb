#include "entryfields.h"

#include <QCoreApplication>
#include <QStringList>

namespace qw::EntryFields {

int storedStatus(const Entry &e)
{
    return e.stored.invalid & StoredValues::Status ? e.stored.status : int(e.status);
}

int storedCategory(const Entry &e)
{
    return e.stored.invalid & StoredValues::Category ? e.stored.category : int(e.category);
}

Fields differing(const Entry &a, const Entry &b)
{
    Fields f = 0;
    const auto mark = [&f](bool differs, Field field) {
        if (differs)
            f |= field;
    };
    mark(a.title != b.title, Title);
    mark(a.description != b.description, Description);
    mark(a.cause != b.cause, Cause);
    mark(storedCategory(a) != storedCategory(b) || (a.stored.invalid & StoredValues::Category)
             != (b.stored.invalid & StoredValues::Category), CategoryField);
    mark(a.service != b.service, Service);
    mark(a.practice != b.practice, Practice);
    mark(a.impact != b.impact, Impact);
    mark(a.effort != b.effort, Effort);
    mark(storedStatus(a) != storedStatus(b) || (a.stored.invalid & StoredValues::Status)
             != (b.stored.invalid & StoredValues::Status), StatusField);
    mark(a.owner != b.owner, Owner);
    mark(a.raisedBy != b.raisedBy, RaisedBy);
    mark(a.raisedOn != b.raisedOn, RaisedOn);
    mark(a.targetOn != b.targetOn, TargetOn);
    mark(a.doneOn != b.doneOn, DoneOn);
    mark(a.expectedBenefit != b.expectedBenefit, ExpectedBenefit);
    mark(a.notes != b.notes, Notes);
    return f;
}

void copy(Fields fields, const Entry &from, Entry &to)
{
    const auto take = [fields](Field field) { return (fields & field) != 0; };
    const auto takeStored = [&](quint8 bit) {
        to.stored.invalid = quint8((to.stored.invalid & ~bit) | (from.stored.invalid & bit));
    };
    if (take(Title))
        to.title = from.title;
    if (take(Description))
        to.description = from.description;
    if (take(Cause))
        to.cause = from.cause;
    if (take(CategoryField)) {
        to.category = from.category;
        to.stored.category = from.stored.category;
        takeStored(StoredValues::Category);
    }
    if (take(Service))
        to.service = from.service;
    if (take(Practice))
        to.practice = from.practice;
    if (take(Impact)) {
        to.impact = from.impact;
        takeStored(StoredValues::Impact);
    }
    if (take(Effort)) {
        to.effort = from.effort;
        takeStored(StoredValues::Effort);
    }
    if (take(StatusField)) {
        to.status = from.status;
        to.stored.status = from.stored.status;
        takeStored(StoredValues::Status);
    }
    if (take(Owner))
        to.owner = from.owner;
    if (take(RaisedBy))
        to.raisedBy = from.raisedBy;
    if (take(RaisedOn))
        to.raisedOn = from.raisedOn;
    if (take(TargetOn))
        to.targetOn = from.targetOn;
    if (take(DoneOn))
        to.doneOn = from.doneOn;
    if (take(ExpectedBenefit))
        to.expectedBenefit = from.expectedBenefit;
    if (take(Notes))
        to.notes = from.notes;
}

QString names(Fields fields)
{
    static const std::pair<Field, const char *> all[] = {
        {Title, QT_TRANSLATE_NOOP("qw::EntryFields", "title")},
        {Description, QT_TRANSLATE_NOOP("qw::EntryFields", "description")},
        {Cause, QT_TRANSLATE_NOOP("qw::EntryFields", "cause")},
        {CategoryField, QT_TRANSLATE_NOOP("qw::EntryFields", "category")},
        {Service, QT_TRANSLATE_NOOP("qw::EntryFields", "service")},
        {Practice, QT_TRANSLATE_NOOP("qw::EntryFields", "ITIL practice")},
        {Impact, QT_TRANSLATE_NOOP("qw::EntryFields", "impact")},
        {Effort, QT_TRANSLATE_NOOP("qw::EntryFields", "effort")},
        {StatusField, QT_TRANSLATE_NOOP("qw::EntryFields", "status")},
        {Owner, QT_TRANSLATE_NOOP("qw::EntryFields", "owner")},
        {RaisedBy, QT_TRANSLATE_NOOP("qw::EntryFields", "raised by")},
        {RaisedOn, QT_TRANSLATE_NOOP("qw::EntryFields", "date raised")},
        {TargetOn, QT_TRANSLATE_NOOP("qw::EntryFields", "target date")},
        {DoneOn, QT_TRANSLATE_NOOP("qw::EntryFields", "date done")},
        {ExpectedBenefit, QT_TRANSLATE_NOOP("qw::EntryFields", "expected benefit")},
        {Notes, QT_TRANSLATE_NOOP("qw::EntryFields", "notes")},
    };
    QStringList list;
    for (const auto &[field, name] : all) {
        if (fields & field)
            list.append(QCoreApplication::translate("qw::EntryFields", name));
    }
    return list.join(QStringLiteral(", "));
}

namespace {

// The history's (and the register's column's) name of each field.
const std::pair<const char *, Field> stored[] = {
    {"title", Title}, {"description", Description}, {"cause", Cause}, {"category", CategoryField},
    {"service", Service}, {"practice", Practice}, {"impact", Impact}, {"effort", Effort},
    {"status", StatusField}, {"owner", Owner}, {"raised_by", RaisedBy}, {"raised_on", RaisedOn},
    {"target_on", TargetOn}, {"done_on", DoneOn}, {"expected_benefit", ExpectedBenefit}, {"notes", Notes},
};

} // namespace

QString historyField(Fields field)
{
    for (const auto &[key, bit] : stored) {
        if (field == bit)
            return QString::fromLatin1(key);
    }
    return {};
}

QList<Field> each(Fields fields)
{
    QList<Field> list;
    for (const auto &[key, bit] : stored) {
        if (fields & bit)
            list.append(bit);
    }
    return list;
}

QString historyFieldName(const QString &field)
{
    for (const auto &[key, bit] : stored) {
        if (field == QLatin1String(key))
            return names(bit);
    }
    return field;
}

QString historyValue(const QString &field, const QString &value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (field == QLatin1String("status") && ok) {
        Status status;
        if (statusFromInt(number, &status))
            return statusName(status);
    }
    if (field == QLatin1String("category") && ok) {
        Category category;
        if (categoryFromInt(number, &category))
            return categoryName(category);
    }
    if (field == QLatin1String("practice"))
        return itilPracticeName(value);
    return value;
}

QString describe(Field field, const Entry &e)
{
    QString stored;
    switch (field) {
    case Title: stored = e.title; break;
    case Description: stored = e.description; break;
    case Cause: stored = e.cause; break;
    case CategoryField: stored = QString::number(storedCategory(e)); break;
    case Service: stored = e.service; break;
    case Practice: stored = e.practice; break;
    case Impact: stored = QString::number(e.impact); break;
    case Effort: stored = QString::number(e.effort); break;
    case StatusField: stored = QString::number(storedStatus(e)); break;
    case Owner: stored = e.owner; break;
    case RaisedBy: stored = e.raisedBy; break;
    case RaisedOn: stored = e.raisedOn.toString(Qt::ISODate); break;
    case TargetOn: stored = e.targetOn.toString(Qt::ISODate); break;
    case DoneOn: stored = e.doneOn.toString(Qt::ISODate); break;
    case ExpectedBenefit: stored = e.expectedBenefit; break;
    case Notes: stored = e.notes; break;
    }
    return historyValue(historyField(field), stored);
}

} // namespace qw::EntryFields
