#include "ui/arbitration/reviewpage.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/answertablemodel.h"
#include "ui/arbitration/answerviewer.h"
#include "ui/arbitration/arbitrationtext.h"
#include "ui/arbitration/rejectiondialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

ReviewPage::ReviewPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    m_model = new AnswerTableModel(
            store, [this] { return m_engine.serverNow(); }, m_policy.review.autoApproveSeconds, this);
    m_filter = new AnswerFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Review answers").toHtmlEscaped()), this);
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    auto *taskLabel = new QLabel(tr("&Task"), this);
    m_taskFilter = new QComboBox(this);
    m_taskFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_taskFilter->setMinimumContentsLength(18);
    taskLabel->setBuddy(m_taskFilter);
    auto *statusLabel = new QLabel(tr("&Status"), this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("All"), QString());
    for (const QString &status : {u"pending_review"_s, u"approved"_s, u"in_conflict"_s, u"settled"_s})
        m_statusFilter->addItem(ArbitrationText::answerStatusLabel(status), status);
    statusLabel->setBuddy(m_statusFilter);
    auto *workerLabel = new QLabel(tr("&Worker"), this);
    m_workerFilter = new QLineEdit(this);
    m_workerFilter->setPlaceholderText(tr("pseudonym"));
    m_workerFilter->setClearButtonEnabled(true);
    workerLabel->setBuddy(m_workerFilter);
    filters->addWidget(taskLabel);
    filters->addWidget(m_taskFilter, 2);
    filters->addSpacing(12);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter, 1);
    filters->addSpacing(12);
    filters->addWidget(workerLabel);
    filters->addWidget(m_workerFilter, 1);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AnswerTableModel::TaskColumn, QHeaderView::Stretch);
    for (int column = AnswerTableModel::WorkerColumn; column < AnswerTableModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnHidden(AnswerTableModel::SubmittedColumn, true);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_heading = new QLabel(detail);
    m_heading->setWordWrap(true);
    m_detail = new QLabel(detail);
    m_detail->setWordWrap(true);
    m_viewer = new AnswerViewer(detail);
    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("Approve  (A)"), detail);
    m_reject = new QPushButton(tr("Reject…  (R)"), detail);
    m_approve->setAutoDefault(false);
    m_reject->setAutoDefault(false);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    m_error = new QLabel(detail);
    m_error->setWordWrap(true);
    m_error->hide();
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_viewer, 1);
    detailLayout->addWidget(m_error);
    detailLayout->addLayout(buttons);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *hint = new QLabel(tr("↑/↓ move through the answers, A approves, R rejects. Reviews made offline are "
                               "sent when you are back online."),
                            this);
    hint->setEnabled(false);
    layout->addWidget(hint);

    const auto shortcut = [this](Qt::Key key, void (ReviewPage::*slot)()) {
        auto *action = new QShortcut(QKeySequence(key), this);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::Key_A, &ReviewPage::approveCurrent);
    shortcut(Qt::Key_R, &ReviewPage::rejectCurrent);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approveCurrent);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPage::rejectCurrent);

    connect(m_taskFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTaskId(m_taskFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_workerFilter, &QLineEdit::textChanged, m_filter, &AnswerFilterModel::setWorkerText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::showCurrent);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
            showCurrent();
    });

    connect(&engine, &SyncEngine::syncFinished, this, &ReviewPage::reload);
    connect(&engine, &SyncEngine::outboxChanged, this, &ReviewPage::reload);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(30'000);
    connect(m_countdown, &QTimer::timeout, m_model, &AnswerTableModel::refreshCountdowns);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        const QJsonObject answer = currentAnswer();
        if (!answer.isEmpty())
            m_detail->setText(detailText(answer));
    });
    m_countdown->start();

    reload();
    setFocusProxy(m_table);
}

void ReviewPage::setPolicy(const Policy &policy)
{
    m_policy = policy;
    m_model->setAutoApproveSeconds(policy.review.autoApproveSeconds);
}

void ReviewPage::reload()
{
    m_model->reload();
    const QString chosen = m_taskFilter->currentData().toString();
    const QHash<QString, QString> titles = m_model->taskTitles();
    QSignalBlocker blocker(m_taskFilter);
    m_taskFilter->clear();
    m_taskFilter->addItem(tr("All tasks"), QString());
    QStringList ids = titles.keys();
    std::sort(ids.begin(), ids.end(), [&titles](const QString &a, const QString &b) {
        return titles.value(a).localeAwareCompare(titles.value(b)) < 0;
    });
    for (const QString &id : std::as_const(ids))
        m_taskFilter->addItem(titles.value(id), id);
    m_taskFilter->setCurrentIndex(qMax(0, m_taskFilter->findData(chosen)));
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();
}

QString ReviewPage::currentAnswerId() const
{
    return m_table->currentIndex().data(AnswerTableModel::AnswerIdRole).toString();
}

bool ReviewPage::selectAnswer(const QString &answerId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(AnswerTableModel::AnswerIdRole).toString() == answerId) {
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QJsonObject ReviewPage::currentAnswer() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return {};
    return m_model->rowData(m_filter->mapToSource(index).row());
}

