#include "ui/teams/teampostdialog.h"

#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "ui/profile/skillcompleter.h"
#include "ui/teams/centsspinbox.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kProblemStyle = u"color: #b3261e;"_s;

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(kProblemStyle);
    label->setVisible(false);
    return label;
}

void showProblem(QLabel *label, const QStringList &lines)
{
    label->setText(lines.join(u'\n'));
    label->setVisible(!lines.isEmpty());
}

} // namespace

TeamPostDialog::TeamPostDialog(LocalStore &store, const TeamTaskModel &model, BasisPoints feeBp,
                               const QString &feeLabel, QWidget *parent)
    : QDialog(parent), m_store(store), m_model(model), m_feeBp(feeBp), m_feeLabel(feeLabel)
{
    setWindowTitle(tr("New team task"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Workers who have the skill and tier take the seats you post, first come. Once every "
                                "seat is taken the team works together and delivers. Each seat's pay and fee are "
                                "held in escrow when you post."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title = new QLineEdit(this);
    m_title->setMaxLength(TeamTaskModel::kMaxTitleLength);
    m_title->setPlaceholderText(tr("e.g. Review the checkout screen"));
    m_titleProblem = problemLabel(this);
    auto *titleBox = new QVBoxLayout;
    titleBox->setSpacing(2);
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_titleProblem);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, titleBox);

    m_brief = new QPlainTextEdit(this);
    m_brief->setTabChangesFocus(true);
    m_brief->setPlaceholderText(tr("What the team does together and what it delivers."));
    m_brief->setMinimumHeight(80);
    m_brief->setMaximumHeight(140);
    form->addRow(tr("&Brief:"), m_brief);

    m_delivery = new QComboBox(this);
    m_delivery->addItem(tr("One shared answer, signed by every member"), u"shared"_s);
    m_delivery->addItem(tr("One answer per role"), u"per_role"_s);
    form->addRow(tr("&Delivery:"), m_delivery);

    const QDateTime now = QDateTime::currentDateTime();
    // A week ahead on the hour; minutes are the finest a deadline needs.
    QDateTime week = now.addDays(7);
    week.setTime(QTime(week.time().hour(), 0));
    m_deadline = new QDateTimeEdit(week, this);
    m_deadline->setCalendarPopup(true);
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    m_deadline->setDisplayFormat(format);
    m_deadline->setMinimumDateTime(now.addSecs(3600));
    m_deadline->setMaximumDateTime(now.addDays(TeamTaskModel::kMaxDeadlineDays));
    m_deadlineProblem = problemLabel(this);
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(new QLabel(tr("at most %1 days ahead").arg(TeamTaskModel::kMaxDeadlineDays), this));
    deadlineRow->addStretch();
    auto *deadlineBox = new QVBoxLayout;
    deadlineBox->setSpacing(2);
    deadlineBox->addLayout(deadlineRow);
    deadlineBox->addWidget(m_deadlineProblem);
    auto *deadlineLabel = new QLabel(tr("D&eadline:"), this);
    deadlineLabel->setBuddy(m_deadline);
    form->addRow(deadlineLabel, deadlineBox);
    layout->addLayout(form);

    auto *rolesLabel = new QLabel(tr("<b>Roles</b> — %1 to %2 roles, at most %3 seats in all")
                                          .arg(1)
                                          .arg(TeamTaskModel::kMaxRoles)
                                          .arg(TeamTaskModel::kMaxSeats),
                                  this);
    layout->addWidget(rolesLabel);
    m_roles = new QTableWidget(0, ColumnCount, this);
    m_roles->setHorizontalHeaderLabels(
            {tr("Role"), tr("Skill"), tr("Minimum tier"), tr("Seats"), tr("Pay per seat"), QString()});
    m_roles->verticalHeader()->setVisible(false);
    m_roles->setSelectionMode(QAbstractItemView::NoSelection);
    m_roles->setFocusPolicy(Qt::NoFocus);
    m_roles->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_roles->horizontalHeader()->setSectionResizeMode(SkillColumn, QHeaderView::Stretch);
    for (const int column : {TierColumn, SeatsColumn, PayColumn, RemoveColumn})
        m_roles->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_roles->setMinimumHeight(140);
    m_roles->setAccessibleName(tr("Roles"));
    layout->addWidget(m_roles, 1);
    m_rolesProblem = problemLabel(this);
    layout->addWidget(m_rolesProblem);
    auto *roleButtons = new QHBoxLayout;
    m_addRole = new QPushButton(tr("Add &role"), this);
    m_addRole->setAutoDefault(false);
    roleButtons->addWidget(m_addRole);
    roleButtons->addStretch();
    layout->addLayout(roleButtons);
    connect(m_addRole, &QPushButton::clicked, this, [this] { addRole(); });

    m_escrow = new QLabel(this);
    m_escrow->setTextFormat(Qt::RichText);
    m_escrow->setWordWrap(true);
    layout->addWidget(m_escrow);
    m_problems = problemLabel(this);
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_post = buttons->addButton(tr("&Post and hold the escrow"), QDialogButtonBox::AcceptRole);
    m_post->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_post, &QPushButton::clicked, this, &TeamPostDialog::tryPost);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    addRole();
    setMinimumWidth(760);
    resize(860, 600);
    m_title->setFocus();
    updateEscrow();
}

