#include "core/market/skillvocabulary.h"

#include "core/domain/ids.h"
#include "core/market/marketengine.h"
#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis {

QStringList SkillVocabulary::migrationStatements()
{
    return {u"CREATE TABLE skill (id {text} PRIMARY KEY, name {text} NOT NULL, folded {text} NOT NULL UNIQUE, "
            "created_at {timestamp} NOT NULL)"_s,
            u"CREATE TABLE skill_holder (skill_id {text} NOT NULL REFERENCES skill(id), account_id {text} NOT NULL "
            "REFERENCES account(id), PRIMARY KEY (skill_id, account_id))"_s,
            u"CREATE INDEX skill_holder_account ON skill_holder (account_id)"_s};
}

QStringList SkillVocabulary::verificationMigrationStatements()
{
    return {u"CREATE TABLE skill_verification (skill_id {text} NOT NULL REFERENCES skill(id), account_id {text} NOT "
            "NULL REFERENCES account(id), task_id {text} NOT NULL REFERENCES task(id), verified_at {timestamp} NOT "
            "NULL, PRIMARY KEY (account_id, skill_id, task_id))"_s};
}

QString SkillVocabulary::foldedName(const QString &name)
{
    const QStringList clean = normalisedNames({name});
    return clean.isEmpty() ? QString() : clean.constFirst().toCaseFolded();
}

Result<std::optional<QString>> SkillVocabulary::idOf(const QString &folded)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id FROM skill WHERE folded = :folded"_s); !status)
        return status.error();
    query.bind(u":folded"_s, folded);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.text(0));
}

Result<QStringList> SkillVocabulary::ensure(const QStringList &names, const QDateTime &at)
{
    QStringList created;
    for (const QString &name : normalisedNames(names)) {
        const QString folded = name.toCaseFolded();
        auto existing = idOf(folded);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        const QString id = newId();
        if (auto status =
                    execute(m_db,
                            u"INSERT INTO skill (id, name, folded, created_at) VALUES (:id, :name, :folded, "
                            ":at)"_s,
                            {{u":id"_s, id}, {u":name"_s, name}, {u":folded"_s, folded}, {u":at"_s, Rows::toMs(at)}});
            !status)
            return status.error();
        created << id;
    }
    return created;
}

Result<QStringList> SkillVocabulary::setHolder(const QString &accountId, const QStringList &skills, const QDateTime &at)
{
    auto created = ensure(skills, at);
    if (!created)
        return created;
    QSet<QString> wanted;
    for (const QString &name : normalisedNames(skills)) {
        auto id = idOf(name.toCaseFolded());
        if (!id)
            return id.error();
        if (id->has_value())
            wanted.insert(**id);
    }
    QSet<QString> held;
    {
        SqlQuery query(m_db);
        if (auto status = query.prepare(u"SELECT skill_id FROM skill_holder WHERE account_id = :account"_s); !status)
            return status.error();
        query.bind(u":account"_s, accountId);
        if (auto status = query.exec(); !status)
            return status.error();
        while (query.next())
            held.insert(query.text(0));
    }
    QStringList changed = *created;
    for (const QString &id : std::as_const(held)) {
        if (wanted.contains(id))
            continue;
        if (auto status = execute(m_db, u"DELETE FROM skill_holder WHERE skill_id = :skill AND account_id = :account"_s,
                                  {{u":skill"_s, id}, {u":account"_s, accountId}});
            !status)
            return status.error();
        changed << id;
    }
    for (const QString &id : std::as_const(wanted)) {
        if (held.contains(id))
            continue;
        if (auto status = execute(m_db, u"INSERT INTO skill_holder (skill_id, account_id) VALUES (:skill, :account)"_s,
                                  {{u":skill"_s, id}, {u":account"_s, accountId}});
            !status)
            return status.error();
        if (!changed.contains(id))
            changed << id;
    }
    changed.sort();
    return changed;
}

Result<std::optional<SkillEntry>> SkillVocabulary::find(const QString &id)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT s.id, s.name, (SELECT COUNT(*) FROM skill_holder h WHERE h.skill_id = "
                                    "s.id) FROM skill s WHERE s.id = :id"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<SkillEntry>();
    return std::optional<SkillEntry>(SkillEntry{query.text(0), query.text(1), static_cast<int>(query.int64(2))});
}

Result<bool> SkillVocabulary::holds(const QString &accountId, const QString &skillId)
{
    auto count = scalar(m_db, u"SELECT COUNT(*) FROM skill_holder WHERE skill_id = :skill AND account_id = :account"_s,
                        {{u":skill"_s, skillId}, {u":account"_s, accountId}});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<std::optional<QString>> SkillVocabulary::idOfName(const QString &name)
{
    const QString folded = foldedName(name);
    if (folded.isEmpty())
        return std::optional<QString>();
    return idOf(folded);
}

Result<bool> SkillVocabulary::verified(const QString &accountId, const QString &skillId)
{
    auto count =
            scalar(m_db, u"SELECT COUNT(*) FROM skill_verification WHERE account_id = :account AND skill_id = :skill"_s,
                   {{u":skill"_s, skillId}, {u":account"_s, accountId}});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<QList<SkillVerification>> SkillVocabulary::verifications(const QString &accountId, const QString &skillId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT task_id, verified_at FROM skill_verification WHERE account_id = :account "
                                    "AND skill_id = :skill ORDER BY verified_at, task_id"_s);
        !status)
        return status.error();
    query.bind(u":account"_s, accountId);
    query.bind(u":skill"_s, skillId);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<SkillVerification> found;
    while (query.next())
        found.append({skillId, accountId, query.text(0), Rows::fromMs(query.int64(1))});
    return found;
}

Result<bool> SkillVocabulary::setVerified(const SkillVerification &verification, bool passed)
{
    const SqlBindings key{{u":skill"_s, verification.skillId},
                          {u":account"_s, verification.accountId},
                          {u":task"_s, verification.taskId}};
    auto count = scalar(m_db,
                        u"SELECT COUNT(*) FROM skill_verification WHERE account_id = :account AND skill_id = :skill "
                        "AND task_id = :task"_s,
                        key);
    if (!count)
        return count.error();
    const bool recorded = *count > 0;
    if (recorded == passed)
        return false;
    if (!passed) {
        if (auto status = execute(m_db,
                                  u"DELETE FROM skill_verification WHERE account_id = :account AND skill_id = :skill "
                                  "AND task_id = :task"_s,
                                  key);
            !status)
            return status.error();
        return true;
    }
    SqlBindings values = key;
    values.append({u":at"_s, Rows::toMs(verification.verifiedAt)});
    if (auto status = execute(m_db,
                              u"INSERT INTO skill_verification (skill_id, account_id, task_id, verified_at) VALUES "
                              "(:skill, :account, :task, :at)"_s,
                              values);
        !status)
        return status.error();
    return true;
}

} // namespace Chrysalis
