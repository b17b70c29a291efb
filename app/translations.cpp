#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace qw::Translations {

void install(QCoreApplication &app, const QLocale &locale)
{
    // Only in a language QuickWins speaks: a German button in an English window would be odd.
    auto *own = new QTranslator(&app);
    const bool spoken = own->load(locale, QStringLiteral("quickwins"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (spoken) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else if (!own->load(QStringLiteral("quickwins_en"), QStringLiteral(":/i18n"))) {
        delete own;
        return;
    }
    QCoreApplication::installTranslator(own);
}

} // namespace qw::Translations
