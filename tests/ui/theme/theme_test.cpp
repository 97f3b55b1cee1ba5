#include "ui/theme/theme.h"

#include <QApplication>
#include <QStyle>

#include <gtest/gtest.h>

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
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    applyTheme(*app, ThemeChoice::Light);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
}
