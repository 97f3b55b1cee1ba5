#include "ui/arbitration/conflictqueuepage.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/arbitrationtext.h"
#include "ui/arbitration/conflictqueuemodel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

ConflictQueuePage::ConflictQueuePage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    const auto now = [this] { return m_engine.serverNow(); };
    m_offered = new ConflictQueueModel(store, ConflictQueueModel::Scope::Offered, now, this);
    m_involved = new ConflictQueueModel(store, ConflictQueueModel::Scope::Involved, now, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Conflict panels").toHtmlEscaped()), this));
    auto *offeredLabel = new QLabel(
            u"<b>%1</b> — %2"_s.arg(tr("Open panels you may sit on").toHtmlEscaped(),
                                    tr("votes are blind and final; every arbiter who votes is paid").toHtmlEscaped()),
            this);
    offeredLabel->setWordWrap(true);
    layout->addWidget(offeredLabel);
    m_offeredTable = makeTable(m_offered);
    layout->addWidget(m_offeredTable, 3);
    m_offeredEmpty = new QLabel(this);
    m_offeredEmpty->setWordWrap(true);
    layout->addWidget(m_offeredEmpty);

    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    m_why->setFrameShape(QFrame::StyledPanel);
    m_why->setMargin(8);
    layout->addWidget(m_why);

    layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Your conflicts").toHtmlEscaped()), this));
    m_involvedTable = makeTable(m_involved);
    layout->addWidget(m_involvedTable, 2);
    m_involvedEmpty = new QLabel(tr("No conflict involves you yet: your rejected answers, your rejections and the "
                                    "panels you voted on appear here."),
                                 this);
    m_involvedEmpty->setWordWrap(true);
    layout->addWidget(m_involvedEmpty);
    layout->addStretch(0);
    auto *hint = new QLabel(tr("Enter opens the selected conflict."), this);
    hint->setEnabled(false);
    layout->addWidget(hint);

    connect(&engine, &SyncEngine::syncFinished, this, &ConflictQueuePage::reload);
    connect(&engine, &SyncEngine::outboxChanged, this, &ConflictQueuePage::reload);
    auto *countdown = new QTimer(this);
    countdown->setInterval(30'000);
    connect(countdown, &QTimer::timeout, m_offered, &ConflictQueueModel::refreshCountdowns);
    connect(countdown, &QTimer::timeout, m_involved, &ConflictQueueModel::refreshCountdowns);
    countdown->start();
    setFocusProxy(m_offeredTable);
    reload();
}

QTableView *ConflictQueuePage::makeTable(ConflictQueueModel *model)
{
    auto *table = new QTableView(this);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(ConflictQueueModel::TaskColumn, QHeaderView::Stretch);
    for (int column = ConflictQueueModel::ReasonColumn; column < ConflictQueueModel::ColumnCount; ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT conflictActivated(index.data(ConflictQueueModel::ConflictIdRole).toString());
    });
    return table;
}

void ConflictQueuePage::setPolicy(const Policy &policy)
{
    m_offered->setPolicy(policy);
    m_involved->setPolicy(policy);
}

QString ConflictQueuePage::notOfferedText() const
{
    return m_why->isHidden() ? QString() : m_why->text();
}

void ConflictQueuePage::reload()
{
    m_offered->reload();
    m_involved->reload();
    if (!m_offeredTable->currentIndex().isValid() && m_offered->rowCount() > 0)
        m_offeredTable->setCurrentIndex(m_offered->index(0, 0));
    if (!m_involvedTable->currentIndex().isValid() && m_involved->rowCount() > 0)
        m_involvedTable->setCurrentIndex(m_involved->index(0, 0));

    // Why no panel (or not this panel) is offered: the account's own gates, then what the server
    // said when it refused a vote.
    const QJsonObject account = ownAccount(m_store);
    QStringList reasons;
    if (!account.isEmpty()) {
        if (account.value(u"suspended"_s).toBool())
            reasons << ArbitrationText::gateReasonText(u"suspended"_s);
        if (account.value(u"tier"_s).toString() != u"gold")
            reasons << ArbitrationText::gateReasonText(u"conflict_needs_gold"_s);
    }
    QStringList late;
    if (const auto refused = m_store.needsAttention()) {
        for (const OutboxEntry &entry : *refused) {
            if (entry.name != u"vote.cast@1" || entry.state != OutboxState::Rejected)
                continue;
            const QString rationale = entry.args.value(u"rationale"_s).toString();
            if (entry.outcomeCode == u"CONFLICT_CLOSED") {
                late << tr("Your vote “%1” arrived after its panel closed and was not counted.").arg(rationale);
                continue;
            }
            const QJsonObject details = entry.outcome.value(u"details"_s).toObject();
            QStringList why;
            for (const QJsonValue &reason : details.value(u"reasons"_s).toArray())
                why << ArbitrationText::gateReasonText(reason.toString());
            if (why.isEmpty())
                why << entry.outcomeMessage();
            reasons << tr("The server refused your vote “%1”: %2").arg(rationale, why.join(u' '));
        }
    }
    m_offeredEmpty->setText(m_offered->rowCount() == 0 ? tr("No open panel is offered to you right now.") : QString());
    m_offeredEmpty->setVisible(m_offered->rowCount() == 0);
    m_offeredTable->setVisible(m_offered->rowCount() > 0);
    if (reasons.isEmpty() && m_offered->rowCount() == 0) {
        reasons << tr("Panels are never offered to the worker whose answer is judged, to the requester, or to "
                      "anyone who answered the same item; once a panel is full or closed it leaves the queue.");
    }
    const auto section = [](const QString &title, const QStringList &lines) {
        QStringList escaped;
        for (const QString &line : lines)
            escaped << line.toHtmlEscaped();
        return lines.isEmpty() ? QString() : u"<b>%1</b><br>%2"_s.arg(title.toHtmlEscaped(), escaped.join(u"<br>"_s));
    };
    QStringList sections{section(tr("Why is a panel not offered?"), reasons),
                         section(tr("Votes that came too late"), late)};
    sections.removeAll(QString());
    m_why->setText(sections.join(u"<br><br>"_s));
    m_why->setVisible(!sections.isEmpty());
    m_involvedEmpty->setVisible(m_involved->rowCount() == 0);
    m_involvedTable->setVisible(m_involved->rowCount() > 0);
}

} // namespace Chrysalis
