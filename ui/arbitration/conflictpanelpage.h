#pragma once

#include "core/policy/policy.h"

#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QFrame;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSplitter;

namespace Chrysalis {

class AnswerViewer;
class LocalStore;
class OutcomeView;
class SyncEngine;

// One conflict panel. An arbiter sees what the worker saw (the revision's instructions and form,
// the item), the answer, the rejection reason and, anonymised, other answers to the same item; and
// votes worker or requester fault with a required rationale, after a confirmation, since votes are
// final. No other vote is ever shown while the panel is open. Once it closes, the outcome view shows
// the split and the money to the worker, the requester and the arbiters who voted. A vote made
// offline waits in the outbox; one the server refused (it arrived after the close) is shown as such,
// rationale kept.
class ConflictPanelPage : public QWidget
{
    Q_OBJECT

public:
    ConflictPanelPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    QString conflictId() const { return m_conflictId; }

    QRadioButton *workerFaultButton() const { return m_workerFault; }
    QRadioButton *requesterFaultButton() const { return m_requesterFault; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QPushButton *castButton() const { return m_cast; }
    QPushButton *confirmButton() const { return m_confirm; }
    OutcomeView *outcomeView() const { return m_outcome; }
    bool isConfirming() const;
    // Everything the page shows as text, for tests and accessibility.
    QString shownText() const;

public Q_SLOTS:
    void setConflict(const QString &conflictId);
    void reload();
    // Shows the confirmation step; the vote is sent only by confirmVote().
    void askToConfirm();
    void confirmVote();
    void cancelConfirm();

Q_SIGNALS:
    void voteQueued(const QString &conflictId, const QString &fault);
    // Escape outside the vote confirmation: the person wants to leave the panel.
    void leaveRequested();

private:
    void updateVoteBox(const QJsonObject &conflict);
    // The title and the live status line (seats, time left) of the conflict shown.
    void setVoteWording(bool team);
    void showTeamDelivery(const QJsonObject &conflict);
    void updateHeading();
    void updateCastEnabled();
    QString chosenFault() const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    Policy m_policy = Policy::defaults();
    QString m_conflictId;
    QString m_me;
    QJsonObject m_shownConflict;

    QLabel *m_heading = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_answerHeading = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_splitterOpenState = -1; // the state the splitter was last sized for
    AnswerViewer *m_answer = nullptr;
    QLabel *m_others = nullptr;
    QGroupBox *m_voteBox = nullptr;
    QLabel *m_voteQuestion = nullptr;
    QRadioButton *m_workerFault = nullptr;
    QRadioButton *m_requesterFault = nullptr;
    QButtonGroup *m_faults = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPushButton *m_cast = nullptr;
    QFrame *m_confirmFrame = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_voteState = nullptr;
    QLabel *m_partyNote = nullptr;
    OutcomeView *m_outcome = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Chrysalis
