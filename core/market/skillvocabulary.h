#pragma once

#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// One entry of the shared skill vocabulary: the first spelling anyone used, and how many workers
// tag it now.
struct SkillEntry {
    QString id;
    QString name;
    int workers = 0;
};

// A passed paid qualification task that verifies one of a worker's skills.
struct SkillVerification {
    QString skillId;
    QString accountId;
    QString taskId;
    QDateTime verifiedAt;
};

// The shared, searchable skill vocabulary every worker tags from. Names are normalised (trimmed, inner
// whitespace collapsed) and identical ignoring case: the first spelling is kept, later ones join it.
// Free-form additions are welcome: a name nobody used before becomes a new entry.
class SkillVocabulary
{
public:
    explicit SkillVocabulary(Database &db) : m_db(db) { }

    static QStringList migrationStatements();
    // Table skill_verification: which passed qualification tasks verify which workers' skills.
    static QStringList verificationMigrationStatements();
    // The identity of a name: normalised, then case-folded.
    static QString foldedName(const QString &name);

    // Makes sure each name has an entry; returns the ids of the entries it created.
    Result<QStringList> ensure(const QStringList &names, const QDateTime &at);
    // Records which skills a worker tags now, adding new names; returns the ids of every entry whose
    // worker count changed or that was created.
    Result<QStringList> setHolder(const QString &accountId, const QStringList &skills, const QDateTime &at);
    Result<std::optional<SkillEntry>> find(const QString &id);
    // The entry whose name matches `name` once normalised and case-folded.
    Result<std::optional<QString>> idOfName(const QString &name);
    Result<bool> holds(const QString &accountId, const QString &skillId);
    // Whether a passed paid qualification backs this skill for the worker: any recorded verification.
    Result<bool> verified(const QString &accountId, const QString &skillId);
    // The verifications of the worker's skill, oldest first.
    Result<QList<SkillVerification>> verifications(const QString &accountId, const QString &skillId);
    // Records (passed) or withdraws (not passed) the verification of a skill by one qualification task;
    // returns whether anything changed. A verification already recorded keeps its first time.
    Result<bool> setVerified(const SkillVerification &verification, bool passed);

private:
    Result<std::optional<QString>> idOf(const QString &folded);

    Database &m_db;
};

} // namespace Chrysalis
