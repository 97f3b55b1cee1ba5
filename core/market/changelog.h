#pragma once

#include "core/result.h"
#include "core/store/database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chrysalis {

enum class ChangeOp { Upsert, Delete };

// Audience keys say who may receive a change in a pull. A change is offered to a user whose
// audiences include one of its keys; the entity is then rendered for that user, who may still be
// refused (e.g. an arbiter excluded from one panel).
namespace Audience {
QString everyone(); // "public": leaderboards, the policy
QString account(const QString &accountId); // "account:<id>": one person's private data
QString workersFrom(const QString &tierName); // "workers:<tier>": tasks open to this tier and above
QString arbiters(); // "arbiters": gold workers, for open panels
QString client(const QString &clientId); // "client:<id>": one device's mutation outcomes
} // namespace Audience

// One row of the compacted change log: the latest change of one entity for one audience.
struct Change {
    qint64 seq = 0;
    QString entity;
    QString entityId;
    ChangeOp op = ChangeOp::Upsert;
    QString audience;
    qint64 txn = 0; // the first seq of the transaction that wrote it; pages never split a txn
};

// The server's record of what changed, in commit order, for pulls. Writers call touch() inside
// their transaction; flush() runs as the last statement before COMMIT and allocates `seq` from a
// locked counter row, so seq follows commit order on PostgreSQL too (a sequence would let a pull
// skip a late commit). The log keeps one row per (entity, id, audience): a new change moves the
// row to a higher seq, so reading from seq 0 is a complete, paged snapshot.
class ChangeLog
{
public:
    explicit ChangeLog(Database &db);

    static Migration migration(int version);

    // Records that an entity changed, for each audience given. Buffered until flush().
    void touch(const QString &entity, const QString &entityId, const QStringList &audiences,
               ChangeOp op = ChangeOp::Upsert);

    // Marks let a savepoint rollback drop the touches made since the mark.
    qsizetype mark() const { return m_pending.size(); }
    void rollbackTo(qsizetype mark);
    void discard() { m_pending.clear(); }
    bool hasPending() const { return !m_pending.isEmpty(); }

    // Writes the buffered touches with fresh seqs; the open transaction's last statement.
    // Returns the highest seq written (or the current one when nothing was pending).
    Result<qint64> flush();

    // Rows with seq > after for one of the audiences, oldest first: at most limit, except that
    // the last transaction reached is always completed.
    Result<QList<Change>> since(qint64 after, const QStringList &audiences, int limit);
    Result<qint64> currentSeq();

private:
    struct Pending {
        QString entity;
        QString entityId;
        ChangeOp op;
        QString audience;
    };

    Database &m_db;
    QList<Pending> m_pending;
};

} // namespace Chrysalis
