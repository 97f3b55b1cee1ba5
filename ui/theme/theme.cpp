#include "ui/theme/theme.h"

#include <QApplication>
#include <QGuiApplication>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

void setBoth(QPalette &palette, QPalette::ColorRole role, const QColor &color)
{
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
    // Disabled widgets keep the theme's surfaces; only their text dims (set after).
    palette.setColor(QPalette::Disabled, role, color);
}

} // namespace

QPalette lightPalette()
{
    QPalette palette;
    setBoth(palette, QPalette::Window, QColor(0xf6, 0xf5, 0xf2));
    setBoth(palette, QPalette::WindowText, QColor(0x24, 0x24, 0x2a));
    setBoth(palette, QPalette::Base, QColor(0xff, 0xff, 0xff));
    setBoth(palette, QPalette::AlternateBase, QColor(0xf0, 0xef, 0xeb));
    setBoth(palette, QPalette::Text, QColor(0x24, 0x24, 0x2a));
    setBoth(palette, QPalette::Button, QColor(0xec, 0xeb, 0xe7));
    setBoth(palette, QPalette::ButtonText, QColor(0x24, 0x24, 0x2a));
    setBoth(palette, QPalette::Highlight, QColor(0x2f, 0x6f, 0x6a));
    setBoth(palette, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    setBoth(palette, QPalette::Link, QColor(0x1d, 0x5f, 0x9e));
    setBoth(palette, QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    setBoth(palette, QPalette::ToolTipText, QColor(0x24, 0x24, 0x2a));
    setBoth(palette, QPalette::PlaceholderText, QColor(0x80, 0x80, 0x88));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0xa0));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    setBoth(palette, QPalette::Window, QColor(0x20, 0x22, 0x25));
    setBoth(palette, QPalette::WindowText, QColor(0xe6, 0xe4, 0xdf));
    setBoth(palette, QPalette::Base, QColor(0x17, 0x18, 0x1b));
    setBoth(palette, QPalette::AlternateBase, QColor(0x24, 0x26, 0x2a));
    setBoth(palette, QPalette::Text, QColor(0xe6, 0xe4, 0xdf));
    setBoth(palette, QPalette::Button, QColor(0x2c, 0x2f, 0x33));
    setBoth(palette, QPalette::ButtonText, QColor(0xe6, 0xe4, 0xdf));
    setBoth(palette, QPalette::Highlight, QColor(0x4f, 0xa3, 0x9b));
    setBoth(palette, QPalette::HighlightedText, QColor(0x10, 0x12, 0x14));
    setBoth(palette, QPalette::Link, QColor(0x7c, 0xb7, 0xf0));
    setBoth(palette, QPalette::ToolTipBase, QColor(0x30, 0x33, 0x38));
    setBoth(palette, QPalette::ToolTipText, QColor(0xe6, 0xe4, 0xdf));
    setBoth(palette, QPalette::PlaceholderText, QColor(0x8a, 0x8c, 0x90));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x6e, 0x72));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x6e, 0x72));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x6e, 0x72));
    return palette;
}

bool systemPrefersDark()
{
    // Qt 6.4 has no colorScheme(); the platform theme's palette, read before ours replaces it,
    // is the portable signal.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void applyTheme(QApplication &app, ThemeChoice choice)
{
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    const bool dark = choice == ThemeChoice::Dark || (choice == ThemeChoice::System && systemPrefersDark());
    app.setPalette(dark ? darkPalette() : lightPalette());
}

ThemeChoice themeChoiceFromName(const QString &name)
{
    if (name == u"light")
        return ThemeChoice::Light;
    if (name == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

} // namespace Chrysalis
