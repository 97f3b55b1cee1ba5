#include "core/market/accountrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kAccountTable = u"account"_s;
const QString kColumns = u"SELECT id, username, pseudonym, public_id, password_hash, roles, tier, standing, points, "
                         "suspended, suspended_reason, suspended_at, skills, content_opt_ins, limits, scope_epoch, "
                         "created_at FROM account "_s;

AccountRecord readAccount(const SqlQuery &query)
{
    AccountRecord record;
    record.account.id = query.text(0);
    record.account.username = query.text(1);
    record.account.pseudonym = query.text(2);
    record.publicId = query.text(3);
    record.passwordHash = query.text(4);
    record.account.roles = parseRoles(Rows::stringList(query.text(5))).valueOr(Roles());
    record.account.tier = parseTier(query.text(6)).valueOr(Tier::Bronze);
    record.account.standing = parseStanding(query.text(7)).valueOr(Standing::Caterpillar);
    record.account.points = static_cast<int>(query.int64(8));
    record.account.suspended = query.int64(9) != 0;
    record.suspendedReason = query.text(10);
    record.suspendedAt = query.isNull(11) ? QDateTime() : Rows::fromMs(query.int64(11));
    record.account.skills = Rows::stringList(query.text(12));
    record.contentOptIns = Rows::stringList(query.text(13));
    record.limits = Rows::object(query.text(14));
    record.scopeEpoch = query.int64(15);
    record.createdAt = Rows::fromMs(query.int64(16));
    return record;
}

} // namespace

Status AccountRepository::insert(const AccountRecord &record)
{
    const Account &account = record.account;
    return execute(m_db,
                   u"INSERT INTO account (id, username, pseudonym, public_id, password_hash, roles, tier, standing, "
                   "points, suspended, suspended_reason, skills, content_opt_ins, limits, scope_epoch, created_at) "
                   "VALUES (:id, :username, :pseudonym, :public_id, :hash, :roles, :tier, :standing, :points, "
                   ":suspended, :reason, :skills, :opt_ins, :limits, :epoch, :created_at)"_s,
                   {{u":id"_s, account.id},
                    {u":username"_s, account.username},
                    {u":pseudonym"_s, account.pseudonym},
                    {u":public_id"_s, record.publicId},
                    {u":hash"_s, record.passwordHash},
                    {u":roles"_s, Rows::json(roleNames(account.roles))},
                    {u":tier"_s, tierName(account.tier)},
                    {u":standing"_s, standingName(account.standing)},
                    {u":points"_s, account.points},
                    {u":suspended"_s, account.suspended ? 1 : 0},
                    {u":reason"_s, Rows::textOrNull(record.suspendedReason)},
                    {u":skills"_s, Rows::json(account.skills)},
                    {u":opt_ins"_s, Rows::json(record.contentOptIns)},
                    {u":limits"_s, Rows::json(record.limits)},
                    {u":epoch"_s, record.scopeEpoch},
                    {u":created_at"_s, Rows::toMs(record.createdAt)}});
}

Result<QList<AccountRecord>> AccountRepository::select(const QString &where, const QString &key, const QVariant &value,
                                                       bool lock)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kColumns + where + (lock ? m_db.dialect().lockRowsClause() : QString())); !status)
        return status.error();
    if (!key.isEmpty())
        query.bind(key, value);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<AccountRecord> records;
    while (query.next())
        records.append(readAccount(query));
    return records;
}

Result<std::optional<AccountRecord>> AccountRepository::find(const QString &id, bool lock)
{
    // Every mutation of a push reads its actor: the transaction's read cache answers all but the
    // first. A read that must take a row lock (PostgreSQL) always asks the database.
    const bool takesLock = lock && !m_db.dialect().lockRowsClause().isEmpty();
    ReadCache *cache = m_db.readCache();
    if (cache && !takesLock) {
        if (auto kept = cache->find<std::optional<AccountRecord>>(kAccountTable, id))
            return *kept;
    }
    auto rows = select(u"WHERE id = :id"_s, u":id"_s, id, lock);
    if (!rows)
        return rows.error();
    std::optional<AccountRecord> found;
    if (!rows->isEmpty())
        found = rows->constFirst();
    if (cache)
        cache->insert(kAccountTable, id, found);
    return found;
}

