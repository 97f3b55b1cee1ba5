#include "ui/mywork/myworkpage.h"

#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/myworkmodel.h"
#include "core/sync/syncengine.h"
#include "ui/mywork/contestdialog.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QPushButton>

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

MyWorkPage::MyWorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    auto *title = new QLabel(tr("My work"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    m_earnings = new QLabel;
    m_earnings->setTextFormat(Qt::RichText);
    m_earnings->setWordWrap(true);
    m_earnings->setAccessibleName(tr("Earnings"));
    m_model = new MyWorkModel(m_store, this);
    m_answers = new QTreeView;
    m_answers->setModel(m_model);
    m_answers->setAccessibleName(tr("My answers"));
    m_answers->setRootIsDecorated(false);
    m_answers->setItemsExpandable(false);
    m_answers->setAlternatingRowColors(true);
    m_answers->setUniformRowHeights(true);
    m_answers->setStyleSheet(u"QTreeView::item { padding: 4px 2px; }"_s);
    m_answers->header()->setStretchLastSection(false);
    m_answers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_answers->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_empty = new QLabel(tr("No answers yet. Claim items in the task queue and answer them; they show up here "
                            "the moment you submit, even offline."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_answers->header()->setSectionResizeMode(MyWorkModel::TestItem, QHeaderView::ResizeToContents);
    m_contest = new QPushButton(tr("C&ontest…"));
    m_contest->setToolTip(tr("Say why the expected answer of this test item is wrong"));
    m_contestHint = new QLabel;
    m_contestHint->setWordWrap(true);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    auto *contestRow = new QHBoxLayout;
    contestRow->addWidget(m_contest);
    contestRow->addWidget(m_contestHint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(title);
    layout->addWidget(m_earnings);
    layout->addWidget(m_answers, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(contestRow);
    layout->addWidget(m_message);

    connect(m_answers->selectionModel(), &QItemSelectionModel::currentChanged, this, &MyWorkPage::updateContest);
    connect(m_contest, &QPushButton::clicked, this, &MyWorkPage::openContestDialog);

    connect(&m_engine, &SyncEngine::syncFinished, this, &MyWorkPage::reload);
    connect(&m_engine, &SyncEngine::outboxChanged, this, &MyWorkPage::reload);
    reload();
}

QString MyWorkPage::statusText(const QString &status)
{
    return MyWorkModel::statusText(status);
}

void MyWorkPage::reload()
{
    const QString current = m_answers->currentIndex().data(MyWorkModel::AnswerIdRole).toString();
    m_model->reload();
    if (const int row = m_model->rowOf(current); row >= 0)
        m_answers->setCurrentIndex(m_model->index(row, 0));
    updateContest();
    const bool empty = m_model->rowCount() == 0;
    m_answers->setVisible(!empty);
    m_empty->setVisible(empty);

    auto state = m_store.state();
    const QString me = state ? state->userId : QString();
    QJsonObject wallet;
    if (auto row = m_store.read(u"wallet"_s, me); row && row->has_value())
        wallet = **row;
    if (wallet.isEmpty()) {
        m_earnings->setText(tr("Earnings appear after the first sync."));
        return;
    }
    m_earnings->setText(
            tr("<b>Earnings:</b> %1 &nbsp;·&nbsp; earned in the last 90 days: %2 &nbsp;·&nbsp; mistake pay in that "
               "window: %3 of an allowance of %4%5")
                    .arg(formatCents(wallet.value(u"earnings_cents"_s).toInteger()),
                         formatCents(wallet.value(u"earned_window_cents"_s).toInteger()),
                         formatCents(wallet.value(u"mistake_pay_window_cents"_s).toInteger()),
                         formatCents(wallet.value(u"mistake_allowance_cents"_s).toInteger()),
                         wallet.value(u"payout_eligible"_s).toBool() ? tr(" &nbsp;·&nbsp; ready for payout")
                                                                     : QString()));
}

} // namespace Chrysalis

namespace Chrysalis {

void MyWorkPage::updateContest()
{
    const QModelIndex current = m_answers->currentIndex();
    bool anyWrong = false;
    bool anyTestItem = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        anyWrong = anyWrong || m_model->index(row, 0).data(MyWorkModel::GoldWrongRole).toBool();
        anyTestItem = anyTestItem || !m_model->index(row, MyWorkModel::TestItem).data().toString().isEmpty();
    }
    // The column appears with the first answer scored wrong on a test item, and stays for its contest.
    m_answers->setColumnHidden(MyWorkModel::TestItem, !anyTestItem);
    const bool canContest = current.isValid() && current.data(MyWorkModel::CanContestRole).toBool();
    m_contest->setVisible(anyWrong);
    m_contestHint->setVisible(anyWrong);
    m_contest->setEnabled(canContest);
    if (canContest) {
        m_contestHint->setText(tr("This answer was scored wrong on a test item. If the expected answer is "
                                  "wrong, contest it; while the requester decides, the score counts."));
    } else if (current.isValid() && !current.data(MyWorkModel::ContestStateRole).toString().isEmpty()) {
        m_contestHint->setText(tr("This answer is contested already."));
    } else {
        m_contestHint->setText(tr("Answers scored wrong on a test item can be contested: select one."));
    }
}

void MyWorkPage::openContestDialog()
{
    const QModelIndex current = m_answers->currentIndex();
    if (!current.isValid() || !current.data(MyWorkModel::CanContestRole).toBool())
        return;
    const QString answerId = current.data(MyWorkModel::AnswerIdRole).toString();
    ContestDialog dialog(m_model->index(current.row(), MyWorkModel::Task).data().toString(), this);
    Q_EMIT contestDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto sent = contestAnswer(answerId, dialog.reason()); !sent)
        m_message->setText(tr("Could not queue the contest: %1").arg(sent.error().message));
}

Status MyWorkPage::contestAnswer(const QString &answerId, const QString &reason)
{
    const int row = m_model->rowOf(answerId);
    if (row < 0 || !m_model->answer(row).canContest())
        return Error{ErrorCode::Validation, tr("This answer cannot be contested."), {}};
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::Validation, tr("Say why the expected answer is wrong."), {}};
    auto answer = m_store.read(u"answer"_s, answerId);
    if (!answer || !answer->has_value())
        return Error{ErrorCode::NotFound, tr("The answer is not in the local copy."), {}};
    const QString contestId = newId();
    const QJsonObject contest{{u"id"_s, contestId},
                              {u"answer_id"_s, answerId},
                              {u"item_id"_s, (*answer)->value(u"item_id"_s)},
                              {u"task_id"_s, (*answer)->value(u"task_id"_s)},
                              {u"reason"_s, reason.trimmed()},
                              {u"state"_s, u"open"_s},
                              {u"note"_s, QString()},
                              {u"created_at"_s, m_engine.serverNow().toString(Qt::ISODateWithMs)},
                              {u"resolved_at"_s, QJsonValue::Null}};
    auto queued = m_engine.enqueue(
            u"gold.contest@1"_s,
            {{u"contest_id"_s, contestId}, {u"answer_id"_s, answerId}, {u"reason"_s, reason.trimmed()}},
            {OverlayWrite::upsert(u"gold_contest"_s, contestId, contest)});
    if (!queued)
        return queued.error();
    m_message->setText(m_engine.isOnline() ? tr("Contest queued; sending it now.")
                                           : tr("Contest stored; it will be sent when you are back online."));
    reload();
    return {};
}

} // namespace Chrysalis
