#include "ui/editor/goldcontests.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString stateText(const QString &state, bool local)
{
    if (local)
        return GoldContests::tr("%1 · not yet synced")
                .arg(state == u"upheld"      ? GoldContests::tr("Upheld")
                     : state == u"dismissed" ? GoldContests::tr("Dismissed")
                                             : GoldContests::tr("Open"));
    if (state == u"upheld")
        return GoldContests::tr("Upheld");
    if (state == u"dismissed")
        return GoldContests::tr("Dismissed");
    return GoldContests::tr("Open");
}

} // namespace

GoldContests::GoldContests(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    m_intro = new QLabel(tr("Workers whose answer was scored wrong on a test item may say the expected answer is "
                            "wrong. Uphold a contest to make the key accept their answer too (every answer to the "
                            "item is scored again), or dismiss it to let the score stand."),
                         this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("State"), tr("Contested answer"), tr("Worker's reason"), tr("Made")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Gold contests"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("A note to the worker (optional)"));
    m_note->setMaxLength(4000);
    m_uphold = new QPushButton(tr("&Uphold"), this);
    m_uphold->setToolTip(tr("Correct the key to accept this answer and score every answer to the item again"));
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setToolTip(tr("Keep the key; the score stands"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_note, 1);
    actions->addWidget(m_uphold);
    actions->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &GoldContests::updateButtons);
    connect(m_uphold, &QPushButton::clicked, this, [this] { resolveSelected(u"uphold"_s); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { resolveSelected(u"dismiss"_s); });
    connect(&m_engine, &SyncEngine::syncFinished, this, &GoldContests::reload);
    updateButtons();
}

void GoldContests::setTask(const QString &taskId)
{
    m_taskId = taskId;
    m_message->clear();
    reload();
}

QStringList GoldContests::contestIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids.append(m_list->topLevelItem(row)->data(0, Qt::UserRole).toString());
    return ids;
}

void GoldContests::reload()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    QList<StoredEntity> contests;
    if (auto stored = m_store.list(u"gold_contest"_s)) {
        for (const StoredEntity &contest : std::as_const(*stored)) {
            if (!m_taskId.isEmpty() && contest.data.value(u"task_id"_s).toString() == m_taskId)
                contests.append(contest);
        }
    }
    const auto isOpen = [](const StoredEntity &contest) { return contest.data.value(u"state"_s) == u"open"_s; };
    std::stable_sort(contests.begin(), contests.end(), [&](const StoredEntity &a, const StoredEntity &b) {
        if (isOpen(a) != isOpen(b))
            return isOpen(a);
        return a.data.value(u"created_at"_s).toString() > b.data.value(u"created_at"_s).toString();
    });
    m_list->clear();
    int open = 0;
    for (const StoredEntity &contest : std::as_const(contests)) {
        const QJsonObject &fields = contest.data;
        const QString state = fields.value(u"state"_s).toString();
        open += state == u"open" ? 1 : 0;
        const QDateTime made = QDateTime::fromString(fields.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        auto *item = new QTreeWidgetItem(m_list,
                                         {stateText(state, contest.local), fields.value(u"answer_label"_s).toString(),
                                          fields.value(u"reason"_s).toString(),
                                          QLocale().toString(made.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, contest.id);
        item->setData(0, Qt::UserRole + 1, state);
        item->setToolTip(2, fields.value(u"reason"_s).toString());
        if (!fields.value(u"note"_s).toString().isEmpty())
            item->setToolTip(0, tr("Your note: %1").arg(fields.value(u"note"_s).toString()));
        if (contest.id == current)
            m_list->setCurrentItem(item);
    }
    for (int column : {0, 1, 3})
        m_list->resizeColumnToContents(column);
    if (open != m_open) {
        m_open = open;
        Q_EMIT openCountChanged(open);
    }
    updateButtons();
}

void GoldContests::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool open = item && item->data(0, Qt::UserRole + 1).toString() == u"open";
    m_uphold->setEnabled(open);
    m_dismiss->setEnabled(open);
    m_note->setEnabled(open);
}

void GoldContests::resolveSelected(const QString &decision)
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (auto resolved = resolve(item->data(0, Qt::UserRole).toString(), decision, m_note->text()); !resolved)
        m_message->setText(tr("Could not queue the decision: %1").arg(resolved.error().message));
}

Status GoldContests::resolve(const QString &contestId, const QString &decision, const QString &note)
{
    auto contest = m_store.read(u"gold_contest"_s, contestId);
    if (!contest || !contest->has_value() || (*contest)->value(u"state"_s) != u"open"_s)
        return Error{ErrorCode::Validation, tr("This contest is not open."), {}};
    QJsonObject shown = **contest;
    shown.insert(u"state"_s, decision == u"uphold" ? u"upheld"_s : u"dismissed"_s);
    shown.insert(u"note"_s, note.trimmed());
    shown.insert(u"resolved_at"_s, m_engine.serverNow().toString(Qt::ISODateWithMs));
    QJsonObject args{{u"contest_id"_s, contestId}, {u"decision"_s, decision}};
    if (!note.trimmed().isEmpty())
        args.insert(u"note"_s, note.trimmed());
    auto queued = m_engine.enqueue(u"gold.contest_resolve@1"_s, args,
                                   {OverlayWrite::upsert(u"gold_contest"_s, contestId, shown)});
    if (!queued)
        return queued.error();
    m_note->clear();
    m_message->setText(decision == u"uphold" ? tr("Upheld; the key is corrected once the marketplace has it.")
                                             : tr("Dismissed; the worker is told with the next sync."));
    reload();
    return {};
}

} // namespace Chrysalis
