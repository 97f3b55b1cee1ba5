#include "ui/theme/theme.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

void setBoth(QPalette &palette, QPalette::ColorRole role, const QColor &color)
{
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
    // Disabled widgets keep the theme's surfaces; only their text dims (set after).
    palette.setColor(QPalette::Disabled, role, color);
}

// Fusion with check boxes and radio buttons drawn from the palette: Fusion outlines them in a shade
// of the window colour, which all but vanishes on a dark window. Outlines here use Mid.
class ClientStyle : public QProxyStyle
{
public:
    ClientStyle() : QProxyStyle(QStyleFactory::create(u"Fusion"_s)) { }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) {
            drawIndicator(element == PE_IndicatorRadioButton, *option, *painter);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

private:
    static void drawIndicator(bool radio, const QStyleOption &option, QPainter &painter)
    {
        const QPalette &palette = option.palette;
        const bool enabled = option.state & State_Enabled;
        const bool on = option.state & (State_On | State_NoChange);
        const bool focused = (option.state & State_HasFocus) && (option.state & State_KeyboardFocusChange);
        // Whole pixels, so that the one-pixel outline lands on pixel centres and stays crisp.
        const int side = std::min(option.rect.width(), option.rect.height());
        const QRectF box(option.rect.x() + (option.rect.width() - side) / 2,
                         option.rect.y() + (option.rect.height() - side) / 2, side, side);
        const QRectF inner = box.adjusted(0.5, 0.5, -0.5, -0.5);

        QColor fill = palette.color(QPalette::Base);
        QColor outline = palette.color(QPalette::Mid);
        if (on && enabled) {
            fill = palette.color(QPalette::Highlight);
            outline = fill;
        }
        if (option.state & State_Sunken)
            fill = on ? fill.darker(115) : palette.color(QPalette::AlternateBase);
        if (focused)
            outline = palette.color(QPalette::Highlight);

        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(outline, focused ? 2.0 : 1.0));
        painter.setBrush(fill);
        if (radio)
            painter.drawEllipse(inner);
        else
            painter.drawRoundedRect(inner, 2.0, 2.0);

        if (on) {
            const QColor mark = enabled ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Mid);
            const qreal w = inner.width();
            const qreal h = inner.height();
            const QPointF origin = inner.topLeft();
            if (radio) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(mark);
                painter.drawEllipse(inner.center(), w / 4.5, h / 4.5);
            } else {
                painter.setPen(QPen(mark, std::max(1.5, w / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.setBrush(Qt::NoBrush);
                if (option.state & State_NoChange) {
                    painter.drawLine(origin + QPointF(w * 0.25, h * 0.5), origin + QPointF(w * 0.75, h * 0.5));
                } else {
                    const QPointF check[] = {origin + QPointF(w * 0.24, h * 0.52), origin + QPointF(w * 0.42, h * 0.7),
                                             origin + QPointF(w * 0.76, h * 0.3)};
                    painter.drawPolyline(check, 3);
                }
            }
        }
        painter.restore();
    }
};

} // namespace

QPalette lightPalette()
{
    QPalette palette;
    setBoth(palette, QPalette::Window, QColor(0xf6, 0xf5, 0xf2));
    setBoth(palette, QPalette::WindowText, QColor(0x24, 0x24, 0x2a));
    setBoth(palette, QPalette::Base, QColor(0xff, 0xff, 0xff));
    setBoth(palette, QPalette::AlternateBase, QColor(0xf0, 0xef, 0xeb));
    setBoth(palette, QPalette::Text, QColor(0x24, 0x24, 0x2a));
    setBoth(palette, QPalette::Button, QColor(0xec, 0xeb, 0xe7));
    setBoth(palette, QPalette::ButtonText, QColor(0x24, 0x24, 0x2a));
    setBoth(palette, QPalette::Highlight, QColor(0x2f, 0x6f, 0x6a));
    setBoth(palette, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    setBoth(palette, QPalette::Link, QColor(0x1d, 0x5f, 0x9e));
    setBoth(palette, QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    setBoth(palette, QPalette::ToolTipText, QColor(0x24, 0x24, 0x2a));
    setBoth(palette, QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x76));
    // Outlines of check boxes, radio buttons and frames: at least 3:1 against Window and Base.
    setBoth(palette, QPalette::Mid, QColor(0x80, 0x80, 0x88));
    palette.setColor(QPalette::Disabled, QPalette::Mid, QColor(0xb4, 0xb4, 0xba));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0xa0));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    // Inputs (Base) sit clearly below the window, buttons clearly above it.
    setBoth(palette, QPalette::Window, QColor(0x26, 0x29, 0x2d));
    setBoth(palette, QPalette::WindowText, QColor(0xe8, 0xe6, 0xe1));
    setBoth(palette, QPalette::Base, QColor(0x15, 0x16, 0x19));
    setBoth(palette, QPalette::AlternateBase, QColor(0x1e, 0x20, 0x23));
    setBoth(palette, QPalette::Text, QColor(0xe8, 0xe6, 0xe1));
    setBoth(palette, QPalette::Button, QColor(0x36, 0x3a, 0x40));
    setBoth(palette, QPalette::ButtonText, QColor(0xe8, 0xe6, 0xe1));
    setBoth(palette, QPalette::Highlight, QColor(0x4f, 0xa3, 0x9b));
    setBoth(palette, QPalette::HighlightedText, QColor(0x10, 0x12, 0x14));
    setBoth(palette, QPalette::Link, QColor(0x7c, 0xb7, 0xf0));
    setBoth(palette, QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3c));
    setBoth(palette, QPalette::ToolTipText, QColor(0xe8, 0xe6, 0xe1));
    setBoth(palette, QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    setBoth(palette, QPalette::Mid, QColor(0x8e, 0x93, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::Mid, QColor(0x5a, 0x5e, 0x64));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x74, 0x76, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x74, 0x76, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x74, 0x76, 0x7a));
    return palette;
}

bool systemPrefersDark()
{
    // Qt 6.4 has no colorScheme(); the platform theme's palette, read before ours replaces it,
    // is the portable signal. Read once, so "follow the system" still works after a switch.
    static const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark;
}

QStyle *createClientStyle()
{
    return new ClientStyle;
}

void applyTheme(QApplication &app, ThemeChoice choice)
{
    app.setStyle(createClientStyle());
    const bool dark = choice == ThemeChoice::Dark || (choice == ThemeChoice::System && systemPrefersDark());
    app.setPalette(dark ? darkPalette() : lightPalette());
}

ThemeChoice themeChoiceFromName(const QString &name)
{
    if (name == u"light")
        return ThemeChoice::Light;
    if (name == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

} // namespace Chrysalis
