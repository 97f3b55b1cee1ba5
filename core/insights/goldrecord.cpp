#include "core/insights/goldrecord.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString percentText(double share)
{
    return GoldRecord::tr("%1 %").arg(QLocale().toString(qRound(share * 100.0)));
}

CalibrationFigure calibrationFigure(const QJsonObject &object)
{
    CalibrationFigure figure;
    figure.panels = object.value(u"panels"_s).toInt();
    figure.agreed = object.value(u"agreed"_s).toInt();
    if (object.value(u"agreement"_s).isDouble())
        figure.agreement = object.value(u"agreement"_s).toDouble();
    figure.lower = object.value(u"lower"_s).toDouble(0.0);
    figure.upper = object.value(u"upper"_s).toDouble(1.0);
    return figure;
}

} // namespace

GoldRecord GoldRecord::fromTierProgress(const QJsonObject &progress)
{
    GoldRecord record;
    record.answered = progress.value(u"gold_answered"_s).toInt();
    record.correct = progress.value(u"gold_correct"_s).toInt();
    if (progress.value(u"gold_accuracy"_s).isDouble())
        record.accuracy = progress.value(u"gold_accuracy"_s).toDouble();
    const QString standing = progress.value(u"gold_standing"_s).toString();
    if (!standing.isEmpty())
        record.standing = standing;
    return record;
}

QString GoldRecord::countText() const
{
    if (answered == 0)
        return tr("no test answers scored yet");
    return tr("%1 of %Ln right", nullptr, answered).arg(correct);
}

QString GoldRecord::accuracyText() const
{
    return accuracy ? tr("about %1").arg(percentText(*accuracy)) : tr("not estimated yet");
}

QString GoldRecord::standingText(int minimumAnswers) const
{
    if (standing == u"meets")
        return tr("Meets the bar: your accuracy on test items is high enough for promotion.");
    if (standing == u"below")
        return tr("Below the bar: even at best your accuracy on test items is under the pass mark, so promotion "
                  "waits until it improves.");
    const int more = std::max(minimumAnswers - answered, 1);
    return tr("Unproven: too few test answers to judge yet; %Ln more scored answer(s) needed. Until then "
              "nothing is held against you.",
              nullptr, more);
}

std::optional<ArbiterCalibrationFigures> ArbiterCalibrationFigures::fromTierProgress(const QJsonObject &progress)
{
    const QJsonValue value = progress.value(u"arbiter_calibration"_s);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    ArbiterCalibrationFigures calibration;
    calibration.panelAgreement = calibrationFigure(object.value(u"panel_agreement"_s).toObject());
    calibration.goldAgreement = calibrationFigure(object.value(u"gold_agreement"_s).toObject());
    return calibration;
}

QString ArbiterCalibrationFigures::figureText(const CalibrationFigure &figure)
{
    if (figure.panels == 0 || !figure.agreement)
        return tr("no panels counted yet");
    return tr("%1 of %Ln panel(s) agreed; estimated %2, likely between %3 and %4", nullptr, figure.panels)
            .arg(figure.agreed)
            .arg(percentText(*figure.agreement), percentText(figure.lower), percentText(figure.upper));
}

QString ArbiterCalibrationFigures::explanation()
{
    return tr("How often your votes matched the other arbiters' majority on closed panels, and the gold key on "
              "panels about test items. Ties and lone votes are not counted; with few panels the range is wide.");
}

} // namespace Chrysalis
