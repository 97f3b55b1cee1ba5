#pragma once

#include <QCompleter>
#include <QStringList>

class QStringListModel;

namespace Chrysalis {

class LocalStore;

// Completes the last entry of a comma-separated skill list from the marketplace's shared vocabulary
// (the pulled `skill` entities), most widely tagged first; typing any part of a name finds it.
class SkillCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit SkillCompleter(QObject *parent = nullptr);

    // Reads the vocabulary from the mirror again.
    void reload(LocalStore &store);
    QStringList names() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStringListModel *m_names = nullptr;
};

} // namespace Chrysalis
