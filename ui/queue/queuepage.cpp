#include "ui/queue/queuepage.h"

#include "core/sync/leasemodel.h"
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "core/sync/taskqueuemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// Tasks the worker may not take are shown, greyed, so it is always clear why something is missing.
class QueueRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(TaskQueueModel::CanTakeRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};

constexpr qint64 kCountCap = 1'000;

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    return label;
}

void setupTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

QueuePage::QueuePage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    m_queue = new TaskQueueModel(store, this);
    m_leases = new LeaseModel(store, this);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search task titles"));
    m_search->setAccessibleName(tr("Search task titles"));
    m_search->setClearButtonEnabled(true);
    m_takeableOnly = new QCheckBox(tr("Only tasks I can take"));
    m_count = new QLabel;
    m_count->setAccessibleName(tr("Tasks shown"));

    m_queueView = new QTableView;
    m_queueView->setObjectName(u"queueView"_s);
    m_queueView->setAccessibleName(tr("Task queue"));
    m_queueView->setModel(m_queue);
    m_queueView->setItemDelegate(new QueueRowDelegate(m_queueView));
    setupTable(m_queueView);
    m_queueView->setSortingEnabled(true);
    m_queueView->horizontalHeader()->setSortIndicator(TaskQueueModel::Hourly, Qt::DescendingOrder);
    m_queueView->horizontalHeader()->setStretchLastSection(false);
    m_queueView->horizontalHeader()->setMinimumSectionSize(48);
    m_queueView->horizontalHeader()->setSectionResizeMode(TaskQueueModel::Title, QHeaderView::Stretch);
    for (int column = TaskQueueModel::Standing; column < TaskQueueModel::ColumnCount; ++column)
        m_queueView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_leaseView = new QTableView;
    m_leaseView->setObjectName(u"leaseView"_s);
    m_leaseView->setAccessibleName(tr("My leased items"));
    m_leaseView->setModel(m_leases);
    connect(m_leaseView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT workRequested(index.siblingAtColumn(0).data(LeaseModel::LeaseIdRole).toString());
    });
    setupTable(m_leaseView);
    m_leaseView->horizontalHeader()->setSectionResizeMode(LeaseModel::Task, QHeaderView::ResizeToContents);
    m_leaseView->horizontalHeader()->setSectionResizeMode(LeaseModel::Item, QHeaderView::Stretch);
    m_leaseView->horizontalHeader()->setSectionResizeMode(LeaseModel::ExpiresIn, QHeaderView::ResizeToContents);

    // The selected task.
    m_details = new QWidget;
    m_details->setObjectName(u"taskDetails"_s);
    m_detailTitle = heading(QString());
    m_detailTitle->setWordWrap(true);
    m_detailEmpty = new QLabel;
    m_detailEmpty->setWordWrap(true);
    m_detailForm = new QWidget;
    auto *facts = new QFormLayout(m_detailForm);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setLabelAlignment(Qt::AlignLeft);
    const auto addFact = [facts](const QString &name) {
        auto *value = new QLabel;
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(name, value);
        return value;
    };
    m_factStanding = addFact(tr("Requester:"));
    m_factPay = addFact(tr("Pay per item:"));
    m_factEstimate = addFact(tr("Time per item:"));
    m_factHourly = addFact(tr("Implied pay per hour:"));
    m_factItems = addFact(tr("Items:"));
    m_factAnswersWanted = addFact(tr("Answers wanted:"));
    m_factTier = addFact(tr("Minimum tier:"));
    m_factWarnings = addFact(tr("Content warnings:"));
    QFont strong = m_factHourly->font();
    strong.setBold(true);
    m_factHourly->setFont(strong);
    m_detailStatus = new QLabel;
    m_detailStatus->setWordWrap(true);
    m_whyButton = new QPushButton(tr("Why can't I take this?"));
    m_whyButton->setCheckable(true);
    m_whyText = new QLabel;
    m_whyText->setWordWrap(true);
    m_whyText->setAccessibleName(tr("Why this task is not offered to you"));
    m_whyText->hide();
    m_openQualification = new QPushButton(tr("Open the &qualification task"));
    m_openQualification->setToolTip(tr("Select the paid qualification this task requires, to claim its items"));
    m_openQualification->hide();
    m_claimCount = new QSpinBox;
    m_claimCount->setRange(1, 500);
    m_claimCount->setValue(20);
    m_claimCount->setAccessibleName(tr("Items to claim"));
    m_claimButton = new QPushButton(tr("&Claim items"));
    m_claimButton->setDefault(true);
    m_claimMessage = new QLabel;
    m_claimMessage->setWordWrap(true);
    auto *claimRow = new QHBoxLayout;
    auto *claimLabel = new QLabel(tr("&Items:"));
    claimLabel->setBuddy(m_claimCount);
    claimRow->addWidget(claimLabel);
    claimRow->addWidget(m_claimCount);
    claimRow->addWidget(m_claimButton, 1);
    auto *detailLayout = new QVBoxLayout(m_details);
    detailLayout->setContentsMargins(16, 4, 8, 8);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailEmpty);
    detailLayout->addWidget(m_detailForm);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(m_detailStatus);
    detailLayout->addWidget(m_whyButton, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_whyText);
    detailLayout->addWidget(m_openQualification, 0, Qt::AlignLeft);
    detailLayout->addSpacing(6);
    detailLayout->addLayout(claimRow);
    detailLayout->addWidget(m_claimMessage);
    detailLayout->addStretch(1);

    auto *leaseBox = new QWidget;
    auto *leaseLayout = new QVBoxLayout(leaseBox);
    leaseLayout->setContentsMargins(0, 8, 0, 0);
    auto *leaseTitle = new QLabel(tr("<b>My leased items</b> — answer them before the time runs out"));
    leaseTitle->setTextFormat(Qt::RichText);
    leaseLayout->addWidget(leaseTitle);
    leaseLayout->addWidget(m_leaseView);
    m_noLeases = new QLabel(tr("No leased items. Pick a task above and claim items to work on them, online or "
                               "offline."));
    m_noLeases->setAlignment(Qt::AlignCenter);
    m_noLeases->setWordWrap(true);
    leaseLayout->addWidget(m_noLeases, 1);
    const auto showLeasesOrHint = [this] {
        const bool none = m_leases->rowCount() == 0;
        m_leaseView->setVisible(!none);
        m_noLeases->setVisible(none);
    };
    connect(m_leases, &QAbstractItemModel::modelReset, this, showLeasesOrHint);
    showLeasesOrHint();

    m_horizontal = new QSplitter(Qt::Horizontal);
    m_horizontal->setObjectName(u"queueDetailSplitter"_s);
    m_horizontal->addWidget(m_queueView);
    m_horizontal->addWidget(m_details);
    m_horizontal->setStretchFactor(0, 1);
    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->setObjectName(u"queueLeaseSplitter"_s);
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(leaseBox);
    m_vertical->setStretchFactor(0, 1);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_takeableOnly);
    filters->addStretch(0);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(heading(tr("Task queue")));
    layout->addLayout(filters);
    layout->addWidget(m_vertical, 1);

    QSettings settings;
    if (!m_horizontal->restoreState(settings.value(u"queue/detailSplitter"_s).toByteArray()))
        m_horizontal->setSizes({760, 300});
    if (!m_vertical->restoreState(settings.value(u"queue/leaseSplitter"_s).toByteArray()))
        m_vertical->setSizes({480, 180});
    connect(m_horizontal, &QSplitter::splitterMoved, this, &QueuePage::saveLayout);
    connect(m_vertical, &QSplitter::splitterMoved, this, &QueuePage::saveLayout);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_queue->setSearch(m_search->text());
        updateCount();
    });
    connect(m_takeableOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_queue->setTakeableOnly(only);
        updateCount();
    });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::showSelected);
    connect(m_queue, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::showSelected,
                Qt::UniqueConnection);
        if (!m_selectedTaskId.isEmpty() && !selectTask(m_selectedTaskId))
            showSelected();
    });
    connect(m_whyButton, &QPushButton::toggled, m_whyText, &QWidget::setVisible);
    connect(m_openQualification, &QPushButton::clicked, this, &QueuePage::openQualification);
    // Keyboard flow: pick a row, Enter, type how many, Alt+C.
    connect(m_queueView, &QAbstractItemView::activated, this, [this] {
        if (m_claimCount->isEnabled()) {
            m_claimCount->setFocus();
            m_claimCount->selectAll();
        }
    });
    connect(m_claimButton, &QPushButton::clicked, this, &QueuePage::claimSelected);
    connect(&m_engine, &SyncEngine::syncFinished, this, &QueuePage::reload);

    m_tick = new QTimer(this);
    m_tick->start(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { m_leases->setNow(m_engine.serverNow()); });
    m_leases->setNow(m_engine.serverNow());

    // Page keys: they work while the queue is on show, wherever the focus is in the window.
    const auto addPageAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    const QAction *find = addPageAction(tr("Search task titles"), QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_search->setToolTip(tr("Search task titles (%1)").arg(find->shortcut().toString(QKeySequence::NativeText)));
    const QAction *takeable = addPageAction(tr("Show only tasks I can take, or all"),
                                            QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_takeableOnly->toggle(); });
    m_takeableOnly->setToolTip(
            tr("Hide the tasks you cannot take (%1)").arg(takeable->shortcut().toString(QKeySequence::NativeText)));
    addPageAction(tr("Go to the task list"), QKeySequence(Qt::CTRL | Qt::Key_J), [this] {
        m_queueView->setFocus(Qt::ShortcutFocusReason);
        if (!m_queueView->currentIndex().isValid() && m_queue->rowCount() > 0)
            m_queueView->setCurrentIndex(m_queue->index(0, 0));
    });
    addPageAction(tr("Go to my leased items"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_leaseView->setFocus(Qt::ShortcutFocusReason);
        if (!m_leaseView->currentIndex().isValid() && m_leases->rowCount() > 0)
            m_leaseView->setCurrentIndex(m_leases->index(0, 0));
    });

    setTabOrder(m_search, m_takeableOnly);
    setTabOrder(m_takeableOnly, m_queueView);
    setTabOrder(m_queueView, m_claimCount);
    setTabOrder(m_claimCount, m_claimButton);
    setTabOrder(m_claimButton, m_leaseView);
    updateCount();
    showSelected();
}

