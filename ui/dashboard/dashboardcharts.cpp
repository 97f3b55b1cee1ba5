#include "ui/dashboard/dashboardcharts.h"

#include "core/sync/moneytext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis::DashboardCharts {

QString money(Cents cents)
{
    return formatCents(cents);
}

QString percent(qint64 basisPoints)
{
    return QLocale().toString(static_cast<double>(basisPoints) / 100.0, 'f', basisPoints % 100 == 0 ? 0 : 1) + u" %"_s;
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("DashboardCharts", "%n second(s)", nullptr, static_cast<int>(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return QCoreApplication::translate("DashboardCharts", "%n minute(s)", nullptr, static_cast<int>(minutes));
    return QCoreApplication::translate("DashboardCharts", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QChartView *barChart(const QString &title, const QStringList &categories, const QList<qreal> &values,
                     const QString &categoryTitle, const QString &valueTitle, bool integerValues, QWidget *parent)
{
    const QPalette pal = parent->palette();
    auto *chart = new QChart;
    chart->setTheme(pal.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    auto *set = new QBarSet(valueTitle);
    for (const qreal value : values)
        *set << value;
    set->setColor(pal.color(QPalette::Highlight));
    set->setBorderColor(pal.color(QPalette::Highlight));
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(categories.size() > 1 ? 0.7 : 0.35);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTitleText(categoryTitle);
    auto *valueAxis = new QValueAxis;
    const qreal highest = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    if (integerValues) {
        const int top = std::max(1, static_cast<int>(std::ceil(highest)));
        valueAxis->setRange(0, top);
        valueAxis->setTickCount(std::min(6, top + 1));
        valueAxis->setLabelFormat(u"%d"_s);
    } else {
        valueAxis->setRange(0, highest > 0 ? highest * 1.15 : 1.0);
        valueAxis->setLabelFormat(u"%.2f"_s);
        valueAxis->applyNiceNumbers();
    }
    valueAxis->setTitleText(valueTitle);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(categoryAxis), static_cast<QAbstractAxis *>(valueAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setTitleBrush(pal.color(QPalette::WindowText));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    chart->legend()->hide();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(title);
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(pal.color(QPalette::Window));
    view->setMinimumHeight(260);
    return view;
}

QLabel *emptyNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMinimumHeight(120);
    label->setFrameShape(QFrame::StyledPanel);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace Chrysalis::DashboardCharts
