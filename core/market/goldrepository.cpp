#include "core/market/goldrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kItemColumns = u"SELECT item_id, task_id, expected, accepted, key_version, training FROM gold_item "_s;
const QString kAnswerColumns =
        u"SELECT g.answer_id, g.item_id, g.task_id, g.worker_id, g.label, g.correct, g.training, g.answered_at, "
        "CASE WHEN a.status = 'pending_review' THEN 0 ELSE 1 END FROM gold_answer g JOIN answer a ON a.id = "
        "g.answer_id "_s;
const QString kContestColumns = u"SELECT id, answer_id, item_id, task_id, worker_id, requester_id, reason, state, "
                                "note, created_at, resolved_at FROM gold_contest "_s;

GoldItemRecord readItem(const SqlQuery &query)
{
    GoldItemRecord record;
    record.itemId = query.text(0);
    record.taskId = query.text(1);
    record.expected = Rows::object(query.text(2));
    for (const QJsonValue &label : Rows::array(query.text(3)))
        record.accepted << label.toString();
    record.keyVersion = static_cast<int>(query.int64(4));
    record.training = query.int64(5) != 0;
    return record;
}

GoldAnswerRecord readAnswer(const SqlQuery &query)
{
    GoldAnswerRecord record;
    record.answerId = query.text(0);
    record.itemId = query.text(1);
    record.taskId = query.text(2);
    record.workerId = query.text(3);
    record.label = query.text(4);
    record.correct = query.int64(5) != 0;
    record.training = query.int64(6) != 0;
    record.answeredAt = Rows::fromMs(query.int64(7));
    record.reviewed = query.int64(8) != 0;
    return record;
}

GoldContestState parseState(const QString &name)
{
    if (name == u"upheld")
        return GoldContestState::Upheld;
    if (name == u"dismissed")
        return GoldContestState::Dismissed;
    return GoldContestState::Open;
}

GoldContestRecord readContest(const SqlQuery &query)
{
    GoldContestRecord record;
    record.id = query.text(0);
    record.answerId = query.text(1);
    record.itemId = query.text(2);
    record.taskId = query.text(3);
    record.workerId = query.text(4);
    record.requesterId = query.text(5);
    record.reason = query.text(6);
    record.state = parseState(query.text(7));
    record.note = query.text(8);
    record.createdAt = Rows::fromMs(query.int64(9));
    if (!query.isNull(10))
        record.resolvedAt = Rows::fromMs(query.int64(10));
    return record;
}

QString valueLabel(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray())
        return Rows::json(value.toArray());
    if (value.isObject())
        return Rows::json(value.toObject());
    return {};
}

} // namespace

QString goldContestStateName(GoldContestState state)
{
    switch (state) {
    case GoldContestState::Open:
        return u"open"_s;
    case GoldContestState::Upheld:
        return u"upheld"_s;
    case GoldContestState::Dismissed:
        return u"dismissed"_s;
    }
    return u"open"_s;
}

QString goldLabel(const QJsonObject &expected, const QJsonObject &fields)
{
    if (expected.size() == 1)
        return valueLabel(fields.value(expected.constBegin().key()));
    QJsonObject judged;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        judged.insert(it.key(), fields.value(it.key()).isUndefined() ? QJsonValue() : fields.value(it.key()));
    return Rows::json(judged);
}

Migration GoldRepository::migration(int version)
{
    return {version,
            u"gold_quality"_s,
            {u"CREATE TABLE revision_quality (revision_id {text} PRIMARY KEY REFERENCES task_revision(id), "
             "content {text} NOT NULL)"_s,
             u"CREATE TABLE gold_item (item_id {text} PRIMARY KEY REFERENCES item(id), task_id {text} NOT NULL "
             "REFERENCES task(id), expected {text} NOT NULL, accepted {text} NOT NULL, "
             "key_version {integer} NOT NULL DEFAULT 1, training {integer} NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX gold_item_task ON gold_item (task_id)"_s,
             u"CREATE TABLE gold_answer (answer_id {text} PRIMARY KEY REFERENCES answer(id), item_id {text} NOT NULL, "
             "task_id {text} NOT NULL, worker_id {text} NOT NULL REFERENCES account(id), label {text} NOT NULL, "
             "correct {integer} NOT NULL, training {integer} NOT NULL DEFAULT 0, answered_at {timestamp} NOT NULL)"_s,
             u"CREATE INDEX gold_answer_worker ON gold_answer (worker_id, task_id)"_s,
             u"CREATE INDEX gold_answer_item ON gold_answer (item_id)"_s,
             u"CREATE TABLE gold_contest (id {text} PRIMARY KEY, answer_id {text} NOT NULL UNIQUE REFERENCES "
             "answer(id), item_id {text} NOT NULL, task_id {text} NOT NULL, worker_id {text} NOT NULL REFERENCES "
             "account(id), requester_id {text} NOT NULL REFERENCES account(id), reason {text} NOT NULL, "
             "state {text} NOT NULL, note {text} NOT NULL DEFAULT '', created_at {timestamp} NOT NULL, "
             "resolved_at {timestamp})"_s,
             u"CREATE INDEX gold_contest_worker ON gold_contest (worker_id)"_s}};
}

