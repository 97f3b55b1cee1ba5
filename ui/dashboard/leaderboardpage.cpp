#include "ui/dashboard/leaderboardpage.h"

#include "core/insights/fairwork.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/arbitrationtext.h"
#include "ui/dashboard/dashboardcharts.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QTabWidget>

#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// Shows the viewer's own row in bold and the privacy note in the placeholder colour.
class LeaderboardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(LeaderboardModel::OwnRowRole).toBool())
            option->font.setBold(true);
        if (index.column() == LeaderboardModel::RatingColumn && index.data(LeaderboardModel::RatingHiddenRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (index.column() == LeaderboardModel::PointsColumn || index.column() == LeaderboardModel::RankColumn)
            option->text = QLocale().toString(index.data().toLongLong());
    }
};

} // namespace

LeaderboardPage::LeaderboardPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine), m_model(new LeaderboardModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Leaderboard").toHtmlEscaped()), this));
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto *boardTab = new QWidget(m_tabs);
    auto *boardLayout = new QVBoxLayout(boardTab);
    m_intro = new QLabel(boardTab);
    m_intro->setWordWrap(true);
    boardLayout->addWidget(m_intro);
    m_table = new QTableView(boardTab);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LeaderboardDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LeaderboardModel::RatingColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    boardLayout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No requester has reached butterfly standing yet, so the leaderboard is empty."), boardTab);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    boardLayout->addWidget(m_empty, 1);
    m_tabs->addTab(boardTab, tr("Requesters"));

    m_standingTab = new QWidget(m_tabs);
    auto *standingLayout = new QVBoxLayout(m_standingTab);
    m_progressBox = new QGroupBox(tr("Your standing"), m_standingTab);
    auto *progressLayout = new QVBoxLayout(m_progressBox);
    m_standing = new QLabel(m_progressBox);
    m_standing->setWordWrap(true);
    m_standing->setTextFormat(Qt::RichText);
    progressLayout->addWidget(m_standing);
    m_progressBar = new QProgressBar(m_progressBox);
    m_progressBar->setTextVisible(true);
    progressLayout->addWidget(m_progressBar);
    m_progressNote = new QLabel(m_progressBox);
    m_progressNote->setWordWrap(true);
    progressLayout->addWidget(m_progressNote);
    standingLayout->addWidget(m_progressBox);

    auto *charts = new QHBoxLayout;
    m_chartSlot = new QVBoxLayout;
    charts->addLayout(m_chartSlot, 3);
    m_ratingSlot = new QVBoxLayout;
    charts->addLayout(m_ratingSlot, 2);
    standingLayout->addLayout(charts, 3);
    auto *listLayout = new QVBoxLayout;
    listLayout->addWidget(new QLabel(tr("What earned and cost you points"), m_standingTab));
    m_pointsModel = new PointsHistoryModel(this);
    m_pointsTable = new QTableView(m_standingTab);
    m_pointsTable->setModel(m_pointsModel);
    m_pointsTable->verticalHeader()->hide();
    m_pointsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pointsTable->horizontalHeader()->setSectionResizeMode(PointsHistoryModel::CauseColumn, QHeaderView::Stretch);
    m_pointsTable->setWordWrap(false);
    m_pointsTable->setTextElideMode(Qt::ElideRight);
    m_pointsTable->setAlternatingRowColors(true);
    m_pointsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pointsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    listLayout->addWidget(m_pointsTable, 1);
    standingLayout->addLayout(listLayout, 2);
    m_tabs->addTab(m_standingTab, tr("Your standing"));

    m_boardsTab = new QWidget(m_tabs);
    auto *boardsLayout = new QVBoxLayout(m_boardsTab);
    auto *boardsIntro = new QLabel(tr("Workers who opt in are ranked among their tier under their pseudonym: by "
                                      "approved answers, and by how often their panel votes agreed with the "
                                      "outcome (from 5 votes on closed panels). The boards refresh every half "
                                      "minute."),
                                   m_boardsTab);
    boardsIntro->setWordWrap(true);
    boardsLayout->addWidget(boardsIntro);
    m_boardOptIn = new QCheckBox(tr("Show me on the worker boards of my tier, under my pseudonym"), m_boardsTab);
    boardsLayout->addWidget(m_boardOptIn);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Tier:"), m_boardsTab));
    m_boardTier = new QComboBox(m_boardsTab);
    m_boardTier->addItem(tr("Bronze"), u"bronze"_s);
    m_boardTier->addItem(tr("Silver"), u"silver"_s);
    m_boardTier->addItem(tr("Gold"), u"gold"_s);
    pickers->addWidget(m_boardTier);
    pickers->addSpacing(12);
    pickers->addWidget(new QLabel(tr("Ranked by:"), m_boardsTab));
    m_boardMeasure = new QComboBox(m_boardsTab);
    m_boardMeasure->addItem(tr("Approved answers"), u"approved_answers"_s);
    m_boardMeasure->addItem(tr("Agreement with panel outcomes"), u"arbitration_agreement"_s);
    pickers->addWidget(m_boardMeasure);
    pickers->addStretch(1);
    boardsLayout->addLayout(pickers);
    m_boardModel = new WorkerBoardModel(this);
    m_boardTable = new QTableView(m_boardsTab);
    m_boardTable->setModel(m_boardModel);
    m_boardTable->verticalHeader()->hide();
    m_boardTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_boardTable->horizontalHeader()->setSectionResizeMode(WorkerBoardModel::AgreementColumn, QHeaderView::Stretch);
    m_boardTable->setAlternatingRowColors(true);
    m_boardTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_boardTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    boardsLayout->addWidget(m_boardTable, 1);
    m_boardEmpty = new QLabel(m_boardsTab);
    m_boardEmpty->setWordWrap(true);
    m_boardEmpty->setAlignment(Qt::AlignCenter);
    m_boardEmpty->setForegroundRole(QPalette::PlaceholderText);
    boardsLayout->addWidget(m_boardEmpty, 1);
    m_tabs->addTab(m_boardsTab, tr("Worker boards"));
    connect(m_boardTier, &QComboBox::currentIndexChanged, this, [this] {
        m_boardTierChosen = true;
        reload();
    });
    connect(m_boardMeasure, &QComboBox::currentIndexChanged, this, &LeaderboardPage::reload);
    connect(m_boardOptIn, &QCheckBox::toggled, this, &LeaderboardPage::setBoardOptIn);

    connect(&engine, &SyncEngine::syncFinished, this, &LeaderboardPage::reload);
    connect(&engine, &SyncEngine::outboxChanged, this, &LeaderboardPage::reload);
    reload();
}

void LeaderboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Queued: children take the new palette only after this event, and the charts copy their colours.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        QMetaObject::invokeMethod(this, &LeaderboardPage::reload, Qt::QueuedConnection);
}

void LeaderboardPage::setPolicy(const Policy &policy)
{
    m_policy = policy;
    reload();
}

void LeaderboardPage::reload()
{
    QList<QJsonObject> entries;
    if (const auto stored = m_store.list(u"leaderboard_entry"_s)) {
        for (const StoredEntity &row : *stored)
            entries.append(row.data);
    }
    const QJsonObject account = ownAccount(m_store);
    const OwnStanding own = OwnStanding::fromAccount(account);
    m_model->setRows(leaderboardRows(entries));
    m_model->setOwnPseudonym(own.pseudonym);
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_intro->setText(
            tr("Butterfly requesters, the top %1 by points. Workers rate tasks privately; a requester's rating is "
               "shown only as an aggregate, once at least %2 ratings are in, and it is refreshed only after %3 more.")
                    .arg(m_policy.leaderboard.top)
                    .arg(m_policy.rating.privacyMinRatings)
                    .arg(m_policy.rating.refreshAfterNew));

    reloadWorkerBoards(account);

    bool requester = false;
    for (const QJsonValue &role : account.value(u"roles"_s).toArray())
        requester = requester || role.toString() == u"requester";
    m_tabs->setTabVisible(m_tabs->indexOf(m_standingTab), requester);
    if (!requester)
        return;
    reloadPointsHistory(own.points);
    const bool butterfly = own.standing == u"butterfly";
    const QString rank = own.rank ? tr("rank %1").arg(*own.rank) : tr("not ranked (butterflies only)");
    const QString rating = own.rating ? tr("%1 of 10 from %n rating(s)", nullptr, own.ratingCount)
                                                .arg(QLocale().toString(*own.rating, 'f', 1))
                                      : tr("not published yet (%n rating(s) so far)", nullptr, own.ratingCount);
    m_standing->setText(tr("<b>%1</b> · %2 · %3 points · %4 · rating: %5")
                                .arg(own.pseudonym.toHtmlEscaped(),
                                     (butterfly ? tr("Butterfly") : tr("Caterpillar")).toHtmlEscaped(),
                                     QLocale().toString(own.points), rank.toHtmlEscaped(), rating.toHtmlEscaped()));
    const int up = m_policy.standing.butterflyAtPoints;
    const int down = m_policy.standing.caterpillarBelowPoints;
    const qint64 shown = std::clamp<qint64>(own.points, 0, up);
    m_progressBar->setRange(0, up);
    m_progressBar->setValue(static_cast<int>(shown));
    if (butterfly) {
        m_progressBar->setFormat(tr("%1 points").arg(QLocale().toString(own.points)));
        m_progressNote->setText(tr("You keep butterfly standing while you hold at least %1 points (%2 to spare). "
                                   "Approved tasks without changes add points; ratings of your butterfly tasks "
                                   "add rating − %3 each, booked in batches so no single rating shows; a lost "
                                   "conflict costs points.")
                                        .arg(down)
                                        .arg(own.points - down)
                                        .arg(m_policy.rating.neutral));
    } else {
        m_progressBar->setFormat(tr("%1 of %2 points to butterfly").arg(QLocale().toString(own.points)).arg(up));
        m_progressNote->setText(tr("%n more point(s) to butterfly standing. A task approved without changes in "
                                   "feedback adds points; a conflict you lose costs points.",
                                   nullptr, static_cast<int>(std::max<qint64>(0, up - own.points))));
    }
}

