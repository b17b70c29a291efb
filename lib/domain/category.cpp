#include "category.h"

#include <QCoreApplication>

namespace qw {

QList<Category> allCategories()
{
    return {Category::People, Category::Process, Category::Technology, Category::Partner};
}

QString categoryName(Category category)
{
    switch (category) {
    case Category::People: return QCoreApplication::translate("qw::Category", "People");
    case Category::Process: return QCoreApplication::translate("qw::Category", "Process");
    case Category::Technology: return QCoreApplication::translate("qw::Category", "Technology");
    case Category::Partner: return QCoreApplication::translate("qw::Category", "Partner/supplier");
    }
    return {};
}

bool categoryFromInt(int value, Category *category)
{
    if (value < int(Category::People) || value > int(Category::Partner))
        return false;
    *category = Category(value);
    return true;
}

namespace {
struct Practice
{
    const char *key;
    const char *name;
};

constexpr Practice practices[] = {
    {"incident", QT_TRANSLATE_NOOP("qw::Practice", "Incident management")},
    {"problem", QT_TRANSLATE_NOOP("qw::Practice", "Problem management")},
    {"change", QT_TRANSLATE_NOOP("qw::Practice", "Change enablement")},
    {"knowledge", QT_TRANSLATE_NOOP("qw::Practice", "Knowledge management")},
    {"service-level", QT_TRANSLATE_NOOP("qw::Practice", "Service level management")},
    {"service-desk", QT_TRANSLATE_NOOP("qw::Practice", "Service desk")},
    {"request", QT_TRANSLATE_NOOP("qw::Practice", "Service request management")},
    {"monitoring", QT_TRANSLATE_NOOP("qw::Practice", "Monitoring and event management")},
    {"asset", QT_TRANSLATE_NOOP("qw::Practice", "IT asset management")},
    {"supplier", QT_TRANSLATE_NOOP("qw::Practice", "Supplier management")},
    {"relationship", QT_TRANSLATE_NOOP("qw::Practice", "Relationship management")},
};
} // namespace

QStringList itilPracticeKeys()
{
    QStringList keys;
    for (const Practice &p : practices)
        keys << QString::fromLatin1(p.key);
    return keys;
}

QString itilPracticeName(const QString &key)
{
    for (const Practice &p : practices) {
        if (key == QLatin1String(p.key))
            return QCoreApplication::translate("qw::Practice", p.name);
    }
    return key;
}

} // namespace qw
