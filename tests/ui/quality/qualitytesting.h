#pragma once

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/server/support/serverprocess.h"
#include "tests/support/qtprinters.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Chrysalis::Testing {

// One person at their own desk: a local database and a sync engine signed in to the demo
// marketplace. Syncs only when asked, so "offline" is simply not asking.
struct QualityDesk {
    QString name;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine;
    QString accountId;

    SyncReport sync();
    QList<StoredEntity> entities(const QString &entity);
    // The id of the task with this title in the mirror; empty when there is none.
    QString taskId(const QString &title);
};

// A demo marketplace in a temporary directory, and desks signed in to it.
class QualityMarket
{
public:
    QualityMarket();
    bool ok() const { return m_server != nullptr; }
    std::unique_ptr<QualityDesk> signIn(const QString &name);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

// Saves a grab of `widget` as <name>.png under $CHRYSALIS_SCREENSHOT_DIR, when it is set.
void saveShot(QWidget &widget, const QString &name);

} // namespace Chrysalis::Testing
