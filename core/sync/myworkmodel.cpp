#include "core/sync/myworkmodel.h"

#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

MyWorkModel::MyWorkModel(LocalStore &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

QString MyWorkModel::statusText(const QString &statusCode)
{
    if (statusCode == u"waiting")
        return tr("Waiting to sync");
    if (statusCode == u"pending_review")
        return tr("Pending review");
    if (statusCode == u"approved")
        return tr("Approved");
    if (statusCode == u"in_conflict")
        return tr("In conflict");
    if (statusCode == u"settled")
        return tr("Settled");
    if (statusCode == u"rejected")
        return tr("Rejected by the server");
    if (statusCode == u"blocked")
        return tr("Blocked");
    return statusCode;
}

QString MyWorkModel::testItemText(const Answer &answer)
{
    if (answer.contestState == u"waiting")
        return tr("Contest waiting to sync");
    if (answer.contestState == u"open")
        return tr("Contested; the requester decides");
    if (answer.contestState == u"upheld")
        return tr("Contest upheld: the key now accepts your answer");
    if (answer.contestState == u"dismissed")
        return tr("Contest dismissed: the score stands");
    if (answer.goldWrong)
        return tr("Scored wrong on a test item");
    return {};
}

int MyWorkModel::rowOf(const QString &answerId) const
{
    for (qsizetype row = 0; row < m_answers.size(); ++row) {
        if (!answerId.isEmpty() && m_answers.at(row).id == answerId)
            return static_cast<int>(row);
    }
    return -1;
}

void MyWorkModel::reload()
{
    auto state = m_store.state();
    const QString me = state ? state->userId : QString();
    const auto taskTitle = [this](const QString &taskId) {
        auto task = m_store.read(u"task"_s, taskId);
        return task && task->has_value() ? (*task)->value(u"title"_s).toString() : tr("(task not synced yet)");
    };

    // The worker's contests by answer: mirrored ones, and local ones not yet acknowledged.
    QHash<QString, StoredEntity> contests;
    if (auto stored = m_store.list(u"gold_contest"_s)) {
        for (const StoredEntity &contest : std::as_const(*stored))
            contests.insert(contest.data.value(u"answer_id"_s).toString(), contest);
    }

    QList<Answer> answers;
    if (auto stored = m_store.list(u"answer"_s)) {
        for (const StoredEntity &entity : std::as_const(*stored)) {
            const QJsonObject &fields = entity.data;
            if (fields.value(u"worker_id"_s).toString() != me && !entity.local)
                continue;
            Answer answer;
            answer.task = taskTitle(fields.value(u"task_id"_s).toString());
            answer.submitted = QDateTime::fromString(fields.value(u"submitted_at"_s).toString(), Qt::ISODateWithMs);
            answer.statusCode = entity.local ? u"waiting"_s : fields.value(u"status"_s).toString();
            if (fields.contains(u"pay_cents"_s))
                answer.payCents = fields.value(u"pay_cents"_s).toInteger();
            answer.note = fields.value(u"reason"_s).toString();
            answer.id = entity.id;
            answer.goldWrong = fields.value(u"gold"_s).toObject().value(u"correct"_s) == QJsonValue(false);
            if (const auto contest = contests.constFind(entity.id); contest != contests.constEnd()) {
                answer.contestState = contest->local ? u"waiting"_s : contest->data.value(u"state"_s).toString();
                answer.contestNote = contest->data.value(u"note"_s).toString();
            }
            answers.append(answer);
        }
    }
    // Answers the marketplace refused never became answer rows: they come from the outbox.
    if (auto refused = m_store.entriesNamed(u"answer.submit@1"_s)) {
        for (const OutboxEntry &entry : std::as_const(*refused)) {
            if (entry.state != OutboxState::Rejected && entry.state != OutboxState::Blocked)
                continue;
            Answer answer;
            auto lease = m_store.read(u"lease"_s, entry.args.value(u"lease_id"_s).toString());
            answer.task = lease && lease->has_value() ? taskTitle((*lease)->value(u"task_id"_s).toString())
                                                      : tr("(unknown task)");
            answer.submitted = entry.createdAt;
            answer.statusCode = entry.state == OutboxState::Rejected ? u"rejected"_s : u"blocked"_s;
            answer.note = entry.outcomeMessage();
            answers.append(answer);
        }
    }
    std::stable_sort(answers.begin(), answers.end(),
                     [](const Answer &a, const Answer &b) { return a.submitted > b.submitted; });

    beginResetModel();
    m_answers = std::move(answers);
    endResetModel();
}

int MyWorkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_answers.size());
}

int MyWorkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyWorkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Answer &answer = m_answers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Task:
            return answer.task;
        case Submitted:
            return QLocale().toString(answer.submitted.toLocalTime(), QLocale::ShortFormat);
        case Status:
            return statusText(answer.statusCode);
        case Pay:
            return answer.payCents >= 0 ? formatCents(answer.payCents) : QString();
        case TestItem:
            return testItemText(answer);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TestItem && !answer.contestNote.isEmpty())
            return tr("The requester's note: %1").arg(answer.contestNote);
        return index.column() == Status && !answer.note.isEmpty() ? QVariant(answer.note) : QVariant();
    case AnswerIdRole:
        return answer.id;
    case GoldWrongRole:
        return answer.goldWrong;
    case ContestStateRole:
        return answer.contestState;
    case CanContestRole:
        return answer.canContest();
    case Qt::TextAlignmentRole:
        return index.column() == Pay ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StatusCodeRole:
        return answer.statusCode;
    case SortValueRole:
        switch (index.column()) {
        case Submitted:
            return answer.submitted;
        case Pay:
            return answer.payCents;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant MyWorkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Task:
        return tr("Task");
    case Submitted:
        return tr("Submitted");
    case Status:
        return tr("Status");
    case Pay:
        return tr("Pay");
    case TestItem:
        return tr("Test item");
    }
    return {};
}

} // namespace Chrysalis
