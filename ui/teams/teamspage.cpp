#include "ui/teams/teamspage.h"

#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "core/sync/teamtaskmodel.h"
#include "ui/teams/teamroomview.h"
#include "ui/teams/teamtasklist.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

TeamsPage::TeamsPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine),
      m_model(std::make_unique<TeamTaskModel>(store, TeamTaskModel::Audience::Worker))
{
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_list = createTeamTaskList(m_model.get(), tr("Team tasks"), side);
    m_empty = createEmptyHint(tr("No team task is open to you. When a requester posts a flash team whose roles fit "
                                 "your tier, it appears here; add skills to your profile to qualify for more roles."),
                              side);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_empty);

    m_stack = new QStackedWidget(this);
    m_nothing = new QLabel(tr("Choose a team task to see its roles."), m_stack);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_nothing);

    m_details = new QWidget(m_stack);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(m_details);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_brief = new QLabel(m_details);
    m_brief->setWordWrap(true);
    m_brief->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(m_details);
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_brief);
    detailsLayout->addWidget(m_facts);

    m_invitation = new QWidget(m_details);
    m_invitation->setAutoFillBackground(true);
    m_invitation->setBackgroundRole(QPalette::AlternateBase);
    auto *invitationLayout = new QHBoxLayout(m_invitation);
    m_invitationLabel = new QLabel(m_invitation);
    m_invitationLabel->setWordWrap(true);
    m_accept = new QPushButton(tr("&Accept"), m_invitation);
    m_decline = new QPushButton(tr("&Decline"), m_invitation);
    m_accept->setAutoDefault(false);
    m_decline->setAutoDefault(false);
    invitationLayout->addWidget(m_invitationLabel, 1);
    invitationLayout->addWidget(m_decline);
    invitationLayout->addWidget(m_accept);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(m_invitation);

    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(boldLabel(tr("Roles"), m_details));
    m_rolesBox = new QWidget(m_details);
    m_roles = new QGridLayout(m_rolesBox);
    m_roles->setContentsMargins(0, 0, 0, 0);
    m_roles->setHorizontalSpacing(18);
    detailsLayout->addWidget(m_rolesBox);
    auto *seatRow = new QHBoxLayout;
    m_seatNote = new QLabel(m_details);
    m_seatNote->setWordWrap(true);
    m_leave = new QPushButton(tr("&Leave the team"), m_details);
    m_leave->setAutoDefault(false);
    seatRow->addWidget(m_seatNote, 1);
    seatRow->addWidget(m_leave);
    detailsLayout->addSpacing(6);
    detailsLayout->addLayout(seatRow);
    detailsLayout->addStretch(1);
    m_stack->addWidget(m_details);

    m_room = new TeamRoomView(store, engine, m_stack);
    m_stack->addWidget(m_room);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    side->setMinimumWidth(260);
    splitter->setSizes({320, 960});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Flash teams").toHtmlEscaped()), this));
    auto *intro = new QLabel(tr("Take a seat in a team of workers with the skills a task needs. A team forms when "
                                "every seat is taken; its members then write one answer together, and each role is "
                                "paid when the requester approves it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showTeamTask(current.data(TeamTaskModel::TeamTaskIdRole).toString());
            });
    connect(m_leave, &QPushButton::clicked, this, &TeamsPage::leave);
    connect(m_decline, &QPushButton::clicked, this, &TeamsPage::decline);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const int row = m_model->rowOf(m_current); row >= 0)
            join(m_model->teamTask(row).invitationRole);
    });
    connect(&m_engine, &SyncEngine::syncFinished, this, [this] {
        showStatus({}); // what the last action said is now the server's to confirm or refuse
        refresh();
    });

    setMinimumSize(980, 560);
    refresh();
}

TeamsPage::~TeamsPage() = default;

QStringList TeamsPage::teamTaskIds() const
{
    QStringList ids;
    for (const TeamTask &task : m_model->teamTasks())
        ids.append(task.id);
    return ids;
}

