// A rejected flash-team delivery: one conflict for the whole delivery, judged by gold arbiters who are
// neither members nor recent teammates of a member, and settled per role when the panel closes.
#include "tests/core/market/marketteamconflicttest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

TEST_P(MarketTeamConflictTest, ARejectionOpensOnePanelThatSeesTheWorkButNotWhoDidIt)
{
    const Account ada = requester(u"ada"_s);
    const RejectedTeam team = rejectedTeam(ada);
    ASSERT_FALSE(team.conflictId.isEmpty());
    expectBooksClean();
    // The escrow stays held while the panel sits.
    EXPECT_EQ(balance(LedgerBook::Escrow, ada.id), team.escrow);

    const Account stranger = worker(u"stranger"_s, Tier::Gold);
    const auto shown = render(stranger, Entity::Conflict, team.conflictId);
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->value(u"state"_s).toString(), u"open"_s);
    EXPECT_EQ(shown->value(u"kind"_s).toString(), u"team"_s);
    EXPECT_EQ(shown->value(u"brief"_s).toString(), u"Walk through the checkout and write one review."_s);
    EXPECT_EQ(shown->value(u"reason_code"_s).toString(), u"ignored_instructions"_s);
    EXPECT_EQ(shown->value(u"pay_cents"_s).toInteger(), kTotalPay);
    const QJsonArray parts = shown->value(u"parts"_s).toArray();
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(0).toObject().value(u"role"_s).toString(), u"designer"_s);
    EXPECT_EQ(parts.at(0).toObject().value(u"text"_s).toString(), u"The layout is fine"_s);
    EXPECT_EQ(parts.at(0).toObject().value(u"author_pseudonym"_s).toString(), team.designer.pseudonym);
    EXPECT_EQ(shown->value(u"members"_s).toArray().size(), 3);
    // Pseudonyms only: no account id of a member or of the requester reaches an arbiter.
    const QString text = QString::fromUtf8(QJsonDocument(*shown).toJson());
    for (const Account &who : {team.designer, team.tester1, team.tester2, ada})
        EXPECT_FALSE(text.contains(who.id)) << who.username.toStdString();
    EXPECT_FALSE(shown->value(u"worker_id"_s).isString());

    // The parties see it; a worker below gold does not.
    EXPECT_TRUE(render(ada, Entity::Conflict, team.conflictId).has_value());
    EXPECT_TRUE(render(team.tester1, Entity::Conflict, team.conflictId).has_value());
    EXPECT_FALSE(render(worker(u"silver"_s, Tier::Silver), Entity::Conflict, team.conflictId).has_value());
    // The requester still reads the delivery it rejected.
    EXPECT_EQ(render(ada, Entity::TeamDraft, team.id)->value(u"parts"_s).toArray().size(), 2);

    // Auto-approval never pays a rejected delivery: at the review window the panel is only extended.
    advance(policy().review.autoApproveSeconds);
    EXPECT_EQ(balance(LedgerBook::Earnings, team.designer.id), 0);
    EXPECT_EQ(render(ada, Entity::TeamTask, team.id)->value(u"state"_s).toString(), u"in_conflict"_s);
    EXPECT_TRUE(render(stranger, Entity::Conflict, team.conflictId)->value(u"extended"_s).toBool());
    expectBooksClean();
}

