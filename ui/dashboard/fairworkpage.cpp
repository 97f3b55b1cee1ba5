#include "ui/dashboard/fairworkpage.h"

#include "core/sync/moneytext.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/arbitrationtext.h"
#include "ui/dashboard/dashboardcharts.h"

#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QList<QJsonObject> rows(LocalStore &store, const QString &entity)
{
    QList<QJsonObject> list;
    if (const auto stored = store.list(entity)) {
        for (const StoredEntity &row : *stored)
            list.append(row.data);
    }
    return list;
}

QString tierTitle(const QString &tier)
{
    if (tier == u"gold")
        return QCoreApplication::translate("Chrysalis::FairWorkPage", "Gold");
    if (tier == u"silver")
        return QCoreApplication::translate("Chrysalis::FairWorkPage", "Silver");
    return QCoreApplication::translate("Chrysalis::FairWorkPage", "Bronze");
}

QString goldStandingName(const QString &standing)
{
    if (standing == u"meets")
        return QCoreApplication::translate("Chrysalis::FairWorkPage", "meets the bar");
    if (standing == u"below")
        return QCoreApplication::translate("Chrysalis::FairWorkPage", "below the bar");
    return QCoreApplication::translate("Chrysalis::FairWorkPage", "unproven");
}

QLabel *figureLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString tableRow(const QString &label, const QString &value)
{
    return u"<tr><td style=\"padding-right:14px\">%1</td><td align=\"right\"><b>%2</b></td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString plain(const QString &html)
{
    QString text = html;
    text.replace(u"</td><td"_s, u"\t</td><td"_s);
    text.replace(u"</tr>"_s, u"\n"_s);
    text.replace(u"<br>"_s, u"\n"_s);
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    return text;
}

} // namespace

FairWorkPage::FairWorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Fair work").toHtmlEscaped()), content));
    m_headline = figureLabel(content);
    layout->addWidget(m_headline);
    m_demotion = figureLabel(content);
    m_demotion->setFrameShape(QFrame::StyledPanel);
    m_demotion->setMargin(8);
    layout->addWidget(m_demotion);

    auto *boxes = new QHBoxLayout;
    auto *recordBox = new QGroupBox(tr("Your record"), content);
    auto *recordLayout = new QVBoxLayout(recordBox);
    m_record = figureLabel(recordBox);
    recordLayout->addWidget(m_record);
    recordLayout->addStretch(1);
    boxes->addWidget(recordBox, 1);

    auto *payBox = new QGroupBox(tr("Pay and time"), content);
    auto *payLayout = new QVBoxLayout(payBox);
    m_pay = figureLabel(payBox);
    payLayout->addWidget(m_pay);
    payLayout->addStretch(1);
    boxes->addWidget(payBox, 1);

    auto *mistakeBox = new QGroupBox(tr("Mistake pay against the allowance"), content);
    auto *mistakeLayout = new QVBoxLayout(mistakeBox);
    m_mistakeBar = new QProgressBar(mistakeBox);
    m_mistakeBar->setRange(0, 1000);
    m_mistakeBar->setTextVisible(true);
    mistakeLayout->addWidget(m_mistakeBar);
    m_mistakeNote = figureLabel(mistakeBox);
    mistakeLayout->addWidget(m_mistakeNote);
    mistakeLayout->addStretch(1);
    boxes->addWidget(mistakeBox, 1);
    layout->addLayout(boxes);

    m_chartHolder = new QWidget(content);
    m_chartGrid = new QGridLayout(m_chartHolder);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartHolder, 1);

    layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Capability modes, each on its own").toHtmlEscaped()), content));
    auto *modes = new QHBoxLayout;
    const auto addMode = [&](const QString &title, QLabel *&label) {
        auto *box = new QGroupBox(title, content);
        auto *boxLayout = new QVBoxLayout(box);
        label = figureLabel(box);
        boxLayout->addWidget(label);
        boxLayout->addStretch(1);
        modes->addWidget(box, 1);
    };
    addMode(tr("Execution reliability"), m_execution);
    addMode(tr("Diagnostic work"), m_diagnostic);
    addMode(tr("Generative reframing"), m_reframing);
    layout->addLayout(modes);

    connect(&engine, &SyncEngine::syncFinished, this, &FairWorkPage::reload);
    connect(&engine, &SyncEngine::outboxChanged, this, &FairWorkPage::reload);
    reload();
}

