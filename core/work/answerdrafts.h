#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Chrysalis {

class Database;

// An answer a worker has started but not submitted, as last autosaved.
struct AnswerDraft {
    QString leaseId;
    QJsonObject fields;
    int secondsSpent = 0;
    QDateTime savedAt;
};

// Autosaved answer drafts in their own small SQLite file, keyed by lease id, so a crash or a restart
// loses at most the last debounce interval of work. Never touches the sync database: a draft is not an
// answer until it is submitted through the outbox. One connection, used on the thread that opened it.
class AnswerDrafts
{
public:
    // Opens (creating and migrating) the file with client durability.
    static Result<std::unique_ptr<AnswerDrafts>> open(const QString &path);
    ~AnswerDrafts();

    AnswerDrafts(const AnswerDrafts &) = delete;
    AnswerDrafts &operator=(const AnswerDrafts &) = delete;

    // Replaces the draft of the lease. The caller debounces: this commits every time.
    Status save(const QString &leaseId, const QJsonObject &fields, int secondsSpent);
    // nullopt when the lease has no draft; a Storage error naming the lease when the stored row is
    // damaged (remove() it to start over).
    Result<std::optional<AnswerDraft>> load(const QString &leaseId);
    // After a submit or a release. Removing a lease without a draft is not an error.
    Status remove(const QString &leaseId);
    // Every lease with a draft, in lease id order.
    Result<QStringList> leaseIds();

private:
    explicit AnswerDrafts(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
};

} // namespace Chrysalis
