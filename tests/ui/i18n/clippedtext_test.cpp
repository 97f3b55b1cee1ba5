// The clipped-text check on widgets of known sizes: each kind of widget is reported when its text needs
// more room than it has, and not when the room is just enough.
#include "tests/support/qtprinters.h"
#include "tests/ui/i18n/clippedtext.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kText = u"Elemente übernehmen und Antworten senden"_s;

// A top-level host whose children keep the geometry they are given (no layout).
class Host : public QWidget
{
public:
    Host() { resize(800, 400); }
};

QStringList paths(const QList<ClippedText> &found)
{
    QStringList result;
    for (const ClippedText &text : found)
        result.append(text.path);
    return result;
}

} // namespace

TEST(ClippedTextTest, APlainLabelIsClippedOnlyWhenNarrowerThanItsText)
{
    Host host;
    auto *label = new QLabel(kText, &host);
    label->setObjectName(u"title"_s);
    const int needed = label->fontMetrics().horizontalAdvance(kText);
    label->setGeometry(0, 0, needed, 30);
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    label->setGeometry(0, 0, needed - 10, 30);
    const QList<ClippedText> found = findClippedTexts(&host);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.constFirst().path, u"title"_s);
    EXPECT_EQ(found.constFirst().text, kText);
    EXPECT_EQ(found.constFirst().needed, needed);
    EXPECT_EQ(found.constFirst().available, needed - 10);
    EXPECT_FALSE(found.constFirst().vertical);
}

TEST(ClippedTextTest, ARichTextLabelIsMeasuredWithoutItsMarkup)
{
    Host host;
    auto *label = new QLabel(u"You are <b>%1</b>."_s.arg(kText), &host);
    label->setGeometry(0, 0, 2 * label->fontMetrics().horizontalAdvance(kText), 30);
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    label->setGeometry(0, 0, label->fontMetrics().horizontalAdvance(kText) / 2, 30);
    const QList<ClippedText> found = findClippedTexts(&host);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.constFirst().text, u"You are %1."_s.arg(kText));
}

TEST(ClippedTextTest, AWordWrappedLabelIsClippedWhenItsLinesNeedMoreHeight)
{
    Host host;
    auto *label = new QLabel(kText + u' ' + kText + u' ' + kText, &host);
    label->setWordWrap(true);
    const int width = label->fontMetrics().horizontalAdvance(kText);
    label->setGeometry(0, 0, width, label->heightForWidth(width));
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    label->setGeometry(0, 0, width, label->fontMetrics().height() + 2);
    const QList<ClippedText> found = findClippedTexts(&host);
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.constFirst().vertical);
    EXPECT_GT(found.constFirst().needed, found.constFirst().available);
}

TEST(ClippedTextTest, AButtonIsClippedBelowItsSizeHintAndNotAtIt)
{
    Host host;
    auto *box = new QWidget(&host);
    box->setObjectName(u"bar"_s);
    auto *button = new QPushButton(u"&Claim"_s + kText, box);
    button->setObjectName(u"claimButton"_s);
    box->setGeometry(0, 0, 800, 60);
    button->setGeometry(0, 0, button->sizeHint().width(), button->sizeHint().height());
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    button->setGeometry(0, 0, button->sizeHint().width() / 2, button->sizeHint().height());
    const QList<ClippedText> found = findClippedTexts(&host);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.constFirst().path, u"bar/claimButton"_s);
    EXPECT_EQ(found.constFirst().text, u"Claim"_s + kText); // as shown, without the mnemonic
}

TEST(ClippedTextTest, ACheckBoxCountsItsIndicator)
{
    Host host;
    auto *check = new QCheckBox(kText, &host);
    check->setGeometry(0, 0, check->sizeHint().width(), check->sizeHint().height());
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    // As wide as the text alone: the indicator leaves too little for the text.
    check->setGeometry(0, 0, check->fontMetrics().horizontalAdvance(kText), check->sizeHint().height());
    EXPECT_EQ(paths(findClippedTexts(&host)), QStringList{u"QCheckBox"_s});
}

TEST(ClippedTextTest, AGroupBoxTitleWiderThanTheBoxIsClipped)
{
    Host host;
    auto *box = new QGroupBox(kText, &host);
    box->setGeometry(0, 0, 2 * box->fontMetrics().horizontalAdvance(kText), 80);
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    box->setGeometry(0, 0, box->fontMetrics().horizontalAdvance(kText) / 2, 80);
    EXPECT_EQ(paths(findClippedTexts(&host)), QStringList{u"QGroupBox"_s});
}

TEST(ClippedTextTest, ATabThatCannotShowItsWholeTitleIsClipped)
{
    Host host;
    auto *tabs = new QTabBar(&host);
    tabs->setUsesScrollButtons(false);
    tabs->setElideMode(Qt::ElideRight);
    tabs->addTab(kText);
    tabs->addTab(u"Second"_s);
    tabs->setGeometry(0, 0, 780, tabs->sizeHint().height());
    host.show(); // a tab bar lays its tabs out once shown
    QCoreApplication::processEvents();
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    tabs->setGeometry(0, 0, tabs->fontMetrics().horizontalAdvance(kText) / 2, tabs->sizeHint().height());
    QCoreApplication::processEvents();
    const QList<ClippedText> found = findClippedTexts(&host);
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.constFirst().text, kText);

    // Elided on purpose, with the whole title as its tool tip.
    tabs->setTabToolTip(0, kText);
    tabs->removeTab(1);
    QCoreApplication::processEvents();
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());
}

TEST(ClippedTextTest, AHeaderSectionNarrowerThanItsTitleIsClippedUnlessItHasATooltip)
{
    Host host;
    auto *layout = new QVBoxLayout(&host);
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({kText, u"Pay"_s});
    auto *view = new QTableView;
    view->setModel(&model);
    layout->addWidget(view);
    host.show();
    QCoreApplication::processEvents();
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(0, header->fontMetrics().horizontalAdvance(kText) + 40);
    header->resizeSection(1, 80);
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    header->resizeSection(0, header->fontMetrics().horizontalAdvance(kText) / 2);
    const QList<ClippedText> found = findClippedTexts(&host);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.constFirst().text, kText);
    EXPECT_TRUE(found.constFirst().path.endsWith(u"QHeaderView"_s)) << found.constFirst().path.toStdString();

    model.setHeaderData(0, Qt::Horizontal, kText, Qt::ToolTipRole);
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());
}

TEST(ClippedTextTest, ASidebarRowWiderThanTheListIsClipped)
{
    Host host;
    auto *list = new QListWidget(&host);
    list->addItem(u"Queue"_s);
    list->addItem(kText);
    list->setGeometry(0, 0, 2 * list->fontMetrics().horizontalAdvance(kText), 200);
    host.show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());

    list->setGeometry(0, 0, list->fontMetrics().horizontalAdvance(kText) / 2, 200);
    QCoreApplication::processEvents();
    const QList<ClippedText> found = findClippedTexts(&host);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.constFirst().text, kText);
    EXPECT_EQ(found.constFirst().available, list->viewport()->width());
}

TEST(ClippedTextTest, HiddenWidgetsAreNotChecked)
{
    Host host;
    auto *label = new QLabel(kText, &host);
    label->setGeometry(0, 0, 10, 30);
    label->hide();
    EXPECT_TRUE(findClippedTexts(&host).isEmpty());
    label->show();
    EXPECT_EQ(findClippedTexts(&host).size(), 1);
}

} // namespace Chrysalis::Testing
