#include "ui/teams/teamrequestspage.h"

#include "core/policy/fees.h"
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "core/sync/teamroommodel.h"
#include "core/sync/teamtaskmodel.h"
#include "ui/teams/teampostdialog.h"
#include "ui/teams/teamreviewdialogs.h"
#include "ui/teams/teamtasklist.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kProblemStyle = u"color: #b3261e;"_s;

} // namespace

TeamRequestsPage::TeamRequestsPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine),
      m_model(std::make_unique<TeamTaskModel>(store, TeamTaskModel::Audience::Requester)),
      m_room(std::make_unique<TeamRoomModel>(store))
{
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_list = createTeamTaskList(m_model.get(), tr("Your team tasks"), side);
    m_empty = createEmptyHint(tr("You have posted no team task yet."), side);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_empty);

    m_stack = new QStackedWidget(this);
    m_nothing = new QLabel(tr("Choose a team task to see its team and delivery."), m_stack);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_nothing);

    m_details = new QWidget(m_stack);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(m_details);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_summary = new QLabel(m_details);
    m_summary->setWordWrap(true);
    m_members = new QLabel(m_details);
    m_members->setWordWrap(true);
    m_deliveryHeading = new QLabel(m_details);
    QFont bold = m_deliveryHeading->font();
    bold.setBold(true);
    m_deliveryHeading->setFont(bold);
    m_delivery = new QPlainTextEdit(m_details);
    m_delivery->setReadOnly(true);
    m_delivery->setAccessibleName(tr("Delivered answer"));
    m_status = new QLabel(m_details);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    auto *approveRow = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve and pay the team"), m_details);
    m_approve->setAutoDefault(false);
    m_approve->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_reject = new QPushButton(tr("&Reject…"), m_details);
    m_reject->setAutoDefault(false);
    m_reject->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_reject->setToolTip(tr("Opens one conflict panel of gold arbiters for the whole delivery; every member is "
                            "paid either way."));
    m_invite = new QPushButton(tr("&Invite an earlier team…"), m_details);
    m_invite->setAutoDefault(false);
    m_invite->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    approveRow->addWidget(m_status, 1);
    approveRow->addStretch();
    approveRow->addWidget(m_invite);
    approveRow->addWidget(m_reject);
    approveRow->addWidget(m_approve);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(m_members);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(m_deliveryHeading);
    detailsLayout->addWidget(m_delivery, 1);
    detailsLayout->addLayout(approveRow);
    m_stack->addWidget(m_details);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_stack);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    side->setMinimumWidth(340);
    splitter->setSizes({380, 900});

    auto *layout = new QVBoxLayout(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Team tasks").toHtmlEscaped()), this), 1);
    m_newTeamTask = new QPushButton(tr("&New team task…"), this);
    m_newTeamTask->setAutoDefault(false);
    titleRow->addWidget(m_newTeamTask);
    layout->addLayout(titleRow);
    auto *intro = new QLabel(tr("Your flash teams: workers take the seats you posted; once every seat is taken the "
                                "team works together and delivers. Approving a delivery pays each role from its "
                                "escrow; rejecting it opens one conflict panel for the whole delivery."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_postRefusal = new QWidget(this);
    auto *refusalRow = new QHBoxLayout(m_postRefusal);
    refusalRow->setContentsMargins(0, 0, 0, 0);
    m_postRefusalText = new QLabel(m_postRefusal);
    m_postRefusalText->setWordWrap(true);
    m_postRefusalText->setStyleSheet(kProblemStyle);
    auto *dismiss = new QPushButton(tr("&Dismiss"), m_postRefusal);
    dismiss->setAutoDefault(false);
    refusalRow->addWidget(m_postRefusalText, 1);
    refusalRow->addWidget(dismiss);
    m_postRefusal->setVisible(false);
    layout->addWidget(m_postRefusal);
    layout->addWidget(splitter, 1);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        if (m_postRefusalId > 0)
            (void)m_engine.dismiss(m_postRefusalId);
        showPostRefusal();
    });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_current = current.data(TeamTaskModel::TeamTaskIdRole).toString();
                showStatus({});
                fillDetails();
            });
    connect(m_approve, &QPushButton::clicked, this, &TeamRequestsPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &TeamRequestsPage::reject);
    connect(m_invite, &QPushButton::clicked, this, &TeamRequestsPage::inviteEarlierTeam);
    connect(m_newTeamTask, &QPushButton::clicked, this, &TeamRequestsPage::newTeamTask);
    connect(&m_engine, &SyncEngine::syncFinished, this, &TeamRequestsPage::refresh);

    setMinimumSize(980, 560);
    refresh();
}

TeamRequestsPage::~TeamRequestsPage() = default;

