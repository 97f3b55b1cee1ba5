// A full rejection → panel → outcome cycle through the pages, by keyboard, against a real
// chrysalis-server --demo on 127.0.0.1: a requester, a worker and six gold arbiters, each on their own
// LocalStore and SyncEngine. One arbiter votes offline and arrives after the close.
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/ui/support/demosession.h"
#include "ui/arbitration/answertablemodel.h"
#include "ui/arbitration/conflictpanelpage.h"
#include "ui/arbitration/conflictqueuemodel.h"
#include "ui/arbitration/conflictqueuepage.h"
#include "ui/arbitration/moneypage.h"
#include "ui/arbitration/outcomeview.h"
#include "ui/arbitration/rejectiondialog.h"
#include "ui/arbitration/reviewpage.h"
#include "ui/arbitration/settlementledger.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

// A page in a window of its own, shown and active so its shortcuts work.
template<typename Page>
std::unique_ptr<Page> showPage(DemoDesk &desk)
{
    auto page = std::make_unique<Page>(*desk.store, *desk.engine, nullptr);
    page->resize(1100, 720);
    page->show();
    QApplication::setActiveWindow(page.get());
    EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
    return page;
}

// Moves the current row of `table` down by keyboard until `accept` holds for it; false when none does.
template<typename Accept>
bool arrowTo(QTableView *table, Accept accept)
{
    table->setFocus();
    if (!table->currentIndex().isValid())
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    for (int step = 0; step <= table->model()->rowCount(); ++step) {
        if (table->currentIndex().isValid() && accept(table->currentIndex()))
            return true;
        QTest::keyClick(table, Qt::Key_Down);
    }
    return false;
}

QList<QJsonObject> entities(LocalStore &store, const QString &entity)
{
    QList<QJsonObject> rows;
    if (const auto listed = store.list(entity)) {
        for (const StoredEntity &row : *listed)
            rows.append(row.data);
    }
    return rows;
}

// Whatever the user's ledger says this settlement moved, from the raw rows (not from the pages).
qint64 settlementNet(LocalStore &store, const QString &kind)
{
    qint64 net = 0;
    for (const QJsonObject &line : entities(store, u"ledger_entry"_s)) {
        if (line.value(u"kind"_s).toString() == kind)
            net += line.value(u"amount_cents"_s).toInteger();
    }
    return net;
}

void saveShot(QWidget &page, const QString &name, bool pageSize = true)
{
    const QString dir = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    if (pageSize)
        page.resize(1100, 720);
    QCoreApplication::processEvents();
    EXPECT_TRUE(page.grab().save(QDir(dir).filePath(name + u".png"_s)));
}

} // namespace

class ArbitrationCycleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_market.ok());
        qApp->setStyle(QStyleFactory::create(u"Fusion"_s));
        qApp->setPalette(lightPalette());
    }
    void TearDown() override { qApp->setPalette(lightPalette()); }

    std::unique_ptr<DemoDesk> signIn(const QString &name) { return std::make_unique<DemoDesk>(m_market.signIn(name)); }

    // Opens `conflictId` from the desk's queue by keyboard (arrows, then Enter) in a panel page.
    std::unique_ptr<ConflictPanelPage> openFromQueue(DemoDesk &desk, const QString &conflictId, bool offered)
    {
        auto queue = showPage<ConflictQueuePage>(desk);
        auto panel = std::make_unique<ConflictPanelPage>(*desk.store, *desk.engine, nullptr);
        QObject::connect(queue.get(), &ConflictQueuePage::conflictActivated, panel.get(),
                         &ConflictPanelPage::setConflict);
        QTableView *table = offered ? queue->offeredTable() : queue->involvedTable();
        EXPECT_TRUE(arrowTo(table, [&](const QModelIndex &index) {
            return index.data(ConflictQueueModel::ConflictIdRole).toString() == conflictId;
        })) << desk.name.toStdString();
        QTest::keyClick(table, Qt::Key_Return);
        EXPECT_EQ(panel->conflictId(), conflictId);
        panel->resize(1100, 720);
        panel->show();
        QApplication::setActiveWindow(panel.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(panel.get()));
        return panel;
    }

    // Votes by keyboard: the fault, the rationale, Ctrl+Return for the confirmation, Space on "cast".
    static void voteByKeyboard(ConflictPanelPage &panel, bool workerFault, const QString &rationale)
    {
        QRadioButton *fault = workerFault ? panel.workerFaultButton() : panel.requesterFaultButton();
        fault->setFocus();
        QTest::keyClick(fault, Qt::Key_Space);
        ASSERT_TRUE(fault->isChecked());
        panel.rationaleEdit()->setFocus();
        QTest::keyClicks(panel.rationaleEdit(), rationale);
        ASSERT_TRUE(panel.castButton()->isEnabled());
        QTest::keyClick(panel.rationaleEdit(), Qt::Key_Return, Qt::ControlModifier);
        ASSERT_TRUE(panel.isConfirming()) << "a vote is cast only after a confirmation";
        ASSERT_EQ(QApplication::focusWidget(), panel.confirmButton());
        QTest::keyClick(panel.confirmButton(), Qt::Key_Space);
        EXPECT_FALSE(panel.isConfirming());
    }

    DemoMarket m_market;
};

