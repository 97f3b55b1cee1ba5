#include "ui/arbitration/conflictpanelpage.h"

#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/answerviewer.h"
#include "ui/arbitration/arbitrationtext.h"
#include "ui/arbitration/outcomeview.h"
#include "ui/arbitration/settlementledger.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

ConflictPanelPage::ConflictPanelPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = richLabel(this);
    layout->addWidget(m_heading);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto *evidence = new QWidget(scroll);
    auto *evidenceLayout = new QVBoxLayout(evidence);
    m_evidence = richLabel(evidence);
    evidenceLayout->addWidget(m_evidence);
    m_answerHeading = new QLabel(u"<b>%1</b>"_s.arg(tr("The worker's answer").toHtmlEscaped()), evidence);
    evidenceLayout->addWidget(m_answerHeading);
    m_answer = new AnswerViewer(evidence, false);
    evidenceLayout->addWidget(m_answer);
    m_others = richLabel(evidence);
    evidenceLayout->addWidget(m_others);
    evidenceLayout->addStretch(1);
    scroll->setWidget(evidence);

    auto *sideScroll = new QScrollArea(splitter);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    auto *side = new QWidget(sideScroll);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    m_voteBox = new QGroupBox(tr("Your vote"), side);
    auto *voteLayout = new QVBoxLayout(m_voteBox);
    m_voteQuestion = new QLabel(m_voteBox);
    m_voteQuestion->setWordWrap(true);
    voteLayout->addWidget(m_voteQuestion);
    m_workerFault = new QRadioButton(m_voteBox);
    m_requesterFault = new QRadioButton(tr("R&equester fault: the rejection is not justified"), m_voteBox);
    setVoteWording(false);
    m_faults = new QButtonGroup(this);
    m_faults->addButton(m_workerFault);
    m_faults->addButton(m_requesterFault);
    voteLayout->addWidget(m_workerFault);
    voteLayout->addWidget(m_requesterFault);
    auto *rationaleLabel =
            new QLabel(tr("&Rationale (required; shown to everyone without your name after the close)"), m_voteBox);
    rationaleLabel->setWordWrap(true);
    m_rationale = new QPlainTextEdit(m_voteBox);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("Which instruction decides it, and why."));
    m_rationale->setMinimumHeight(80);
    rationaleLabel->setBuddy(m_rationale);
    voteLayout->addWidget(rationaleLabel);
    voteLayout->addWidget(m_rationale, 1);
    m_cast = new QPushButton(tr("Cast vote…"), m_voteBox);
    auto *castRow = new QHBoxLayout;
    castRow->addStretch(1);
    castRow->addWidget(m_cast);
    voteLayout->addLayout(castRow);
    m_confirmFrame = new QFrame(m_voteBox);
    m_confirmFrame->setFrameShape(QFrame::StyledPanel);
    auto *confirmLayout = new QVBoxLayout(m_confirmFrame);
    m_confirmText = new QLabel(m_confirmFrame);
    m_confirmText->setWordWrap(true);
    confirmLayout->addWidget(m_confirmText);
    auto *confirmRow = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), m_confirmFrame);
    m_confirm = new QPushButton(tr("Cast vote, final"), m_confirmFrame);
    confirmRow->addStretch(1);
    confirmRow->addWidget(m_back);
    confirmRow->addWidget(m_confirm);
    confirmLayout->addLayout(confirmRow);
    m_confirmFrame->hide();
    voteLayout->addWidget(m_confirmFrame);
    sideLayout->addWidget(m_voteBox);

    m_voteState = richLabel(side);
    sideLayout->addWidget(m_voteState);
    m_partyNote = richLabel(side);
    sideLayout->addWidget(m_partyNote);
    m_outcome = new OutcomeView(side);
    sideLayout->addWidget(m_outcome, 1);
    m_error = richLabel(side);
    m_error->hide();
    sideLayout->addWidget(m_error);
    sideLayout->addStretch(0);
    sideScroll->setWidget(side);

    splitter->addWidget(scroll);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_splitter = splitter;
    layout->addWidget(splitter, 1);

    connect(m_faults, &QButtonGroup::buttonToggled, this, &ConflictPanelPage::updateCastEnabled);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &ConflictPanelPage::updateCastEnabled);
    connect(m_cast, &QPushButton::clicked, this, &ConflictPanelPage::askToConfirm);
    connect(m_confirm, &QPushButton::clicked, this, &ConflictPanelPage::confirmVote);
    connect(m_back, &QPushButton::clicked, this, &ConflictPanelPage::cancelConfirm);
    auto *castKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    castKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(castKey, &QShortcut::activated, this, [this] {
        if (isConfirming())
            confirmVote();
        else if (m_cast->isEnabled())
            askToConfirm();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isConfirming())
            cancelConfirm();
        else
            Q_EMIT leaveRequested();
    });

    auto *countdown = new QTimer(this);
    countdown->setInterval(30'000);
    connect(countdown, &QTimer::timeout, this, [this] {
        if (!m_shownConflict.isEmpty())
            updateHeading();
    });
    countdown->start();
    connect(&engine, &SyncEngine::syncFinished, this, &ConflictPanelPage::reload);
    connect(&engine, &SyncEngine::outboxChanged, this, &ConflictPanelPage::reload);
    updateCastEnabled();
    reload();
}