Result<std::optional<AccountRecord>> AccountRepository::findByUsername(const QString &username)
{
    auto rows = select(u"WHERE username = :username"_s, u":username"_s, username, false);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<AccountRecord>();
    return std::optional<AccountRecord>(rows->constFirst());
}

Result<bool> AccountRepository::pseudonymTaken(const QString &pseudonym)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT COUNT(*) FROM account WHERE pseudonym = :p"_s); !status)
        return status.error();
    query.bind(u":p"_s, pseudonym);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() && query.int64(0) > 0;
}

Result<QList<AccountRecord>> AccountRepository::workersAboveBronze()
{
    auto rows = select(u"WHERE tier <> 'bronze' ORDER BY id"_s, {}, {}, false);
    if (!rows)
        return rows.error();
    QList<AccountRecord> workers;
    for (const AccountRecord &record : std::as_const(*rows)) {
        if (record.isWorker())
            workers.append(record);
    }
    return workers;
}

Result<QList<AccountRecord>> AccountRepository::butterflyRequesters()
{
    auto rows = select(u"WHERE standing = 'butterfly' ORDER BY id"_s, {}, {}, false);
    if (!rows)
        return rows.error();
    QList<AccountRecord> requesters;
    for (const AccountRecord &record : std::as_const(*rows)) {
        if (record.isRequester())
            requesters.append(record);
    }
    return requesters;
}

Status AccountRepository::setTier(const QString &id, Tier tier)
{
    return execute(m_db, u"UPDATE account SET tier = :tier WHERE id = :id"_s,
                   {{u":tier"_s, tierName(tier)}, {u":id"_s, id}});
}

Status AccountRepository::setStanding(const QString &id, Standing standing)
{
    return execute(m_db, u"UPDATE account SET standing = :standing WHERE id = :id"_s,
                   {{u":standing"_s, standingName(standing)}, {u":id"_s, id}});
}

Status AccountRepository::bumpScopeEpoch(const QString &id)
{
    return execute(m_db, u"UPDATE account SET scope_epoch = scope_epoch + 1 WHERE id = :id"_s, {{u":id"_s, id}});
}

Status AccountRepository::suspend(const QString &id, const QString &reason, const QDateTime &at)
{
    return execute(m_db,
                   u"UPDATE account SET suspended = 1, suspended_reason = :reason, suspended_at = :at "
                   "WHERE id = :id"_s,
                   {{u":reason"_s, reason}, {u":at"_s, Rows::toMs(at)}, {u":id"_s, id}});
}

Status AccountRepository::reinstate(const QString &id)
{
    return execute(m_db,
                   u"UPDATE account SET suspended = 0, suspended_reason = NULL, suspended_at = NULL WHERE id = :id"_s,
                   {{u":id"_s, id}});
}

Status AccountRepository::updateProfile(const QString &id, const QStringList &skills, const QStringList &contentOptIns,
                                        const QJsonObject &limits)
{
    return execute(m_db,
                   u"UPDATE account SET skills = :skills, content_opt_ins = :opt_ins, limits = :limits "
                   "WHERE id = :id"_s,
                   {{u":skills"_s, Rows::json(skills)},
                    {u":opt_ins"_s, Rows::json(contentOptIns)},
                    {u":limits"_s, Rows::json(limits)},
                    {u":id"_s, id}});
}

Result<qint64> AccountRepository::pointsBooked(const QString &id, const QString &reason)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT CAST(COALESCE(SUM(delta), 0) AS BIGINT) FROM points_event "
                                    "WHERE account_id = :id AND reason = :reason"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, id).bind(u":reason"_s, reason);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() ? query.int64(0) : 0;
}