void LeaderboardPage::reloadWorkerBoards(const QJsonObject &account)
{
    bool worker = false;
    for (const QJsonValue &role : account.value(u"roles"_s).toArray())
        worker = worker || role.toString() == u"worker";
    m_boardOptIn->setVisible(worker);
    {
        const QSignalBlocker blocker(m_boardOptIn);
        m_boardOptIn->setChecked(account.value(u"worker_board_opt_in"_s).toBool());
    }
    if (worker && !m_boardTierChosen) {
        const QSignalBlocker blocker(m_boardTier);
        m_boardTier->setCurrentIndex(std::max(0, m_boardTier->findData(account.value(u"tier"_s).toString())));
    }
    QList<QJsonObject> entries;
    if (const auto stored = m_store.list(u"worker_board_entry"_s)) {
        for (const StoredEntity &row : *stored)
            entries.append(row.data);
    }
    const QString measure = m_boardMeasure->currentData().toString();
    m_boardModel->setRows(workerBoardRows(entries, m_boardTier->currentData().toString(), measure));
    m_boardModel->setOwnPseudonym(account.value(u"pseudonym"_s).toString());
    m_boardTable->setColumnHidden(WorkerBoardModel::AgreementColumn, measure != u"arbitration_agreement");
    m_boardTable->horizontalHeader()->setSectionResizeMode(
            measure == u"arbitration_agreement" ? WorkerBoardModel::AgreementColumn : WorkerBoardModel::ApprovedColumn,
            QHeaderView::Stretch);
    const bool empty = m_boardModel->rowCount() == 0;
    m_boardTable->setVisible(!empty);
    m_boardEmpty->setVisible(empty);
    m_boardEmpty->setText(measure == u"arbitration_agreement"
                                  ? tr("No worker of this tier who opted in has voted on 5 closed panels yet.")
                                  : tr("No worker of this tier who opted in has an approved answer yet."));
}

