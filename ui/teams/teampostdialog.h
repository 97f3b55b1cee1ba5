#pragma once

#include "core/domain/money.h"
#include "core/sync/teamtaskmodel.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Chrysalis {

class CentsSpinBox;
class LocalStore;

// The requester's form for a new flash team: title, brief, delivery, deadline and the role slots,
// with the escrow the post will hold against the balance. It builds team.post@1 through
// TeamTaskModel::post and never sends it: the caller enqueues mutation() after accept().
class TeamPostDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { RoleColumn, SkillColumn, TierColumn, SeatsColumn, PayColumn, RemoveColumn, ColumnCount };

    // feeBp is the requester's fee rate now (as task.publish@1 fixes it); feeLabel names it
    // ("Fee (butterfly)"). The store and model must outlive the dialog.
    TeamPostDialog(LocalStore &store, const TeamTaskModel &model, BasisPoints feeBp, const QString &feeLabel,
                   QWidget *parent = nullptr);

    TeamPostDraft draft() const;
    // The mutation built when the requester pressed Post and nothing was refused.
    const std::optional<TeamMutation> &mutation() const { return m_mutation; }

    int roleCount() const;
    void addRole(const TeamSlotDraft &slot = {});
    void removeRole(int row);
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *briefEdit() const { return m_brief; }
    QComboBox *deliveryBox() const { return m_delivery; }
    QDateTimeEdit *deadlineEdit() const { return m_deadline; }
    QLineEdit *roleEdit(int row) const;
    QLineEdit *skillEdit(int row) const;
    QComboBox *tierBox(int row) const;
    QSpinBox *seatsBox(int row) const;
    CentsSpinBox *payBox(int row) const;
    QPushButton *postButton() const { return m_post; }
    QPushButton *addRoleButton() const { return m_addRole; }

    // The message shown for one field after the last Post (`title`, `slots[1].role`, `escrow`, …).
    QString fieldMessage(const QString &field) const { return m_messages.value(field); }
    QString problemsText() const;
    QString escrowText() const;

public Q_SLOTS:
    // Builds the mutation and accepts, or shows why not and stays open.
    void tryPost();

private:
    void updateEscrow();
    void showProblems(const Error &error);
    QString fieldLabel(const QString &field) const;

    LocalStore &m_store;
    const TeamTaskModel &m_model;
    BasisPoints m_feeBp = 0;
    QString m_feeLabel;
    std::optional<TeamMutation> m_mutation;
    QHash<QString, QString> m_messages;

    QLineEdit *m_title = nullptr;
    QLabel *m_titleProblem = nullptr;
    QPlainTextEdit *m_brief = nullptr;
    QComboBox *m_delivery = nullptr;
    QDateTimeEdit *m_deadline = nullptr;
    QLabel *m_deadlineProblem = nullptr;
    QTableWidget *m_roles = nullptr;
    QPushButton *m_addRole = nullptr;
    QLabel *m_rolesProblem = nullptr;
    QLabel *m_escrow = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_post = nullptr;
};

} // namespace Chrysalis