TEST_P(MarketTeamConflictTest, ThePanelExcludesMembersTheirRecentTeammatesAndTheRequester)
{
    const Account ada = requester(u"ada"_s);
    // An earlier team on which a gold worker sat with tester1; it formed, so they are teammates.
    const Account mate = worker(u"mate"_s, Tier::Gold);
    const Account other = worker(u"other"_s);
    tag(mate, {u"German"_s});
    tag(other, {u"German"_s});
    const QString earlier = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(earlier, {slot(u"a"_s, u"German"_s, u"bronze"_s, 2, 100)}));
    join(mate, earlier, u"a"_s);
    join(other, earlier, u"a"_s);

    const RejectedTeam team = rejectedTeam(ada);
    EXPECT_EQ(voteRefused(team.designer, team.conflictId, RejectionCode::NotOnPanel), u"already_answered"_s);
    EXPECT_FALSE(render(team.designer, Entity::Conflict, team.conflictId)->isEmpty()); // a party still sees it
    // mate's earlier team has no member on this one: mate may sit.
    EXPECT_TRUE(render(mate, Entity::Conflict, team.conflictId).has_value());
    applyRejected(ada.id, u"vote.cast@1"_s,
                  {{u"vote_id"_s, newId()},
                   {u"conflict_id"_s, team.conflictId},
                   {u"fault"_s, u"requester"_s},
                   {u"rationale"_s, u"Mine."_s}},
                  RejectionCode::NotOnPanel);
    EXPECT_EQ(voteRefused(worker(u"silver"_s, Tier::Silver), team.conflictId, RejectionCode::NotOnPanel),
              u"conflict_needs_gold"_s);

    // A gold worker who shared a formed team with a member of the rejected team is excluded.
    const Account mate2 = worker(u"mate2"_s, Tier::Gold);
    tag(mate2, {u"Software Testing"_s});
    const QString shared = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(shared, {slot(u"b"_s, u"Software Testing"_s, u"bronze"_s, 2, 100)}));
    join(mate2, shared, u"b"_s);
    join(team.tester2, shared, u"b"_s);
    EXPECT_EQ(voteRefused(mate2, team.conflictId, RejectionCode::NotOnPanel), u"already_answered"_s);
    EXPECT_FALSE(render(mate2, Entity::Conflict, team.conflictId).has_value());

    // Votes are final, and a vote id is unique across answer and team panels.
    const QString voteId = newId();
    applyOk(mate.id, u"vote.cast@1"_s,
            {{u"vote_id"_s, voteId},
             {u"conflict_id"_s, team.conflictId},
             {u"fault"_s, u"worker"_s},
             {u"rationale"_s, u"Off the brief."_s}});
    EXPECT_EQ(voteRefused(mate, team.conflictId, RejectionCode::AlreadyAnswered), QString());
    const Account fresh = worker(u"fresh"_s, Tier::Gold);
    applyRejected(fresh.id, u"vote.cast@1"_s,
                  {{u"vote_id"_s, voteId},
                   {u"conflict_id"_s, team.conflictId},
                   {u"fault"_s, u"worker"_s},
                   {u"rationale"_s, u"Again."_s}},
                  RejectionCode::ValidationFailed);
    // Before the close only the arbiter sees their vote.
    EXPECT_TRUE(render(mate, Entity::Vote, voteId).has_value());
    EXPECT_FALSE(render(ada, Entity::Vote, voteId).has_value());
    expectBooksClean();
}

