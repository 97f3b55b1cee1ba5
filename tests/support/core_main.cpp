#include <QCoreApplication>

#include <gtest/gtest.h>

// Shared main of the core tests: a QCoreApplication exists before any test runs, as Qt's SQL and
// network classes need one.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