void LeaderboardPage::setBoardOptIn(bool optIn)
{
    const QJsonObject account = ownAccount(m_store);
    const QString id = account.value(u"id"_s).toString();
    QJsonObject shown = account;
    shown.insert(u"worker_board_opt_in"_s, optIn);
    QList<OverlayWrite> overlay;
    if (!id.isEmpty())
        overlay.append(OverlayWrite::upsert(u"account"_s, id, shown));
    if (!m_engine.enqueue(u"profile.update@1"_s, {{u"worker_board_opt_in"_s, optIn}}, overlay)) {
        const QSignalBlocker blocker(m_boardOptIn);
        m_boardOptIn->setChecked(!optIn);
    }
}

bool LeaderboardPage::shownOnItsTab(const QWidget *widget) const
{
    for (const QWidget *w = widget; w && w != this; w = w->parentWidget()) {
        for (int tab = 0; tab < m_tabs->count(); ++tab) {
            if (m_tabs->widget(tab) == w)
                return m_tabs->isTabVisible(tab);
        }
        if (w->isHidden())
            return false;
    }
    return true;
}

void LeaderboardPage::reloadPointsHistory(qint64 currentPoints)
{
    QList<QJsonObject> rows;
    if (const auto stored = m_store.list(u"points_event"_s)) {
        for (const StoredEntity &row : *stored)
            rows.append(row.data);
    }
    const QList<PointsEvent> events = pointsEvents(rows);
    m_pointsModel->setEvents(events);
    delete m_chart;
    if (events.isEmpty()) {
        m_chart = DashboardCharts::emptyNote(
                tr("Your points have not moved yet. A task approved without changes in feedback, batches of "
                   "ratings of your butterfly tasks and lost conflicts will show here."),
                m_standingTab);
    } else {
        const QList<PointsStep> steps = pointsSteps(events, currentPoints);
        const qint64 start = steps.constFirst().points - events.constFirst().delta;
        m_chart = DashboardCharts::pointsChart(steps, start, m_policy.standing.butterflyAtPoints,
                                               m_policy.standing.caterpillarBelowPoints,
                                               QDateTime::currentDateTimeUtc(), m_standingTab);
    }
    m_chartSlot->addWidget(m_chart);

    delete m_ratingChart;
    const QList<int> counts = ratingDistribution(ownAccount(m_store));
    if (counts.isEmpty()) {
        m_ratingChart = DashboardCharts::emptyNote(
                tr("How workers rated your tasks shows here once at least %1 ratings are in, as a whole: no single "
                   "rating is ever shown, and the chart changes only after %2 more.")
                        .arg(m_policy.rating.privacyMinRatings)
                        .arg(m_policy.rating.refreshAfterNew),
                m_standingTab);
    } else {
        QStringList values;
        QList<qreal> bars;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            values << QLocale().toString(m_policy.rating.min + static_cast<int>(i));
            bars << counts.at(i);
        }
        m_ratingChart = DashboardCharts::barChart(tr("How workers rated your tasks"), values, bars,
                                                  tr("Rating (0 to 10)"), tr("Ratings"), true, m_standingTab);
    }
    m_ratingSlot->addWidget(m_ratingChart);
}

QString LeaderboardPage::shownText() const
{
    QStringList parts;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (shownOnItsTab(label) && !label->text().isEmpty())
            parts << QString(label->text()).remove(QRegularExpression(u"<[^>]*>"_s));
    }
    if (m_tabs->isTabVisible(m_tabs->indexOf(m_standingTab)))
        parts << m_progressBar->text();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(row, column).data().toString();
        parts << cells.join(u" | "_s);
    }
    return parts.join(u'\n');
}

} // namespace Chrysalis
