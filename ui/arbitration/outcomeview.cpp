#include "ui/arbitration/outcomeview.h"

#include "ui/arbitration/arbitrationtext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString percent(BasisPoints bp)
{
    // Basis points to a percentage with at most one decimal, by integer arithmetic.
    const QLocale locale;
    const qint64 tenths = (bp + 5) / 10;
    if (tenths % 10 == 0)
        return locale.toString(tenths / 10) + u" %"_s;
    return locale.toString(tenths / 10) + locale.decimalPoint() + QString::number(tenths % 10) + u" %"_s;
}

} // namespace

OutcomeView::OutcomeView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *row = new QHBoxLayout;
    m_chartHolder = new QWidget(this);
    m_chartHolder->setMinimumWidth(300);
    m_chartHolder->setFixedHeight(250);
    auto *chartLayout = new QVBoxLayout(m_chartHolder);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_chartHolder, 1, Qt::AlignTop);

    auto *money = new QVBoxLayout;
    m_lines = new QTableWidget(0, 2, this);
    m_lines->setHorizontalHeaderLabels({tr("Settlement"), tr("Amount")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->setWordWrap(false);
    m_lines->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 10);
    m_lines->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_lines->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    money->addWidget(m_lines);
    m_ownBooks = new QLabel(this);
    m_ownBooks->setWordWrap(true);
    money->addWidget(m_ownBooks);
    money->addStretch(1);
    row->addLayout(money, 1);
    layout->addLayout(row);

    m_rationales = new QLabel(this);
    m_rationales->setWordWrap(true);
    m_rationales->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_rationales);
    layout->addStretch(1);
}

