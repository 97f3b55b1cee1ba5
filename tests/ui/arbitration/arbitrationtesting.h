#pragma once

#include "core/sync/localstore.h"
#include "tests/support/qtprinters.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Chrysalis::Testing {

// Turns qt.modeltest warnings into test failures while alive (QAbstractItemModelTester in Warning mode).
class ModelTestWarningsFail
{
public:
    ModelTestWarningsFail();
    ~ModelTestWarningsFail();
};

// A LocalStore in a temporary directory whose mirror is filled by real pull pages, signed in as `userId`.
class MirrorFixture
{
public:
    explicit MirrorFixture(const QString &path, const QString &userId);

    LocalStore &store() { return *m_store; }
    // Applies one last page of upserts (entity, id, data) and deletes (data empty), versions growing.
    void pull(const QList<std::tuple<QString, QString, QJsonObject>> &changes);

private:
    std::unique_ptr<LocalStore> m_store;
    qint64 m_version = 0;
};

} // namespace Chrysalis::Testing
