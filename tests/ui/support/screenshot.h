#pragma once

#include <QString>

class QWidget;

namespace Chrysalis::Testing {

// Saves a grab of `widget` as <name>.png under $CHRYSALIS_SCREENSHOT_DIR, when it is set; does
// nothing otherwise, so tests may call it unconditionally.
void saveShot(QWidget &widget, const QString &name);

} // namespace Chrysalis::Testing
