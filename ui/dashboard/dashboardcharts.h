#pragma once

#include "core/domain/money.h"
#include "core/insights/pointshistorymodel.h"

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

// The requester's points over time as steps, with the two standing thresholds as dashed lines: butterfly at
// `butterflyAt`, back to caterpillar below `caterpillarBelow`. `now` ends the last step.
QChartView *pointsChart(const QList<PointsStep> &steps, qint64 startPoints, int butterflyAt, int caterpillarBelow,
                        const QDateTime &now, QWidget *parent);

// Horizontal stacked bars, one per category, of two sets in contrasting palette colours with a legend.
QChartView *splitChart(const QString &title, const QStringList &categories, const QString &firstName,
                       const QList<qreal> &first, const QString &secondName, const QList<qreal> &second,
                       const QString &valueTitle, QWidget *parent);

// The sentence shown instead of a chart without data.
QLabel *emptyNote(const QString &text, QWidget *parent);

} // namespace Chrysalis::DashboardCharts
