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

// The shared, searchable skill vocabulary every worker tags from. Names are normalised (trimmed, inner
// whitespace collapsed) and identical ignoring case: the first spelling is kept, later ones join it.
// Free-form additions are welcome: a name nobody used before becomes a new entry.
class SkillVocabulary
{
public:
    explicit SkillVocabulary(Database &db) : m_db(db) { }

    static QStringList migrationStatements();
    // The identity of a name: normalised, then case-folded.
    static QString foldedName(const QString &name);

    // Makes sure each name has an entry; returns the ids of the entries it created.
    Result<QStringList> ensure(const QStringList &names, const QDateTime &at);
    // Records which skills a worker tags now, adding new names; returns the ids of every entry whose
    // worker count changed or that was created.
    Result<QStringList> setHolder(const QString &accountId, const QStringList &skills, const QDateTime &at);
    Result<std::optional<SkillEntry>> find(const QString &id);
    Result<bool> holds(const QString &accountId, const QString &skillId);
    // Whether a passed paid qualification backs this skill for the worker. Hook for qualification tasks:
    // until they record passes here, no skill is verified.
    Result<bool> verified(const QString &accountId, const QString &skillId);

private:
    Result<std::optional<QString>> idOf(const QString &folded);

    Database &m_db;
};

} // namespace Chrysalis
