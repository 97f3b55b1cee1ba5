#include "ui/dashboard/dashboardcharts.h"

#include "core/sync/moneytext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
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
    // The counts go in as plain variables: lupdate does not read a cast in the arguments.
    if (seconds < 60) {
        const int count = static_cast<int>(seconds);
        return QCoreApplication::translate("Chrysalis::DashboardCharts", "%n second(s)", nullptr, count);
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 120) {
        const int count = static_cast<int>(minutes);
        return QCoreApplication::translate("Chrysalis::DashboardCharts", "%n minute(s)", nullptr, count);
    }
    return QCoreApplication::translate("Chrysalis::DashboardCharts", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
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

namespace {

void styleAxis(QAbstractAxis *axis, const QPalette &pal)
{
    axis->setLabelsColor(pal.color(QPalette::WindowText));
    axis->setTitleBrush(pal.color(QPalette::WindowText));
    axis->setLinePenColor(pal.color(QPalette::Mid));
    axis->setGridLineColor(pal.color(QPalette::Midlight));
}

QChart *paletteChart(const QPalette &pal)
{
    auto *chart = new QChart;
    chart->setTheme(pal.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    return chart;
}

} // namespace

QChartView *pointsChart(const QList<PointsStep> &steps, qint64 startPoints, int butterflyAt, int caterpillarBelow,
                        const QDateTime &now, QWidget *parent)
{
    const QPalette pal = parent->palette();
    QChart *chart = paletteChart(pal);
    chart->setTitle(QCoreApplication::translate("Chrysalis::DashboardCharts", "Your points over time"));

    const QDateTime first = steps.isEmpty() ? now : steps.constFirst().at;
    const QDateTime last = std::max(now, steps.isEmpty() ? now : steps.constLast().at);
    const qint64 span = std::max<qint64>(first.msecsTo(last), 60'000);
    const QDateTime from = first.addMSecs(-span / 10);
    const QDateTime to = last.addMSecs(span / 20);

    auto *points = new QLineSeries;
    points->setName(QCoreApplication::translate("Chrysalis::DashboardCharts", "Points"));
    qint64 held = startPoints;
    points->append(static_cast<qreal>(from.toMSecsSinceEpoch()), static_cast<qreal>(held));
    qint64 lowest = held;
    qint64 highest = held;
    for (const PointsStep &step : steps) {
        const auto at = static_cast<qreal>(step.at.toMSecsSinceEpoch());
        points->append(at, static_cast<qreal>(held));
        held = step.points;
        points->append(at, static_cast<qreal>(held));
        lowest = std::min(lowest, held);
        highest = std::max(highest, held);
    }
    points->append(static_cast<qreal>(to.toMSecsSinceEpoch()), static_cast<qreal>(held));
    QPen pen(pal.color(QPalette::Highlight));
    pen.setWidthF(2.5);
    points->setPen(pen);

    auto threshold = [&](int value, const QString &name, const QColor &colour) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->append(static_cast<qreal>(from.toMSecsSinceEpoch()), value);
        line->append(static_cast<qreal>(to.toMSecsSinceEpoch()), value);
        QPen dashed(colour);
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(1.5);
        line->setPen(dashed);
        return line;
    };
    chart->addSeries(threshold(
            butterflyAt, QCoreApplication::translate("Chrysalis::DashboardCharts", "Butterfly at %1").arg(butterflyAt),
            pal.color(QPalette::Link)));
    chart->addSeries(threshold(
            caterpillarBelow,
            QCoreApplication::translate("Chrysalis::DashboardCharts", "Caterpillar below %1").arg(caterpillarBelow),
            pal.color(QPalette::PlaceholderText)));
    chart->addSeries(points);

    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setRange(from, to);
    // Labels fine enough to tell the ticks apart: seconds within an hour, minutes within two days.
    timeAxis->setFormat(span < 3'600'000LL ? u"HH:mm:ss"_s : span < 2 * 86'400'000LL ? u"HH:mm"_s : u"d MMM"_s);
    timeAxis->setTickCount(5);
    timeAxis->setTitleText(QCoreApplication::translate("Chrysalis::DashboardCharts", "Time (your local time)"));
    auto *valueAxis = new QValueAxis;
    const qint64 bottom = std::min<qint64>({lowest, caterpillarBelow, 0});
    const qint64 top = std::max<qint64>(highest, butterflyAt);
    valueAxis->setRange(static_cast<qreal>(bottom), static_cast<qreal>(top) * 1.1);
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->applyNiceNumbers();
    valueAxis->setTitleText(QCoreApplication::translate("Chrysalis::DashboardCharts", "Points"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(timeAxis);
        series->attachAxis(valueAxis);
    }
    styleAxis(timeAxis, pal);
    styleAxis(valueAxis, pal);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(pal.color(QPalette::Window));
    view->setMinimumHeight(260);
    return view;
}

QChartView *splitChart(const QString &title, const QStringList &categories, const QString &firstName,
                       const QList<qreal> &first, const QString &secondName, const QList<qreal> &second,
                       const QString &valueTitle, QWidget *parent)
{
    const QPalette pal = parent->palette();
    QChart *chart = paletteChart(pal);
    chart->setTitle(title);
    auto makeSet = [](const QString &name, const QList<qreal> &values, const QColor &colour) {
        auto *set = new QBarSet(name);
        for (const qreal value : values)
            *set << value;
        set->setColor(colour);
        set->setBorderColor(colour);
        return set;
    };
    auto *series = new QHorizontalStackedBarSeries;
    series->append(makeSet(firstName, first, pal.color(QPalette::Highlight)));
    series->append(makeSet(secondName, second, pal.color(QPalette::Mid)));
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    qreal highest = 1;
    for (qsizetype i = 0; i < first.size() && i < second.size(); ++i)
        highest = std::max(highest, first.at(i) + second.at(i));
    const int top = static_cast<int>(std::ceil(highest));
    valueAxis->setRange(0, top);
    valueAxis->setTickCount(top + 1 <= 11 ? top + 1 : 6);
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->setTitleText(valueTitle);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    styleAxis(categoryAxis, pal);
    styleAxis(valueAxis, pal);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(pal.color(QPalette::Window));
    view->setMinimumHeight(std::max(220, 90 + 34 * static_cast<int>(categories.size())));
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
