#pragma once

#include "category.h"
#include "status.h"

#include "storedvalues.h"

#include <QDate>
#include <QString>

namespace qw {

// An improvement initiative in the register.
struct Entry
{
    qint64 id = 0;
    QString title;
    QString description;
    QString cause;
    Category category = Category::Process;
    QString service;
    QString practice;         // ITIL practice key, see itilPracticeKeys()
    int impact = 3;
    int effort = 3;
    Status status = Status::Proposed;
    QString owner;
    QString raisedBy;
    QDate raisedOn;
    QDate targetOn;
    QDate doneOn;
    QString expectedBenefit;
    QString notes;
    StoredValues stored; // what was read but is not a value QuickWins knows

    // The ID people use in meetings and e-mails: CI-0042.
    static QString codeFor(qint64 id);
    QString code() const { return codeFor(id); }

    friend bool operator==(const Entry &, const Entry &) = default;
};

} // namespace qw