TeamPostDraft TeamPostDialog::draft() const
{
    TeamPostDraft draft;
    draft.title = m_title->text();
    draft.brief = m_brief->toPlainText();
    draft.delivery = m_delivery->currentData().toString();
    draft.deadline = m_deadline->dateTime().toUTC();
    for (int row = 0; row < roleCount(); ++row) {
        TeamSlotDraft slot;
        slot.role = roleEdit(row)->text();
        slot.skill = skillEdit(row)->text();
        slot.minTier = tierBox(row)->currentData().toString();
        slot.count = seatsBox(row)->value();
        slot.payCents = payBox(row)->cents();
        draft.slots.append(slot);
    }
    return draft;
}

int TeamPostDialog::roleCount() const
{
    return m_roles->rowCount();
}

void TeamPostDialog::addRole(const TeamSlotDraft &slot)
{
    const int row = m_roles->rowCount();
    m_roles->insertRow(row);
    auto *role = new QLineEdit(slot.role);
    role->setMaxLength(TeamTaskModel::kMaxNameLength);
    role->setPlaceholderText(tr("e.g. tester"));
    role->setAccessibleName(tr("Role"));
    auto *skill = new QLineEdit(slot.skill);
    skill->setMaxLength(TeamTaskModel::kMaxNameLength);
    skill->setPlaceholderText(tr("e.g. Software Testing"));
    skill->setAccessibleName(tr("Skill"));
    // One completer per line edit: a completer follows the widget it was last given.
    auto *completer = new SkillCompleter(skill);
    completer->reload(m_store);
    skill->setCompleter(completer);
    auto *tier = new QComboBox;
    for (const QString &name : {u"bronze"_s, u"silver"_s, u"gold"_s})
        tier->addItem(TeamTaskModel::tierText(name), name);
    tier->setCurrentIndex(std::max(0, tier->findData(slot.minTier)));
    auto *seats = new QSpinBox;
    seats->setRange(1, TeamTaskModel::kMaxSeats);
    seats->setValue(std::clamp(slot.count, 1, TeamTaskModel::kMaxSeats));
    seats->setAccessibleName(tr("Seats"));
    auto *pay = new CentsSpinBox;
    pay->setRange(0, static_cast<int>(TeamTaskModel::kMaxPayCents));
    pay->setValue(static_cast<int>(std::clamp<Cents>(slot.payCents, 0, TeamTaskModel::kMaxPayCents)));
    pay->setAccessibleName(tr("Pay per seat"));
    pay->setMinimumWidth(pay->fontMetrics().horizontalAdvance(formatCents(TeamTaskModel::kMaxPayCents)) + 40);
    auto *remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this role"));
    m_roles->setCellWidget(row, RoleColumn, role);
    m_roles->setCellWidget(row, SkillColumn, skill);
    m_roles->setCellWidget(row, TierColumn, tier);
    m_roles->setCellWidget(row, SeatsColumn, seats);
    m_roles->setCellWidget(row, PayColumn, pay);
    m_roles->setCellWidget(row, RemoveColumn, remove);
    m_roles->setRowHeight(row, std::max(role->sizeHint().height(), tier->sizeHint().height()) + 6);
    connect(seats, &QSpinBox::valueChanged, this, &TeamPostDialog::updateEscrow);
    connect(pay, &QSpinBox::valueChanged, this, &TeamPostDialog::updateEscrow);
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int at = 0; at < m_roles->rowCount(); ++at) {
            if (m_roles->cellWidget(at, RemoveColumn) == remove)
                return removeRole(at);
        }
    });
    m_addRole->setEnabled(roleCount() < TeamTaskModel::kMaxRoles);
    updateEscrow();
}

void TeamPostDialog::removeRole(int row)
{
    if (row < 0 || row >= roleCount())
        return;
    m_roles->removeRow(row);
    m_addRole->setEnabled(roleCount() < TeamTaskModel::kMaxRoles);
    updateEscrow();
}

QLineEdit *TeamPostDialog::roleEdit(int row) const
{
    return qobject_cast<QLineEdit *>(m_roles->cellWidget(row, RoleColumn));
}