void ConflictPanelPage::setPolicy(const Policy &policy)
{
    m_policy = policy;
    reload();
}

void ConflictPanelPage::setConflict(const QString &conflictId)
{
    if (conflictId != m_conflictId) {
        m_conflictId = conflictId;
        m_faults->setExclusive(false);
        m_workerFault->setChecked(false);
        m_requesterFault->setChecked(false);
        m_faults->setExclusive(true);
        m_rationale->clear();
        m_confirmFrame->hide();
    }
    reload();
}

bool ConflictPanelPage::isConfirming() const
{
    return !m_confirmFrame->isHidden();
}

QString ConflictPanelPage::chosenFault() const
{
    if (m_workerFault->isChecked())
        return u"worker"_s;
    if (m_requesterFault->isChecked())
        return u"requester"_s;
    return {};
}

void ConflictPanelPage::updateCastEnabled()
{
    m_cast->setEnabled(!chosenFault().isEmpty() && !m_rationale->toPlainText().trimmed().isEmpty());
}

void ConflictPanelPage::askToConfirm()
{
    if (!m_cast->isEnabled() || m_voteBox->isHidden())
        return;
    m_confirmText->setText(tr("Cast “%1”? Votes are final: you cannot change or withdraw it, and it stays hidden "
                              "until the panel closes.")
                                   .arg(ArbitrationText::faultLabel(chosenFault())));
    m_confirmFrame->show();
    m_workerFault->setEnabled(false);
    m_requesterFault->setEnabled(false);
    m_rationale->setReadOnly(true);
    m_cast->setEnabled(false);
    m_confirm->setFocus();
}

void ConflictPanelPage::cancelConfirm()
{
    if (!isConfirming())
        return;
    m_confirmFrame->hide();
    m_workerFault->setEnabled(true);
    m_requesterFault->setEnabled(true);
    m_rationale->setReadOnly(false);
    updateCastEnabled();
    m_rationale->setFocus();
}