bool TeamRequestsPage::selectTeamTask(const QString &teamTaskId)
{
    const int row = m_model->rowOf(teamTaskId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, TeamTaskModel::Title));
    m_current = teamTaskId;
    fillDetails();
    return true;
}

void TeamRequestsPage::refresh()
{
    m_model->reload();
    m_empty->setVisible(m_model->rowCount() == 0);
    m_current = reselectTeamTask(m_list, *m_model, m_current);
    showPostRefusal();
    fillDetails();
}

void TeamRequestsPage::showPostRefusal()
{
    m_postRefusalId = 0;
    QString text;
    for (const OutboxEntry &entry : m_model->requesterRefusals()) {
        if (entry.name != u"team.post@1")
            continue;
        m_postRefusalId = entry.mutationId;
        const QString title = entry.args.value(u"title"_s).toString();
        if (entry.outcomeCode == u"INSUFFICIENT_FUNDS") {
            const QJsonObject details = entry.outcome.value(u"details"_s).toObject();
            text = tr("“%1” was not posted: the escrow needs %2 but your balance is %3. Nothing was held.")
                           .arg(title, formatCents(details.value(u"required_cents"_s).toInteger()),
                                formatCents(details.value(u"balance_cents"_s).toInteger()));
        } else {
            text = tr("“%1” was not posted: %2").arg(title, entry.outcomeMessage());
        }
    }
    m_postRefusalText->setText(text);
    m_postRefusal->setVisible(!text.isEmpty());
}

QString TeamRequestsPage::postRefusalText() const
{
    return m_postRefusal->isHidden() ? QString() : m_postRefusalText->text();
}

void TeamRequestsPage::fillDetails()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        m_stack->setCurrentWidget(m_nothing);
        return;
    }
    m_stack->setCurrentWidget(m_details);
    const TeamTask &task = m_model->teamTask(row);
    m_room->setTeamTaskId(task.id);
    m_heading->setText(u"<h3>%1</h3>"_s.arg(task.title.toHtmlEscaped()));

    QStringList roles;
    for (const TeamRoleSlot &slot : task.slots) {
        const int seats = slot.count;
        QString line = tr("%1: %2 of %n seat(s) taken, %3 each", nullptr, seats)
                               .arg(slot.role)
                               .arg(slot.filled)
                               .arg(formatCents(Cents{slot.payCents}));
        if (const int reserved = slot.reserved; reserved > 0)
            line += tr(" · %n reserved for invitees", nullptr, reserved);
        roles.append(line);
    }
    m_summary->setText(tr("%1 · deadline %2 · %3")
                               .arg(TeamTaskModel::stateText(task.state),
                                    QLocale().toString(task.deadline.toLocalTime(), QLocale::ShortFormat),
                                    TeamTaskModel::deliveryText(task.delivery)) +
                       u"\n"_s + roles.join(u"\n"_s));

    QStringList members;
    for (const TeamRoomMember &member : m_room->members())
        members.append(tr("%1 (%2)").arg(member.pseudonym, member.role));
    m_members->setText(members.isEmpty() ? tr("The team has not formed yet.")
                                         : tr("Team: %1").arg(members.join(u", "_s)));

    const bool delivered = task.state == u"delivered" || task.state == u"approved" || task.state == u"in_conflict" ||
                           task.state == u"settled";
    m_deliveryHeading->setText(delivered ? tr("Delivered answer") : tr("Delivery"));
    if (!delivered) {
        m_delivery->setPlainText(tr("You see the team's answer here once every member has signed it (or every role "
                                    "has submitted its part)."));
    } else if (m_room->delivery() == u"per_role") {
        QStringList parts;
        for (const TeamDraftPart &part : m_room->parts())
            parts.append(tr("— %1 (%2) —").arg(part.role, part.authorPseudonym) + u"\n"_s + part.text);
        m_delivery->setPlainText(parts.join(u"\n\n"_s));
    } else {
        m_delivery->setPlainText(m_room->draftText());
    }
    m_delivery->setEnabled(delivered);
    m_approve->setVisible(task.state == u"delivered" || task.state == u"approved");
    m_approve->setEnabled(task.state == u"delivered" && !task.local);
    if (task.state == u"approved")
        m_approve->setText(tr("Approved"));
    else
        m_approve->setText(tr("&Approve and pay the team"));
    m_reject->setVisible(task.state == u"delivered");
    m_reject->setEnabled(!task.local);

    m_invite->setVisible(task.state == u"assembling");
    bool invited = false;
    for (const TeamRoleSlot &slot : task.slots)
        invited = invited || slot.reserved > 0;
    const bool earlier = !m_model->earlierTeams().isEmpty();
    m_invite->setEnabled(earlier && !invited && !task.local);
    if (!earlier)
        m_invite->setToolTip(tr("You have no earlier team whose delivery you approved."));
    else if (invited)
        m_invite->setToolTip(tr("This team task has already invited an earlier team."));
    else
        m_invite->setToolTip(tr("Reserve seats for the members of a team whose delivery you approved."));

    // A note on the team task's state gives way to what the requester just did, until they select again.
    // Once the marketplace confirmed the change, the state speaks for itself again.
    if (m_awaitingConfirmation && !task.local)
        m_statusIsNote = true;
    if (!statusText().isEmpty() && !m_statusIsNote)
        return;
    m_awaitingConfirmation = false;
    showStatus({});
    m_statusIsNote = true;
    if (const QList<OutboxEntry> refused = m_model->requesterRefusals(task.id); !refused.isEmpty()) {
        showStatus(tr("The marketplace refused your last change to this team: %1. It is listed under Needs "
                      "attention.")
                           .arg(refused.last().outcomeMessage()),
                   true);
    } else if (task.state == u"in_conflict") {
        showStatus(tr("In conflict: a panel of gold arbiters judges the whole delivery. Every member is paid; the "
                      "verdict sets what you are charged."));
    } else if (task.state == u"approved") {
        showStatus(tr("Approved: each member was paid their role's pay."));
    } else if (task.state == u"settled") {
        showStatus(tr("Settled: the panel has closed and the escrow is settled."));
    } else if (task.state == u"assembling" && !earlier) {
        showStatus(tr("No earlier team to invite: you have approved no team's delivery yet."));
    }
    m_statusIsNote = true;
}

