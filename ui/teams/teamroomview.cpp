#include "ui/teams/teamroomview.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/teamroommodel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TeamRoomView::TeamRoomView(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine), m_model(std::make_unique<TeamRoomModel>(store))
{
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_brief = new QLabel(this);
    m_brief->setWordWrap(true);
    m_brief->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members = new QLabel(this);
    m_members->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    // The shared draft, its conflicted copy and its history.
    auto *draftPane = new QWidget(this);
    auto *draftLayout = new QVBoxLayout(draftPane);
    draftLayout->setContentsMargins(0, 0, 0, 0);
    auto *draftHeader = new QHBoxLayout;
    draftHeader->addWidget(sectionLabel(tr("Shared draft"), draftPane));
    m_version = new QLabel(draftPane);
    m_version->setForegroundRole(QPalette::PlaceholderText);
    draftHeader->addWidget(m_version, 1);
    m_save = new QPushButton(tr("&Save draft"), draftPane);
    m_save->setAutoDefault(false);
    draftHeader->addWidget(m_save);
    draftLayout->addLayout(draftHeader);
    m_draft = new QPlainTextEdit(draftPane);
    m_draft->setAccessibleName(tr("Shared draft"));
    m_draft->setPlaceholderText(tr("Nobody has written anything yet. Start the team's answer here and save it."));
    draftLayout->addWidget(m_draft, 3);

    m_conflict = new QFrame(draftPane);
    m_conflict->setFrameShape(QFrame::StyledPanel);
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    m_conflictLabel = new QLabel(m_conflict);
    m_conflictLabel->setWordWrap(true);
    m_conflictText = new QPlainTextEdit(m_conflict);
    m_conflictText->setReadOnly(true);
    m_conflictText->setAccessibleName(tr("Your conflicted copy"));
    m_conflictText->setMaximumHeight(90);
    auto *conflictButtons = new QHBoxLayout;
    auto *useCopy = new QPushButton(tr("&Use my text"), m_conflict);
    auto *discardCopy = new QPushButton(tr("Discard my copy"), m_conflict);
    useCopy->setAutoDefault(false);
    discardCopy->setAutoDefault(false);
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(discardCopy);
    conflictButtons->addWidget(useCopy);
    conflictLayout->addWidget(m_conflictLabel);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addLayout(conflictButtons);
    m_conflict->setVisible(false);
    draftLayout->addWidget(m_conflict);

    draftLayout->addWidget(sectionLabel(tr("Edit history"), draftPane));
    m_history = new QListWidget(draftPane);
    m_history->setAccessibleName(tr("Edit history"));
    m_history->setMaximumHeight(130);
    m_history->setWordWrap(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    draftLayout->addWidget(m_history, 1);

    // Members, thread and delivery.
    auto *talkPane = new QWidget(this);
    auto *talkLayout = new QVBoxLayout(talkPane);
    talkLayout->setContentsMargins(8, 0, 0, 0);
    talkLayout->addWidget(sectionLabel(tr("Messages"), talkPane));
    m_thread = new QTextBrowser(talkPane);
    m_thread->setAccessibleName(tr("Team messages"));
    m_thread->setOpenLinks(false);
    talkLayout->addWidget(m_thread, 1);
    m_message = new QPlainTextEdit(talkPane);
    m_message->setAccessibleName(tr("New message"));
    m_message->setPlaceholderText(tr("Write to your team (Ctrl+Enter sends)"));
    m_message->setMaximumHeight(70);
    talkLayout->addWidget(m_message);
    auto *sendRow = new QHBoxLayout;
    m_counter = new QLabel(talkPane);
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_send = new QPushButton(tr("Se&nd"), talkPane);
    m_send->setAutoDefault(false);
    sendRow->addWidget(m_counter, 1);
    sendRow->addWidget(m_send);
    talkLayout->addLayout(sendRow);
    talkLayout->addSpacing(8);
    talkLayout->addWidget(sectionLabel(tr("Delivery"), talkPane));
    m_deliveryStatus = new QLabel(talkPane);
    m_deliveryStatus->setWordWrap(true);
    talkLayout->addWidget(m_deliveryStatus);
    auto *deliverRow = new QHBoxLayout;
    deliverRow->addStretch(1);
    m_deliver = new QPushButton(talkPane);
    m_deliver->setAutoDefault(false);
    deliverRow->addWidget(m_deliver);
    talkLayout->addLayout(deliverRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(draftPane);
    splitter->addWidget(talkPane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_brief);
    layout->addWidget(m_members);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_save, &QPushButton::clicked, this, &TeamRoomView::saveDraft);
    connect(m_send, &QPushButton::clicked, this, &TeamRoomView::sendMessage);
    connect(m_deliver, &QPushButton::clicked, this, &TeamRoomView::deliver);
    connect(useCopy, &QPushButton::clicked, this, &TeamRoomView::useConflictedCopy);
    connect(discardCopy, &QPushButton::clicked, this, &TeamRoomView::discardConflictedCopy);
    connect(m_message, &QPlainTextEdit::textChanged, this, &TeamRoomView::updateCounter);
    connect(m_draft, &QPlainTextEdit::textChanged, this, [this] { m_save->setEnabled(m_model->canEdit()); });
    m_message->installEventFilter(this);
    connect(&m_engine, &SyncEngine::syncFinished, this, &TeamRoomView::refresh);
    updateCounter();
}

TeamRoomView::~TeamRoomView() = default;

void TeamRoomView::setTeamTaskId(const QString &teamTaskId)
{
    if (teamTaskId != m_model->teamTaskId()) {
        m_loadedText.clear();
        m_draft->setPlainText({});
        m_message->clear();
        m_status->setVisible(false);
        m_model->setTeamTaskId(teamTaskId);
        m_baseVersion = m_model->draftVersion();
        m_loadedText = m_model->draftText();
        m_draft->setPlainText(m_loadedText);
    }
    refresh();
}

bool TeamRoomView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter sends; a plain Enter stays a line break in the message.
    if (watched == m_message && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            sendMessage();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TeamRoomView::isDraftDirty() const
{
    return m_draft->toPlainText() != m_loadedText;
}

void TeamRoomView::refresh()
{
    const bool dirty = isDraftDirty();
    m_model->reload();
    const TeamTask &task = m_model->teamTask();
    m_heading->setText(u"<h3>%1</h3>"_s.arg(task.title.toHtmlEscaped()));
    m_brief->setText(task.brief.isEmpty() ? tr("The requester wrote no brief.") : task.brief);

    QStringList members;
    for (const TeamRoomMember &member : m_model->members()) {
        members.append(member.isMe ? tr("%1 (%2, you)").arg(member.pseudonym, member.role)
                                   : tr("%1 (%2)").arg(member.pseudonym, member.role));
    }
    m_members->setText(tr("Team: %1 · %2").arg(members.join(u", "_s), TeamTaskModel::stateText(m_model->state())));

    // Keep what the member typed; take the newest version only into an untouched editor.
    if (!dirty && (m_model->draftVersion() != m_baseVersion || m_model->draftText() != m_loadedText)) {
        m_baseVersion = m_model->draftVersion();
        m_loadedText = m_model->draftText();
        m_draft->setPlainText(m_loadedText);
    }
    const bool editable = m_model->canEdit();
    m_draft->setReadOnly(!editable);
    m_save->setEnabled(editable);
    if (m_model->draftVersion() == 0)
        m_version->setText(tr("not saved yet"));
    else if (dirty && m_model->draftVersion() != m_baseVersion)
        m_version->setText(tr("version %1 was saved while you edited version %2: saving keeps your text as a "
                              "conflicted copy")
                                   .arg(m_model->draftVersion())
                                   .arg(m_baseVersion));
    else
        m_version->setText(tr("version %1").arg(m_model->draftVersion()));

    const QList<ConflictedDraft> &conflicts = m_model->conflictedDrafts();
    m_conflict->setVisible(!conflicts.isEmpty());
    if (!conflicts.isEmpty()) {
        const ConflictedDraft &copy = conflicts.last();
        m_conflictLabel->setText(tr("Another member saved first, so your save of %1 (on version %2) was not "
                                    "applied. Your text is kept here:")
                                         .arg(shortTime(copy.savedAt))
                                         .arg(copy.baseVersion));
        m_conflictText->setPlainText(copy.text);
    }

    m_history->clear();
    for (const TeamDraftEdit &edit : m_model->edits()) {
        m_history->addItem(tr("Version %1 · %2 · %3 · %n characters", nullptr, static_cast<int>(edit.length))
                                   .arg(edit.version)
                                   .arg(edit.authorPseudonym, shortTime(edit.at)));
    }
    if (m_model->edits().isEmpty())
        m_history->addItem(tr("No edits yet."));

    updateThread();
    m_message->setEnabled(m_model->canMessage());
    updateCounter();

    QStringList delivery;
    if (m_model->delivery() == u"per_role") {
        for (const TeamRoleSlot &slot : task.slots) {
            const TeamDraftPart *part = nullptr;
            for (const TeamDraftPart &candidate : m_model->parts())
                part = candidate.role == slot.role ? &candidate : part;
            delivery.append(part ? tr("%1: submitted by %2").arg(slot.role, part->authorPseudonym)
                                 : tr("%1: not submitted yet").arg(slot.role));
        }
        m_deliver->setText(tr("Submit &my part"));
        m_deliver->setToolTip(tr("Sends the text in the editor as your role's part."));
    } else {
        for (const TeamRoomMember &member : m_model->members()) {
            const QString name = member.isMe ? tr("%1 (you)").arg(member.pseudonym) : member.pseudonym;
            if (member.signedVersion == 0)
                delivery.append(tr("%1: not signed yet").arg(name));
            else if (member.signedVersion == m_model->draftVersion())
                delivery.append(tr("%1: signed this version").arg(name));
            else
                delivery.append(tr("%1: signed version %2, an older one").arg(name).arg(member.signedVersion));
        }
        m_deliver->setText(tr("Si&gn version %1").arg(m_model->draftVersion()));
        m_deliver->setToolTip(tr("The team delivers when every member has signed the same version."));
    }
    QString deliveryText = delivery.join(u"\n"_s);
    if (m_model->state() == u"delivered")
        deliveryText = tr("Delivered: waiting for the requester's approval.") + u"\n"_s + deliveryText;
    else if (m_model->state() == u"approved")
        deliveryText = tr("Approved: the pay of each role is in its members' earnings.") + u"\n"_s + deliveryText;
    m_deliveryStatus->setText(deliveryText);
    const TeamRoomMember *me = m_model->me();
    const bool signedCurrent = m_model->delivery() == u"shared" && me && m_model->draftVersion() > 0 &&
                               me->signedVersion == m_model->draftVersion();
    if (signedCurrent)
        m_deliver->setText(tr("You signed version %1").arg(m_model->draftVersion()));
    m_deliver->setEnabled(editable && !signedCurrent &&
                          (m_model->delivery() == u"per_role" || m_model->draftVersion() > 0));
}

void TeamRoomView::updateThread()
{
    QString html;
    for (const TeamRoomMessage &message : m_model->messages()) {
        QString author = message.authorPseudonym.toHtmlEscaped();
        if (message.mine)
            author = tr("%1 (you)").arg(author);
        QString when = shortTime(message.createdAt);
        if (message.local)
            when = tr("%1 · waiting to sync").arg(when);
        QString text = message.text.toHtmlEscaped();
        text.replace(u"\n"_s, u"<br>"_s);
        html += u"<p><b>%1</b> <span style=\"color:gray\">%2</span><br>%3</p>"_s.arg(author, when.toHtmlEscaped(),
                                                                                     text);
    }
    if (html.isEmpty())
        html = u"<p style=\"color:gray\">%1</p>"_s.arg(
                tr("No messages yet. Say hello and agree who does what.").toHtmlEscaped());
    m_thread->setHtml(html);
    m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());
}

void TeamRoomView::updateCounter()
{
    const auto length = static_cast<int>(m_message->toPlainText().toUcs4().size());
    const bool over = length > TeamRoomModel::kMessageLimit;
    m_counter->setText(tr("%1 / %2 characters").arg(length).arg(TeamRoomModel::kMessageLimit));
    m_counter->setForegroundRole(over ? QPalette::BrightText : QPalette::PlaceholderText);
    m_counter->setStyleSheet(over ? u"color: #b3261e;"_s : QString());
    m_send->setEnabled(m_model->canMessage() && !over && !m_message->toPlainText().trimmed().isEmpty());
}

QString TeamRoomView::threadText() const
{
    return m_thread->toPlainText();
}

QStringList TeamRoomView::historyTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_history->count(); ++row)
        texts.append(m_history->item(row)->text());
    return texts;
}

