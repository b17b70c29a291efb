#pragma once

#include <QString>

// View ▸ Theme and --theme: the desktop's colours, or light or dark whatever the desktop says
// (Qt 6.4 does not follow the dark mode of many desktops by itself).
namespace qw::Theme {

enum class Choice { System, Light, Dark };

// "system", "light", "dark" (as --theme and the settings spell them); false for anything else.
bool fromKey(const QString &key, Choice *choice);
QString key(Choice choice);

// Applies the choice to the whole application. System puts back the style and palette the
// application started with.
void apply(Choice choice);
Choice current();

// The theme the user chose last (the settings' "view/theme"), System when none.
Choice saved();
void save(Choice choice);

} // namespace qw::Theme