TEST_P(MarketTeamConflictTest, FourToOneAgainstTheTeamPaysEveryRoleAndChargesThePlatformTheMistakes)
{
    const Account ada = requester(u"ada"_s);
    const Cents before = balance(LedgerBook::Balance, ada.id);
    const Cents mistakeBook = balance(LedgerBook::PlatformMistakePay, QString());
    const RejectedTeam team = rejectedTeam(ada);
    const QList<Account> panel = arbiters(5);
    for (int i = 0; i < 4; ++i)
        vote(panel.at(i), team.conflictId, u"worker"_s);
    EXPECT_EQ(render(ada, Entity::TeamTask, team.id)->value(u"state"_s).toString(), u"in_conflict"_s);
    const QString lastVote = newId();
    const QJsonObject closing = applyOk(panel.at(4).id, u"vote.cast@1"_s,
                                        {{u"vote_id"_s, lastVote},
                                         {u"conflict_id"_s, team.conflictId},
                                         {u"fault"_s, u"requester"_s},
                                         {u"rationale"_s, u"The brief was ambiguous."_s}});
    EXPECT_TRUE(closing.value(u"closed"_s).toBool());

    // w = 4/5: mistake pay 800 + 266 + 266 = 1 332 (not ⌊0.8 × 1 667⌋ = 1 333: each seat rounds down).
    expectSettled(team, ada, 4, 5, before - team.escrow, mistakeBook);
    EXPECT_EQ(mistakeBook - balance(LedgerBook::PlatformMistakePay, QString()), 1'332);
    for (const Account &arbiter : panel)
        EXPECT_EQ(balance(LedgerBook::Earnings, arbiter.id), policy().panel.arbiterPayCents);
    EXPECT_EQ(accountJson(ada).value(u"points"_s).toInt(), policy().standing.butterflyAtPoints);
    // After the close the parties see the votes without who cast them; outsiders see neither.
    const auto shownVote = render(team.tester2, Entity::Vote, lastVote);
    ASSERT_TRUE(shownVote.has_value());
    EXPECT_EQ(shownVote->value(u"fault"_s).toString(), u"requester"_s);
    EXPECT_TRUE(shownVote->value(u"arbiter_id"_s).toString().isEmpty());
    EXPECT_TRUE(render(ada, Entity::Vote, lastVote).has_value());
    const Account outsider = worker(u"outsider"_s, Tier::Gold);
    EXPECT_FALSE(render(outsider, Entity::Vote, lastVote).has_value());
    EXPECT_FALSE(render(outsider, Entity::Conflict, team.conflictId).has_value());
    applyRejected(ada.id, u"team.review@1"_s, rejection(team.id), RejectionCode::TaskClosed);
    expectBooksClean();
}

TEST_P(MarketTeamConflictTest, OneToFourAgainstTheTeamChargesTheRequesterAndCostsItsPoints)
{
    const Account ada = requester(u"ada"_s);
    const Cents before = balance(LedgerBook::Balance, ada.id);
    const Cents mistakeBook = balance(LedgerBook::PlatformMistakePay, QString());
    const RejectedTeam team = rejectedTeam(ada);
    const QList<Account> panel = arbiters(5);
    vote(panel.at(0), team.conflictId, u"worker"_s);
    for (int i = 1; i < 5; ++i)
        vote(panel.at(i), team.conflictId, u"requester"_s);

    // w = 1/5: mistake pay 200 + 66 + 66; the requester pays 1 335 + a 167 fee.
    expectSettled(team, ada, 1, 5, before - team.escrow, mistakeBook);
    EXPECT_EQ(balance(LedgerBook::Balance, ada.id), before - 1'335 - 167);
    EXPECT_EQ(accountJson(ada).value(u"points"_s).toInt(),
              policy().standing.butterflyAtPoints - policy().standing.lostConflictPoints);
    expectBooksClean();
}

TEST_P(MarketTeamConflictTest, APanelNobodyVotesOnClosesAfterItsExtensionWithTheTeamNotAtFault)
{
    const Account ada = requester(u"ada"_s);
    const Cents before = balance(LedgerBook::Balance, ada.id);
    const Cents mistakeBook = balance(LedgerBook::PlatformMistakePay, QString());
    const RejectedTeam team = rejectedTeam(ada);
    advance(policy().panel.deadlineSeconds);
    EXPECT_EQ(render(ada, Entity::Conflict, team.conflictId)->value(u"state"_s).toString(), u"open"_s);
    advance(policy().panel.extensionSeconds - 1);
    EXPECT_EQ(balance(LedgerBook::Earnings, team.designer.id), 0);
    advance(1);
    expectSettled(team, ada, 0, 0, before - team.escrow, mistakeBook);
    EXPECT_EQ(balance(LedgerBook::Balance, ada.id), before - kTotalPay - 167);
    // Nobody judged the requester either: no points lost.
    EXPECT_EQ(accountJson(ada).value(u"points"_s).toInt(), policy().standing.butterflyAtPoints);
    voteRefused(worker(u"late"_s, Tier::Gold), team.conflictId, RejectionCode::ConflictClosed);
    expectBooksClean();
}

TEST_P(MarketTeamConflictTest, RejectionsAreRefusedBeforeDeliveryAfterReviewForOthersAndWithoutAReason)
{
    const Account ada = requester(u"ada"_s);
    const Account grace = requester(u"grace"_s);
    // Not delivered: a formed team whose per_role parts are not all in.
    const QString formed = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(formed, {slot(u"writer"_s, u"German"_s, u"bronze"_s, 1, 500)}));
    const Account hans = worker(u"hans"_s);
    tag(hans, {u"German"_s});
    join(hans, formed, u"writer"_s);
    const QString untouched = fingerprint();
    EXPECT_EQ(applyRejected(ada.id, u"team.review@1"_s, rejection(formed), RejectionCode::TaskClosed)
                      .details.value(u"state"_s)
                      .toString(),
              u"formed"_s);

    const RejectedTeam team = deliveredTeam(ada);
    const QString delivered = fingerprint();
    applyRejected(grace.id, u"team.review@1"_s, rejection(team.id), RejectionCode::Forbidden);
    applyRejected(team.designer.id, u"team.review@1"_s, rejection(team.id), RejectionCode::Forbidden);
    QJsonObject noCode = rejection(team.id);
    noCode.remove(u"reason_code"_s);
    applyRejected(ada.id, u"team.review@1"_s, noCode, RejectionCode::ValidationFailed);
    QJsonObject badCode = rejection(team.id);
    badCode.insert(u"reason_code"_s, u"did_not_like_it"_s);
    applyRejected(ada.id, u"team.review@1"_s, badCode, RejectionCode::ValidationFailed);
    QJsonObject blank = rejection(team.id);
    blank.insert(u"reason"_s, u"   "_s);
    applyRejected(ada.id, u"team.review@1"_s, blank, RejectionCode::ValidationFailed);
    QJsonObject tooLong = rejection(team.id);
    tooLong.insert(u"reason"_s, QString(kMaxReviewReasonLength + 1, u'x'));
    applyRejected(ada.id, u"team.review@1"_s, tooLong, RejectionCode::ValidationFailed);
    EXPECT_EQ(fingerprint(), delivered);
    // The longest reason allowed is taken.
    QJsonObject longest = rejection(team.id);
    longest.insert(u"reason"_s, QString(kMaxReviewReasonLength, u'x'));
    applyOk(ada.id, u"team.review@1"_s, longest);
    // Already reviewed: neither a second rejection nor an approval.
    applyRejected(ada.id, u"team.review@1"_s, rejection(team.id), RejectionCode::TaskClosed);
    applyRejected(ada.id, u"team.review@1"_s, {{u"team_task_id"_s, team.id}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::TaskClosed);
    EXPECT_NE(fingerprint(), untouched);
    expectBooksClean();
}

} // namespace Chrysalis::Testing