QueuePage::~QueuePage() = default;

void QueuePage::saveLayout()
{
    QSettings settings;
    settings.setValue(u"queue/detailSplitter"_s, m_horizontal->saveState());
    settings.setValue(u"queue/leaseSplitter"_s, m_vertical->saveState());
}

void QueuePage::reload()
{
    m_leases->reload();
    m_queue->reload();
    m_leases->setNow(m_engine.serverNow());
    updateCount();
}

void QueuePage::updateCount()
{
    // Counting every match of a common word in a big cache costs more than the page itself: past
    // kCountCap the label says "1,000+ tasks".
    const qint64 count = m_queue->matchingCount(kCountCap);
    m_count->setText(count >= kCountCap ? tr("%1+ tasks").arg(QLocale().toString(kCountCap))
                                        : tr("%Ln task(s)", nullptr, static_cast<int>(count)));
}

bool QueuePage::selectTask(const QString &taskId)
{
    for (int row = 0;; ++row) {
        while (row >= m_queue->rowCount() && m_queue->canFetchMore({}))
            m_queue->fetchMore({});
        const auto task = m_queue->row(row);
        if (!task)
            return false;
        if (task->id == taskId) {
            m_queueView->setCurrentIndex(m_queue->index(row, 0));
            m_queueView->scrollTo(m_queue->index(row, 0));
            return true;
        }
    }
}

