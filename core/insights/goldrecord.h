#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Chrysalis {

// A worker's record on gold (test) items as tier_progress carries it: scored answers, right ones,
// the estimate and the standing. The figures are the marketplace's; this only reads and words them.
struct GoldRecord {
    Q_DECLARE_TR_FUNCTIONS(Chrysalis::GoldRecord)

public:
    int answered = 0;
    int correct = 0;
    std::optional<double> accuracy; // the posterior mean, 0 to 1; none without scored answers
    QString standing = QStringLiteral("unproven"); // unproven, meets, below

    static GoldRecord fromTierProgress(const QJsonObject &progress);

    // "9 of 12 right"; "no test answers scored yet" without any.
    QString countText() const;
    // "about 74 %", or "not estimated yet".
    QString accuracyText() const;
    // One sentence on the standing; "unproven" says how many more scored answers it takes.
    QString standingText(int minimumAnswers = 10) const;
};

// How one gold arbiter's votes agree with closed panels (tier_progress's arbiter_calibration).
struct CalibrationFigure {
    int panels = 0;
    int agreed = 0;
    std::optional<double> agreement; // 0 to 1
    double lower = 0.0;
    double upper = 1.0;
};

struct ArbiterCalibrationFigures {
    Q_DECLARE_TR_FUNCTIONS(Chrysalis::ArbiterCalibrationFigures)

public:
    CalibrationFigure panelAgreement; // with the other arbiters' majority
    CalibrationFigure goldAgreement; // with the gold key, on panels about gold answers

    // nullopt when tier_progress carries none (the worker has not voted on a closed panel).
    static std::optional<ArbiterCalibrationFigures> fromTierProgress(const QJsonObject &progress);
    // "8 of 10 panels agreed; estimated 80 %, likely between 49 % and 94 %", or "no panels counted yet".
    static QString figureText(const CalibrationFigure &figure);
    // What the figures mean, in one or two sentences.
    static QString explanation();
};

} // namespace Chrysalis