bool TeamsPage::selectTeamTask(const QString &teamTaskId)
{
    const int row = m_model->rowOf(teamTaskId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, TeamTaskModel::Title));
    showTeamTask(teamTaskId);
    return true;
}

void TeamsPage::refresh()
{
    m_model->reload();
    m_empty->setVisible(m_model->rowCount() == 0);
    m_current = reselectTeamTask(m_list, *m_model, m_current);
    fillDetails();
}

void TeamsPage::showTeamTask(const QString &teamTaskId)
{
    if (teamTaskId != m_current)
        showStatus({});
    m_current = teamTaskId;
    fillDetails();
}

void TeamsPage::fillDetails()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        m_nothing->setText(m_model->rowCount() == 0 ? tr("Nothing to show yet.")
                                                    : tr("Choose a team task to see its roles."));
        m_stack->setCurrentWidget(m_nothing);
        return;
    }
    const TeamTask &task = m_model->teamTask(row);
    if (const QList<OutboxEntry> refused = m_model->refusals(task.id); !refused.isEmpty() && statusText().isEmpty())
        showStatus(tr("The marketplace refused your last change to this team: %1. It is listed under Needs "
                      "attention.")
                           .arg(refused.last().outcomeMessage()),
                   true);
    if (!task.myRole.isEmpty() && task.state != u"assembling" && task.state != u"dissolved") {
        m_room->setTeamTaskId(task.id);
        m_stack->setCurrentWidget(m_room);
        return;
    }
    m_stack->setCurrentWidget(m_details);
    m_heading->setText(u"<h3>%1</h3>"_s.arg(task.title.toHtmlEscaped()));
    m_brief->setText(task.brief.isEmpty() ? tr("The requester wrote no brief.") : task.brief);
    m_facts->setText(tr("Deadline %1 · %2 · %3 of %4 seats taken · %5")
                             .arg(QLocale().toString(task.deadline.toLocalTime(), QLocale::ShortFormat),
                                  TeamTaskModel::deliveryText(task.delivery))
                             .arg(task.filled)
                             .arg(task.seats)
                             .arg(TeamTaskModel::stateText(task.state)));

    m_invitation->setVisible(!task.invitationRole.isEmpty() && task.myRole.isEmpty());
    if (!task.invitationRole.isEmpty()) {
        m_invitationLabel->setText(
                tr("The requester invites you back as %1: a seat is kept for you until %2.")
                        .arg(task.invitationRole,
                             QLocale().toString(task.invitationExpiresAt.toLocalTime(), QLocale::ShortFormat)));
    }

    while (QLayoutItem *item = m_roles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList headers{tr("Role"),         tr("Skill"),      tr("Minimum tier"),
                              tr("Pay per seat"), tr("Seats left"), QString()};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = boldLabel(headers.at(column), m_rolesBox);
        header->setForegroundRole(QPalette::PlaceholderText);
        m_roles->addWidget(header, 0, column);
    }
    const bool assembling = task.state == u"assembling";
    int line = 1;
    for (const TeamRoleSlot &slot : task.slots) {
        auto *role = boldLabel(slot.role, m_rolesBox);
        m_roles->addWidget(role, line, 0);
        m_roles->addWidget(new QLabel(slot.skill, m_rolesBox), line, 1);
        m_roles->addWidget(new QLabel(TeamTaskModel::tierText(slot.minTier), m_rolesBox), line, 2);
        auto *pay = new QLabel(formatCents(Cents{slot.payCents}), m_rolesBox);
        pay->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_roles->addWidget(pay, line, 3);
        auto *seats = new QLabel(tr("%1 of %2").arg(slot.open).arg(slot.count), m_rolesBox);
        seats->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_roles->addWidget(seats, line, 4);
        if (task.myRole == slot.role) {
            auto *yours = new QLabel(tr("Your seat"), m_rolesBox);
            yours->setObjectName(u"note-"_s + slot.role);
            m_roles->addWidget(yours, line, 5);
        } else if (assembling && task.myRole.isEmpty() && task.invitationRole == slot.role) {
            auto *reserved = new QLabel(tr("Reserved for you: accept the invitation above"), m_rolesBox);
            reserved->setObjectName(u"note-"_s + slot.role);
            m_roles->addWidget(reserved, line, 5);
        } else if (assembling && task.myRole.isEmpty() && slot.reasons.isEmpty()) {
            auto *joinRole = new QPushButton(tr("Join as %1").arg(slot.role), m_rolesBox);
            joinRole->setObjectName(u"join-"_s + slot.role);
            joinRole->setAutoDefault(false);
            const QString name = slot.role;
            connect(joinRole, &QPushButton::clicked, this, [this, name] { join(name); });
            m_roles->addWidget(joinRole, line, 5, Qt::AlignLeft);
        } else {
            // A seated worker needs only the one reason: a team has one seat per worker.
            const QString why =
                    !task.myRole.isEmpty()
                            ? tr("you hold the %1 seat, and a team has one seat per worker").arg(task.myRole)
                            : TeamTaskModel::whyNotText(slot);
            auto *note = new QLabel(why.isEmpty() ? QString() : tr("Closed to you: %1").arg(why), m_rolesBox);
            note->setObjectName(u"note-"_s + slot.role);
            note->setWordWrap(true);
            note->setForegroundRole(QPalette::PlaceholderText);
            m_roles->addWidget(note, line, 5);
        }
        ++line;
    }
    m_roles->setColumnStretch(5, 1);

    const bool seated = !task.myRole.isEmpty();
    m_leave->setVisible(seated && assembling);
    if (seated && assembling)
        m_seatNote->setText(tr("You hold a %1 seat. The team forms when every seat is taken; until then you can "
                               "leave.")
                                    .arg(task.myRole));
    else if (task.state == u"dissolved")
        m_seatNote->setText(tr("This team dissolved before it delivered."));
    else
        m_seatNote->setText(task.local ? tr("Waiting to sync.") : QString());
    m_seatNote->setVisible(!m_seatNote->text().isEmpty());
}

