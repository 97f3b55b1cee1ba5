// The review table and conflict queue models over a real LocalStore mirror: checked by
// QAbstractItemModelTester through merges, filters, countdowns and local (outbox) reviews.
#include "core/domain/ids.h"
#include "tests/ui/arbitration/arbitrationtesting.h"
#include "ui/arbitration/answertablemodel.h"
#include "ui/arbitration/conflictqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QPersistentModelIndex>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QDateTime kSubmitted = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

QJsonObject answer(const QString &id, const QString &taskId, const QString &worker, const QString &status,
                   int minutesAfter)
{
    return {{u"id"_s, id},
            {u"task_id"_s, taskId},
            {u"item_id"_s, newId()},
            {u"revision_id"_s, newId()},
            {u"worker_id"_s, newId()},
            {u"worker_pseudonym"_s, worker},
            {u"fields"_s, QJsonObject{{u"label"_s, u"yes"_s}}},
            {u"status"_s, status},
            {u"submitted_at"_s, kSubmitted.addSecs(minutesAfter * 60).toString(Qt::ISODateWithMs)},
            {u"seconds_spent"_s, 30},
            {u"pay_cents"_s, 120}};
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

} // namespace

class ArbitrationModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_mirror = std::make_unique<MirrorFixture>(m_dir.filePath(u"client.db"_s), m_me);
        m_mirror->pull(
                {{u"account"_s, m_me, QJsonObject{{u"id"_s, m_me}, {u"roles"_s, QJsonArray{u"requester"_s}}}},
                 {u"task"_s, m_myTask,
                  QJsonObject{{u"id"_s, m_myTask}, {u"requester_id"_s, m_me}, {u"title"_s, u"Sentiment"_s}}},
                 {u"task"_s, m_otherTask,
                  QJsonObject{
                          {u"id"_s, m_otherTask}, {u"requester_id"_s, newId()}, {u"title"_s, u"Someone else's"_s}}}});
    }

    QTemporaryDir m_dir;
    QString m_me = newId();
    QString m_myTask = newId();
    QString m_otherTask = newId();
    std::unique_ptr<MirrorFixture> m_mirror;
};