void QueuePage::showSelected()
{
    const QModelIndex current = m_queueView->currentIndex();
    const auto task = current.isValid() ? m_queue->row(current.row()) : std::nullopt;
    m_claimMessage->clear();
    if (!task) {
        m_selectedTaskId.clear();
        m_detailTitle->setText(tr("No task selected"));
        m_detailEmpty->setText(m_queue->rowCount() == 0
                                       ? tr("No tasks match. Sync to fetch new ones, or clear the search.")
                                       : tr("Pick a task to see its terms and claim items."));
        m_detailEmpty->show();
        m_detailForm->hide();
        m_detailStatus->clear();
        m_whyButton->hide();
        m_whyText->hide();
        m_openQualification->hide();
        m_qualificationTaskId.clear();
        m_claimCount->setEnabled(false);
        m_claimButton->setEnabled(false);
        return;
    }
    m_selectedTaskId = task->id;
    m_detailTitle->setText(task->title);
    const auto cell = [&](int column) { return m_queue->index(current.row(), column).data().toString(); };
    m_detailEmpty->hide();
    m_detailForm->show();
    m_factStanding->setText(cell(TaskQueueModel::Standing));
    m_factPay->setText(cell(TaskQueueModel::Pay));
    m_factEstimate->setText(cell(TaskQueueModel::Estimate));
    m_factHourly->setText(cell(TaskQueueModel::Hourly));
    // items_open counts answer slots (items × overlap), which may exceed the items themselves.
    m_factItems->setText(QLocale().toString(task->itemsTotal));
    m_factAnswersWanted->setText(QLocale().toString(task->itemsOpen));
    m_factTier->setText(cell(TaskQueueModel::Tier));
    m_factWarnings->setText(task->contentWarnings.isEmpty() ? tr("none") : task->contentWarnings.join(u", "_s));

    QStringList reasons;
    for (const QString &reason : task->gateReasons)
        reasons.append(u"• "_s + m_queue->gateReasonText(*task, reason));
    m_whyText->setText(reasons.join(u'\n'));
    int held = 0;
    for (const LeaseModel::Lease &lease : m_leases->leases()) {
        if (lease.taskId == task->id)
            ++held;
    }
    QString status = task->canTake ? tr("✓ You can take this task.") : tr("You cannot take this task now.");
    if (held > 0)
        status += u" "_s + tr("You hold %Ln leased item(s) of it.", nullptr, held);
    m_detailStatus->setText(status);
    m_whyButton->setVisible(!task->canTake);
    m_whyText->setVisible(!task->canTake && m_whyButton->isChecked());
    m_qualificationTaskId = m_queue->index(current.row(), 0).data(TaskQueueModel::QualificationTaskIdRole).toString();
    m_openQualification->setVisible(!m_qualificationTaskId.isEmpty());
    if (!m_qualificationTaskId.isEmpty()) {
        if (const auto gate = m_queue->qualificationGate(task->id))
            status += u"\n"_s + TaskQueueModel::qualificationText(*gate);
        m_detailStatus->setText(status);
    }
    // A worker answers each item once, so a claim never takes more items than the task has.
    m_claimCount->setMaximum(static_cast<int>(std::clamp<qint64>(std::min(task->itemsOpen, task->itemsTotal), 1, 500)));
    m_claimCount->setEnabled(task->canTake);
    m_claimButton->setEnabled(task->canTake);
}

