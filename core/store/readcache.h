#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <any>
#include <optional>

namespace Chrysalis {

// Rows a repository read inside the open transaction, kept so later reads of the same rows in that
// transaction (the next mutation of a push) need no statement. Only valid while nothing changed
// them: the Database drops everything when a transaction begins or ends and when a savepoint rolls
// back, and SqlQuery drops a table's entries before any statement that writes to it.
class ReadCache
{
public:
    // The value kept for key in table, or nullopt when none is (or it is of another type).
    template<typename T>
    std::optional<T> find(const QString &table, const QString &key) const
    {
        const auto rows = m_tables.constFind(table);
        if (rows == m_tables.constEnd())
            return std::nullopt;
        const auto row = rows->constFind(key);
        if (row == rows->constEnd())
            return std::nullopt;
        if (const T *value = std::any_cast<T>(&*row))
            return *value;
        return std::nullopt;
    }

    template<typename T>
    void insert(const QString &table, const QString &key, T value)
    {
        m_tables[table].insert(key, std::any(std::move(value)));
    }

    // Called before a statement runs: a statement that may write drops the entries of the table it
    // writes, or every entry when the table cannot be told from its text.
    void noteStatement(QStringView sql);
    void dropTable(QStringView table);
    void clear() { m_tables.clear(); }
    bool isEmpty() const { return m_tables.isEmpty(); }

    // The table an INSERT, REPLACE, UPDATE or DELETE writes; an empty view for a statement that
    // writes nothing (SELECT, SAVEPOINT, RELEASE); nullopt when it may write anything.
    static std::optional<QStringView> writtenTable(QStringView sql);

private:
    QHash<QString, QHash<QString, std::any>> m_tables;
};

} // namespace Chrysalis