TEST_F(ArbitrationCycleTest, RejectionPanelAndOutcomeByKeyboardWithBlindVotesAndTheLedgerShown)
{
    // The requester reviews by keyboard: R on the first answer waiting, a reason quoting the
    // instructions, then A on the next one.
    auto ada = signIn(u"ada"_s);
    auto review = showPage<ReviewPage>(*ada);
    ASSERT_TRUE(arrowTo(review->table(), [](const QModelIndex &index) {
        return index.data(AnswerTableModel::StatusRole).toString() == u"pending_review"_s &&
               index.siblingAtColumn(AnswerTableModel::TaskColumn).data().toString() ==
                       u"Compare two assistant replies"_s; // bea's comparisons
    }));
    const QString rejectedId = review->currentAnswerId();
    saveShot(*review, u"review-light"_s);
    QTest::keyClick(review->table(), Qt::Key_R);
    RejectionDialog *dialog = review->rejectionDialog();
    ASSERT_NE(dialog, nullptr) << "R opens the rejection dialog";
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *code = dialog->findChild<QComboBox *>();
    code->setFocus();
    QTest::keyClick(code, Qt::Key_Down);
    QTest::keyClick(code, Qt::Key_Down);
    EXPECT_EQ(dialog->reasonCode(), u"wrong_answer"_s);
    auto *passages = dialog->findChild<QListWidget *>();
    ASSERT_GT(passages->count(), 0);
    passages->setFocus();
    passages->setCurrentRow(0);
    QTest::keyClick(passages, Qt::Key_Return);
    auto *reason = dialog->findChild<QPlainTextEdit *>();
    QTest::keyClicks(reason, u"The chosen response is the wrong one."_s);
    const QString writtenReason = dialog->reason();
    ASSERT_TRUE(dialog->missing().isEmpty()) << dialog->missing().toStdString();
    saveShot(*dialog, u"rejection-dialog-light"_s, false);
    QApplication::setActiveWindow(dialog);
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(review->rejectionDialog(), nullptr);
    EXPECT_EQ(ada->store->counts()->pending, 1);

    ASSERT_NE(review->currentAnswerId(), rejectedId) << "the next answer waiting is selected";
    const QString approvedId = review->currentAnswerId();
    QApplication::setActiveWindow(review.get());
    QTest::keyClick(review->table(), Qt::Key_A);
    EXPECT_EQ(ada->store->counts()->pending, 2);
    // Offline, the table already shows both reviews.
    const int rejectedRow = review->answerModel()->rowOf(rejectedId);
    EXPECT_EQ(review->answerModel()->index(rejectedRow, 0).data(AnswerTableModel::StatusRole).toString(),
              u"in_conflict"_s);
    EXPECT_TRUE(review->answerModel()->index(rejectedRow, 0).data(AnswerTableModel::LocalRole).toBool());

    ASSERT_TRUE(ada->sync().ok());
    EXPECT_EQ(ada->store->counts()->pending, 0);
    const QJsonObject rejected = **ada->store->read(u"answer"_s, rejectedId);
    EXPECT_EQ(rejected.value(u"status"_s).toString(), u"in_conflict"_s);
    EXPECT_EQ(rejected.value(u"reason"_s).toString().toStdString(), writtenReason.toStdString());
    EXPECT_EQ((**ada->store->read(u"answer"_s, approvedId)).value(u"status"_s).toString(), u"approved"_s);
    const QString conflictId = rejected.value(u"conflict_id"_s).toString();
    ASSERT_FALSE(conflictId.isEmpty());

    // The worker whose answer it was sees the panel deliberate, with nothing to vote on.
    auto bea = signIn(u"bea"_s);
    ASSERT_TRUE(bea->store->read(u"answer"_s, rejectedId)->has_value()) << "bea answered the rejected item";
    {
        auto panel = openFromQueue(*bea, conflictId, false);
        EXPECT_TRUE(panel->shownText().contains(u"This is your answer"_s)) << panel->shownText().toStdString();
        EXPECT_TRUE(panel->workerFaultButton()->isHidden() || !panel->workerFaultButton()->isVisible());
    }

    // gene votes offline first: the vote waits in the outbox.
    auto gene = signIn(u"gene"_s);
    auto genePanel = openFromQueue(*gene, conflictId, true);
    const QString geneRationale = u"The quoted instruction is ambiguous about this case."_s;
    voteByKeyboard(*genePanel, false, geneRationale);
    EXPECT_EQ(gene->store->counts()->pending, 1);
    EXPECT_TRUE(genePanel->shownText().contains(u"Waiting to be sent"_s));

    // Five arbiters vote online, 4 to 1 worker fault. Each sees no other vote before the close.
    const QStringList arbiters{u"gia"_s, u"gus"_s, u"gil"_s, u"gwen"_s, u"gaby"_s};
    QStringList rationales;
    std::vector<std::unique_ptr<DemoDesk>> desks;
    for (qsizetype i = 0; i < arbiters.size(); ++i) {
        auto desk = signIn(arbiters.at(i));
        auto panel = openFromQueue(*desk, conflictId, true);
        const QString seen = panel->shownText();
        for (const QString &earlier : std::as_const(rationales))
            EXPECT_FALSE(seen.contains(earlier)) << arbiters.at(i).toStdString() << " saw an earlier vote";
        EXPECT_FALSE(seen.contains(geneRationale));
        EXPECT_TRUE(seen.contains(u"%1 of 5 seats filled"_s.arg(i))) << seen.toStdString();
        EXPECT_TRUE(panel->outcomeView()->isHidden());
        for (const QJsonObject &vote : entities(*desk->store, u"vote"_s))
            EXPECT_NE(vote.value(u"conflict_id"_s).toString(), conflictId) << "a vote of another arbiter arrived";

        const QString rationale = u"Arbiter judgement number %1 on the quoted passage."_s.arg(i + 1);
        voteByKeyboard(*panel, i < 4, rationale);
        rationales << rationale;
        ASSERT_TRUE(desk->sync().ok());
        if (i < 4) {
            // After voting, still only one's own vote: nothing of the others, no outcome.
            const QString after = panel->shownText();
            EXPECT_TRUE(after.contains(rationale));
            for (qsizetype j = 0; j < i; ++j)
                EXPECT_FALSE(after.contains(rationales.at(j)));
            EXPECT_TRUE(panel->outcomeView()->isHidden());
        }
        desks.push_back(std::move(desk));
    }

    // gene comes back online: the vote arrived after the close and is shown so, rationale kept.
    gene->sync();
    ASSERT_EQ(gene->store->needsAttention()->size(), 1);
    EXPECT_EQ(gene->store->needsAttention()->at(0).outcomeCode, u"CONFLICT_CLOSED"_s);
    genePanel->reload();
    EXPECT_TRUE(genePanel->shownText().contains(u"arrived after the panel closed"_s))
            << genePanel->shownText().toStdString();
    EXPECT_TRUE(genePanel->shownText().contains(geneRationale));

    // The outcome for the worker, the requester and an arbiter: the split, the rationales without
    // names, and a settlement that equals what their own ledgers received.
    ASSERT_TRUE(bea->sync().ok());
    ASSERT_TRUE(ada->sync().ok());
    const QJsonObject closed = **ada->store->read(u"conflict"_s, conflictId);
    ASSERT_EQ(closed.value(u"state"_s).toString(), u"closed"_s);
    const qint64 pay = closed.value(u"pay_cents"_s).toInteger();
    const qint64 mistake = pay * 4 / 5; // ⌊w × P⌋, w = 4/5
    const qint64 fee = (pay + 9) / 10; // ⌈10 % × P⌉
    EXPECT_EQ(closed.value(u"mistake_pay_cents"_s).toInteger(), mistake);
    EXPECT_EQ(closed.value(u"requester_charge_cents"_s).toInteger(), pay - mistake);

    auto beaPanel = openFromQueue(*bea, conflictId, false);
    OutcomeView *beaOutcome = beaPanel->outcomeView();
    ASSERT_FALSE(beaOutcome->isHidden());
    EXPECT_EQ(beaOutcome->shownAmount(u"worker_pay"_s), pay);
    EXPECT_EQ(beaOutcome->shownAmount(u"mistake_pay"_s), mistake);
    EXPECT_EQ(beaOutcome->shownOwnNet(), settlementNet(*bea->store, u"settlement"_s));
    EXPECT_EQ(beaOutcome->shownOwnNet(), pay);
    const QString beaText = beaPanel->shownText();
    EXPECT_TRUE(beaText.contains(u"worker fault 80 %"_s)) << beaText.toStdString();
    for (const QString &rationale : std::as_const(rationales))
        EXPECT_TRUE(beaText.contains(rationale));
    EXPECT_FALSE(beaText.contains(geneRationale)) << "a vote refused after the close is no part of the outcome";
    for (const QString &name : arbiters)
        EXPECT_FALSE(beaText.contains(u"Arbiter %1"_s.arg(name)));

    auto adaPanel = openFromQueue(*ada, conflictId, false);
    OutcomeView *adaOutcome = adaPanel->outcomeView();
    EXPECT_EQ(adaOutcome->shownAmount(u"requester_charge"_s), pay - mistake);
    EXPECT_EQ(adaOutcome->shownAmount(u"arbitration_fee"_s), fee);
    EXPECT_EQ(adaOutcome->shownOwnNet(), settlementNet(*ada->store, u"settlement"_s));
    EXPECT_EQ(adaOutcome->shownOwnNet(), -(pay - mistake + fee));

    DemoDesk &gia = *desks.front();
    ASSERT_TRUE(gia.sync().ok());
    auto giaPanel = openFromQueue(gia, conflictId, false);
    EXPECT_EQ(giaPanel->outcomeView()->shownAmount(u"arbiter_pay"_s), 5 * Policy::defaults().panel.arbiterPayCents);
    EXPECT_EQ(giaPanel->outcomeView()->shownOwnNet(), Policy::defaults().panel.arbiterPayCents);
    EXPECT_EQ(giaPanel->outcomeView()->shownOwnNet(), settlementNet(*gia.store, u"arbiter_pay"_s));

    // The worker's money page shows the mistake pay against the allowance, from the wallet.
    auto money = showPage<MoneyPage>(*bea);
    const QJsonObject wallet = **bea->store->read(u"wallet"_s, bea->accountId);
    EXPECT_EQ(wallet.value(u"mistake_pay_window_cents"_s).toInteger(), mistake);
    const QString moneyText = money->shownText();
    EXPECT_TRUE(moneyText.contains(u"90 days"_s)) << moneyText.toStdString();
    EXPECT_TRUE(moneyText.contains(u"of $90.00 allowance used"_s)) << moneyText.toStdString();

    const CommandResult ledger = runServerCommand({u"admin"_s, u"--db"_s, m_market.databaseUrl(), u"ledger-check"_s});
    EXPECT_EQ(ledger.exitCode, 0) << ledger.standardError.toStdString();

    // Screenshots of every page with this data, light and dark, when asked for.
    if (!qEnvironmentVariableIsEmpty("CHRYSALIS_SCREENSHOT_DIR")) {
        for (const bool dark : {false, true}) {
            qApp->setPalette(dark ? darkPalette() : lightPalette());
            const QString suffix = dark ? u"-dark"_s : u"-light"_s;
            ReviewPage adaReview(*ada->store, *ada->engine);
            adaReview.selectAnswer(rejectedId);
            saveShot(adaReview, u"review"_s + suffix);
            ConflictQueuePage geneQueue(*gene->store, *gene->engine);
            saveShot(geneQueue, u"queue-gold"_s + suffix);
            ConflictQueuePage beaQueue(*bea->store, *bea->engine);
            saveShot(beaQueue, u"queue-bronze"_s + suffix);
            ConflictPanelPage openPanel(*gene->store, *gene->engine);
            const auto offered = entities(*gene->store, u"conflict"_s);
            if (!offered.isEmpty())
                openPanel.setConflict(offered.constFirst().value(u"id"_s).toString());
            openPanel.requesterFaultButton()->setChecked(true);
            openPanel.rationaleEdit()->setPlainText(u"The instructions say sarcasm counts as what the writer means."_s);
            saveShot(openPanel, u"panel-open"_s + suffix);
            ConflictPanelPage late(*gene->store, *gene->engine);
            late.setConflict(conflictId);
            saveShot(late, u"panel-late-vote"_s + suffix);
            ConflictPanelPage outcome(*bea->store, *bea->engine);
            outcome.setConflict(conflictId);
            saveShot(outcome, u"outcome-worker"_s + suffix);
            ConflictPanelPage adaOutcomePage(*ada->store, *ada->engine);
            adaOutcomePage.setConflict(conflictId);
            saveShot(adaOutcomePage, u"outcome-requester"_s + suffix);
            MoneyPage beaMoney(*bea->store, *bea->engine);
            saveShot(beaMoney, u"money-worker"_s + suffix);
            MoneyPage adaMoney(*ada->store, *ada->engine);
            saveShot(adaMoney, u"money-requester"_s + suffix);
        }
    }
}

} // namespace Chrysalis::Testing
