#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qw {

// Where the underlying cause of an entry lies. Stored as integers: only append.
enum class Category {
    People = 0,
    Process = 1,
    Technology = 2,
    Partner = 3,
};

QList<Category> allCategories();
QString categoryName(Category category);
bool categoryFromInt(int value, Category *category);

// ITIL practices an entry may touch. Stored as the untranslated key; people see the name.
QStringList itilPracticeKeys();
QString itilPracticeName(const QString &key);

} // namespace qw