void OutcomeView::setOutcome(const QJsonObject &conflict, const QList<QJsonObject> &votes,
                             const QList<LedgerLine> &ownLines, const QString &viewerId, const Policy &policy)
{
    m_amounts.clear();
    m_ownNet = 0;
    m_lines->setRowCount(0);
    if (QLayoutItem *old = m_chartHolder->layout()->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    if (conflict.value(u"state"_s).toString() != u"closed") {
        m_summary->clear();
        m_ownBooks->clear();
        m_rationales->clear();
        return;
    }

    const PanelSettlement settlement = PanelSettlement::fromConflict(conflict, policy);
    const int votesCast = settlement.votes();
    const bool workerLost = settlement.workerShareBp() > policy.panel.lossThresholdBp;
    const bool requesterLost = votesCast == 0 || settlement.requesterShareBp() > policy.panel.lossThresholdBp;
    QString verdict;
    if (votesCast == 0)
        verdict = tr("The panel closed without votes: the worker is not at fault.");
    else if (workerLost)
        verdict = tr("The panel found the answer mostly the worker's fault.");
    else if (requesterLost)
        verdict = tr("The panel found the rejection mostly the requester's fault.");
    else
        verdict = tr("The panel split evenly.");
    m_summary->setText(u"<b>%1</b><br>%2"_s.arg(
            verdict.toHtmlEscaped(),
            tr("%n vote(s) · worker fault %1 · requester fault %2", nullptr, votesCast)
                    .arg(percent(settlement.workerShareBp()), percent(settlement.requesterShareBp()))
                    .toHtmlEscaped()));

    // The split as a bar chart in the palette's colours.
    const QPalette pal = palette();
    auto *chart = new QChart;
    auto *workerSet = new QBarSet(tr("Worker fault"));
    auto *requesterSet = new QBarSet(tr("Requester fault"));
    *workerSet << settlement.workerFaultVotes << 0;
    *requesterSet << 0 << settlement.requesterFaultVotes;
    workerSet->setColor(pal.color(QPalette::Highlight));
    requesterSet->setColor(pal.color(QPalette::Link));
    workerSet->setBorderColor(pal.color(QPalette::Highlight));
    requesterSet->setBorderColor(pal.color(QPalette::Link));
    // Stacked with a zero in the other category, so each category holds one centred bar.
    auto *series = new QStackedBarSeries;
    series->append(workerSet);
    series->append(requesterSet);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({tr("Worker"), tr("Requester")});
    categories->setTitleText(tr("Fault"));
    auto *values = new QValueAxis;
    values->setRange(0, qMax(1, qMax(settlement.workerFaultVotes, settlement.requesterFaultVotes)));
    values->setTickCount(qMin(6, qMax(2, qMax(settlement.workerFaultVotes, settlement.requesterFaultVotes) + 1)));
    values->setLabelFormat(u"%d"_s);
    values->setTitleText(tr("Votes"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(categories), static_cast<QAbstractAxis *>(values)}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setTitleBrush(pal.color(QPalette::WindowText));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    chart->legend()->hide();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(tr("How the panel voted"));
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    auto *view = new QChartView(chart, m_chartHolder);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(pal.color(QPalette::Window));
    m_chartHolder->layout()->addWidget(view);

    const auto addLine = [this](const QString &key, const QString &label, Cents amount) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, 0, new QTableWidgetItem(label));
        auto *value = new QTableWidgetItem(ArbitrationText::money(amount));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, 1, value);
        m_amounts.insert(key, amount);
    };
    addLine(u"worker_pay"_s, tr("Worker paid in full"), settlement.workerPay);
    addLine(u"requester_charge"_s, tr("Requester charged (share at fault)"), settlement.requesterCharge);
    addLine(u"arbitration_fee"_s, tr("Arbitration fee (requester)"), settlement.arbitrationFee);
    addLine(u"mistake_pay"_s, tr("Mistake pay (covered by the platform)"), settlement.mistakePay);
    addLine(u"arbiter_pay"_s, tr("Arbiter pay, %n arbiter(s)", nullptr, votesCast), settlement.arbiterPayTotal());

    if (ownLines.isEmpty()) {
        m_ownBooks->setText(tr("Your ledger lines for this settlement have not arrived yet."));
    } else {
        QStringList lines;
        for (const LedgerLine &line : ownLines) {
            m_ownNet += line.amountCents;
            lines << tr("%1: %2 (%3)")
                             .arg(ArbitrationText::bookLabel(line.account),
                                  ArbitrationText::signedMoney(line.amountCents),
                                  ArbitrationText::ledgerKindLabel(line.kind))
                             .toHtmlEscaped();
        }
        const bool worker = conflict.value(u"worker_id"_s).toString() == viewerId;
        const bool requester = conflict.value(u"requester_id"_s).toString() == viewerId;
        QString check;
        if (worker)
            check = m_ownNet == settlement.workerPay ? tr("Matches the worker pay above.")
                                                     : tr("Does not match the worker pay above.");
        else if (requester)
            check = tr("You paid %1: the charge plus the fee; the rest of the slot's escrow came back.")
                            .arg(ArbitrationText::money(settlement.requesterCharge + settlement.arbitrationFee));
        else
            check = m_ownNet == settlement.arbiterPayEach ? tr("Matches the arbiter pay above.")
                                                          : tr("Does not match the arbiter pay above.");
        m_ownBooks->setText(u"<b>%1</b><br>%2<br>%3"_s.arg(tr("On your books").toHtmlEscaped(), lines.join(u"<br>"_s),
                                                           check.toHtmlEscaped()));
    }

    QStringList rationales;
    int number = 0;
    for (const QJsonObject &vote : votes) {
        rationales << u"<b>%1</b> — %2<br>%3"_s.arg(
                tr("Arbiter %1").arg(++number).toHtmlEscaped(),
                ArbitrationText::faultLabel(vote.value(u"fault"_s).toString()).toHtmlEscaped(),
                vote.value(u"rationale"_s).toString().toHtmlEscaped());
    }
    m_rationales->setText(rationales.isEmpty()
                                  ? tr("No rationales: no arbiter voted.")
                                  : u"<b>%1</b><br>%2"_s.arg(tr("Rationales (names withheld)").toHtmlEscaped(),
                                                             rationales.join(u"<br><br>"_s)));
}

Cents OutcomeView::shownAmount(const QString &key) const
{
    return m_amounts.value(key, -1);
}

QString OutcomeView::shownText() const
{
    QStringList texts{m_summary->text(), m_ownBooks->text(), m_rationales->text()};
    for (int row = 0; row < m_lines->rowCount(); ++row)
        texts << m_lines->item(row, 0)->text() + u" "_s + m_lines->item(row, 1)->text();
    return texts.join(u'\n');
}

} // namespace Chrysalis