QPushButton *TeamsPage::joinButton(const QString &role) const
{
    return m_rolesBox->findChild<QPushButton *>(u"join-"_s + role);
}

QString TeamsPage::roleNote(const QString &role) const
{
    const auto *note = m_rolesBox->findChild<QLabel *>(u"note-"_s + role);
    return note ? note->text() : QString();
}

QString TeamsPage::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

bool TeamsPage::isRoomShown() const
{
    return m_stack->currentWidget() == m_room;
}

void TeamsPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

bool TeamsPage::queue(const TeamMutation &mutation)
{
    auto queued = m_engine.enqueue(mutation.name, mutation.args, mutation.overlay);
    if (!queued) {
        showStatus(tr("Could not keep this change: %1").arg(queued.error().message), true);
        return false;
    }
    return true;
}

void TeamsPage::join(const QString &role)
{
    auto mutation = m_model->join(m_current, role);
    if (!mutation)
        return showStatus(mutation.error().message, true);
    if (!queue(*mutation))
        return;
    showStatus(tr("You took a %1 seat. The server confirms it with the next sync.").arg(role));
    refresh();
}

void TeamsPage::leave()
{
    auto mutation = m_model->leave(m_current);
    if (!mutation)
        return showStatus(mutation.error().message, true);
    if (!queue(*mutation))
        return;
    showStatus(tr("You gave your seat back."));
    refresh();
}

void TeamsPage::decline()
{
    auto mutation = m_model->decline(m_current);
    if (!mutation)
        return showStatus(mutation.error().message, true);
    if (!queue(*mutation))
        return;
    showStatus(tr("You declined the invitation; the seat is open to others again."));
    refresh();
}

} // namespace Chrysalis
