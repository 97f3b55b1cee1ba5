#pragma once

#include "core/market/revisionquality.h"
#include "core/quality/goldscoring.h"
#include "core/result.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// One gold item's answer key: the expected answer fields as the requester gave them, and the labels
// that count as correct (the expected answer's label, plus any an upheld contest added).
struct GoldItemRecord {
    QString itemId;
    QString taskId;
    QJsonObject expected; // answer fields, only those the key judges
    QStringList accepted;
    int keyVersion = 1;
    bool training = false; // the expected answer is shown to the worker once they answered

    GoldKey key() const { return {itemId, accepted, keyVersion}; }
};

// One scored answer to a gold item. Never shown to the worker unless it was scored wrong.
struct GoldAnswerRecord {
    QString answerId;
    QString itemId;
    QString taskId;
    QString workerId;
    QString label; // goldLabel() of the answer under the item's key
    bool correct = false;
    bool training = false;
    QDateTime answeredAt;
    bool reviewed = false; // the answer left pending_review: only then may its worker learn anything of it
};

enum class GoldContestState { Open, Upheld, Dismissed };
QString goldContestStateName(GoldContestState state); // "open", "upheld", "dismissed"

// A worker's claim that a gold item's key was wrong about their answer.
struct GoldContestRecord {
    QString id;
    QString answerId;
    QString itemId;
    QString taskId;
    QString workerId;
    QString requesterId;
    QString reason;
    GoldContestState state = GoldContestState::Open;
    QString note;
    QDateTime createdAt;
    QDateTime resolvedAt;
};

// The label of an answer under a gold key: the expected answer's fields taken from the answer, as
// text for one field (a string as it is, a number in digits) and as compact JSON for several.
QString goldLabel(const QJsonObject &expected, const QJsonObject &fields);

// Storage of the quality side of tasks: the quality keys of revisions, gold keys, scored gold answers
// and gold contests; all of their SQL.
class GoldRepository
{
public:
    // Tables revision_quality, gold_item, gold_answer and gold_contest.
    static Migration migration(int version);

    explicit GoldRepository(Database &db) : m_db(db) { }

    // An empty quality deletes the row: the revision then has the defaults.
    Status saveQuality(const QString &revisionId, const RevisionQuality &quality);
    Result<RevisionQuality> quality(const QString &revisionId);

    Status insertItems(const QList<GoldItemRecord> &items);
    Result<std::optional<GoldItemRecord>> item(const QString &itemId);
    Result<QList<GoldItemRecord>> items(const QString &taskId);
    Result<int> itemCount(const QString &taskId);
    Status updateKey(const QString &itemId, const QStringList &accepted, int keyVersion);

    Status insertAnswer(const GoldAnswerRecord &answer);
    Result<std::optional<GoldAnswerRecord>> answer(const QString &answerId);
    Result<QList<GoldAnswerRecord>> answersOnItem(const QString &itemId);
    Result<QList<GoldAnswerRecord>> answersOfWorker(const QString &workerId);
    Result<QList<GoldAnswerRecord>> answersOfAllWorkers(); // for recomputing every worker at once
    Result<QList<GoldAnswerRecord>> answersOfWorkerOnTask(const QString &workerId, const QString &taskId);
    Status setCorrect(const QString &answerId, bool correct);

    Status insertContest(const GoldContestRecord &contest);
    Result<std::optional<GoldContestRecord>> contest(const QString &id, bool lock = false);
    Result<std::optional<GoldContestRecord>> contestOnAnswer(const QString &answerId);
    Result<QList<GoldContestRecord>> contestsOfWorker(const QString &workerId);
    Result<QList<GoldContestRecord>> contestsOfAllWorkers();
    // Open → upheld or dismissed; false when it was no longer open.
    Result<bool> resolveContest(const QString &id, GoldContestState state, const QString &note, const QDateTime &at);

private:
    Result<QList<GoldAnswerRecord>> answersWhere(const QString &where, const SqlBindings &values);
    Result<QList<GoldContestRecord>> contestsWhere(const QString &where, const SqlBindings &values, bool lock);

    Database &m_db;
};

} // namespace Chrysalis