QString TeamRequestsPage::deliveryText() const
{
    return m_delivery->toPlainText();
}

QString TeamRequestsPage::summaryText() const
{
    return m_summary->text();
}

QString TeamRequestsPage::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void TeamRequestsPage::showStatus(const QString &text, bool problem)
{
    m_statusIsNote = false;
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

bool TeamRequestsPage::send(const Result<TeamMutation> &mutation)
{
    if (!mutation) {
        showStatus(mutation.error().message, true);
        return false;
    }
    auto queued = m_engine.enqueue(mutation->name, mutation->args, mutation->overlay);
    if (!queued) {
        showStatus(tr("Could not keep this change: %1").arg(queued.error().message), true);
        return false;
    }
    return true;
}

void TeamRequestsPage::approve()
{
    if (!send(m_model->approve(m_current)))
        return;
    showStatus(tr("Approved. Each member is paid when the marketplace confirms it."));
    m_awaitingConfirmation = true;
    refresh();
}

void TeamRequestsPage::reject()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0)
        return;
    TeamRejectDialog dialog(m_model->teamTask(row).title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!send(m_model->reject(m_current, dialog.reasonCode(), dialog.reason())))
        return;
    showStatus(tr("Rejected. A conflict panel opens for the whole delivery when the marketplace confirms it."));
    m_awaitingConfirmation = true;
    refresh();
}

void TeamRequestsPage::inviteEarlierTeam()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0)
        return;
    const QList<EarlierTeam> teams = m_model->earlierTeams();
    if (teams.isEmpty())
        return showStatus(tr("You have no earlier team whose delivery you approved."), true);
    TeamInviteDialog dialog(m_model->teamTask(row).title, teams, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenTeamTaskId().isEmpty())
        return;
    if (!send(m_model->invite(m_current, dialog.chosenTeamTaskId())))
        return;
    showStatus(tr("Invited. The members see their reserved seats once the marketplace confirms it."));
    m_awaitingConfirmation = true;
    refresh();
}

void TeamRequestsPage::newTeamTask()
{
    // The fee rate as task.publish@1 fixes it: the requester's standing now, under the policy the
    // marketplace announced (the defaults before the first contact).
    Policy policy = Policy::defaults();
    if (const std::optional<ServerInfo> info = m_engine.serverInfo(); info && !info->policy.isEmpty()) {
        if (auto announced = Policy::fromJson(QJsonDocument(info->policy).toJson(QJsonDocument::Compact)))
            policy = *announced;
    }
    Standing standing = Standing::Caterpillar;
    if (const auto state = m_store.state(); state && !state->userId.isEmpty()) {
        if (const auto account = m_store.read(u"account"_s, state->userId); account && *account) {
            if (auto parsed = parseStanding((*account)->value(u"standing"_s).toString()))
                standing = *parsed;
        }
    }
    TeamPostDialog dialog(m_store, *m_model, feeRate(standing, policy),
                          standing == Standing::Butterfly ? tr("Fee (butterfly)") : tr("Fee (caterpillar)"), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.mutation())
        return;
    const TeamMutation mutation = *dialog.mutation();
    if (!send(mutation))
        return;
    m_current = mutation.args.value(u"team_task_id"_s).toString();
    refresh();
    showStatus(tr("Posted. Workers see the team task once the marketplace confirms it and holds the escrow."));
    m_awaitingConfirmation = true;
}

} // namespace Chrysalis
