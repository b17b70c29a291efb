#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace qw::Theme {

namespace {

struct Original
{
    bool kept = false;
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original o;
    return o;
}

Choice &currentChoice()
{
    static Choice c = Choice::System;
    return c;
}

// Fusion's dark colours, chosen so that every text is at least 4.5:1 on what it is drawn on.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xf0, 0xf0, 0xf0);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x33));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x62, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

// Fusion's light colours, its selection darkened so that white text on it is 4.5:1 too.
QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f, 0x62, 0xa8));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f, 0x62, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    return p;
}

} // namespace

bool fromKey(const QString &key, Choice *choice)
{
    for (Choice c : {Choice::System, Choice::Light, Choice::Dark}) {
        if (key.compare(Theme::key(c), Qt::CaseInsensitive) == 0) {
            *choice = c;
            return true;
        }
    }
    return false;
}

QString key(Choice choice)
{
    switch (choice) {
    case Choice::System: return QStringLiteral("system");
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    }
    return {};
}

void apply(Choice choice)
{
    Original &o = original();
    if (!o.kept) {
        o.kept = true;
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    currentChoice() = choice;
    if (choice == Choice::System) {
        if (QApplication::style()->name().compare(o.style, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
}

Choice current()
{
    return currentChoice();
}

Choice saved()
{
    Choice choice = Choice::System;
    fromKey(QSettings().value(QStringLiteral("view/theme")).toString(), &choice);
    return choice;
}

void save(Choice choice)
{
    QSettings().setValue(QStringLiteral("view/theme"), key(choice));
}

} // namespace qw::Theme
