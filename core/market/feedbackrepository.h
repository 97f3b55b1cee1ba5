#pragma once

#include "core/domain/feedback.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

struct FeedbackRecord {
    FeedbackTask feedback; // workerId is the real account id
    QStringList sampleItemIds; // the items the feedback worker answers, fixed when it was created
    QStringList acceptedHunks;
    QString adoptedRevisionId; // the markup revision made current by the resolve, if any
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime resolvedAt;
};

// A worker's proposal to reframe a task: a marked-up revision with the reason the framing is wrong.
struct ReframeRecord {
    QString id;
    QString taskId;
    QString workerId;
    QJsonObject markupRevision;
    QString rationale;
    QString state = QStringLiteral("open");
    QDateTime createdAt;
};

// Storage of feedback tasks and reframe proposals: the two ways a task's revision is criticised.
class FeedbackRepository
{
public:
    explicit FeedbackRepository(Database &db) : m_db(db) { }

    Status insert(const FeedbackRecord &record);
    Result<std::optional<FeedbackRecord>> find(const QString &id, bool lock = false);
    // Open → submitted with the worker's work; false when it was no longer open.
    Result<bool> submit(const FeedbackRecord &record);
    // Submitted → resolved; false when it was no longer submitted.
    Result<bool> resolve(const QString &id, const QStringList &acceptedHunks, const QString &adoptedRevisionId,
                         const QDateTime &at);
    // Feedback tasks the worker submitted (resolved or not).
    Result<int> doneCount(const QString &workerId);

    Status insertProposal(const ReframeRecord &record);
    Result<std::optional<ReframeRecord>> proposal(const QString &id);
    // open → adopted or declined, with the hunks taken and the revision they made; false when the
    // proposal was no longer open.
    Result<bool> resolveProposal(const QString &id, const QString &state, const QStringList &acceptedHunks,
                                 const QString &adoptedRevisionId, const QDateTime &at);
    // How a resolved proposal ended: {accepted_hunks, adopted_revision_id, resolved_at} (empty while open).
    Result<QJsonObject> proposalResolution(const QString &id);
    // Proposals of the worker the requesters adopted: "generative reframing" on the worker's profile.
    Result<int> adoptedProposals(const QString &workerId);

private:
    Database &m_db;
};

} // namespace Chrysalis
