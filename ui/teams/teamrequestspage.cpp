#include "ui/teams/teamrequestspage.h"

#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "core/sync/teamroommodel.h"
#include "core/sync/teamtaskmodel.h"
#include "ui/teams/teamtasklist.h"

#include <QHBoxLayout>
#include <QHeaderView>
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
    approveRow->addWidget(m_status, 1);
    approveRow->addStretch();
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
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Team tasks").toHtmlEscaped()), this));
    auto *intro = new QLabel(tr("Your flash teams: workers take the seats you posted; once every seat is taken the "
                                "team works together and delivers. Approving a delivery pays each role from its "
                                "escrow."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_current = current.data(TeamTaskModel::TeamTaskIdRole).toString();
                showStatus({});
                fillDetails();
            });
    connect(m_approve, &QPushButton::clicked, this, &TeamRequestsPage::approve);
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
    fillDetails();
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
        roles.append(tr("%1: %2 of %3 seats taken, %4 each")
                             .arg(slot.role)
                             .arg(slot.filled)
                             .arg(slot.count)
                             .arg(formatCents(Cents{slot.payCents})));
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

    const bool delivered = task.state == u"delivered" || task.state == u"approved";
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
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

void TeamRequestsPage::approve()
{
    auto mutation = m_model->approve(m_current);
    if (!mutation)
        return showStatus(mutation.error().message, true);
    auto queued = m_engine.enqueue(mutation->name, mutation->args, mutation->overlay);
    if (!queued)
        return showStatus(tr("Could not keep this change: %1").arg(queued.error().message), true);
    showStatus(tr("Approved. Each member is paid when the marketplace confirms it."));
    refresh();
}

} // namespace Chrysalis