TEST_F(ArbitrationModelsTest, AnswerTableShowsOnlyAnswersToOwnTasksAndMergesPullsInPlace)
{
    ModelTestWarningsFail failOnWarnings;
    const QString first = newId();
    const QString second = newId();
    const QString third = newId();
    m_mirror->pull({{u"answer"_s, first, answer(first, m_myTask, u"worker-aaaaaa"_s, u"pending_review"_s, 0)},
                    {u"answer"_s, second, answer(second, m_myTask, u"worker-bbbbbb"_s, u"approved"_s, 5)},
                    {u"answer"_s, third, answer(third, m_otherTask, u"worker-cccccc"_s, u"pending_review"_s, 9)}});

    QDateTime now = kSubmitted.addSecs(86'400);
    AnswerTableModel model(
            m_mirror->store(), [&now] { return now; }, 3 * 86'400);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    EXPECT_EQ(column(model, AnswerTableModel::WorkerColumn), (QStringList{u"worker-aaaaaa"_s, u"worker-bbbbbb"_s}));
    EXPECT_EQ(column(model, AnswerTableModel::TaskColumn), (QStringList{u"Sentiment"_s, u"Sentiment"_s}));
    // Two days of the three left for the pending answer; none for the approved one.
    EXPECT_EQ(model.index(0, 0).data(AnswerTableModel::SecondsToAutoApprovalRole).toLongLong(), 2 * 86'400);
    EXPECT_FALSE(model.index(1, 0).data(AnswerTableModel::SecondsToAutoApprovalRole).isValid());
    EXPECT_EQ(model.index(0, AnswerTableModel::AutoApprovalColumn).data().toString(), u"in 2 d 0 h"_s);
    now = kSubmitted.addSecs(3 * 86'400 - 60);
    EXPECT_EQ(model.index(0, AnswerTableModel::AutoApprovalColumn).data().toString(), u"in 1 min"_s);
    now = kSubmitted.addSecs(3 * 86'400);
    EXPECT_EQ(model.index(0, AnswerTableModel::AutoApprovalColumn).data().toString(), u"due now"_s);

    // A pull approves the first answer, removes the second and adds a fourth: the first row's index survives.
    const QPersistentModelIndex kept(model.index(0, 0));
    const QString fourth = newId();
    m_mirror->pull({{u"answer"_s, first, answer(first, m_myTask, u"worker-aaaaaa"_s, u"approved"_s, 0)},
                    {u"answer"_s, second, QJsonObject()},
                    {u"answer"_s, fourth, answer(fourth, m_myTask, u"worker-dddddd"_s, u"pending_review"_s, 20)}});
    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_TRUE(kept.isValid());
    EXPECT_EQ(kept.data(AnswerTableModel::AnswerIdRole).toString(), first);
    EXPECT_EQ(kept.data(AnswerTableModel::StatusRole).toString(), u"approved"_s);
    EXPECT_EQ(model.index(1, 0).data(AnswerTableModel::AnswerIdRole).toString(), fourth);

    // A review made offline shows at once from the overlay, marked as not sent.
    QJsonObject rejected = answer(fourth, m_myTask, u"worker-dddddd"_s, u"in_conflict"_s, 20);
    ASSERT_TRUE(m_mirror->store()
                        .enqueue(u"answer.review@1"_s, {{u"answer_id"_s, fourth}, {u"decision"_s, u"reject"_s}},
                                 {OverlayWrite::upsert(u"answer"_s, fourth, rejected)})
                        .ok());
    model.reload();
    EXPECT_EQ(model.index(1, 0).data(AnswerTableModel::StatusRole).toString(), u"in_conflict"_s);
    EXPECT_TRUE(model.index(1, 0).data(AnswerTableModel::LocalRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(AnswerTableModel::LocalRole).toBool());
    EXPECT_TRUE(model.index(1, AnswerTableModel::StatusColumn).data().toString().contains(u"not sent"_s));
}

TEST_F(ArbitrationModelsTest, AnswerFilterNarrowsByTaskStatusAndWorker)
{
    ModelTestWarningsFail failOnWarnings;
    const QString secondTask = newId();
    m_mirror->pull({{u"task"_s, secondTask,
                     QJsonObject{{u"id"_s, secondTask}, {u"requester_id"_s, m_me}, {u"title"_s, u"Entities"_s}}}});
    QList<std::tuple<QString, QString, QJsonObject>> answers;
    const QStringList statuses{u"pending_review"_s, u"approved"_s, u"in_conflict"_s, u"pending_review"_s};
    for (int i = 0; i < 4; ++i) {
        const QString id = newId();
        answers.append({u"answer"_s, id,
                        answer(id, i < 2 ? m_myTask : secondTask, i % 2 ? u"worker-ABC123"_s : u"worker-ffffff"_s,
                               statuses.at(i), i)});
    }
    m_mirror->pull(answers);
    const QDateTime now = kSubmitted;
    AnswerTableModel model(
            m_mirror->store(), [now] { return now; }, 3 * 86'400);
    AnswerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(filter.rowCount(), 4);

    filter.setStatus(u"pending_review"_s);
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setTaskId(secondTask);
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setStatus({});
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setWorkerText(u"  abc1 "_s); // any case, trimmed, a substring
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(AnswerTableModel::WorkerPseudonymRole).toString(), u"worker-ABC123"_s);
    filter.setWorkerText(u"abc124"_s);
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setTaskId({});
    filter.setWorkerText({});
    EXPECT_EQ(filter.rowCount(), 4);
}

TEST_F(ArbitrationModelsTest, ConflictQueueSplitsOfferedFromInvolvedAndNeverShowsATally)
{
    ModelTestWarningsFail failOnWarnings;
    const auto conflict = [this](const QString &id, const QString &state, const QString &workerId, int votes) {
        QJsonObject json{{u"id"_s, id},
                         {u"answer_id"_s, newId()},
                         {u"state"_s, state},
                         {u"seats"_s, 5},
                         {u"votes_cast"_s, votes},
                         {u"deadline"_s, kSubmitted.addSecs(3 * 86'400).toString(Qt::ISODateWithMs)},
                         {u"extended"_s, false},
                         {u"worker_id"_s, workerId},
                         {u"requester_id"_s, newId()},
                         {u"reason_code"_s, u"wrong_answer"_s},
                         {u"reason"_s, u"Because."_s},
                         {u"pay_cents"_s, 100},
                         {u"revision"_s, QJsonObject{{u"title"_s, u"Panel task %1"_s.arg(votes)}}}};
        if (state == u"closed") {
            json.insert(u"worker_fault_votes"_s, 3);
            json.insert(u"requester_fault_votes"_s, 2);
        }
        return json;
    };
    const QString offered = newId();
    const QString mine = newId();
    const QString votedClosed = newId();
    const QString myVote = newId();
    m_mirror->pull({{u"conflict"_s, offered, conflict(offered, u"open"_s, newId(), 2)},
                    {u"conflict"_s, mine, conflict(mine, u"open"_s, m_me, 1)},
                    {u"conflict"_s, votedClosed, conflict(votedClosed, u"closed"_s, newId(), 5)},
                    {u"vote"_s, myVote,
                     QJsonObject{{u"id"_s, myVote},
                                 {u"conflict_id"_s, votedClosed},
                                 {u"arbiter_id"_s, m_me},
                                 {u"fault"_s, u"worker"_s},
                                 {u"rationale"_s, u"Mine."_s}}}});

    QDateTime now = kSubmitted.addSecs(86'400);
    ConflictQueueModel offeredModel(m_mirror->store(), ConflictQueueModel::Scope::Offered, [&now] { return now; });
    ConflictQueueModel involvedModel(m_mirror->store(), ConflictQueueModel::Scope::Involved, [&now] { return now; });
    QAbstractItemModelTester offeredTester(&offeredModel, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester involvedTester(&involvedModel, QAbstractItemModelTester::FailureReportingMode::Warning);

    ASSERT_EQ(offeredModel.rowCount(), 1);
    EXPECT_EQ(offeredModel.index(0, 0).data(ConflictQueueModel::ConflictIdRole).toString(), offered);
    EXPECT_EQ(offeredModel.index(0, ConflictQueueModel::SeatsColumn).data().toString(), u"2 of 5"_s);
    EXPECT_EQ(offeredModel.index(0, ConflictQueueModel::DeadlineColumn).data().toString(), u"2 d 0 h left"_s);
    EXPECT_EQ(offeredModel.index(0, ConflictQueueModel::PayColumn).data().toString(), u"$0.40"_s);
    EXPECT_EQ(offeredModel.index(0, ConflictQueueModel::YourPartColumn).data().toString(), u"Not voted"_s);

    ASSERT_EQ(involvedModel.rowCount(), 2);
    QStringList ids = column(involvedModel, 0, ConflictQueueModel::ConflictIdRole);
    EXPECT_TRUE(ids.contains(mine));
    EXPECT_TRUE(ids.contains(votedClosed));
    const int closedRow = involvedModel.rowOf(votedClosed);
    EXPECT_EQ(involvedModel.index(closedRow, ConflictQueueModel::DeadlineColumn).data().toString(), u"Closed"_s);
    EXPECT_EQ(involvedModel.index(closedRow, ConflictQueueModel::YourPartColumn).data().toString(), u"Voted"_s);
    EXPECT_EQ(involvedModel.index(involvedModel.rowOf(mine), ConflictQueueModel::YourPartColumn).data().toString(),
              u"Your answer"_s);
    // No cell carries a split, even of the closed panel: the queue only counts seats.
    for (const ConflictQueueModel *model : {&offeredModel, &involvedModel}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int col = 0; col < model->columnCount(); ++col) {
                const QString text = model->index(row, col).data().toString();
                EXPECT_FALSE(text.contains(u"3 of 5"_s) || text.contains(u"fault"_s, Qt::CaseInsensitive))
                        << text.toStdString();
            }
        }
    }

    // Once the offered panel is withdrawn (sent as a delete), it leaves the queue.
    m_mirror->pull({{u"conflict"_s, offered, QJsonObject()}});
    offeredModel.reload();
    EXPECT_EQ(offeredModel.rowCount(), 0);
}

TEST_F(ArbitrationModelsTest, ATeamPanelIsOfferedToOutsidersAndIsTheMembersOwn)
{
    ModelTestWarningsFail failOnWarnings;
    // A team panel names members by pseudonym only: answer_id is empty and worker_id null.
    const auto teamConflict = [](const QString &id, const QString &teamTaskId) {
        return QJsonObject{{u"id"_s, id},
                           {u"kind"_s, u"team"_s},
                           {u"team_task_id"_s, teamTaskId},
                           {u"answer_id"_s, QString()},
                           {u"worker_id"_s, QJsonValue()},
                           {u"requester_id"_s, newId()},
                           {u"state"_s, u"open"_s},
                           {u"seats"_s, 5},
                           {u"votes_cast"_s, 0},
                           {u"deadline"_s, kSubmitted.addSecs(3 * 86'400).toString(Qt::ISODateWithMs)},
                           {u"extended"_s, false},
                           {u"title"_s, u"Review the checkout screen"_s},
                           {u"reason_code"_s, u"wrong_answer"_s},
                           {u"reason"_s, u"It reviews the login."_s},
                           {u"pay_cents"_s, 2'400}};
    };
    const QString outsiders = newId();
    const QString ours = newId();
    const QString ourTeam = newId();
    m_mirror->pull({{u"conflict"_s, outsiders, teamConflict(outsiders, newId())},
                    {u"conflict"_s, ours, teamConflict(ours, ourTeam)},
                    {u"team_task"_s, ourTeam,
                     QJsonObject{{u"id"_s, ourTeam},
                                 {u"title"_s, u"Review the checkout screen"_s},
                                 {u"my_role"_s, u"tester"_s}}}});

    const QDateTime now = kSubmitted.addSecs(86'400);
    ConflictQueueModel offered(m_mirror->store(), ConflictQueueModel::Scope::Offered, [now] { return now; });
    ConflictQueueModel involved(m_mirror->store(), ConflictQueueModel::Scope::Involved, [now] { return now; });
    QAbstractItemModelTester offeredTester(&offered, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester involvedTester(&involved, QAbstractItemModelTester::FailureReportingMode::Warning);

    // Someone else's team: offered like any panel, under the team task's title, for the arbiter's flat pay.
    ASSERT_EQ(offered.rowCount(), 1);
    EXPECT_EQ(offered.index(0, 0).data(ConflictQueueModel::ConflictIdRole).toString(), outsiders);
    EXPECT_EQ(offered.index(0, ConflictQueueModel::TaskColumn).data().toString(), u"Review the checkout screen"_s);
    EXPECT_EQ(offered.index(0, ConflictQueueModel::PayColumn).data().toString(), u"$0.40"_s);
    // A seat on the team makes its panel the member's own: never offered to vote on, the team's pay at stake.
    ASSERT_EQ(involved.rowCount(), 1);
    EXPECT_EQ(involved.index(0, 0).data(ConflictQueueModel::ConflictIdRole).toString(), ours);
    EXPECT_EQ(involved.index(0, ConflictQueueModel::YourPartColumn).data().toString(), u"Your team's delivery"_s);
    EXPECT_EQ(involved.index(0, ConflictQueueModel::PayColumn).data().toString(), u"$24.00"_s);
}

} // namespace Chrysalis::Testing
