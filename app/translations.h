#pragma once

class QCoreApplication;
class QLocale;

namespace qw::Translations {

// QuickWins in the locale's language, and Qt's own strings (the standard buttons and dialogs)
// in it too, from Qt's translations (Debian's qt6-translations-l10n); English plurals when
// QuickWins does not speak the language. The translators belong to app.
void install(QCoreApplication &app, const QLocale &locale);

} // namespace qw::Translations
