#include "ui/profile/skillcompleter.h"

#include "core/sync/localstore.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

SkillCompleter::SkillCompleter(QObject *parent) : QCompleter(parent), m_names(new QStringListModel(this))
{
    setModel(m_names);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

void SkillCompleter::reload(LocalStore &store)
{
    struct Entry {
        QString name;
        qint64 workers = 0;
    };
    QList<Entry> entries;
    if (const auto skills = store.list(u"skill"_s)) {
        for (const StoredEntity &skill : *skills) {
            const QString name = skill.data.value(u"name"_s).toString();
            if (!name.trimmed().isEmpty())
                entries.append({name, skill.data.value(u"workers"_s).toInteger()});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.workers != b.workers ? a.workers > b.workers : a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    QStringList names;
    names.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        names.append(entry.name);
    m_names->setStringList(names);
}

QStringList SkillCompleter::names() const
{
    return m_names->stringList();
}

QStringList SkillCompleter::splitPath(const QString &path) const
{
    // Only the entry being typed, after the last comma, is completed.
    return {path.section(u',', -1).trimmed()};
}

QString SkillCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString name = index.data(Qt::DisplayRole).toString();
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString text = edit ? edit->text() : QString();
    const qsizetype comma = text.lastIndexOf(u',');
    return comma < 0 ? name : text.left(comma + 1) + u' ' + name;
}

} // namespace Chrysalis
