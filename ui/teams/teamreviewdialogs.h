#pragma once

#include "core/sync/teamtaskmodel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Chrysalis {

// Asks the requester why a team's delivery is rejected: a reason code answer.review@1 also takes and
// a written reason. Says what a rejection does: one panel for the whole delivery, every member paid.
class TeamRejectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamRejectDialog(const QString &teamTitle, QWidget *parent = nullptr);

    QString reasonCode() const;
    QString reason() const;
    void setReasonCode(const QString &code);
    void setReason(const QString &reason);
    // Empty when the rejection may be sent; otherwise what is still missing.
    QString missing() const;
    QString introText() const;

private:
    void updateState();

    QLabel *m_intro = nullptr;
    QComboBox *m_code = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_missing = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Lets the requester choose an earlier team of theirs, whose delivery they approved, to invite to an
// assembling team task; lists each team's members by pseudonym and role.
class TeamInviteDialog : public QDialog
{
    Q_OBJECT

public:
    TeamInviteDialog(const QString &teamTitle, const QList<EarlierTeam> &teams, QWidget *parent = nullptr);

    QString chosenTeamTaskId() const;
    void choose(int row);
    QStringList teamTexts() const;

private:
    QList<EarlierTeam> m_teams;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Chrysalis