bool QueuePage::openQualification()
{
    const QString qualificationId = m_qualificationTaskId;
    if (qualificationId.isEmpty())
        return false;
    if (selectTask(qualificationId))
        return true;
    // The search may hide it; the qualification task is one the worker can take, so the filter does not.
    if (!m_search->text().isEmpty()) {
        m_search->clear();
        m_queue->setSearch(QString());
        if (selectTask(qualificationId))
            return true;
    }
    m_claimMessage->setText(tr("The qualification task is not in your queue: it may be full, or not synced yet."));
    return false;
}

void QueuePage::claimSelected()
{
    const QModelIndex current = m_queueView->currentIndex();
    const auto task = current.isValid() ? m_queue->row(current.row()) : std::nullopt;
    if (!task || !task->canTake)
        return;
    const int count = m_claimCount->value();
    auto id = m_engine.enqueue(u"lease.claim@1"_s, {{u"task_id"_s, task->id}, {u"count"_s, count}});
    if (!id) {
        m_claimMessage->setText(tr("Could not queue the claim: %1").arg(id.error().message));
        return;
    }
    m_claimMessage->setText(tr("Claim of %Ln item(s) queued; your leases appear below once the marketplace "
                               "confirms it.",
                               nullptr, count));
}

} // namespace Chrysalis
