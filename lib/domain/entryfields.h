#pragma once

#include "entry.h"

#include <QList>
#include <QString>

// The fields of an entry one by one, so that a change can say which fields it changes and an
// undo can put back those alone (a colleague's change to another field stays).
namespace qw::EntryFields {

enum Field : quint32 {
    Title = 1u << 0,
    Description = 1u << 1,
    Cause = 1u << 2,
    CategoryField = 1u << 3,
    Service = 1u << 4,
    Practice = 1u << 5,
    Impact = 1u << 6,
    Effort = 1u << 7,
    StatusField = 1u << 8,
    Owner = 1u << 9,
    RaisedBy = 1u << 10,
    RaisedOn = 1u << 11,
    TargetOn = 1u << 12,
    DoneOn = 1u << 13,
    ExpectedBenefit = 1u << 14,
    Notes = 1u << 15,
};
using Fields = quint32;
constexpr Fields All = (1u << 16) - 1;

// What is stored for an entry's status and category, a value QuickWins knows or not.
int storedStatus(const Entry &e);
int storedCategory(const Entry &e);

// The fields in which a and b differ (a status or category QuickWins does not know differs
// from every one it knows).
Fields differing(const Entry &a, const Entry &b);
// Copies the fields from one entry to the other, with what was stored for them.
void copy(Fields fields, const Entry &from, Entry &to);
// The fields' names as a person reads them, "impact and status".
QString names(Fields fields);
// A field of the history (entry_history.field, "target_on") and a value it stored, as a person
// reads them: "target date", "In progress" for status 2.
QString historyFieldName(const QString &field);
// The history's name of one field ("target_on" for TargetOn); empty for none or many.
QString historyField(Fields field);
// One field's value of an entry as a person reads it ("In progress", "4", "2026-12-31").
QString describe(Field field, const Entry &e);
// Each field alone, in order.
QList<Field> each(Fields fields);
QString historyValue(const QString &field, const QString &value);

} // namespace qw::EntryFields
