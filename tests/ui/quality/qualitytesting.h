#pragma once

#include "tests/ui/support/demosession.h"

#include <QString>

class QWidget;

namespace Chrysalis::Testing {

// Saves a grab of `widget` as <name>.png under $CHRYSALIS_SCREENSHOT_DIR, when it is set.
void saveShot(QWidget &widget, const QString &name);

} // namespace Chrysalis::Testing
