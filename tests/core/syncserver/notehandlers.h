#pragma once

#include "core/market/syncservice.h"
#include "core/store/database.h"

namespace Chrysalis::Testing {

// A tiny marketplace for protocol tests: notes owned by one account. Real tables, real SQL; it
// stands in for the marketplace engine so the sync protocol is tested on its own.
//   note.put@1 {note_id, body}      applied, or FORBIDDEN when the note is another's
//   note.reject@1 {note_id}         writes a note, then rejects (the write must vanish)
//   note.crash@1 {}                 fails like a broken handler (an infrastructure Error)
class NoteHandlers : public SyncHandlers
{
public:
    static QList<Migration> migrations(); // the sync tables, the change log, meta and note/scope tables

    bool knowsMutation(const QString &name) const override;
    Result<MutationEffect> apply(const MutationContext &context, const QString &name, const QJsonObject &args) override;
    Status advanceTime(MutationContext &context) override;
    Result<std::optional<QJsonObject>> render(const QString &entity, const QString &id, const Viewer &viewer) override;
    QStringList audiencesFor(const QString &accountId) override;
    Result<qint64> scopeEpoch(const QString &accountId) override;

    void setDatabase(Database *db) { m_db = db; }
    static Status bumpScope(Database &db, const QString &accountId);
    static qint64 noteCount(Database &db);

private:
    Database *m_db = nullptr;
};

} // namespace Chrysalis::Testing