void FairWorkPage::setPolicy(const Policy &policy)
{
    m_policy = policy;
    reload();
}

void FairWorkPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Queued: children take the new palette only after this event, and the charts copy their colours.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        QMetaObject::invokeMethod(this, &FairWorkPage::rebuildCharts, Qt::QueuedConnection);
}

void FairWorkPage::reload()
{
    const QJsonObject account = ownAccount(m_store);
    FairWorkInput input;
    input.workerId = account.value(u"id"_s).toString();
    input.answers = rows(m_store, u"answer"_s);
    input.conflicts = rows(m_store, u"conflict"_s);
    input.votes = rows(m_store, u"vote"_s);
    input.ledgerEntries = rows(m_store, u"ledger_entry"_s);
    input.reframeProposals = rows(m_store, u"reframe_proposal"_s);
    input.account = account;
    if (!input.workerId.isEmpty()) {
        if (const auto wallet = m_store.read(u"wallet"_s, input.workerId); wallet && wallet->has_value())
            input.wallet = **wallet;
        if (const auto progress = m_store.read(u"tier_progress"_s, input.workerId); progress && progress->has_value())
            input.tierProgress = **progress;
    }
    m_figures = fairWorkFigures(input, m_policy);
    m_weeks = earningsPerWeek(input.answers, input.workerId);
    m_buckets = hourlyPayDistribution(input.answers, input.workerId, 500);
    m_splits = panelSplits(input.conflicts, input.votes, input.workerId, 8);
    m_ownProposals = ownReframeProposals(input.reframeProposals, input.workerId);

    using namespace DashboardCharts;
    const FairWorkFigures &f = m_figures;
    m_headline->setText(f.hourlyCents
                                ? tr("Your effective hourly pay is <b>%1</b> an hour, measured on %n paid answer(s).",
                                     nullptr, f.approved + f.settled)
                                          .arg(money(*f.hourlyCents).toHtmlEscaped())
                                : tr("No answer of yours has been paid yet, so there is no hourly pay to show."));

    const std::optional<DemotionRisk> risk = demotionRisk(input.tierProgress);
    m_demotion->setVisible(risk.has_value());
    if (risk) {
        const QString tier = tierTitle(risk->tier);
        const QString below = tierTitle(risk->tierBelow);
        if (risk->atLimit()) {
            m_demotion->setText(
                    tr("<b>One more lost conflict in your last %1 answers and you return to %2.</b> You have lost "
                       "%3 there, the most %4 allows. Each new answer pushes the oldest out of that window.")
                            .arg(risk->windowAnswers)
                            .arg(below.toHtmlEscaped())
                            .arg(risk->lostInWindow)
                            .arg(tier.toHtmlEscaped()));
            m_demotion->setBackgroundRole(QPalette::ToolTipBase);
            m_demotion->setForegroundRole(QPalette::ToolTipText);
            m_demotion->setAutoFillBackground(true);
        } else {
            m_demotion->setText(tr("You keep %1 while no more than %2 of your last %3 answers end in a lost "
                                   "conflict: %4 so far, %n to spare.",
                                   nullptr, risk->toSpare())
                                        .arg(tier.toHtmlEscaped())
                                        .arg(risk->limit)
                                        .arg(risk->windowAnswers)
                                        .arg(risk->lostInWindow));
            m_demotion->setBackgroundRole(QPalette::Window);
            m_demotion->setForegroundRole(QPalette::WindowText);
            m_demotion->setAutoFillBackground(false);
        }
    }

    const int reviewed = f.approved + f.inConflict + f.settled;
    m_record->setText(u"<table width=\"100%\">%1%2%3%4%5</table>"_s.arg(
            tableRow(tr("Answers submitted"), QLocale().toString(f.answersSubmitted)),
            tableRow(
                    tr("Approval rate"),
                    f.approvalRateBp
                            ? tr("%1 (%2 of %3 reviewed)").arg(percent(*f.approvalRateBp)).arg(f.approved).arg(reviewed)
                            : tr("no reviews yet")),
            tableRow(tr("Waiting for review"), QLocale().toString(f.pendingReview)),
            tableRow(tr("Conflicts won / lost"), tr("%1 / %2").arg(f.conflictsWon).arg(f.conflictsLost)),
            tableRow(tr("Panels still open"), QLocale().toString(f.inConflict))));

    m_pay->setText(u"<table width=\"100%\">%1%2%3%4%5%6%7</table>"_s.arg(
            tableRow(tr("Earned in all"), money(f.earningsCents)),
            tableRow(tr("for answers"), money(f.answerEarningsCents)),
            tableRow(tr("for feedback and panels"), money(f.feedbackEarningsCents + f.arbiterEarningsCents)),
            tableRow(tr("for team tasks"), money(f.teamEarningsCents)),
            tableRow(tr("Time on paid answers"), duration(f.paidSeconds)),
            tableRow(tr("Time awaiting review (paid later)"), duration(f.awaitingSeconds)),
            tableRow(tr("Unpaid time"), duration(f.unpaidSeconds))));

    const Cents allowance = f.mistakeAllowanceCents;
    m_mistakeBar->setValue(allowance > 0 ? static_cast<int>(std::min<Cents>(f.mistakePayCents * 1000 / allowance, 1000))
                                         : 0);
    m_mistakeBar->setFormat(tr("%1 of %2").arg(money(f.mistakePayCents), money(allowance)));
    m_mistakeNote->setText(
            (f.overAllowance ? tr("Over the allowance: the account is suspended until an administrator reinstates it.")
                             : tr("Mistake pay over the last %1 days. You are paid in full either way; only going over "
                                  "the allowance "
                                  "suspends the account.")
                                       .arg(m_policy.mistakes.windowSeconds / 86'400))
                    .toHtmlEscaped());

    m_execution->setText(u"<table width=\"100%\">%1%2%3%4</table><p>%5</p>"_s.arg(
            tableRow(tr("Approval rate"), f.approvalRateBp ? percent(*f.approvalRateBp) : tr("no reviews yet")),
            tableRow(tr("Test items right"), f.gold.countText()),
            tableRow(tr("Estimated accuracy"), f.gold.accuracyText()),
            tableRow(tr("Standing"), goldStandingName(f.gold.standing)),
            f.gold.standingText(m_policy.quality.goldMinimumAnswers).toHtmlEscaped()));
    m_diagnostic->setText(u"<table width=\"100%\">%1%2</table>"_s.arg(
            tableRow(tr("Feedback tasks done"), QLocale().toString(f.feedbackTasksDone)),
            tableRow(tr("Agreement with panels"), f.arbitrationAgreementBp()
                                                          ? tr("%1 (%2 of %3 votes)")
                                                                    .arg(percent(*f.arbitrationAgreementBp()))
                                                                    .arg(f.votesWithPanel)
                                                                    .arg(f.votesOnClosedPanels)
                                                          : tr("no closed panels yet"))));
    if (f.calibration) {
        m_diagnostic->setText(m_diagnostic->text() +
                              u"<p><b>%1</b></p><table width=\"100%\">%2%3</table><p>%4</p>"_s.arg(
                                      tr("Your calibration as an arbiter").toHtmlEscaped(),
                                      tableRow(tr("With the panel majority"),
                                               ArbiterCalibrationFigures::figureText(f.calibration->panelAgreement)),
                                      tableRow(tr("With gold keys"),
                                               ArbiterCalibrationFigures::figureText(f.calibration->goldAgreement)),
                                      ArbiterCalibrationFigures::explanation().toHtmlEscaped()));
    }
    QString reframing = u"<table width=\"100%\">%1%2%3</table>"_s.arg(
            tableRow(tr("Adopted by requesters"), QLocale().toString(f.reframesAdopted)),
            tableRow(tr("Reframe proposals"), QLocale().toString(f.reframeProposals)),
            tableRow(tr("Waiting / declined"), tr("%1 / %2").arg(f.reframesOpen).arg(f.reframesDeclined)));
    if (m_ownProposals.isEmpty()) {
        reframing += u"<p>%1</p>"_s.arg(
                tr("Think a task's boundary or criteria are wrong? Propose a reframing from the work view.")
                        .toHtmlEscaped());
    }
    // The latest few, so a worker sees what became of what they proposed.
    for (qsizetype i = 0; i < m_ownProposals.size() && i < 3; ++i) {
        const OwnReframeProposal &own = m_ownProposals.at(i);
        QString state;
        if (own.state == u"adopted")
            state = tr("adopted (changes taken: %1)").arg(own.acceptedHunks);
        else if (own.state == u"declined")
            state = tr("declined");
        else
            state = tr("waiting for the requester");
        // The task's own title when the mirror has it: the proposal may retitle it.
        QString title = own.taskTitle;
        if (const auto task = m_store.read(u"task"_s, own.taskId); task.ok() && task->has_value())
            title = (**task).value(u"title"_s).toString();
        reframing += u"<br>%1 — <i>%2</i>"_s.arg(title.toHtmlEscaped(), state.toHtmlEscaped());
    }
    m_reframing->setText(reframing);
    rebuildCharts();
}

void FairWorkPage::rebuildCharts()
{
    if (!m_chartGrid)
        return;
    while (QLayoutItem *item = m_chartGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    using namespace DashboardCharts;
    const QString currency = moneyUnit();
    if (m_weeks.isEmpty()) {
        m_chartGrid->addWidget(
                emptyNote(tr("Earnings per week appear here once an answer of yours is paid."), m_chartHolder), 0, 0);
    } else {
        QStringList weeks;
        QList<qreal> earned;
        for (const WeekEarnings &week : std::as_const(m_weeks)) {
            weeks << isoWeekLabel(week.weekStart);
            earned << static_cast<qreal>(week.earnedCents) / 100.0;
        }
        m_chartGrid->addWidget(barChart(tr("Earnings per week (answers)"), weeks, earned, tr("ISO week"),
                                        tr("Earnings (%1)").arg(currency), false, m_chartHolder),
                               0, 0);
    }
    if (m_buckets.isEmpty()) {
        m_chartGrid->addWidget(
                emptyNote(tr("The spread of your hourly pay appears here once a timed answer is paid."), m_chartHolder),
                0, 1);
    } else {
        QStringList ranges;
        QList<qreal> counts;
        for (const HourlyPayBucket &bucket : std::as_const(m_buckets)) {
            // The axis title carries the unit; whole units keep the labels short enough to read.
            ranges << tr("%1–%2").arg(QLocale().toString(bucket.fromCents / 100),
                                      QLocale().toString(bucket.toCents / 100));
            counts << bucket.answers;
        }
        m_chartGrid->addWidget(barChart(tr("Hourly pay per answer"), ranges, counts,
                                        tr("Hourly pay (%1 an hour)").arg(currency), tr("Paid answers"), true,
                                        m_chartHolder),
                               0, 1);
    }
    if (!m_splits.isEmpty()) {
        QStringList panels;
        QList<qreal> workerFault;
        QList<qreal> requesterFault;
        int answered = 0;
        int sat = 0;
        for (const PanelSplit &split : std::as_const(m_splits)) {
            panels << (split.answered ? tr("Your answer %1").arg(++answered) : tr("Panel you sat on %1").arg(++sat));
            workerFault << split.workerFaultVotes;
            requesterFault << split.requesterFaultVotes;
        }
        m_chartGrid->addWidget(splitChart(tr("How your panels voted"), panels, tr("Worker at fault"), workerFault,
                                          tr("Requester at fault"), requesterFault, tr("Votes"), m_chartHolder),
                               1, 0, 1, 2);
    }
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, 1);
}

int FairWorkPage::chartCount() const
{
    return static_cast<int>(m_chartHolder->findChildren<QChartView *>().size());
}

QString FairWorkPage::shownText() const
{
    QStringList parts;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->isVisibleTo(this) && !label->text().isEmpty())
            parts << plain(label->text());
    }
    parts << m_mistakeBar->text();
    return parts.join(u'\n');
}

} // namespace Chrysalis
