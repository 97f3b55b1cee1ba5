#include "tests/ui/support/screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // widgets a refresh added are shown by a queued call
    EXPECT_TRUE(widget.grab().save(QDir(dir).filePath(name + u".png"_s)));
}

} // namespace Chrysalis::Testing
