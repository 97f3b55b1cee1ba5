#pragma once

#include <QPalette>
#include <QString>

class QApplication;
class QStyle;

namespace Chrysalis {

// The look of the client: Fusion with a calm light or dark palette. "System" follows the
// desktop's colour scheme where Qt can read it.
enum class ThemeChoice { System, Light, Dark };

QPalette lightPalette();
QPalette darkPalette();
// Reads the platform palette the first time it is called (before applyTheme() replaces it) and
// answers the same from then on.
bool systemPrefersDark();
// Fusion, with check boxes and radio buttons outlined in the palette's Mid colour. The caller owns it.
QStyle *createClientStyle();
void applyTheme(QApplication &app, ThemeChoice choice);
// "light", "dark"; anything else follows the system.
ThemeChoice themeChoiceFromName(const QString &name);

} // namespace Chrysalis
