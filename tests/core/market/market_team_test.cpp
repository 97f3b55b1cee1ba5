// Flash teams on the engine: the skill vocabulary, posting team tasks with escrow, first-come assembly
// under the tier and skill gates, dissolution at the deadline, and teammates kept off each other's panels.
#include "core/domain/ids.h"
#include "core/market/teamengine.h"
#include "tests/core/market/marketteamtest.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QStringList fieldNames(const Rejection &rejection)
{
    QStringList names;
    for (const QJsonValue &field : rejection.details.value(u"fields"_s).toArray())
        names << field.toObject().value(u"field"_s).toString();
    return names;
}

} // namespace

TEST_P(MarketTeamTest, SkillsFormOneVocabularyIgnoringCaseAndSpacingWithAWorkerCount)
{
    const Account bo = worker(u"boris"_s);
    const Account cy = worker(u"cyril"_s);
    tag(bo, {u"  Interface   Design "_s, u"German"_s});
    const Applied second = apply(cy.id, u"profile.update@1"_s,
                                 {{u"skills"_s, QJsonArray{u"interface design"_s, u"Software Testing"_s}}});
    ASSERT_TRUE(second.effect.applied);

    QStringList skillIds;
    for (const Touch &touch : second.touches) {
        if (touch.entity == Entity::Skill) {
            EXPECT_EQ(touch.audience, u"public"_s);
            skillIds << touch.id;
        }
    }
    ASSERT_EQ(skillIds.size(), 2); // "interface design" joined the existing entry; one new name
    QHash<QString, QJsonObject> byName;
    for (const QString &id : std::as_const(skillIds)) {
        const auto skill = render(bo, Entity::Skill, id);
        ASSERT_TRUE(skill.has_value());
        byName.insert(skill->value(u"name"_s).toString(), *skill);
    }
    ASSERT_TRUE(byName.contains(u"Interface Design"_s)); // the first spelling is kept
    EXPECT_EQ(byName.value(u"Interface Design"_s).value(u"workers"_s).toInt(), 2);
    EXPECT_TRUE(byName.value(u"Interface Design"_s).value(u"held"_s).toBool());
    EXPECT_FALSE(byName.value(u"Interface Design"_s).value(u"verified"_s).toBool());
    ASSERT_TRUE(byName.contains(u"Software Testing"_s));
    EXPECT_EQ(byName.value(u"Software Testing"_s).value(u"workers"_s).toInt(), 1);
    EXPECT_FALSE(byName.value(u"Software Testing"_s).value(u"held"_s).toBool()); // bo does not tag it

    // Dropping a skill lowers the count; the name stays in the vocabulary.
    tag(cy, {u"Software Testing"_s});
    const QString designId = byName.value(u"Interface Design"_s).value(u"id"_s).toString();
    EXPECT_EQ(render(cy, Entity::Skill, designId)->value(u"workers"_s).toInt(), 1);
    tag(bo, {});
    EXPECT_EQ(render(cy, Entity::Skill, designId)->value(u"workers"_s).toInt(), 0);
}