void ConflictPanelPage::confirmVote()
{
    if (!isConfirming() || m_conflictId.isEmpty())
        return;
    const QString fault = chosenFault();
    const QString rationale = m_rationale->toPlainText().trimmed();
    const QString voteId = newId();
    const QJsonObject vote{
            {u"id"_s, voteId},           {u"conflict_id"_s, m_conflictId},
            {u"arbiter_id"_s, m_me},     {u"fault"_s, fault},
            {u"rationale"_s, rationale}, {u"cast_at"_s, m_engine.serverNow().toString(Qt::ISODateWithMs)}};
    m_confirmFrame->hide();
    m_workerFault->setEnabled(true);
    m_requesterFault->setEnabled(true);
    m_rationale->setReadOnly(false);
    const auto queued = m_engine.enqueue(u"vote.cast@1"_s,
                                         {{u"vote_id"_s, voteId},
                                          {u"conflict_id"_s, m_conflictId},
                                          {u"fault"_s, fault},
                                          {u"rationale"_s, rationale}},
                                         {OverlayWrite::upsert(u"vote"_s, voteId, vote)});
    if (!queued) {
        m_error->setText(tr("The vote could not be saved: %1").arg(queued.error().message).toHtmlEscaped());
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT voteQueued(m_conflictId, fault);
    reload();
}

void ConflictPanelPage::reload()
{
    m_me = ownAccount(m_store).value(u"id"_s).toString();
    const auto found = m_conflictId.isEmpty() ? Result<std::optional<QJsonObject>>(std::nullopt)
                                              : m_store.read(u"conflict"_s, m_conflictId);
    if (!found || !found->has_value()) {
        m_shownConflict = {};
        m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Conflict panel").toHtmlEscaped()));
        m_evidence->setText(m_conflictId.isEmpty()
                                    ? tr("Choose a conflict in the queue.")
                                    : tr("This conflict is not visible to you: the server offers an open panel only "
                                         "to arbiters who may sit on it, and shows a closed one only to the parties "
                                         "and the arbiters who voted."));
        m_answerHeading->hide();
        m_answer->hide();
        m_others->clear();
        m_voteBox->hide();
        m_partyNote->clear();
        updateVoteBox({});
        m_outcome->setOutcome({}, {}, {}, m_me, m_policy);
        m_outcome->hide();
        return;
    }
    const QJsonObject conflict = **found;
    const bool open = conflict.value(u"state"_s).toString() == u"open";
    const QJsonObject revision = conflict.value(u"revision"_s).toObject();
    const QJsonObject item = conflict.value(u"item"_s).toObject();
    m_shownConflict = conflict;
    updateHeading();
    setVoteWording(isTeamConflict(conflict));
    if (isTeamConflict(conflict)) {
        showTeamDelivery(conflict);
    } else {

        m_evidence->setText(u"<b>%1</b><br>%2: %3<br><br><b>%4</b><br>%5<br><br><b>%6</b> (%7)<br>%8"_s.arg(
                tr("The rejection").toHtmlEscaped(),
                ArbitrationText::reasonCodeLabel(conflict.value(u"reason_code"_s).toString()).toHtmlEscaped(),
                conflict.value(u"reason"_s).toString().toHtmlEscaped(), tr("Answer pay").toHtmlEscaped(),
                ArbitrationText::money(conflict.value(u"pay_cents"_s).toInteger()).toHtmlEscaped(),
                tr("Instructions the worker saw").toHtmlEscaped(),
                tr("revision %1").arg(revision.value(u"number"_s).toInt()).toHtmlEscaped(),
                revision.value(u"instructions"_s).toString().toHtmlEscaped().replace(u'\n', u"<br>"_s)));
        const QJsonArray form = revision.value(u"form"_s).toArray();
        const QJsonObject itemData = item.value(u"data"_s).toObject();
        m_answerHeading->show();
        m_answer->show();
        // An open panel is mostly reading; a closed one mostly the outcome.
        if (m_splitterOpenState != static_cast<int>(open)) {
            m_splitterOpenState = static_cast<int>(open);
            m_splitter->setSizes(open ? QList<int>{560, 480} : QList<int>{400, 640});
        }
        m_answer->setAnswer(form, conflict.value(u"answer_fields"_s).toObject(), itemData);

        // Other answers to the same item, when the mirror has them: values only, no names.
        QStringList others;
        if (const auto answers = m_store.list(u"answer"_s)) {
            for (const StoredEntity &answer : *answers) {
                if (answer.id == conflict.value(u"answer_id"_s).toString() ||
                    answer.data.value(u"item_id"_s).toString() != item.value(u"id"_s).toString())
                    continue;
                QStringList values;
                const QJsonObject fields = answer.data.value(u"fields"_s).toObject();
                for (const QJsonValue &field : form) {
                    const QJsonObject definition = field.toObject();
                    values << u"<i>%1</i>: %2"_s.arg(
                            definition.value(u"label"_s).toString().toHtmlEscaped(),
                            AnswerViewer::fieldHtml(definition, fields.value(definition.value(u"name"_s).toString()),
                                                    itemData));
                }
                others << u"<b>%1</b><br>%2"_s.arg(tr("Another worker").toHtmlEscaped(), values.join(u"<br>"_s));
            }
        }
        m_others->setText(others.isEmpty() ? QString()
                                           : u"<b>%1</b><br>%2"_s.arg(tr("Other answers to this item").toHtmlEscaped(),
                                                                      others.join(u"<br><br>"_s)));
        m_others->setVisible(!others.isEmpty());
    }

    updateVoteBox(conflict);

    if (open) {
        m_outcome->setOutcome({}, {}, {}, m_me, m_policy);
        m_outcome->hide();
        return;
    }
    // Closed: the votes as pulled after the close, and the viewer's ledger lines of this settlement.
    QList<QJsonObject> votes;
    if (const auto pulled = m_store.list(u"vote"_s)) {
        for (const StoredEntity &vote : *pulled) {
            if (vote.data.value(u"conflict_id"_s).toString() == m_conflictId && !vote.local)
                votes.append(vote.data);
        }
    }
    QList<QJsonObject> closed;
    if (const auto conflicts = m_store.list(u"conflict"_s)) {
        for (const StoredEntity &other : *conflicts) {
            if (other.data.value(u"state"_s).toString() == u"closed") {
                QJsonObject row = other.data;
                row.insert(u"id"_s, other.id);
                closed.append(row);
            }
        }
    }
    QList<LedgerLine> ledger;
    if (const auto lines = m_store.list(u"ledger_entry"_s)) {
        for (const StoredEntity &line : *lines)
            ledger.append(LedgerLine::fromJson(line.data));
    }
    const auto matched = matchSettlementLines(closed, ledger, m_me, m_policy);
    m_outcome->setOutcome(conflict, votes, matched.value(m_conflictId), m_me, m_policy);
    m_outcome->show();
}

void ConflictPanelPage::setVoteWording(bool team)
{
    // The worker's side of a team panel is the whole team and its delivery; the vote means the same.
    m_voteQuestion->setText(
            team ? tr("Whose fault is it that the team's delivery was rejected? No one sees your vote "
                      "before the panel closes, and it cannot be changed.")
                 : tr("Whose fault is it that the answer was rejected? No one sees your vote before the "
                      "panel closes, and it cannot be changed."));
    m_workerFault->setText(team ? tr("&Team fault: the delivery breaks the brief")
                                : tr("&Worker fault: the answer breaks the instructions"));
}

void ConflictPanelPage::showTeamDelivery(const QJsonObject &conflict)
{
    m_evidence->setText(u"<b>%1</b><br>%2: %3<br><br><b>%4</b><br>%5<br><br><b>%6</b><br>%7"_s.arg(
            tr("The rejection").toHtmlEscaped(),
            ArbitrationText::reasonCodeLabel(conflict.value(u"reason_code"_s).toString()).toHtmlEscaped(),
            conflict.value(u"reason"_s).toString().toHtmlEscaped(), tr("Pay of the whole team").toHtmlEscaped(),
            ArbitrationText::money(conflict.value(u"pay_cents"_s).toInteger()).toHtmlEscaped(),
            tr("The team's brief").toHtmlEscaped(),
            conflict.value(u"brief"_s).toString().toHtmlEscaped().replace(u'\n', u"<br>"_s)));
    // A delivery is text, not answer fields: the members and their roles, then the shared text or each part.
    m_answerHeading->hide();
    m_answer->hide();
    QStringList members;
    for (const QJsonValue &value : conflict.value(u"members"_s).toArray()) {
        const QJsonObject member = value.toObject();
        members << tr("%1 (%2, %3)")
                           .arg(member.value(u"pseudonym"_s).toString(), member.value(u"role"_s).toString(),
                                ArbitrationText::money(member.value(u"pay_cents"_s).toInteger()))
                           .toHtmlEscaped();
    }
    QString delivered;
    const QJsonArray parts = conflict.value(u"parts"_s).toArray();
    if (parts.isEmpty()) {
        delivered = conflict.value(u"text"_s).toString().toHtmlEscaped().replace(u'\n', u"<br>"_s);
    } else {
        QStringList shown;
        for (const QJsonValue &value : parts) {
            const QJsonObject part = value.toObject();
            shown << u"<i>%1</i><br>%2"_s.arg(
                    tr("%1, by %2")
                            .arg(part.value(u"role"_s).toString(), part.value(u"author_pseudonym"_s).toString())
                            .toHtmlEscaped(),
                    part.value(u"text"_s).toString().toHtmlEscaped().replace(u'\n', u"<br>"_s));
        }
        delivered = shown.join(u"<br><br>"_s);
    }
    m_others->setText(
            u"<b>%1</b><br>%2<br><br><b>%3</b><br>%4"_s.arg(tr("The team").toHtmlEscaped(), members.join(u"<br>"_s),
                                                            tr("What the team delivered").toHtmlEscaped(), delivered));
    m_others->show();
}

void ConflictPanelPage::updateHeading()
{
    const QJsonObject &conflict = m_shownConflict;
    const bool open = conflict.value(u"state"_s).toString() == u"open";
    const QJsonObject revision = conflict.value(u"revision"_s).toObject();
    const qint64 secondsLeft = m_engine.serverNow().secsTo(wireTime(conflict.value(u"deadline"_s)));

    QString status;
    if (open) {
        status = tr("Open · %1 of %2 seats filled · closes in %3%4 · arbiter pay %5")
                         .arg(conflict.value(u"votes_cast"_s).toInt())
                         .arg(conflict.value(u"seats"_s).toInt())
                         .arg(ArbitrationText::duration(secondsLeft),
                              conflict.value(u"extended"_s).toBool() ? tr(" (extended)") : QString(),
                              ArbitrationText::money(m_policy.panel.arbiterPayCents));
    } else {
        status = tr("Closed · %n vote(s)", nullptr, conflict.value(u"votes_cast"_s).toInt());
    }
    m_heading->setText(u"<h2>%1</h2>%2"_s.arg(conflictTitle(conflict).toHtmlEscaped(), status.toHtmlEscaped()));
}

void ConflictPanelPage::updateVoteBox(const QJsonObject &conflict)
{
    const bool open = conflict.value(u"state"_s).toString() == u"open";
    const bool teamMember = isOwnTeamConflict(m_store, conflict);
    const bool worker = (!m_me.isEmpty() && conflict.value(u"worker_id"_s).toString() == m_me) || teamMember;
    const bool requester = !m_me.isEmpty() && conflict.value(u"requester_id"_s).toString() == m_me;

    // The signed-in arbiter's own vote: in the mirror or waiting in the outbox; or refused.
    std::optional<QJsonObject> mine;
    bool waiting = false;
    if (const auto votes = m_store.list(u"vote"_s)) {
        for (const StoredEntity &vote : *votes) {
            if (vote.data.value(u"conflict_id"_s).toString() == m_conflictId &&
                vote.data.value(u"arbiter_id"_s).toString() == m_me && !m_me.isEmpty()) {
                mine = vote.data;
                waiting = vote.local;
            }
        }
    }
    std::optional<OutboxEntry> refused;
    if (const auto attention = m_store.needsAttention()) {
        for (const OutboxEntry &entry : *attention) {
            if (entry.name == u"vote.cast@1" && entry.args.value(u"conflict_id"_s).toString() == m_conflictId)
                refused = entry;
        }
    }

    QString state;
    if (mine) {
        state = u"<b>%1</b> %2<br>“%3”<br>%4"_s.arg(
                tr("You voted:").toHtmlEscaped(),
                ArbitrationText::faultLabel(mine->value(u"fault"_s).toString()).toHtmlEscaped(),
                mine->value(u"rationale"_s).toString().toHtmlEscaped(),
                (waiting ? tr("Waiting to be sent; it is counted if it reaches the server before the panel closes.")
                         : tr("Recorded. Other votes stay hidden until the panel closes."))
                        .toHtmlEscaped());
    } else if (refused) {
        const QString fault = refused->args.value(u"fault"_s).toString();
        QString why;
        if (refused->outcomeCode == u"CONFLICT_CLOSED") {
            why = tr("Your vote arrived after the panel closed and was not counted.");
        } else {
            QStringList reasons;
            for (const QJsonValue &reason :
                 refused->outcome.value(u"details"_s).toObject().value(u"reasons"_s).toArray())
                reasons << ArbitrationText::gateReasonText(reason.toString());
            why = tr("The server refused your vote (%1): %2")
                          .arg(refused->outcomeCode,
                               reasons.isEmpty() ? refused->outcomeMessage() : reasons.join(u' '));
        }
        state = u"<b>%1</b><br>%2 — “%3”"_s.arg(why.toHtmlEscaped(), ArbitrationText::faultLabel(fault).toHtmlEscaped(),
                                                refused->args.value(u"rationale"_s).toString().toHtmlEscaped());
    }
    m_voteState->setText(state);
    m_voteState->setVisible(!state.isEmpty());

    const bool canVote = open && !worker && !requester && !mine && !refused;
    m_voteBox->setVisible(canVote);
    if (!canVote)
        m_confirmFrame->hide();

    QString note;
    if (worker || requester) {
        note = open ? tr("The panel is deliberating: %1 of %2 seats filled. Votes stay hidden until it closes.")
                               .arg(conflict.value(u"votes_cast"_s).toInt())
                               .arg(conflict.value(u"seats"_s).toInt())
                    : QString();
        if (teamMember)
            note = tr("This is your team's delivery. Every member is paid their role's pay in full whatever the "
                      "outcome. ") +
                   note;
        else if (worker)
            note = tr("This is your answer. You are paid in full whatever the outcome. ") + note;
        else
            note = tr("This is your rejection. ") + note;
    }
    m_partyNote->setText(note.toHtmlEscaped());
    m_partyNote->setVisible(!note.isEmpty());
}

QString ConflictPanelPage::shownText() const
{
    QStringList texts{plain(m_heading->text()), plain(m_evidence->text())};
    if (!m_answer->isHidden())
        texts << m_answer->shownText();
    for (QLabel *label : {m_others, m_voteState, m_partyNote, m_error}) {
        if (!label->isHidden())
            texts << plain(label->text());
    }
    if (!m_outcome->isHidden())
        texts << plain(m_outcome->shownText());
    return texts.join(u'\n');
}

} // namespace Chrysalis
