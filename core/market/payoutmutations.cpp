// payout.request: a worker asks to be paid out part of their earnings; an admin pays it later.
#include "core/market/marketengine.h"
#include "core/market/payoutrepository.h"
#include "core/policy/fees.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Mutations {

Result<MutationEffect> payoutRequest(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"payout_id", u"amount_cents"});
    const QString payoutId = args.read().id(u"payout_id"_s);
    const qint64 amount = args.read().integer64(u"amount_cents"_s, 1, kMaxJsonInteger);
    if (!args.ok())
        return args.rejection();
    if (!actor.isWorker())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers request payouts"_s);
    PayoutRepository payouts(engine.db);
    auto existing = payouts.find(payoutId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return rejectValidation(u"the payout id is taken"_s,
                                {{u"payout_id"_s, u"is already the id of another payout"_s}});

    // Requested payouts hold their amount back: the threshold and the ceiling apply to the rest.
    auto earnings = engine.balanceOf(LedgerBook::Earnings, actor.id());
    if (!earnings)
        return earnings.error();
    auto pending = payouts.pendingCents(actor.id());
    if (!pending)
        return pending.error();
    const Cents available = *earnings - *pending;
    const QJsonObject figures{{u"available_cents"_s, available},
                              {u"threshold_cents"_s, engine.policy.payout.thresholdCents},
                              {u"pending_cents"_s, *pending}};
    if (auto checked = payoutEvent(actor.id(), amount, available, engine.policy); !checked) {
        if (checked.error().code == ErrorCode::InsufficientFunds)
            return MutationEffect::reject(RejectionCode::InsufficientFunds, checked.error().message, figures);
        if (checked.error().code == ErrorCode::NotEligible)
            return MutationEffect::reject(RejectionCode::NotEligible, checked.error().message, figures);
        return rejectValidation(checked.error().message, {{u"amount_cents"_s, checked.error().message}});
    }

    PayoutRecord payout;
    payout.id = payoutId;
    payout.workerId = actor.id();
    payout.amountCents = amount;
    payout.requestedAt = engine.now;
    if (auto status = payouts.insert(payout); !status)
        return status.error();
    engine.changes.touch(Entity::Payout, payoutId, {Audience::account(actor.id())});
    engine.changes.touch(Entity::Wallet, actor.id(), {Audience::account(actor.id())});
    return MutationEffect::ok({{u"state"_s, payoutStateName(PayoutState::Requested)}});
}

} // namespace Chrysalis::Mutations
