#include "core/store/readcache.h"

namespace Chrysalis {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Reads the next word (letters, digits, underscores) after any whitespace; empty at anything else.
QStringView nextWord(QStringView sql, qsizetype &at)
{
    while (at < sql.size() && sql.at(at).isSpace())
        ++at;
    const qsizetype start = at;
    while (at < sql.size() && isWordChar(sql.at(at)))
        ++at;
    return sql.sliced(start, at - start);
}

bool is(QStringView word, QStringView keyword)
{
    return word.compare(keyword, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<QStringView> ReadCache::writtenTable(QStringView sql)
{
    qsizetype at = 0;
    const QStringView verb = nextWord(sql, at);
    if (is(verb, u"SELECT") || is(verb, u"SAVEPOINT") || is(verb, u"RELEASE"))
        return QStringView();
    QStringView word = nextWord(sql, at);
    if (is(verb, u"INSERT") || is(verb, u"UPDATE")) {
        if (is(word, u"OR")) { // SQLite's INSERT OR REPLACE, UPDATE OR IGNORE, …
            nextWord(sql, at);
            word = nextWord(sql, at);
        }
        if (is(verb, u"INSERT")) {
            if (!is(word, u"INTO"))
                return std::nullopt;
            word = nextWord(sql, at);
        }
    } else if (is(verb, u"REPLACE")) {
        if (!is(word, u"INTO"))
            return std::nullopt;
        word = nextWord(sql, at);
    } else if (is(verb, u"DELETE")) {
        if (!is(word, u"FROM"))
            return std::nullopt;
        word = nextWord(sql, at);
    } else {
        return std::nullopt;
    }
    // A schema-qualified or quoted name is not told apart: treat it as unknown.
    if (word.isEmpty() || (at < sql.size() && sql.at(at) == u'.'))
        return std::nullopt;
    return word;
}

void ReadCache::noteStatement(QStringView sql)
{
    if (m_tables.isEmpty())
        return;
    const std::optional<QStringView> table = writtenTable(sql);
    if (!table)
        clear();
    else if (!table->isEmpty())
        dropTable(*table);
}

void ReadCache::dropTable(QStringView table)
{
    for (auto it = m_tables.begin(); it != m_tables.end();)
        it = it.key().compare(table, Qt::CaseInsensitive) == 0 ? m_tables.erase(it) : std::next(it);
}

} // namespace Chrysalis
