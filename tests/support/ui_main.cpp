#include <QApplication>

#include <gtest/gtest.h>

// Shared main of the UI tests: defaults to the offscreen platform so the suite runs without a
// display; a developer can still watch it by setting QT_QPA_PLATFORM=xcb.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
