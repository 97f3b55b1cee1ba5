#pragma once

#include "core/domain/money.h"

#include <QList>
#include <QString>
#include <QStringList>

class QChartView;
class QLabel;
class QWidget;

namespace Chrysalis::DashboardCharts {

// Shared look of the dashboard charts: bars in the palette's highlight colour on its base colour, axis titles
// with units, no legend. Money is formatted with QLocale here and nowhere in core.

QString money(Cents cents);
QString percent(qint64 basisPoints);
QString duration(qint64 seconds);

// A bar chart of `values` over `categories`, in the palette of `parent`.
QChartView *barChart(const QString &title, const QStringList &categories, const QList<qreal> &values,
                     const QString &categoryTitle, const QString &valueTitle, bool integerValues, QWidget *parent);

// The sentence shown instead of a chart without data.
QLabel *emptyNote(const QString &text, QWidget *parent);

} // namespace Chrysalis::DashboardCharts