QString TeamRoomView::membersText() const
{
    return m_members->text();
}

QString TeamRoomView::deliveryStatusText() const
{
    return m_deliveryStatus->text();
}

QString TeamRoomView::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void TeamRoomView::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

bool TeamRoomView::queue(const TeamMutation &mutation)
{
    auto queued = m_engine.enqueue(mutation.name, mutation.args, mutation.overlay);
    if (!queued) {
        showStatus(tr("Could not keep this change: %1").arg(queued.error().message), true);
        return false;
    }
    return true;
}

void TeamRoomView::saveDraft()
{
    const QString text = m_draft->toPlainText();
    auto mutation = m_model->saveDraft(text, m_baseVersion);
    if (!mutation)
        return showStatus(mutation.error().message, true);
    if (!queue(*mutation))
        return;
    m_baseVersion += 1;
    m_loadedText = text;
    showStatus(tr("Draft saved. It reaches your team with the next sync."));
    refresh();
}

void TeamRoomView::sendMessage()
{
    auto mutation = m_model->sendMessage(m_message->toPlainText());
    if (!mutation)
        return showStatus(mutation.error().message, true);
    if (!queue(*mutation))
        return;
    m_message->clear();
    showStatus({});
    refresh();
}

void TeamRoomView::deliver()
{
    auto mutation = m_model->delivery() == u"per_role" ? m_model->submitPart(m_draft->toPlainText()) : m_model->sign();
    if (!mutation)
        return showStatus(mutation.error().message, true);
    if (!queue(*mutation))
        return;
    showStatus(m_model->delivery() == u"per_role" ? tr("Your part is submitted.")
                                                  : tr("You signed version %1.").arg(m_model->draftVersion()));
    refresh();
}

void TeamRoomView::useConflictedCopy()
{
    const QList<ConflictedDraft> &conflicts = m_model->conflictedDrafts();
    if (conflicts.isEmpty())
        return;
    // On top of the current version, so the next save is not refused again.
    m_baseVersion = m_model->draftVersion();
    m_loadedText = m_model->draftText();
    m_draft->setPlainText(conflicts.last().text);
    showStatus(tr("Your text is back in the editor. Merge it with version %1 and save.").arg(m_baseVersion));
}

void TeamRoomView::discardConflictedCopy()
{
    const QList<ConflictedDraft> &conflicts = m_model->conflictedDrafts();
    if (conflicts.isEmpty())
        return;
    if (auto dismissed = m_engine.dismiss(conflicts.last().mutationId); !dismissed)
        showStatus(dismissed.error().message, true);
    refresh();
}

} // namespace Chrysalis
