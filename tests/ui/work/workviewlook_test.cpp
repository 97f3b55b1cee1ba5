// The WorkView at the size of a small laptop window, in the light and the dark palette. Set
// CHRYSALIS_SCREENSHOT_DIR to keep the renderings for a look.
#include "tests/support/qtprinters.h"
#include "tests/ui/work/workviewtesting.h"
#include "ui/theme/theme.h"
#include "ui/work/fieldeditor.h"
#include "ui/work/workview.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

void render(const QPalette &palette, const QString &name)
{
    WorkView view;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    view.setPalette(palette);
    view.resize(1100, 720);
    WorkItem item = Testing::allKindsWorkItem();
    item.fields = {
            {u"label"_s, u"yes"_s},
            {u"score"_s, 4},
            {u"versus"_s, QJsonObject{{u"choice"_s, u"a"_s}, {u"justification"_s, u"B names the wrong city."_s}}},
            {u"better"_s, u"Marie Curie moved to Paris in 1891."_s},
            {u"entities"_s, QJsonArray{QJsonObject{{u"start"_s, 0}, {u"end"_s, 11}, {u"label"_s, u"PER"_s}},
                                       QJsonObject{{u"start"_s, 22}, {u"end"_s, 27}, {u"label"_s, u"LOC"_s}}}}};
    view.setWorkItem(item);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.submit(); // shows the messages of the fields still missing
    QApplication::processEvents();

    auto *scroll = view.findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible()) << "the form fits the width at 1100×720";
    EXPECT_FALSE(view.messageFor(u"why"_s).isEmpty());
    for (auto *field : view.findChildren<FieldEditor *>())
        EXPECT_GE(field->width(), 300) << field->objectName().toStdString();

    const QString directory = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    EXPECT_TRUE(view.grab().save(QDir(directory).filePath(name + u".png"_s)));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    EXPECT_TRUE(view.grab().save(QDir(directory).filePath(name + u"-end.png"_s)));
}

TEST(WorkViewLook, AllSevenKindsFitAt1100x720InTheLightPalette)
{
    render(lightPalette(), u"workview-light"_s);
}

TEST(WorkViewLook, AllSevenKindsFitAt1100x720InTheDarkPalette)
{
    render(darkPalette(), u"workview-dark"_s);
}

} // namespace
} // namespace Chrysalis