Status GoldRepository::saveQuality(const QString &revisionId, const RevisionQuality &quality)
{
    if (auto status =
                execute(m_db, u"DELETE FROM revision_quality WHERE revision_id = :id"_s, {{u":id"_s, revisionId}});
        !status)
        return status;
    if (quality.isEmpty())
        return {};
    QJsonObject content;
    quality.insertInto(content);
    return execute(m_db, u"INSERT INTO revision_quality (revision_id, content) VALUES (:id, :content)"_s,
                   {{u":id"_s, revisionId}, {u":content"_s, Rows::json(content)}});
}

Result<RevisionQuality> GoldRepository::quality(const QString &revisionId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT content FROM revision_quality WHERE revision_id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, revisionId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return RevisionQuality{};
    auto quality = RevisionQuality::fromRevisionJson(Rows::object(query.text(0)));
    if (!quality)
        return Error::storage(u"stored quality of revision %1 is unreadable"_s.arg(revisionId));
    return *quality;
}

Status GoldRepository::insertItems(const QList<GoldItemRecord> &items)
{
    for (const GoldItemRecord &item : items) {
        if (auto status =
                    execute(m_db,
                            u"INSERT INTO gold_item (item_id, task_id, expected, accepted, key_version, training) "
                            "VALUES (:item, :task, :expected, :accepted, :version, :training)"_s,
                            {{u":item"_s, item.itemId},
                             {u":task"_s, item.taskId},
                             {u":expected"_s, Rows::json(item.expected)},
                             {u":accepted"_s, Rows::json(item.accepted)},
                             {u":version"_s, item.keyVersion},
                             {u":training"_s, item.training ? 1 : 0}});
            !status)
            return status;
    }
    return {};
}

Result<std::optional<GoldItemRecord>> GoldRepository::item(const QString &itemId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kItemColumns + u"WHERE item_id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, itemId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<GoldItemRecord>();
    return std::optional<GoldItemRecord>(readItem(query));
}

Result<QList<GoldItemRecord>> GoldRepository::items(const QString &taskId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kItemColumns + u"WHERE task_id = :task ORDER BY item_id"_s); !status)
        return status.error();
    query.bind(u":task"_s, taskId);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<GoldItemRecord> items;
    while (query.next())
        items.append(readItem(query));
    return items;
}

Result<int> GoldRepository::itemCount(const QString &taskId)
{
    auto count = scalar(m_db, u"SELECT COUNT(*) FROM gold_item WHERE task_id = :task"_s, {{u":task"_s, taskId}});
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Status GoldRepository::updateKey(const QString &itemId, const QStringList &accepted, int keyVersion)
{
    return execute(m_db, u"UPDATE gold_item SET accepted = :accepted, key_version = :version WHERE item_id = :id"_s,
                   {{u":accepted"_s, Rows::json(accepted)}, {u":version"_s, keyVersion}, {u":id"_s, itemId}});
}

Status GoldRepository::insertAnswer(const GoldAnswerRecord &answer)
{
    return execute(m_db,
                   u"INSERT INTO gold_answer (answer_id, item_id, task_id, worker_id, label, correct, training, "
                   "answered_at) VALUES (:answer, :item, :task, :worker, :label, :correct, :training, :at)"_s,
                   {{u":answer"_s, answer.answerId},
                    {u":item"_s, answer.itemId},
                    {u":task"_s, answer.taskId},
                    {u":worker"_s, answer.workerId},
                    {u":label"_s, answer.label},
                    {u":correct"_s, answer.correct ? 1 : 0},
                    {u":training"_s, answer.training ? 1 : 0},
                    {u":at"_s, Rows::toMs(answer.answeredAt)}});
}

Result<QList<GoldAnswerRecord>> GoldRepository::answersWhere(const QString &where, const SqlBindings &values)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kAnswerColumns + where + u" ORDER BY g.answered_at, g.answer_id"_s); !status)
        return status.error();
    for (const auto &[name, value] : values)
        query.bind(name, value);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<GoldAnswerRecord> answers;
    while (query.next())
        answers.append(readAnswer(query));
    return answers;
}

