#include "servicefield.h"

#include <QCompleter>
#include <QLineEdit>

namespace qw::ServiceField {

namespace {

const char *const servicesProperty = "qw_services";

QString spelled(const QString &typed, const QStringList &services)
{
    for (const QString &known : services) {
        if (known.compare(typed, Qt::CaseInsensitive) == 0)
            return known;
    }
    return typed;
}

} // namespace

QString text(const QLineEdit *field)
{
    return spelled(field->text().trimmed(), field->property(servicesProperty).toStringList());
}

void offer(QLineEdit *field, const QStringList &services)
{
    if (services.isEmpty())
        return;
    field->setProperty(servicesProperty, services);
    auto *completer = new QCompleter(services, field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    field->setCompleter(completer);
    QObject::connect(field, &QLineEdit::editingFinished, field, [field] {
        const QString known = text(field);
        if (known != field->text())
            field->setText(known);
    });
}

} // namespace qw::ServiceField