TEST_P(MarketTeamTest, PostingEscrowsEveryRolesPayWithTheFeeAndReachesEligibleWorkers)
{
    const Account ada = requester(u"ada"_s);
    const QString id = newId();
    const Applied posted = apply(ada.id, u"team.post@1"_s, teamArgs(id));
    ASSERT_TRUE(posted.effect.applied) << posted.effect.rejection.message.toStdString();
    // Butterfly fee of 20 % per seat: 1 000 + 200 and 600 + 120.
    EXPECT_EQ(posted.effect.details.value(u"escrow_cents"_s).toInteger(), 1'920);
    EXPECT_EQ(balance(LedgerBook::Balance, ada.id), 100'000 - 1'920);
    EXPECT_EQ(balance(LedgerBook::Escrow, ada.id), 1'920);
    EXPECT_TRUE(touched(posted.touches, Entity::TeamTask, id, Audience::account(ada.id)));
    EXPECT_TRUE(touched(posted.touches, Entity::TeamTask, id, Audience::workersFrom(u"bronze"_s)));
    expectBooksClean();

    const auto own = render(ada, Entity::TeamTask, id);
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(own->value(u"state"_s).toString(), u"assembling"_s);
    EXPECT_EQ(own->value(u"escrow_cents"_s).toInteger(), 1'920);
    EXPECT_EQ(own->value(u"seats"_s).toInt(), 2);

    const Account bronze = worker(u"bronze"_s);
    const auto seen = render(bronze, Entity::TeamTask, id);
    ASSERT_TRUE(seen.has_value());
    EXPECT_FALSE(seen->contains(u"escrow_cents"_s));
    const QJsonArray slots = seen->value(u"slots"_s).toArray();
    ASSERT_EQ(slots.size(), 2);
    EXPECT_EQ(slots.at(0).toObject().value(u"reasons"_s).toArray(), (QJsonArray{u"tier"_s, u"skill"_s}));
    EXPECT_EQ(slots.at(1).toObject().value(u"reasons"_s).toArray(), QJsonArray{u"skill"_s});
    EXPECT_EQ(slots.at(1).toObject().value(u"open"_s).toInt(), 1);
    EXPECT_FALSE(render(requester(u"other"_s), Entity::TeamTask, id).has_value());

    // A caterpillar requester's seats carry the caterpillar fee (30 %).
    const Account grace = requester(u"grace"_s, Standing::Caterpillar);
    EXPECT_EQ(applyOk(grace.id, u"team.post@1"_s, teamArgs(newId())).value(u"escrow_cents"_s).toInteger(), 2'080);
    expectBooksClean();
}

TEST_P(MarketTeamTest, PostingRefusesBadTermsWithFieldErrorsAndWritesNothing)
{
    const Account ada = requester(u"ada"_s);
    const QString before = fingerprint();
    QJsonObject args = teamArgs(newId(), {slot(u"designer"_s, u" "_s, u"platinum"_s, 0, 0),
                                          slot(u"Designer"_s, u"Design"_s, u"gold"_s, 1, kMaxSeatPayCents + 1)});
    args.insert(u"deadline"_s, wireTime(clock().now()));
    args.insert(u"delivery"_s, u"each"_s);
    args.insert(u"colour"_s, u"blue"_s);
    const QStringList fields =
            fieldNames(applyRejected(ada.id, u"team.post@1"_s, args, RejectionCode::ValidationFailed));
    for (const QString &field :
         {u"slots[0].skill"_s, u"slots[0].min_tier"_s, u"slots[0].count"_s, u"slots[0].pay_cents"_s,
          u"slots[1].pay_cents"_s, u"deadline"_s, u"delivery"_s, u"colour"_s})
        EXPECT_TRUE(fields.contains(field)) << field.toStdString();

    // Boundaries: one role too many, one seat too many, a deadline just past the longest allowed.
    QJsonArray roles;
    for (int i = 0; i <= kMaxTeamRoles; ++i)
        roles.append(slot(u"role %1"_s.arg(i), u"German"_s, u"bronze"_s, 1, 10));
    EXPECT_TRUE(fieldNames(applyRejected(ada.id, u"team.post@1"_s, teamArgs(newId(), roles),
                                         RejectionCode::ValidationFailed))
                        .contains(u"slots"_s));
    roles.removeLast();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(newId(), roles));
    EXPECT_TRUE(fieldNames(applyRejected(ada.id, u"team.post@1"_s,
                                         teamArgs(newId(), {slot(u"a"_s, u"German"_s, u"bronze"_s, 10, 10),
                                                            slot(u"b"_s, u"German"_s, u"bronze"_s, 11, 10)}),
                                         RejectionCode::ValidationFailed))
                        .contains(u"slots"_s));
    applyOk(ada.id, u"team.post@1"_s,
            teamArgs(newId(),
                     {slot(u"a"_s, u"German"_s, u"bronze"_s, 10, 10), slot(u"b"_s, u"German"_s, u"bronze"_s, 10, 10)}));
    QJsonObject late = teamArgs(newId());
    late.insert(u"deadline"_s, wireTime(clock().now().addSecs(kMaxTeamDeadlineSeconds + 1)));
    EXPECT_EQ(fieldNames(applyRejected(ada.id, u"team.post@1"_s, late, RejectionCode::ValidationFailed)),
              QStringList{u"deadline"_s});
    late.insert(u"deadline"_s, wireTime(clock().now().addSecs(kMaxTeamDeadlineSeconds)));
    applyOk(ada.id, u"team.post@1"_s, late);
    expectBooksClean();

    const QString settled = fingerprint();
    const Account poor = requester(u"poor"_s, Standing::Butterfly, 1'919);
    const QString poorBefore = fingerprint();
    const Rejection funds =
            applyRejected(poor.id, u"team.post@1"_s, teamArgs(newId()), RejectionCode::InsufficientFunds);
    EXPECT_EQ(funds.details.value(u"required_cents"_s).toInteger(), 1'920);
    EXPECT_EQ(fingerprint(), poorBefore);
    EXPECT_NE(settled, before);
    const Account rich = requester(u"rich"_s, Standing::Butterfly, 1'920);
    applyOk(rich.id, u"team.post@1"_s, teamArgs(newId()));
    EXPECT_EQ(balance(LedgerBook::Balance, rich.id), 0);

    const Account bo = worker(u"boris"_s);
    applyRejected(bo.id, u"team.post@1"_s, teamArgs(newId()), RejectionCode::Forbidden);
    const QString reused = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(reused));
    EXPECT_EQ(fieldNames(applyRejected(ada.id, u"team.post@1"_s, teamArgs(reused), RejectionCode::ValidationFailed)),
              QStringList{u"team_task_id"_s});
}

TEST_P(MarketTeamTest, SeatsFillFirstComeThroughTheGatesAndTheTeamFormsWhenAllAreTaken)
{
    const Account ada = requester(u"ada"_s);
    const QString id = newId();
    applyOk(ada.id, u"team.post@1"_s,
            teamArgs(id, {slot(u"designer"_s, u"Interface Design"_s, u"silver"_s, 1, 1'000),
                          slot(u"tester"_s, u"Software Testing"_s, u"bronze"_s, 2, 600)}));
    const Account bronzeDesigner = worker(u"bronze.designer"_s);
    const Account silverDesigner = worker(u"silver.designer"_s, Tier::Silver);
    const Account untagged = worker(u"untagged"_s, Tier::Gold);
    const Account t1 = worker(u"tester1"_s);
    const Account t2 = worker(u"tester2"_s);
    const Account t3 = worker(u"tester3"_s);
    tag(bronzeDesigner, {u"Interface Design"_s});
    tag(silverDesigner, {u"interface  design"_s, u"Software Testing"_s});
    for (const Account &tester : {t1, t2, t3})
        tag(tester, {u"Software Testing"_s});

    EXPECT_EQ(joinRefused(bronzeDesigner, id, u"designer"_s, RejectionCode::NotEligible), u"tier"_s);
    EXPECT_EQ(joinRefused(untagged, id, u"designer"_s, RejectionCode::NotEligible), u"skill"_s);
    EXPECT_TRUE(fieldNames(applyRejected(t1.id, u"team.join@1"_s, {{u"team_task_id"_s, id}, {u"role"_s, u"pilot"_s}},
                                         RejectionCode::ValidationFailed))
                        .contains(u"role"_s));
    applyRejected(t1.id, u"team.join@1"_s, {{u"team_task_id"_s, newId()}, {u"role"_s, u"tester"_s}},
                  RejectionCode::NotFound);
    applyRejected(ada.id, u"team.join@1"_s, {{u"team_task_id"_s, id}, {u"role"_s, u"tester"_s}},
                  RejectionCode::Forbidden);

    EXPECT_EQ(join(silverDesigner, id, u"designer"_s), u"designer"_s);
    // Nobody holds two seats of one team, even of another role.
    EXPECT_EQ(joinRefused(silverDesigner, id, u"tester"_s, RejectionCode::NotEligible), u"already_answered"_s);
    join(t1, id, u"tester"_s);
    EXPECT_FALSE(render(ada, Entity::Team, id).has_value()); // not formed yet
    const Applied last = apply(t2.id, u"team.join@1"_s, {{u"team_task_id"_s, id}, {u"role"_s, u"tester"_s}});
    ASSERT_TRUE(last.effect.applied);
    EXPECT_TRUE(last.effect.details.value(u"team_formed"_s).toBool());
    EXPECT_TRUE(touched(last.touches, Entity::Team, id, Audience::account(silverDesigner.id)));
    EXPECT_TRUE(touched(last.touches, Entity::Team, id, Audience::account(t1.id)));
    EXPECT_FALSE(touched(last.touches, Entity::Team, id, Audience::workersFrom(u"bronze"_s)));

    EXPECT_EQ(joinRefused(t3, id, u"tester"_s, RejectionCode::TaskClosed), QString());
    EXPECT_FALSE(render(t3, Entity::TeamTask, id).has_value()); // no longer open to others
    const auto task = render(t1, Entity::TeamTask, id);
    ASSERT_TRUE(task.has_value());
    EXPECT_EQ(task->value(u"state"_s).toString(), u"formed"_s);
    EXPECT_EQ(task->value(u"my_role"_s).toString(), u"tester"_s);

    const auto team = render(t1, Entity::Team, id);
    ASSERT_TRUE(team.has_value());
    const QJsonArray members = team->value(u"members"_s).toArray();
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(members.at(0).toObject().value(u"role"_s).toString(), u"designer"_s);
    EXPECT_EQ(members.at(0).toObject().value(u"pseudonym"_s).toString(), silverDesigner.pseudonym);
    EXPECT_NE(members.at(0).toObject().value(u"member_id"_s).toString(), silverDesigner.id); // pseudonymous
    EXPECT_EQ(members.at(1).toObject().value(u"member_id"_s).toString(), t1.id); // oneself by one's own id
    EXPECT_FALSE(render(t3, Entity::Team, id).has_value());
    EXPECT_TRUE(render(ada, Entity::Team, id).has_value());
}

TEST_P(MarketTeamTest, TheFullRoleIsRefusedAndALeavingMemberOpensTheSeatUntilTheTeamForms)
{
    const Account ada = requester(u"ada"_s);
    const QString id = newId();
    applyOk(ada.id, u"team.post@1"_s,
            teamArgs(id, {slot(u"translator"_s, u"German"_s, u"bronze"_s, 1, 500),
                          slot(u"expert"_s, u"Medicine"_s, u"bronze"_s, 1, 500)}));
    const Account hans = worker(u"hans"_s);
    const Account jo = worker(u"joan"_s);
    const Account doc = worker(u"doctor"_s);
    tag(hans, {u"German"_s});
    tag(jo, {u"german"_s});
    tag(doc, {u"Medicine"_s});
    join(hans, id, u"translator"_s);
    EXPECT_EQ(joinRefused(jo, id, u"translator"_s, RejectionCode::NotEligible), u"full"_s);
    applyRejected(jo.id, u"team.leave@1"_s, {{u"team_task_id"_s, id}}, RejectionCode::NotFound);
    const Applied left = apply(hans.id, u"team.leave@1"_s, {{u"team_task_id"_s, id}});
    ASSERT_TRUE(left.effect.applied);
    EXPECT_TRUE(touched(left.touches, Entity::TeamTask, id, Audience::account(hans.id)));
    join(jo, id, u"translator"_s);
    join(doc, id, u"expert"_s);
    applyRejected(jo.id, u"team.leave@1"_s, {{u"team_task_id"_s, id}}, RejectionCode::TaskClosed);
    expectBooksClean();
}

TEST_P(MarketTeamTest, TheDeadlineDissolvesAnUnformedTeamAndRefundsItsEscrowOnce)
{
    const Account ada = requester(u"ada"_s);
    const QString id = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(id));
    const Account tester = worker(u"tester"_s);
    tag(tester, {u"Software Testing"_s});
    join(tester, id, u"tester"_s);

    advance(2 * 86'400 - 1);
    EXPECT_EQ(render(ada, Entity::TeamTask, id)->value(u"state"_s).toString(), u"assembling"_s);
    EXPECT_EQ(balance(LedgerBook::Escrow, ada.id), 1'920);
    const QList<Touch> touches = advance(1);
    EXPECT_TRUE(touched(touches, Entity::TeamTask, id, Audience::account(tester.id)));
    const auto dissolved = render(ada, Entity::TeamTask, id);
    EXPECT_EQ(dissolved->value(u"state"_s).toString(), u"dissolved"_s);
    EXPECT_FALSE(dissolved->value(u"closed_at"_s).isNull());
    EXPECT_EQ(balance(LedgerBook::Escrow, ada.id), 0);
    EXPECT_EQ(balance(LedgerBook::Balance, ada.id), 100'000);
    advance(86'400);
    EXPECT_EQ(balance(LedgerBook::Balance, ada.id), 100'000);
    applyRejected(tester.id, u"team.leave@1"_s, {{u"team_task_id"_s, id}}, RejectionCode::TaskClosed);
    expectBooksClean();
}

TEST_P(MarketTeamTest, TeammatesSitOnNoPanelOfEachOthersWorkUntilThirtyDaysAfterTheTeamEnds)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account mate = worker(u"mate"_s, Tier::Gold);
    const Account stranger = worker(u"stranger"_s, Tier::Gold);
    tag(bo, {u"German"_s});
    tag(mate, {u"German"_s});
    const QString teamId = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(teamId, {slot(u"a"_s, u"German"_s, u"bronze"_s, 2, 100)}));
    join(bo, teamId, u"a"_s);

    const QString taskId = postTask(ada, 3);
    // Answers are rejected as soon as they come in, before auto-approval can settle them.
    const auto rejectedAnswer = [&] { return reject(ada, work(bo, taskId, 1).constFirst()); };
    const QString early = rejectedAnswer();
    // Joined but never formed: not teammates yet.
    EXPECT_TRUE(render(mate, Entity::Conflict, early).has_value());
    join(mate, teamId, u"a"_s);

    const auto refused = [&](const Account &who, const QString &conflictId) {
        return applyRejected(who.id, u"vote.cast@1"_s,
                             {{u"vote_id"_s, newId()},
                              {u"conflict_id"_s, conflictId},
                              {u"fault"_s, u"worker"_s},
                              {u"rationale"_s, u"A reason."_s}},
                             RejectionCode::NotOnPanel)
                .details.value(u"reason"_s)
                .toString();
    };
    EXPECT_EQ(refused(mate, early), u"already_answered"_s);
    EXPECT_FALSE(render(mate, Entity::Conflict, early).has_value());
    EXPECT_TRUE(render(stranger, Entity::Conflict, early).has_value());

    // The team dissolves at its deadline; the exclusion lasts the policy's 30 days from then.
    advance(2 * 86'400);
    advance(policy().panel.teamExclusionSeconds - 1);
    const QString during = rejectedAnswer();
    EXPECT_EQ(refused(mate, during), u"already_answered"_s);
    advance(1);
    const QString after = rejectedAnswer();
    EXPECT_TRUE(render(mate, Entity::Conflict, after).has_value());
    expectBooksClean();
}

TEST_P(MarketTeamTest, MembersShareADraftWithAttributedEditsAndEveryoneSignsToDeliver)
{
    const Account ada = requester(u"ada"_s);
    const QString id = newId();
    applyOk(ada.id, u"team.post@1"_s,
            teamArgs(id, {slot(u"translator"_s, u"German"_s, u"bronze"_s, 1, 700),
                          slot(u"expert"_s, u"Medicine"_s, u"bronze"_s, 1, 900)}));
    const Account hans = worker(u"hans"_s);
    const Account doc = worker(u"doctor"_s);
    const Account outsider = worker(u"outsider"_s);
    tag(hans, {u"German"_s});
    tag(doc, {u"Medicine"_s});
    join(hans, id, u"translator"_s);
    applyRejected(hans.id, u"team.draft_save@1"_s,
                  {{u"team_task_id"_s, id}, {u"base_version"_s, 0}, {u"text"_s, u"Too early"_s}},
                  RejectionCode::TaskClosed);
    join(doc, id, u"expert"_s);

    const Applied first = apply(hans.id, u"team.draft_save@1"_s,
                                {{u"team_task_id"_s, id}, {u"base_version"_s, 0}, {u"text"_s, u"Erster Entwurf"_s}});
    ASSERT_TRUE(first.effect.applied);
    EXPECT_TRUE(touched(first.touches, Entity::TeamDraft, id, Audience::account(doc.id)));
    EXPECT_FALSE(touched(first.touches, Entity::TeamDraft, id, Audience::account(ada.id)));
    applyOk(doc.id, u"team.draft_save@1"_s,
            {{u"team_task_id"_s, id}, {u"base_version"_s, 1}, {u"text"_s, u"Erster Entwurf, medizinisch geprüft"_s}});
    const Rejection stale = applyRejected(hans.id, u"team.draft_save@1"_s,
                                          {{u"team_task_id"_s, id}, {u"base_version"_s, 1}, {u"text"_s, u"Mine"_s}},
                                          RejectionCode::VersionConflict);
    EXPECT_EQ(stale.details.value(u"server"_s).toObject().value(u"version"_s).toInt(), 2);
    applyRejected(outsider.id, u"team.draft_save@1"_s,
                  {{u"team_task_id"_s, id}, {u"base_version"_s, 2}, {u"text"_s, u"Hi"_s}}, RejectionCode::Forbidden);

    const auto draft = render(hans, Entity::TeamDraft, id);
    ASSERT_TRUE(draft.has_value());
    EXPECT_EQ(draft->value(u"version"_s).toInt(), 2);
    EXPECT_EQ(draft->value(u"text"_s).toString(), u"Erster Entwurf, medizinisch geprüft"_s);
    const QJsonArray edits = draft->value(u"edits"_s).toArray();
    ASSERT_EQ(edits.size(), 2);
    EXPECT_EQ(edits.at(0).toObject().value(u"author_pseudonym"_s).toString(), doc.pseudonym);
    EXPECT_EQ(edits.at(1).toObject().value(u"author_pseudonym"_s).toString(), hans.pseudonym);
    EXPECT_FALSE(render(ada, Entity::TeamDraft, id).has_value()); // not delivered yet
    EXPECT_FALSE(render(outsider, Entity::TeamDraft, id).has_value());

    // The thread: members only, length-limited at the boundary.
    const QString messageId = newId();
    const Applied said = apply(doc.id, u"team.message@1"_s,
                               {{u"message_id"_s, messageId}, {u"team_task_id"_s, id}, {u"text"_s, u"Done with 2."_s}});
    ASSERT_TRUE(said.effect.applied);
    EXPECT_TRUE(touched(said.touches, Entity::TeamMessage, messageId, Audience::account(hans.id)));
    EXPECT_EQ(render(hans, Entity::TeamMessage, messageId)->value(u"author_pseudonym"_s).toString(), doc.pseudonym);
    EXPECT_FALSE(render(ada, Entity::TeamMessage, messageId).has_value());
    applyOk(hans.id, u"team.message@1"_s,
            {{u"message_id"_s, newId()}, {u"team_task_id"_s, id}, {u"text"_s, QString(kMaxTeamMessageLength, u'a')}});
    applyRejected(hans.id, u"team.message@1"_s,
                  {{u"message_id"_s, newId()},
                   {u"team_task_id"_s, id},
                   {u"text"_s, QString(kMaxTeamMessageLength + 1, u'a')}},
                  RejectionCode::ValidationFailed);

    // Signing: a stale version is refused; a new save after one signature needs everyone again.
    applyRejected(hans.id, u"team.sign@1"_s, {{u"team_task_id"_s, id}, {u"draft_version"_s, 1}},
                  RejectionCode::VersionConflict);
    applyRejected(hans.id, u"team.deliver@1"_s, {{u"team_task_id"_s, id}, {u"text"_s, u"Part"_s}},
                  RejectionCode::ValidationFailed);
    EXPECT_FALSE(applyOk(hans.id, u"team.sign@1"_s, {{u"team_task_id"_s, id}, {u"draft_version"_s, 2}})
                         .value(u"delivered"_s)
                         .toBool());
    applyOk(doc.id, u"team.draft_save@1"_s,
            {{u"team_task_id"_s, id}, {u"base_version"_s, 2}, {u"text"_s, u"Endfassung"_s}});
    EXPECT_FALSE(applyOk(doc.id, u"team.sign@1"_s, {{u"team_task_id"_s, id}, {u"draft_version"_s, 3}})
                         .value(u"delivered"_s)
                         .toBool());
    const Applied signedAll = apply(hans.id, u"team.sign@1"_s, {{u"team_task_id"_s, id}, {u"draft_version"_s, 3}});
    ASSERT_TRUE(signedAll.effect.applied);
    EXPECT_TRUE(signedAll.effect.details.value(u"delivered"_s).toBool());
    EXPECT_TRUE(touched(signedAll.touches, Entity::TeamDraft, id, Audience::account(ada.id)));
    EXPECT_EQ(render(ada, Entity::TeamDraft, id)->value(u"text"_s).toString(), u"Endfassung"_s);
    EXPECT_EQ(render(ada, Entity::TeamTask, id)->value(u"state"_s).toString(), u"delivered"_s);
    applyRejected(hans.id, u"team.draft_save@1"_s,
                  {{u"team_task_id"_s, id}, {u"base_version"_s, 3}, {u"text"_s, u"Late"_s}}, RejectionCode::TaskClosed);

    // The deadline no longer dissolves a delivered team.
    advance(2 * 86'400);
    EXPECT_EQ(render(ada, Entity::TeamTask, id)->value(u"state"_s).toString(), u"delivered"_s);
    expectBooksClean();
}

TEST_P(MarketTeamTest, ApprovalPaysEachMemberTheirRolesPayInOneEventThatSumsToZero)
{
    const Account ada = requester(u"ada"_s);
    const QString id = newId();
    QJsonObject args = teamArgs(id, {slot(u"designer"_s, u"Interface Design"_s, u"bronze"_s, 1, 1'000),
                                     slot(u"tester"_s, u"Software Testing"_s, u"bronze"_s, 2, 600)});
    args.insert(u"delivery"_s, u"per_role"_s);
    applyOk(ada.id, u"team.post@1"_s, args);
    const Account designer = worker(u"designer"_s);
    const Account t1 = worker(u"tester1"_s);
    const Account t2 = worker(u"tester2"_s);
    tag(designer, {u"Interface Design"_s});
    tag(t1, {u"Software Testing"_s});
    tag(t2, {u"Software Testing"_s});
    join(designer, id, u"designer"_s);
    join(t1, id, u"tester"_s);
    join(t2, id, u"tester"_s);

    applyRejected(designer.id, u"team.sign@1"_s, {{u"team_task_id"_s, id}, {u"draft_version"_s, 1}},
                  RejectionCode::ValidationFailed);
    EXPECT_FALSE(applyOk(t1.id, u"team.deliver@1"_s, {{u"team_task_id"_s, id}, {u"text"_s, u"Tests: 3 fail"_s}})
                         .value(u"delivered"_s)
                         .toBool());
    // A second part of the same role replaces the first; the team delivers once every role has one.
    EXPECT_FALSE(applyOk(t2.id, u"team.deliver@1"_s, {{u"team_task_id"_s, id}, {u"text"_s, u"Tests: 2 fail"_s}})
                         .value(u"delivered"_s)
                         .toBool());
    applyRejected(ada.id, u"team.review@1"_s, {{u"team_task_id"_s, id}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::TaskClosed);
    EXPECT_TRUE(applyOk(designer.id, u"team.deliver@1"_s, {{u"team_task_id"_s, id}, {u"text"_s, u"Layout notes"_s}})
                        .value(u"delivered"_s)
                        .toBool());
    const QJsonArray parts = render(ada, Entity::TeamDraft, id)->value(u"parts"_s).toArray();
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(1).toObject().value(u"text"_s).toString(), u"Tests: 2 fail"_s);
    EXPECT_EQ(parts.at(1).toObject().value(u"author_pseudonym"_s).toString(), t2.pseudonym);

    applyRejected(t1.id, u"team.review@1"_s, {{u"team_task_id"_s, id}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::Forbidden);
    applyRejected(ada.id, u"team.review@1"_s, {{u"team_task_id"_s, id}, {u"decision"_s, u"reject"_s}},
                  RejectionCode::ValidationFailed);
    const Cents feesBefore = balance(LedgerBook::PlatformFees, QString());
    applyOk(ada.id, u"team.review@1"_s, {{u"team_task_id"_s, id}, {u"decision"_s, u"approve"_s}});
    EXPECT_EQ(balance(LedgerBook::Earnings, designer.id), 1'000);
    EXPECT_EQ(balance(LedgerBook::Earnings, t1.id), 600);
    EXPECT_EQ(balance(LedgerBook::Earnings, t2.id), 600);
    EXPECT_EQ(balance(LedgerBook::Escrow, ada.id), 0);
    EXPECT_EQ(balance(LedgerBook::Balance, ada.id), 100'000 - 2'640);
    EXPECT_EQ(balance(LedgerBook::PlatformFees, QString()) - feesBefore, 200 + 120 + 120);
    EXPECT_EQ(render(t1, Entity::TeamTask, id)->value(u"state"_s).toString(), u"approved"_s);
    applyRejected(ada.id, u"team.review@1"_s, {{u"team_task_id"_s, id}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::TaskClosed);
    expectBooksClean();
}

TEST_P(MarketTeamTest, AnUnreviewedDeliveryIsApprovedAfterTheReviewWindow)
{
    const Account ada = requester(u"ada"_s);
    const QString id = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(id, {slot(u"writer"_s, u"German"_s, u"bronze"_s, 1, 500)}));
    const Account hans = worker(u"hans"_s);
    tag(hans, {u"German"_s});
    join(hans, id, u"writer"_s);
    applyOk(hans.id, u"team.draft_save@1"_s, {{u"team_task_id"_s, id}, {u"base_version"_s, 0}, {u"text"_s, u"Text"_s}});
    applyOk(hans.id, u"team.sign@1"_s, {{u"team_task_id"_s, id}, {u"draft_version"_s, 1}});
    advance(policy().review.autoApproveSeconds - 1);
    EXPECT_EQ(balance(LedgerBook::Earnings, hans.id), 0);
    advance(1);
    EXPECT_EQ(balance(LedgerBook::Earnings, hans.id), 500);
    EXPECT_EQ(render(ada, Entity::TeamTask, id)->value(u"state"_s).toString(), u"approved"_s);
    advance(86'400);
    EXPECT_EQ(balance(LedgerBook::Earnings, hans.id), 500);
    expectBooksClean();
}

TEST_P(MarketTeamTest, AnInvitedEarlierTeamHasItsSeatsReservedUntilEachAcceptsDeclinesOrTheInvitationLapses)
{
    const Account ada = requester(u"ada"_s);
    const Account other = requester(u"other"_s);
    const Account hans = worker(u"hans"_s);
    const Account doc = worker(u"doctor"_s);
    const Account newcomer = worker(u"newcomer"_s);
    tag(hans, {u"German"_s});
    tag(doc, {u"Medicine"_s});
    tag(newcomer, {u"German"_s, u"Medicine"_s});
    const QJsonArray roles{slot(u"translator"_s, u"German"_s, u"bronze"_s, 1, 700),
                           slot(u"expert"_s, u"Medicine"_s, u"bronze"_s, 1, 900)};

    // The earlier team: formed, delivered and approved.
    const QString earlier = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(earlier, roles));
    join(hans, earlier, u"translator"_s);
    join(doc, earlier, u"expert"_s);
    const QString next = newId();
    applyOk(ada.id, u"team.post@1"_s, teamArgs(next, roles));
    EXPECT_EQ(fieldNames(applyRejected(ada.id, u"team.invite@1"_s,
                                       {{u"team_task_id"_s, next}, {u"previous_team_id"_s, earlier}},
                                       RejectionCode::ValidationFailed)),
              QStringList{u"previous_team_id"_s}); // not approved yet
    applyOk(hans.id, u"team.draft_save@1"_s,
            {{u"team_task_id"_s, earlier}, {u"base_version"_s, 0}, {u"text"_s, u"T"_s}});
    applyOk(hans.id, u"team.sign@1"_s, {{u"team_task_id"_s, earlier}, {u"draft_version"_s, 1}});
    applyOk(doc.id, u"team.sign@1"_s, {{u"team_task_id"_s, earlier}, {u"draft_version"_s, 1}});
    applyOk(ada.id, u"team.review@1"_s, {{u"team_task_id"_s, earlier}, {u"decision"_s, u"approve"_s}});

    const QString foreign = newId();
    applyOk(other.id, u"team.post@1"_s, teamArgs(foreign, roles));
    applyRejected(other.id, u"team.invite@1"_s, {{u"team_task_id"_s, foreign}, {u"previous_team_id"_s, earlier}},
                  RejectionCode::NotFound); // another requester's team
    applyRejected(other.id, u"team.invite@1"_s, {{u"team_task_id"_s, next}, {u"previous_team_id"_s, earlier}},
                  RejectionCode::Forbidden);

    const Applied invited =
            apply(ada.id, u"team.invite@1"_s, {{u"team_task_id"_s, next}, {u"previous_team_id"_s, earlier}});
    ASSERT_TRUE(invited.effect.applied);
    EXPECT_EQ(invited.effect.details.value(u"reserved_roles"_s).toArray().size(), 2);
    EXPECT_TRUE(touched(invited.touches, Entity::TeamTask, next, Audience::account(hans.id)));
    applyRejected(ada.id, u"team.invite@1"_s, {{u"team_task_id"_s, next}, {u"previous_team_id"_s, earlier}},
                  RejectionCode::ValidationFailed);

    // Reserved seats are not open to others; the invitee sees their invitation.
    EXPECT_EQ(joinRefused(newcomer, next, u"translator"_s, RejectionCode::NotEligible), u"full"_s);
    const auto seen = render(hans, Entity::TeamTask, next);
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(seen->value(u"my_invitation"_s).toObject().value(u"role"_s).toString(), u"translator"_s);
    EXPECT_EQ(
            render(newcomer, Entity::TeamTask, next)->value(u"slots"_s).toArray().at(0).toObject().value(u"reserved"_s),
            1);

    join(hans, next, u"translator"_s);
    applyRejected(hans.id, u"team.decline@1"_s, {{u"team_task_id"_s, next}}, RejectionCode::NotFound);
    applyOk(doc.id, u"team.decline@1"_s, {{u"team_task_id"_s, next}});
    EXPECT_TRUE(applyOk(newcomer.id, u"team.join@1"_s, {{u"team_task_id"_s, next}, {u"role"_s, u"expert"_s}})
                        .value(u"team_formed"_s)
                        .toBool());

    // A third team task: the invitations lapse after two days and the seats reopen.
    const QString third = newId();
    QJsonObject thirdArgs = teamArgs(third, roles);
    thirdArgs.insert(u"deadline"_s, wireTime(clock().now().addSecs(5 * 86'400)));
    applyOk(ada.id, u"team.post@1"_s, thirdArgs);
    applyOk(ada.id, u"team.invite@1"_s, {{u"team_task_id"_s, third}, {u"previous_team_id"_s, earlier}});
    advance(kTeamInviteSeconds - 1);
    EXPECT_EQ(joinRefused(newcomer, third, u"expert"_s, RejectionCode::NotEligible), u"full"_s);
    const QList<Touch> lapsed = advance(1);
    EXPECT_TRUE(touched(lapsed, Entity::TeamTask, third, Audience::account(doc.id)));
    join(newcomer, third, u"expert"_s);
    const auto afterLapse = render(doc, Entity::TeamTask, third);
    ASSERT_TRUE(afterLapse.has_value());
    EXPECT_TRUE(afterLapse->value(u"my_invitation"_s).isNull());
    expectBooksClean();
}

} // namespace Chrysalis::Testing
