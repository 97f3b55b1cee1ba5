#include "ui/theme/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QProxyStyle>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace Chrysalis;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void expectReadable(const QPalette &palette)
{
    EXPECT_GE(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)), 7.0);
    EXPECT_GE(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)), 7.0);
    EXPECT_GE(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)), 7.0);
    EXPECT_GE(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)), 4.5);
    EXPECT_GE(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)), 4.5);
    // Disabled text must look disabled, yet stay legible.
    const double disabled = contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Base));
    EXPECT_LT(disabled, contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)));
    EXPECT_GE(disabled, 2.0);
    EXPECT_GE(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)), 4.5);
    EXPECT_GE(contrast(palette.color(QPalette::ToolTipText), palette.color(QPalette::ToolTipBase)), 7.0);
    // Outlines of check boxes and radio buttons (WCAG non-text contrast: 3:1), on the window and in a
    // view's cells; a ticked box is filled with Highlight.
    EXPECT_GE(contrast(palette.color(QPalette::Mid), palette.color(QPalette::Window)), 3.0);
    EXPECT_GE(contrast(palette.color(QPalette::Mid), palette.color(QPalette::Base)), 3.0);
    EXPECT_GE(contrast(palette.color(QPalette::Highlight), palette.color(QPalette::Window)), 3.0);
    EXPECT_GE(contrast(palette.color(QPalette::Highlight), palette.color(QPalette::Base)), 3.0);
}

// The strongest contrast against the window colour among the pixels of a control's indicator.
double indicatorContrast(QAbstractButton &button, QStyle::SubElement indicator)
{
    button.ensurePolished();
    button.resize(button.sizeHint());
    const QImage image = button.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&button);
    const QRect rect = button.style()->subElementRect(indicator, &option, &button);
    EXPECT_FALSE(rect.isEmpty());
    const QColor window = button.palette().color(QPalette::Window);
    const qreal ratio = image.devicePixelRatio();
    double best = 1.0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            best = std::max(best, contrast(image.pixelColor(QPoint(x, y) * ratio), window));
    }
    return best;
}

} // namespace

TEST(Theme, LightPaletteIsReadable)
{
    expectReadable(lightPalette());
    EXPECT_GT(lightPalette().color(QPalette::Window).lightness(), 200);
}

TEST(Theme, DarkPaletteIsReadable)
{
    expectReadable(darkPalette());
    EXPECT_LT(darkPalette().color(QPalette::Window).lightness(), 60);
}

TEST(Theme, ApplyingAChoiceSetsFusionAndThePalette)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    applyTheme(*app, ThemeChoice::Dark);
    auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
    ASSERT_NE(style, nullptr);
    EXPECT_EQ(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    applyTheme(*app, ThemeChoice::Light);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
}

TEST(Theme, UncheckedIndicatorsStandOutFromTheWindow)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    for (const ThemeChoice choice : {ThemeChoice::Dark, ThemeChoice::Light}) {
        applyTheme(*app, choice);
        QCheckBox checkBox(QStringLiteral("Violence"));
        QRadioButton radio(QStringLiteral("Option A"));
        EXPECT_GE(indicatorContrast(checkBox, QStyle::SE_CheckBoxIndicator), 3.0);
        EXPECT_GE(indicatorContrast(radio, QStyle::SE_RadioButtonIndicator), 3.0);
        checkBox.setChecked(true);
        radio.setChecked(true);
        EXPECT_GE(indicatorContrast(checkBox, QStyle::SE_CheckBoxIndicator), 3.0);
        EXPECT_GE(indicatorContrast(radio, QStyle::SE_RadioButtonIndicator), 3.0);
    }
    applyTheme(*app, ThemeChoice::Light);
}