Status AccountRepository::addPoints(const QString &id, int delta, Standing standing)
{
    return execute(m_db, u"UPDATE account SET points = points + :delta, standing = :standing WHERE id = :id"_s,
                   {{u":delta"_s, delta}, {u":standing"_s, standingName(standing)}, {u":id"_s, id}});
}

Status AccountRepository::insertToken(const QString &digest, const QString &accountId, const QDateTime &createdAt,
                                      const QDateTime &expiresAt)
{
    return execute(m_db,
                   u"INSERT INTO auth_token (digest, account_id, created_at, expires_at) "
                   "VALUES (:digest, :account, :created, :expires)"_s,
                   {{u":digest"_s, digest},
                    {u":account"_s, accountId},
                    {u":created"_s, Rows::toMs(createdAt)},
                    {u":expires"_s, Rows::toMs(expiresAt)}});
}

Result<std::optional<TokenRecord>> AccountRepository::token(const QString &digest)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT account_id, created_at, expires_at, revoked_at FROM auth_token "
                                    "WHERE digest = :digest"_s);
        !status)
        return status.error();
    query.bind(u":digest"_s, digest);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<TokenRecord>();
    TokenRecord record;
    record.accountId = query.text(0);
    record.createdAt = Rows::fromMs(query.int64(1));
    record.expiresAt = Rows::fromMs(query.int64(2));
    if (!query.isNull(3))
        record.revokedAt = Rows::fromMs(query.int64(3));
    return std::optional<TokenRecord>(record);
}

Result<bool> AccountRepository::revokeToken(const QString &digest, const QDateTime &at)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(
                u"UPDATE auth_token SET revoked_at = :at WHERE digest = :digest AND revoked_at IS NULL"_s);
        !status)
        return status.error();
    query.bind(u":at"_s, Rows::toMs(at)).bind(u":digest"_s, digest);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.rowsAffected() > 0;
}

Status AccountRepository::recordPay(const QString &workerId, const QString &kind, Cents earned, Cents mistakePay,
                                    const QString &ref, const QDateTime &at)
{
    return execute(m_db,
                   u"INSERT INTO worker_pay (worker_id, kind, earned_cents, mistake_pay_cents, ref, booked_at) "
                   "VALUES (:worker, :kind, :earned, :mistake, :ref, :at)"_s,
                   {{u":worker"_s, workerId},
                    {u":kind"_s, kind},
                    {u":earned"_s, earned},
                    {u":mistake"_s, mistakePay},
                    {u":ref"_s, ref},
                    {u":at"_s, Rows::toMs(at)}});
}

Result<PayWindow> AccountRepository::payWindow(const QString &workerId, const QDateTime &after, const QDateTime &until)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT CAST(COALESCE(SUM(earned_cents), 0) AS BIGINT), "
                                    "CAST(COALESCE(SUM(mistake_pay_cents), 0) AS BIGINT) FROM worker_pay "
                                    "WHERE worker_id = :worker AND booked_at > :after AND booked_at <= :until"_s);
        !status)
        return status.error();
    query.bind(u":worker"_s, workerId).bind(u":after"_s, Rows::toMs(after)).bind(u":until"_s, Rows::toMs(until));
    if (auto status = query.exec(); !status)
        return status.error();
    PayWindow window;
    if (query.next()) {
        window.earned = query.int64(0);
        window.mistakePay = query.int64(1);
    }
    return window;
}

Result<QHash<QString, Cents>> AccountRepository::earnedTotals()
{
    SqlQuery query(m_db);
    if (auto status = query.exec(u"SELECT worker_id, CAST(SUM(earned_cents) AS BIGINT) FROM worker_pay "
                                 "GROUP BY worker_id"_s);
        !status)
        return status.error();
    QHash<QString, Cents> totals;
    while (query.next())
        totals.insert(query.text(0), query.int64(1));
    return totals;
}

} // namespace Chrysalis
