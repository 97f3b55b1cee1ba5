#include "ui/teams/teamreviewdialogs.h"

#include "ui/arbitration/arbitrationtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

TeamRejectDialog::TeamRejectDialog(const QString &teamTitle, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Reject the team's delivery"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(teamTitle.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_intro = new QLabel(tr("Rejecting opens one conflict panel of gold arbiters for the whole delivery; none of "
                            "them sat on a team with its members. Every member is paid their role's pay whatever "
                            "the panel decides: its verdict only sets how much counts as the team's mistake and "
                            "what you are charged."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *codeLabel = new QLabel(tr("&Reason"), this);
    m_code = new QComboBox(this);
    m_code->addItem(tr("Choose a reason…"), QString());
    for (const QString &code : ArbitrationText::reasonCodes())
        m_code->addItem(ArbitrationText::reasonCodeLabel(code), code);
    codeLabel->setBuddy(m_code);
    layout->addWidget(codeLabel);
    layout->addWidget(m_code);

    auto *reasonLabel = new QLabel(tr("&Written reason"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Quote the brief and say how the delivery misses it."));
    m_reason->setMinimumHeight(110);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);

    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *reject = m_buttons->addButton(tr("Reject and open a panel"), QDialogButtonBox::AcceptRole);
    reject->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (missing().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QComboBox::currentIndexChanged, this, &TeamRejectDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TeamRejectDialog::updateState);
    updateState();
    m_code->setFocus();
}

QString TeamRejectDialog::reasonCode() const
{
    return m_code->currentData().toString();
}

QString TeamRejectDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void TeamRejectDialog::setReasonCode(const QString &code)
{
    m_code->setCurrentIndex(std::max(0, m_code->findData(code)));
}

void TeamRejectDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

QString TeamRejectDialog::missing() const
{
    QStringList missing;
    if (reasonCode().isEmpty())
        missing << tr("choose a reason");
    if (reason().isEmpty())
        missing << tr("write the reason");
    else if (reason().toUcs4().size() > TeamTaskModel::kMaxReasonLength)
        missing << tr("shorten the reason to %1 characters").arg(TeamTaskModel::kMaxReasonLength);
    return missing.isEmpty() ? QString() : tr("Still to do: %1.").arg(missing.join(u", "_s));
}

QString TeamRejectDialog::introText() const
{
    return m_intro->text();
}

void TeamRejectDialog::updateState()
{
    const QString what = missing();
    m_missing->setText(what);
    m_missing->setVisible(!what.isEmpty());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(what.isEmpty());
    }
}

TeamInviteDialog::TeamInviteDialog(const QString &teamTitle, const QList<EarlierTeam> &teams, QWidget *parent)
    : QDialog(parent), m_teams(teams)
{
    setWindowTitle(tr("Invite an earlier team"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ask a team that worked well for you before to “%1”. Each member whose role has a "
                                "free seat here gets that seat reserved for two days (or until the deadline); they "
                                "accept or decline, and a declined seat opens to everyone again.")
                                     .arg(teamTitle),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAccessibleName(tr("Earlier teams"));
    for (const EarlierTeam &team : m_teams) {
        QStringList members;
        for (const EarlierTeamMember &member : team.members)
            members.append(tr("%1 (%2)").arg(member.pseudonym, member.role));
        m_list->addItem(
                tr("%1 — %2").arg(team.title, members.isEmpty() ? tr("members not known yet") : members.join(u", "_s)));
    }
    layout->addWidget(m_list, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *invite = m_buttons->addButton(tr("&Invite this team"), QDialogButtonBox::AcceptRole);
    invite->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [invite](int row) { invite->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_teams.isEmpty())
        m_list->setCurrentRow(0);
}

QString TeamInviteDialog::chosenTeamTaskId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_teams.size() ? m_teams.at(row).teamTaskId : QString();
}

void TeamInviteDialog::choose(int row)
{
    m_list->setCurrentRow(row);
}

QStringList TeamInviteDialog::teamTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts.append(m_list->item(row)->text());
    return texts;
}

} // namespace Chrysalis