Result<std::optional<GoldAnswerRecord>> GoldRepository::answer(const QString &answerId)
{
    auto found = answersWhere(u"WHERE g.answer_id = :id"_s, {{u":id"_s, answerId}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<GoldAnswerRecord>();
    return std::optional<GoldAnswerRecord>(found->constFirst());
}

Result<QList<GoldAnswerRecord>> GoldRepository::answersOnItem(const QString &itemId)
{
    return answersWhere(u"WHERE g.item_id = :item"_s, {{u":item"_s, itemId}});
}

Result<QList<GoldAnswerRecord>> GoldRepository::answersOfWorker(const QString &workerId)
{
    return answersWhere(u"WHERE g.worker_id = :worker"_s, {{u":worker"_s, workerId}});
}

Result<QList<GoldAnswerRecord>> GoldRepository::answersOfAllWorkers()
{
    return answersWhere(QString(), {});
}

Result<QList<GoldAnswerRecord>> GoldRepository::answersOfWorkerOnTask(const QString &workerId, const QString &taskId)
{
    return answersWhere(u"WHERE g.worker_id = :worker AND g.task_id = :task"_s,
                        {{u":worker"_s, workerId}, {u":task"_s, taskId}});
}

Status GoldRepository::setCorrect(const QString &answerId, bool correct)
{
    return execute(m_db, u"UPDATE gold_answer SET correct = :correct WHERE answer_id = :id"_s,
                   {{u":correct"_s, correct ? 1 : 0}, {u":id"_s, answerId}});
}

Status GoldRepository::insertContest(const GoldContestRecord &contest)
{
    return execute(m_db,
                   u"INSERT INTO gold_contest (id, answer_id, item_id, task_id, worker_id, requester_id, reason, "
                   "state, note, created_at) VALUES (:id, :answer, :item, :task, :worker, :requester, :reason, "
                   ":state, '', :created)"_s,
                   {{u":id"_s, contest.id},
                    {u":answer"_s, contest.answerId},
                    {u":item"_s, contest.itemId},
                    {u":task"_s, contest.taskId},
                    {u":worker"_s, contest.workerId},
                    {u":requester"_s, contest.requesterId},
                    {u":reason"_s, contest.reason},
                    {u":state"_s, goldContestStateName(contest.state)},
                    {u":created"_s, Rows::toMs(contest.createdAt)}});
}

Result<QList<GoldContestRecord>> GoldRepository::contestsWhere(const QString &where, const SqlBindings &values,
                                                               bool lock)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kContestColumns + where + (lock ? m_db.dialect().lockRowsClause() : QString()));
        !status)
        return status.error();
    for (const auto &[name, value] : values)
        query.bind(name, value);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<GoldContestRecord> contests;
    while (query.next())
        contests.append(readContest(query));
    return contests;
}

Result<std::optional<GoldContestRecord>> GoldRepository::contest(const QString &id, bool lock)
{
    auto found = contestsWhere(u"WHERE id = :id"_s, {{u":id"_s, id}}, lock);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<GoldContestRecord>();
    return std::optional<GoldContestRecord>(found->constFirst());
}

Result<std::optional<GoldContestRecord>> GoldRepository::contestOnAnswer(const QString &answerId)
{
    auto found = contestsWhere(u"WHERE answer_id = :answer"_s, {{u":answer"_s, answerId}}, false);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<GoldContestRecord>();
    return std::optional<GoldContestRecord>(found->constFirst());
}

Result<QList<GoldContestRecord>> GoldRepository::contestsOfWorker(const QString &workerId)
{
    return contestsWhere(u"WHERE worker_id = :worker ORDER BY created_at, id"_s, {{u":worker"_s, workerId}}, false);
}

Result<QList<GoldContestRecord>> GoldRepository::contestsOfAllWorkers()
{
    return contestsWhere(u"ORDER BY created_at, id"_s, {}, false);
}

Result<bool> GoldRepository::resolveContest(const QString &id, GoldContestState state, const QString &note,
                                            const QDateTime &at)
{
    return changedOne(m_db,
                      u"UPDATE gold_contest SET state = :state, note = COALESCE(:note, ''), resolved_at = :at "
                      "WHERE id = :id AND state = 'open'"_s,
                      {{u":state"_s, goldContestStateName(state)},
                       {u":note"_s, note},
                       {u":at"_s, Rows::toMs(at)},
                       {u":id"_s, id}});
}

} // namespace Chrysalis
