#pragma once

#include "core/domain/ids.h"
#include "core/market/teamengine.h"
#include "tests/core/market/marketteamtest.h"

namespace Chrysalis::Testing {

// A designer (1 001 cents) and two testers (333 cents each): pay that does not divide evenly, so the
// settlement's rounding shows. The requester is a butterfly with 100 000 cents.
struct RejectedTeam {
    QString id;
    QString conflictId;
    Cents escrow = 0;
    Account designer;
    Account tester1;
    Account tester2;
};

inline constexpr Cents kDesignerPay = 1'001;
inline constexpr Cents kTesterPay = 333;
inline constexpr Cents kTotalPay = kDesignerPay + 2 * kTesterPay; // 1 667

class MarketTeamConflictTest : public MarketTeamTest
{
protected:
    // Posts, fills and delivers a per_role team task; the designer is gold so the panel has to exclude
    // a member who could otherwise arbitrate.
    RejectedTeam deliveredTeam(const Account &requesterAccount)
    {
        RejectedTeam team;
        team.id = newId();
        QJsonObject args = teamArgs(team.id, {slot(QStringLiteral("designer"), QStringLiteral("Interface Design"),
                                                   QStringLiteral("bronze"), 1, kDesignerPay),
                                              slot(QStringLiteral("tester"), QStringLiteral("Software Testing"),
                                                   QStringLiteral("bronze"), 2, kTesterPay)});
        args.insert(QStringLiteral("delivery"), QStringLiteral("per_role"));
        team.escrow = applyOk(requesterAccount.id, QStringLiteral("team.post@1"), args)
                              .value(QStringLiteral("escrow_cents"))
                              .toInteger();
        team.designer = worker(QStringLiteral("designer"), Tier::Gold);
        team.tester1 = worker(QStringLiteral("tester1"));
        team.tester2 = worker(QStringLiteral("tester2"));
        tag(team.designer, {QStringLiteral("Interface Design")});
        tag(team.tester1, {QStringLiteral("Software Testing")});
        tag(team.tester2, {QStringLiteral("Software Testing")});
        join(team.designer, team.id, QStringLiteral("designer"));
        join(team.tester1, team.id, QStringLiteral("tester"));
        join(team.tester2, team.id, QStringLiteral("tester"));
        applyOk(team.tester1.id, QStringLiteral("team.deliver@1"),
                {{QStringLiteral("team_task_id"), team.id}, {QStringLiteral("text"), QStringLiteral("3 tests fail")}});
        applyOk(team.designer.id, QStringLiteral("team.deliver@1"),
                {{QStringLiteral("team_task_id"), team.id},
                 {QStringLiteral("text"), QStringLiteral("The layout is fine")}});
        return team;
    }

    QJsonObject rejection(const QString &teamTaskId)
    {
        return {{QStringLiteral("team_task_id"), teamTaskId},
                {QStringLiteral("decision"), QStringLiteral("reject")},
                {QStringLiteral("reason_code"), QStringLiteral("ignored_instructions")},
                {QStringLiteral("reason"),
                 QStringLiteral("The brief asked for one review of the checkout; this is about the login.")}};
    }

    RejectedTeam rejectedTeam(const Account &requesterAccount)
    {
        RejectedTeam team = deliveredTeam(requesterAccount);
        const QJsonObject done = applyOk(requesterAccount.id, QStringLiteral("team.review@1"), rejection(team.id));
        EXPECT_EQ(done.value(QStringLiteral("state")).toString(), QStringLiteral("in_conflict"));
        team.conflictId = done.value(QStringLiteral("conflict_id")).toString();
        return team;
    }

    QString voteRefused(const Account &who, const QString &conflictId, const QString &code)
    {
        return applyRejected(who.id, QStringLiteral("vote.cast@1"),
                             {{QStringLiteral("vote_id"), newId()},
                              {QStringLiteral("conflict_id"), conflictId},
                              {QStringLiteral("fault"), QStringLiteral("worker")},
                              {QStringLiteral("rationale"), QStringLiteral("A reason.")}},
                             code)
                .details.value(QStringLiteral("reason"))
                .toString();
    }

    // What the settlement rules give for w = workerVotes / votes (r = 1 when nobody voted): each seat's
    // mistake pay is w × its pay rounded down, the requester pays the rest plus 10 % of the total pay
    // rounded up, and gets the remainder of the escrow back.
    void expectSettled(const RejectedTeam &team, const Account &requesterAccount, int workerVotes, int votes,
                       Cents requesterBalanceBefore, Cents mistakeBookBefore)
    {
        const auto mistake = [&](Cents pay) { return votes == 0 ? 0 : pay * workerVotes / votes; };
        const Cents mistakePay = mistake(kDesignerPay) + 2 * mistake(kTesterPay);
        const Cents charge = kTotalPay - mistakePay;
        const Cents fee = (kTotalPay * 1'000 + 9'999) / 10'000;
        EXPECT_EQ(balance(LedgerBook::Earnings, team.designer.id), kDesignerPay);
        EXPECT_EQ(balance(LedgerBook::Earnings, team.tester1.id), kTesterPay);
        EXPECT_EQ(balance(LedgerBook::Earnings, team.tester2.id), kTesterPay);
        EXPECT_EQ(balance(LedgerBook::Escrow, requesterAccount.id), 0);
        EXPECT_EQ(balance(LedgerBook::Balance, requesterAccount.id),
                  requesterBalanceBefore + team.escrow - charge - fee);
        EXPECT_EQ(mistakeBookBefore - balance(LedgerBook::PlatformMistakePay, QString()), mistakePay);

        const auto conflict = render(requesterAccount, Entity::Conflict, team.conflictId);
        ASSERT_TRUE(conflict.has_value());
        EXPECT_EQ(conflict->value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        EXPECT_EQ(conflict->value(QStringLiteral("worker_fault_votes")).toInt(), workerVotes);
        EXPECT_EQ(conflict->value(QStringLiteral("requester_fault_votes")).toInt(), votes - workerVotes);
        EXPECT_EQ(conflict->value(QStringLiteral("requester_charge_cents")).toInteger(), charge);
        EXPECT_EQ(conflict->value(QStringLiteral("mistake_pay_cents")).toInteger(), mistakePay);
        EXPECT_EQ(conflict->value(QStringLiteral("arbitration_fee_cents")).toInteger(), fee);
        EXPECT_EQ(conflict->value(QStringLiteral("members_lost")).toBool(), workerVotes * 2 > votes);
        EXPECT_EQ(render(team.tester1, Entity::TeamTask, team.id)->value(QStringLiteral("state")).toString(),
                  QStringLiteral("settled"));

        // The settlement is one event whose lines carry the conflict and the team task.
        const QList<QJsonObject> escrowLines = lines(requesterAccount, QStringLiteral("escrow:") + requesterAccount.id);
        ASSERT_FALSE(escrowLines.isEmpty());
        EXPECT_EQ(escrowLines.constLast().value(QStringLiteral("kind")).toString(), QStringLiteral("team_settlement"));
        EXPECT_EQ(escrowLines.constLast().value(QStringLiteral("conflict_id")).toString(), team.conflictId);
        EXPECT_EQ(escrowLines.constLast().value(QStringLiteral("task_id")).toString(), team.id);
    }
};

} // namespace Chrysalis::Testing
