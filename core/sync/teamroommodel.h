#pragma once

#include "core/result.h"
#include "core/sync/teamtaskmodel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace Chrysalis {

class LocalStore;

struct TeamRoomMember {
    QString memberId; // the member's public id, or the puller's own id
    QString pseudonym;
    QString role;
    qint64 signedVersion = 0; // the draft version the member signed (0: none)
    bool isMe = false;
};

struct TeamDraftEdit {
    qint64 version = 0;
    QString authorPseudonym;
    qint64 length = 0;
    QDateTime at;
};

struct TeamDraftPart {
    QString role;
    QString text;
    QString authorPseudonym;
    QDateTime submittedAt;
};

struct TeamRoomMessage {
    QString id;
    QString authorId;
    QString authorPseudonym;
    QString text;
    QDateTime createdAt;
    bool mine = false;
    bool local = false; // not yet acknowledged by the server
};

// A draft save the server refused because another member saved first: the member's text, kept from
// the outbox (never dropped) until they take it into the editor or discard it.
struct ConflictedDraft {
    qint64 mutationId = 0;
    qint64 baseVersion = 0;
    QString text;
    QDateTime savedAt;
};

// The team room of one flash team: its members, the shared draft with its edit history and parts,
// and the message thread, which is the model's rows (oldest first). Reads mirror, overlay and outbox;
// builds the room's mutations with their local effect, so everything works offline.
class TeamRoomModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { MessageIdRole = Qt::UserRole + 1, AuthorRole, MineRole, CreatedAtRole, LocalRole };

    static constexpr int kMessageLimit = 2000; // code points of one message (team.message@1)
    static constexpr int kDraftLimit = 50000; // code points of the draft or a part

    // The store must outlive the model.
    explicit TeamRoomModel(LocalStore &store, QObject *parent = nullptr);

    void setTeamTaskId(const QString &teamTaskId);
    QString teamTaskId() const { return m_teamTaskId; }
    // Re-reads the room (after a sync or a local change).
    void reload();

    bool isOpen() const { return !m_task.id.isEmpty(); }
    const TeamTask &teamTask() const { return m_task; }
    QString state() const; // the team's state, else the team task's
    QString delivery() const { return m_delivery.isEmpty() ? m_task.delivery : m_delivery; }
    const QList<TeamRoomMember> &members() const { return m_members; }
    const TeamRoomMember *me() const;
    qint64 draftVersion() const { return m_draftVersion; }
    QString draftText() const { return m_draftText; }
    const QList<TeamDraftEdit> &edits() const { return m_edits; } // newest first
    const QList<TeamDraftPart> &parts() const { return m_parts; }
    const QList<TeamRoomMessage> &messages() const { return m_messages; }
    const QList<ConflictedDraft> &conflictedDrafts() const { return m_conflicts; }
    // Whether the draft can still be edited, messages sent, and the delivery signed or submitted.
    bool canEdit() const { return state() == u"formed"; }
    bool canMessage() const { return state() == u"formed" || state() == u"delivered"; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // team.draft_save@1 on top of baseVersion (the version the member started from).
    Result<TeamMutation> saveDraft(const QString &text, qint64 baseVersion) const;
    // team.message@1 with a new message id; Validation for a blank or too long text.
    Result<TeamMutation> sendMessage(const QString &text, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // team.sign@1 of the current draft version (shared delivery).
    Result<TeamMutation> sign() const;
    // team.deliver@1 of the member's role (per_role delivery).
    Result<TeamMutation> submitPart(const QString &text, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    QString myPseudonym() const;

    LocalStore &m_store;
    QString m_teamTaskId;
    QString m_userId;
    TeamTask m_task;
    QString m_teamState;
    QString m_delivery;
    QJsonObject m_team;
    QJsonObject m_draft;
    QList<TeamRoomMember> m_members;
    qint64 m_draftVersion = 0;
    QString m_draftText;
    QList<TeamDraftEdit> m_edits;
    QList<TeamDraftPart> m_parts;
    QList<TeamRoomMessage> m_messages;
    QList<ConflictedDraft> m_conflicts;
};

} // namespace Chrysalis
