#include "ui/arbitration/moneypage.h"

#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/arbitrationtext.h"
#include "ui/arbitration/settlementledger.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style=\"padding-right:18px\">%1</td><td align=\"right\"><b>%2</b></td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString percentOf(BasisPoints bp)
{
    return bp % 100 == 0 ? u"%1 %"_s.arg(bp / 100)
                         : u"%1 %"_s.arg(QString::number(bp / 100) + u"." + QString::number(bp % 100 / 10));
}

} // namespace

MoneyPage::MoneyPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Money").toHtmlEscaped()), this));
    m_suspension = richLabel(this);
    m_suspension->setFrameShape(QFrame::StyledPanel);
    m_suspension->setMargin(8);
    layout->addWidget(m_suspension);

    auto *boxes = new QHBoxLayout;
    m_workerBox = new QGroupBox(tr("Your work"), this);
    auto *workerLayout = new QVBoxLayout(m_workerBox);
    m_workerFigures = richLabel(m_workerBox);
    workerLayout->addWidget(m_workerFigures);
    m_mistakeBar = new QProgressBar(m_workerBox);
    m_mistakeBar->setTextVisible(true);
    workerLayout->addWidget(m_mistakeBar);
    m_mistakeRule = richLabel(m_workerBox);
    workerLayout->addWidget(m_mistakeRule);
    auto *payoutRow = new QHBoxLayout;
    m_payoutState = richLabel(m_workerBox);
    payoutRow->addWidget(m_payoutState, 1);
    m_requestPayout = new QPushButton(m_workerBox);
    m_requestPayout->setObjectName(u"requestPayout"_s);
    payoutRow->addWidget(m_requestPayout, 0, Qt::AlignTop);
    workerLayout->addLayout(payoutRow);
    connect(m_requestPayout, &QPushButton::clicked, this, &MoneyPage::requestPayout);
    workerLayout->addStretch(1);
    boxes->addWidget(m_workerBox, 1);

    m_requesterBox = new QGroupBox(tr("Your tasks"), this);
    auto *requesterLayout = new QVBoxLayout(m_requesterBox);
    m_requesterFigures = richLabel(m_requesterBox);
    requesterLayout->addWidget(m_requesterFigures);
    requesterLayout->addStretch(1);
    boxes->addWidget(m_requesterBox, 1);
    layout->addLayout(boxes);

    layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Ledger lines on your books").toHtmlEscaped()), this));
    m_ledger = new QTableWidget(0, 4, this);
    m_ledger->setHorizontalHeaderLabels({tr("Event"), tr("What"), tr("Book"), tr("Amount")});
    m_ledger->verticalHeader()->hide();
    m_ledger->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ledger->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ledger->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledger->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledger->setAlternatingRowColors(true);
    layout->addWidget(m_ledger, 1);

    connect(&engine, &SyncEngine::syncFinished, this, &MoneyPage::reload);
    connect(&engine, &SyncEngine::outboxChanged, this, &MoneyPage::reload);
    reload();
}

void MoneyPage::setPolicy(const Policy &policy)
{
    m_policy = policy;
    reload();
}

