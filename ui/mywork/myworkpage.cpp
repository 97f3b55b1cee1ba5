#include "ui/mywork/myworkpage.h"

#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "ui/mainwindow/attentionpage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

struct AnswerRow {
    QString task;
    QDateTime submitted;
    QString status;
    qint64 payCents = -1; // -1: not known yet
    QString note;
};

} // namespace

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
    m_answers = new QTreeWidget;
    m_answers->setAccessibleName(tr("My answers"));
    m_answers->setRootIsDecorated(false);
    m_answers->setAlternatingRowColors(true);
    m_answers->setHeaderLabels({tr("Task"), tr("Submitted"), tr("Status"), tr("Pay")});
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(title);
    layout->addWidget(m_earnings);
    layout->addWidget(m_answers, 1);
    layout->addWidget(m_empty, 1);

    connect(&m_engine, &SyncEngine::syncFinished, this, &MyWorkPage::reload);
    connect(&m_engine, &SyncEngine::outboxChanged, this, &MyWorkPage::reload);
    reload();
}

QString MyWorkPage::statusText(const QString &status)
{
    if (status == u"pending_review")
        return tr("Pending review");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"in_conflict")
        return tr("In conflict");
    if (status == u"settled")
        return tr("Settled");
    return status;
}

void MyWorkPage::reload()
{
    auto state = m_store.state();
    const QString me = state ? state->userId : QString();
    const auto taskTitle = [this](const QString &taskId) {
        auto task = m_store.read(u"task"_s, taskId);
        return task && task->has_value() ? (*task)->value(u"title"_s).toString() : tr("(task not synced yet)");
    };

    QList<AnswerRow> rows;
    if (auto answers = m_store.list(u"answer"_s)) {
        for (const StoredEntity &answer : std::as_const(*answers)) {
            const QJsonObject &fields = answer.data;
            if (fields.value(u"worker_id"_s).toString() != me && !answer.local)
                continue;
            AnswerRow row;
            row.task = taskTitle(fields.value(u"task_id"_s).toString());
            row.submitted = QDateTime::fromString(fields.value(u"submitted_at"_s).toString(), Qt::ISODateWithMs);
            row.status = answer.local ? tr("Waiting to sync") : statusText(fields.value(u"status"_s).toString());
            if (fields.contains(u"pay_cents"_s))
                row.payCents = fields.value(u"pay_cents"_s).toInteger();
            row.note = fields.value(u"reason"_s).toString();
            rows.append(row);
        }
    }
    // Answers the marketplace refused never became answer rows: show them from the outbox.
    if (auto refused = m_store.entriesNamed(u"answer.submit@1"_s)) {
        for (const OutboxEntry &entry : std::as_const(*refused)) {
            if (entry.state != OutboxState::Rejected && entry.state != OutboxState::Blocked)
                continue;
            AnswerRow row;
            auto lease = m_store.read(u"lease"_s, entry.args.value(u"lease_id"_s).toString());
            row.task = lease && lease->has_value() ? taskTitle((*lease)->value(u"task_id"_s).toString())
                                                   : tr("(unknown task)");
            row.submitted = entry.createdAt;
            row.status = entry.state == OutboxState::Rejected ? tr("Rejected by the server") : tr("Blocked");
            row.note = entry.outcomeMessage();
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const AnswerRow &a, const AnswerRow &b) { return a.submitted > b.submitted; });

    m_answers->clear();
    for (const AnswerRow &row : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(
                m_answers, {row.task, QLocale().toString(row.submitted.toLocalTime(), QLocale::ShortFormat), row.status,
                            row.payCents >= 0 ? formatCents(row.payCents) : QString()});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (!row.note.isEmpty())
            item->setToolTip(2, row.note);
    }
    m_answers->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty());

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