QLineEdit *TeamPostDialog::skillEdit(int row) const
{
    return qobject_cast<QLineEdit *>(m_roles->cellWidget(row, SkillColumn));
}

QComboBox *TeamPostDialog::tierBox(int row) const
{
    return qobject_cast<QComboBox *>(m_roles->cellWidget(row, TierColumn));
}

QSpinBox *TeamPostDialog::seatsBox(int row) const
{
    return qobject_cast<QSpinBox *>(m_roles->cellWidget(row, SeatsColumn));
}

CentsSpinBox *TeamPostDialog::payBox(int row) const
{
    return qobject_cast<CentsSpinBox *>(m_roles->cellWidget(row, PayColumn));
}

QString TeamPostDialog::problemsText() const
{
    QStringList lines;
    for (QLabel *label : {m_titleProblem, m_deadlineProblem, m_rolesProblem, m_problems}) {
        if (!label->isHidden())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

QString TeamPostDialog::escrowText() const
{
    return m_escrow->text();
}

void TeamPostDialog::updateEscrow()
{
    const QLocale locale;
    const TeamPostDraft current = draft();
    Cents pay = 0;
    int seats = 0;
    for (const TeamSlotDraft &slot : current.slots) {
        pay += slot.payCents * slot.count;
        seats += slot.count;
    }
    const QString rate = locale.toString(static_cast<double>(m_feeBp) / 100.0, 'f', m_feeBp % 100 == 0 ? 0 : 2);
    QStringList parts;
    parts.append(tr("%1: %2 %").arg(m_feeLabel.toHtmlEscaped(), rate));
    const Result<Cents> escrow = TeamTaskModel::postEscrow(current, m_feeBp);
    if (escrow) {
        parts.append(tr("Seats: %1").arg(seats));
        parts.append(tr("Escrow: <b>%1</b> (pay %2 + fees %3)")
                             .arg(formatCents(*escrow, locale), formatCents(pay, locale),
                                  formatCents(*escrow - pay, locale)));
    }
    const std::optional<Cents> balance = m_model.balance();
    if (balance)
        parts.append(tr("Your balance: %1").arg(formatCents(*balance, locale)));
    QString html = parts.join(u" · "_s);
    if (escrow && balance && *balance < *escrow) {
        html += u"<br><span style=\"%1\">%2</span>"_s.arg(kProblemStyle,
                                                          tr("Your balance is %1 short of the escrow.")
                                                                  .arg(formatCents(*escrow - *balance, locale))
                                                                  .toHtmlEscaped());
    }
    m_escrow->setText(html);
}

QString TeamPostDialog::fieldLabel(const QString &field) const
{
    static const QRegularExpression slotField(u"^slots\\[(\\d+)\\]\\.(\\w+)$"_s);
    const QRegularExpressionMatch match = slotField.match(field);
    if (!match.hasMatch())
        return {};
    const int row = match.captured(1).toInt();
    const QString name = match.captured(2);
    QString what;
    if (name == u"role")
        what = tr("role name");
    else if (name == u"skill")
        what = tr("skill");
    else if (name == u"min_tier")
        what = tr("minimum tier");
    else if (name == u"count")
        what = tr("seats");
    else
        what = tr("pay");
    return tr("Role %1, %2").arg(row + 1).arg(what);
}

void TeamPostDialog::showProblems(const Error &error)
{
    QStringList title;
    QStringList deadline;
    QStringList roles;
    QStringList other;
    for (const FieldError &problem : error.fieldErrors) {
        m_messages.insert(problem.field, problem.message);
        if (problem.field == u"title")
            title.append(problem.message);
        else if (problem.field == u"deadline")
            deadline.append(problem.message);
        else if (problem.field == u"slots")
            roles.append(problem.message);
        else if (problem.field.startsWith(u"slots["))
            roles.append(tr("%1: %2").arg(fieldLabel(problem.field), problem.message));
        else if (problem.field != u"escrow")
            other.append(problem.message);
    }
    if (error.fieldErrors.isEmpty() || error.code == ErrorCode::InsufficientFunds)
        other.prepend(error.message);
    showProblem(m_titleProblem, title);
    showProblem(m_deadlineProblem, deadline);
    showProblem(m_rolesProblem, roles);
    showProblem(m_problems, other);
}

void TeamPostDialog::tryPost()
{
    m_messages.clear();
    m_mutation.reset();
    updateEscrow();
    auto built = m_model.post(draft(), m_feeBp);
    if (!built) {
        showProblems(built.error());
        return;
    }
    m_mutation = std::move(*built);
    accept();
}

} // namespace Chrysalis