void MoneyPage::reload()
{
    const QJsonObject account = ownAccount(m_store);
    const QString me = account.value(u"id"_s).toString();
    const auto wallet = me.isEmpty() ? Result<std::optional<QJsonObject>>(std::nullopt) : m_store.read(u"wallet"_s, me);
    const QJsonObject figures = wallet && wallet->has_value() ? **wallet : QJsonObject();
    const QStringList roles = [&account] {
        QStringList list;
        for (const QJsonValue &role : account.value(u"roles"_s).toArray())
            list << role.toString();
        return list;
    }();
    const auto cents = [&figures](const QString &key) { return figures.value(key).toInteger(); };

    const Cents earned = cents(u"earned_window_cents"_s);
    const Cents mistakes = cents(u"mistake_pay_window_cents"_s);
    const Cents allowance = cents(u"mistake_allowance_cents"_s);
    const qint64 windowDays = m_policy.mistakes.windowSeconds / 86'400;

    if (account.value(u"suspended"_s).toBool()) {
        const QString reason = account.value(u"suspended_reason"_s).toString();
        m_suspension->setText(u"<b>%1</b><br>%2<br>%3"_s.arg(
                tr("Your account is suspended.").toHtmlEscaped(),
                (reason.isEmpty() ? tr("No reason was recorded.") : reason).toHtmlEscaped(),
                tr("Mistake pay in the last %1 days: %2, over the allowance of %3. You get no new work; "
                   "work you already hold still settles. An administrator can reinstate you.")
                        .arg(windowDays)
                        .arg(ArbitrationText::money(mistakes), ArbitrationText::money(allowance))
                        .toHtmlEscaped()));
        m_suspension->show();
    } else {
        m_suspension->hide();
    }

    const bool worker = roles.contains(u"worker"_s);
    m_workerBox->setVisible(worker);
    if (worker) {
        const Cents threshold = m_policy.payout.thresholdCents;
        // Requested payouts, including one queued here and not yet synced, hold their amount back.
        Cents requested = 0;
        if (const auto payouts = m_store.list(u"payout"_s)) {
            for (const StoredEntity &payout : *payouts) {
                if (payout.data.value(u"state"_s).toString() == u"requested")
                    requested += payout.data.value(u"amount_cents"_s).toInteger();
            }
        }
        m_payoutAvailable = cents(u"earnings_cents"_s) - requested;
        const bool mayRequest = m_payoutAvailable >= threshold && m_payoutAvailable > 0;
        m_requestPayout->setText(mayRequest ? tr("Request payout of %1").arg(ArbitrationText::money(m_payoutAvailable))
                                            : tr("Request payout"));
        m_requestPayout->setEnabled(mayRequest);
        QString state = mayRequest ? tr("You can be paid out %1 now.").arg(ArbitrationText::money(m_payoutAvailable))
                                   : tr("Payouts open once %1 of earnings is available; you have %2.")
                                             .arg(ArbitrationText::money(threshold),
                                                  ArbitrationText::money(std::max<Cents>(0, m_payoutAvailable)));
        if (requested > 0)
            state +=
                    u' ' +
                    tr("Requested and waiting for an administrator to pay: %1.").arg(ArbitrationText::money(requested));
        m_payoutState->setText(state.toHtmlEscaped());
        m_requestPayout->setToolTip(mayRequest ? QString() : m_payoutState->text());
        m_workerFigures->setText(u"<table>%1%2%3%4</table>"_s.arg(
                row(tr("Earnings"), ArbitrationText::money(cents(u"earnings_cents"_s))),
                row(tr("Payout"), mayRequest      ? tr("available")
                                  : requested > 0 ? tr("%1 requested").arg(ArbitrationText::money(requested))
                                                  : tr("from %1 of earnings").arg(ArbitrationText::money(threshold))),
                row(tr("Pay earned in the last %1 days").arg(windowDays), ArbitrationText::money(earned)),
                row(tr("Mistake pay in the last %1 days").arg(windowDays), ArbitrationText::money(mistakes))));
        const int used = allowance > 0 ? static_cast<int>(std::min<Cents>(mistakes * 1000 / allowance, 1000)) : 0;
        m_mistakeBar->setRange(0, 1000);
        m_mistakeBar->setValue(used);
        m_mistakeBar->setFormat(
                tr("%1 of %2 allowance used").arg(ArbitrationText::money(mistakes), ArbitrationText::money(allowance)));
        const Cents floor = applyShareRoundingDown(threshold, m_policy.mistakes.payoutThresholdShareBp);
        const Cents share = applyShareRoundingDown(earned, m_policy.mistakes.earnedShareBp);
        m_mistakeRule->setText(
                tr("Mistake pay is what the platform covers when a panel finds a rejected answer was your fault; "
                   "you are paid in full either way. Over a rolling %1 days it may reach the larger of %2 of the "
                   "payout threshold (%3) and %4 of the pay you earned in the window (%5): %6. Going over suspends "
                   "the account.")
                        .arg(windowDays)
                        .arg(percentOf(m_policy.mistakes.payoutThresholdShareBp), ArbitrationText::money(floor),
                             percentOf(m_policy.mistakes.earnedShareBp), ArbitrationText::money(share),
                             ArbitrationText::money(allowance))
                        .toHtmlEscaped());
    }

    QList<LedgerLine> lines;
    if (const auto entries = m_store.list(u"ledger_entry"_s)) {
        for (const StoredEntity &entry : *entries)
            lines.append(LedgerLine::fromJson(entry.data));
    }
    std::sort(lines.begin(), lines.end(),
              [](const LedgerLine &a, const LedgerLine &b) { return a.id.toLongLong() > b.id.toLongLong(); });

    const bool requester = roles.contains(u"requester"_s);
    m_requesterBox->setVisible(requester);
    if (requester) {
        Cents settlementCharges = 0;
        Cents approvals = 0;
        for (const LedgerLine &line : std::as_const(lines)) {
            if (line.account.startsWith(u"escrow:") && line.kind == u"settlement")
                settlementCharges -= line.amountCents;
            if (line.account.startsWith(u"balance:") && line.kind == u"settlement")
                settlementCharges -= line.amountCents;
            if (line.account.startsWith(u"escrow:") && line.kind == u"approve")
                approvals -= line.amountCents;
        }
        m_requesterFigures->setText(u"<table>%1%2%3%4</table><br>%5"_s.arg(
                row(tr("Balance"), ArbitrationText::money(cents(u"balance_cents"_s))),
                row(tr("In escrow for open answer slots"), ArbitrationText::money(cents(u"escrow_cents"_s))),
                row(tr("Charged for approved answers"), ArbitrationText::money(approvals)),
                row(tr("Charged by panels (share at fault and fees)"), ArbitrationText::money(settlementCharges)),
                tr("Publishing holds pay plus the fee for every answer slot in escrow; approvals and panel "
                   "settlements charge it, and the rest comes back to the balance.")
                        .toHtmlEscaped()));
    }

    m_ledger->setRowCount(0);
    for (const LedgerLine &line : std::as_const(lines)) {
        const int at = m_ledger->rowCount();
        m_ledger->insertRow(at);
        m_ledger->setItem(at, 0, new QTableWidgetItem(QString::number(line.eventId)));
        m_ledger->setItem(at, 1, new QTableWidgetItem(ArbitrationText::ledgerKindLabel(line.kind)));
        m_ledger->setItem(at, 2, new QTableWidgetItem(ArbitrationText::bookLabel(line.account)));
        auto *amount = new QTableWidgetItem(ArbitrationText::signedMoney(line.amountCents));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ledger->setItem(at, 3, amount);
    }
}