void ReviewPage::showCurrent()
{
    const QJsonObject answer = currentAnswer();
    const bool pending = answer.value(u"status"_s).toString() == u"pending_review";
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
    if (answer.isEmpty()) {
        m_heading->setText(u"<b>%1</b>"_s.arg(tr("No answer selected").toHtmlEscaped()));
        m_detail->clear();
        m_viewer->setPlaceholder(m_model->rowCount() == 0 ? tr("No answers to your tasks yet.")
                                                          : tr("Select an answer to see it against the form."));
        return;
    }
    const QString taskTitle = m_model->taskTitles().value(answer.value(u"task_id"_s).toString());
    m_heading->setText(u"<b>%1</b><br>%2"_s.arg(
            taskTitle.toHtmlEscaped(), tr("Answer by %1 · %2 · took %3 s")
                                               .arg(answer.value(u"worker_pseudonym"_s).toString(),
                                                    ArbitrationText::money(answer.value(u"pay_cents"_s).toInteger()))
                                               .arg(answer.value(u"seconds_spent"_s).toInt())
                                               .toHtmlEscaped()));
    m_detail->setText(detailText(answer));

    const auto revision = m_store.read(u"task_revision"_s, answer.value(u"revision_id"_s).toString());
    const auto item = m_store.read(u"item"_s, answer.value(u"item_id"_s).toString());
    const QJsonArray form = revision && revision->has_value() ? (*revision)->value(u"form"_s).toArray() : QJsonArray();
    const QJsonObject itemData = item && item->has_value() ? (*item)->value(u"data"_s).toObject() : QJsonObject();
    m_viewer->setAnswer(form, answer.value(u"fields"_s).toObject(), itemData);
}

QString ReviewPage::detailText(const QJsonObject &answer) const
{
    const bool pending = answer.value(u"status"_s).toString() == u"pending_review";
    QString detail;
    const QString status = answer.value(u"status"_s).toString();
    if (pending) {
        const QDateTime due = wireTime(answer.value(u"submitted_at"_s)).addSecs(m_policy.review.autoApproveSeconds);
        detail = tr("Approved automatically in %1 unless you review it.")
                         .arg(ArbitrationText::duration(m_engine.serverNow().secsTo(due)));
    } else if (status == u"approved") {
        detail = tr("Approved: the worker was paid.");
    } else {
        detail = tr("Rejected (%1): %2")
                         .arg(ArbitrationText::reasonCodeLabel(answer.value(u"reason_code"_s).toString()),
                              answer.value(u"reason"_s).toString());
        detail += u"\n"_s +
                  (status == u"settled" ? tr("A panel has settled it.") : tr("A panel of arbiters is judging it."));
    }
    return detail;
}

void ReviewPage::approveCurrent()
{
    const QJsonObject answer = currentAnswer();
    if (answer.value(u"status"_s).toString() != u"pending_review" || m_dialog)
        return;
    const int row = m_table->currentIndex().row();
    sendReview(answer, u"approve"_s, {}, {});
    selectNextPending(row);
}

void ReviewPage::rejectCurrent()
{
    const QJsonObject answer = currentAnswer();
    if (answer.value(u"status"_s).toString() != u"pending_review" || m_dialog)
        return;
    const auto revision = m_store.read(u"task_revision"_s, answer.value(u"revision_id"_s).toString());
    const QString instructions =
            revision && revision->has_value() ? (*revision)->value(u"instructions"_s).toString() : QString();
    m_dialog = new RejectionDialog(instructions, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int row = m_table->currentIndex().row();
    connect(m_dialog, &QDialog::accepted, this, [this, answer, row] {
        sendReview(answer, u"reject"_s, m_dialog->reasonCode(), m_dialog->reason());
        selectNextPending(row);
    });
    connect(m_dialog, &QObject::destroyed, this, [this] {
        m_dialog = nullptr;
        m_table->setFocus();
    });
    m_dialog->open();
}

void ReviewPage::sendReview(const QJsonObject &answer, const QString &decision, const QString &code,
                            const QString &reason)
{
    const QString answerId = answer.value(u"id"_s).toString();
    QJsonObject args{{u"answer_id"_s, answerId}, {u"decision"_s, decision}};
    QJsonObject shown = answer;
    if (decision == u"reject") {
        args.insert(u"reason_code"_s, code);
        args.insert(u"reason"_s, reason);
        shown.insert(u"status"_s, u"in_conflict"_s);
        shown.insert(u"reason_code"_s, code);
        shown.insert(u"reason"_s, reason);
    } else {
        shown.insert(u"status"_s, u"approved"_s);
    }
    const auto queued =
            m_engine.enqueue(u"answer.review@1"_s, args, {OverlayWrite::upsert(u"answer"_s, answerId, shown)});
    if (!queued) {
        m_error->setText(tr("The review could not be saved: %1").arg(queued.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT reviewQueued(answerId, decision);
}

void ReviewPage::selectNextPending(int fromRow)
{
    for (int row = qMax(0, fromRow); row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(AnswerTableModel::StatusRole).toString() == u"pending_review") {
            m_table->setCurrentIndex(index);
            return;
        }
    }
    showCurrent();
}

} // namespace Chrysalis
