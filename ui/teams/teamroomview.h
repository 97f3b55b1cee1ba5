#pragma once

#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Chrysalis {

class LocalStore;
class SyncEngine;
class TeamRoomModel;
struct TeamMutation;

// The room of a formed flash team: brief, members, the shared draft with Save and its edit history,
// the message thread, and delivery (sign the version, or submit the member's part). Every action goes
// through the outbox, so it works offline; a save the server refuses is kept as a conflicted copy.
class TeamRoomView : public QWidget
{
    Q_OBJECT

public:
    // The store and engine must outlive the view.
    TeamRoomView(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);
    ~TeamRoomView() override;

    void setTeamTaskId(const QString &teamTaskId);
    TeamRoomModel *model() const { return m_model.get(); }

    QPlainTextEdit *draftEditor() const { return m_draft; }
    QPlainTextEdit *messageEditor() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *deliverButton() const { return m_deliver; }
    QString threadText() const;
    QStringList historyTexts() const;
    QString membersText() const;
    QString deliveryStatusText() const;
    QString statusText() const;
    // The editor's text differs from the version it was loaded from.
    bool isDraftDirty() const;

public Q_SLOTS:
    // Rereads the room; keeps the member's unsaved draft text.
    void refresh();
    void saveDraft();
    void sendMessage();
    void deliver();
    // Puts the newest conflicted copy into the editor on top of the current version.
    void useConflictedCopy();
    void discardConflictedCopy();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool queue(const TeamMutation &mutation);
    void showStatus(const QString &text, bool problem = false);
    void updateCounter();
    void updateThread();

    LocalStore &m_store;
    SyncEngine &m_engine;
    std::unique_ptr<TeamRoomModel> m_model;
    qint64 m_baseVersion = 0;
    QString m_loadedText;

    QLabel *m_heading = nullptr;
    QLabel *m_brief = nullptr;
    QLabel *m_members = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_version = nullptr;
    QPlainTextEdit *m_draft = nullptr;
    QPushButton *m_save = nullptr;
    QFrame *m_conflict = nullptr;
    QLabel *m_conflictLabel = nullptr;
    QPlainTextEdit *m_conflictText = nullptr;
    QListWidget *m_history = nullptr;
    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_deliveryStatus = nullptr;
    QPushButton *m_deliver = nullptr;
};

} // namespace Chrysalis