void MoneyPage::requestPayout()
{
    const Cents amount = m_payoutAvailable;
    if (amount <= 0 || amount < m_policy.payout.thresholdCents)
        return;
    const QString me = ownAccount(m_store).value(u"id"_s).toString();
    const QString payoutId = newId();
    const QJsonObject shown{{u"id"_s, payoutId},
                            {u"worker_id"_s, me},
                            {u"amount_cents"_s, amount},
                            {u"state"_s, u"requested"_s},
                            {u"requested_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                            {u"paid_at"_s, QJsonValue::Null}};
    const auto queued =
            m_engine.enqueue(u"payout.request@1"_s, {{u"payout_id"_s, payoutId}, {u"amount_cents"_s, amount}},
                             {OverlayWrite::upsert(u"payout"_s, payoutId, shown)});
    reload();
    if (!queued)
        m_payoutState->setText(
                tr("The payout request could not be saved: %1").arg(queued.error().message).toHtmlEscaped());
}

QString MoneyPage::shownText() const
{
    QStringList texts;
    for (QLabel *label : {m_suspension, m_workerFigures, m_mistakeRule, m_payoutState, m_requesterFigures}) {
        if (!label->isHidden() && (label->parentWidget() == this || !label->parentWidget()->isHidden())) {
            QTextDocument document;
            document.setHtml(label->text());
            texts << document.toPlainText();
        }
    }
    if (!m_workerBox->isHidden())
        texts << m_mistakeBar->text();
    return texts.join(u'\n');
}

} // namespace Chrysalis
