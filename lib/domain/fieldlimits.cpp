#include "fieldlimits.h"

#include "entry.h"
#include "interaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace qw::FieldLimits {

namespace {

struct LimitText
{
    Q_DECLARE_TR_FUNCTIONS(FieldLimits)
};

struct Field
{
    const QString *text;
    int limit;
    const char *name;
};

QString check(std::initializer_list<Field> fields)
{
    for (const Field &f : fields) {
        if (f.text->size() > f.limit)
            return tooLong(LimitText::tr(f.name), f.text->size(), f.limit);
    }
    return {};
}

} // namespace

QString tooLong(const QString &field, qsizetype length, int limit)
{
    const QLocale locale;
    return LimitText::tr("the %1 field is %2 characters long; it may be at most %3")
        .arg(field, locale.toString(length), locale.toString(limit));
}

QString checkEntry(const Entry &e)
{
    return check({{&e.title, Name, QT_TRANSLATE_NOOP("FieldLimits", "title")},
                  {&e.service, Name, QT_TRANSLATE_NOOP("FieldLimits", "service")},
                  {&e.owner, Name, QT_TRANSLATE_NOOP("FieldLimits", "owner")},
                  {&e.raisedBy, Name, QT_TRANSLATE_NOOP("FieldLimits", "name of who raised it")},
                  {&e.practice, Name, QT_TRANSLATE_NOOP("FieldLimits", "practice")},
                  {&e.description, Text, QT_TRANSLATE_NOOP("FieldLimits", "description")},
                  {&e.cause, Text, QT_TRANSLATE_NOOP("FieldLimits", "cause")},
                  {&e.expectedBenefit, Text, QT_TRANSLATE_NOOP("FieldLimits", "expected benefit")},
                  {&e.notes, Text, QT_TRANSLATE_NOOP("FieldLimits", "notes")}});
}

QString checkEntryChanges(const Entry &before, const Entry &after)
{
    Entry changed = after;
    for (auto field : {&Entry::title, &Entry::service, &Entry::owner, &Entry::raisedBy, &Entry::practice,
                       &Entry::description, &Entry::cause, &Entry::expectedBenefit, &Entry::notes}) {
        if (before.*field == after.*field)
            (changed.*field).clear();
    }
    return checkEntry(changed);
}

QString checkInteraction(const Interaction &i)
{
    return check({{&i.service, Name, QT_TRANSLATE_NOOP("FieldLimits", "service")},
                  {&i.team, Name, QT_TRANSLATE_NOOP("FieldLimits", "team")},
                  {&i.agent, Name, QT_TRANSLATE_NOOP("FieldLimits", "agent")},
                  {&i.ticket, Name, QT_TRANSLATE_NOOP("FieldLimits", "ticket")},
                  {&i.customer, Name, QT_TRANSLATE_NOOP("FieldLimits", "customer")},
                  {&i.reason, Comment, QT_TRANSLATE_NOOP("FieldLimits", "reason")},
                  {&i.comment, Comment, QT_TRANSLATE_NOOP("FieldLimits", "comment")}});
}

} // namespace qw::FieldLimits
