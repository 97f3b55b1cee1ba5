#include "core/policy/fees.h"

#include "core/domain/validationtext.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

Error limitExceeded(const QString &message)
{
    return {ErrorCode::LimitExceeded, message, {}};
}

LedgerEntry entry(LedgerBook book, const QString &ownerId, Cents amount, const QString &kind)
{
    return {LedgerAccount::personal(book, ownerId), amount, kind};
}

LedgerEntry platformEntry(LedgerBook book, Cents amount, const QString &kind)
{
    return {LedgerAccount::platform(book), amount, kind};
}

std::optional<Error> checkAmount(Cents amount, const QString &field)
{
    if (amount <= 0)
        return Error::validation(Validation::tr("%1 must be positive").arg(field),
                                 {{field, Validation::tr("must be positive")}});
    if (amount > kMaxSafeInteger)
        return limitExceeded(u"%1 of %2 cents is beyond the largest amount the ledger takes"_s.arg(field).arg(amount));
    return std::nullopt;
}

std::optional<Error> checkId(const QString &id, const QString &field)
{
    if (id.isEmpty())
        return Error::validation(u"%1 is missing"_s.arg(field), {{field, u"must not be empty"_s}});
    return std::nullopt;
}

} // namespace

BasisPoints feeRate(Standing requesterStandingAtPublish, const Policy &policy)
{
    return requesterStandingAtPublish == Standing::Butterfly ? policy.fees.butterflyBp : policy.fees.caterpillarBp;
}

Result<Cents> shareRoundedUp(Cents amount, BasisPoints share)
{
    if (amount < 0 || amount > kMaxSafeInteger)
        return limitExceeded(u"an amount of %1 cents is outside 0..%2"_s.arg(amount).arg(kMaxSafeInteger));
    if (share < 0 || share > kWholeInBasisPoints)
        return Error::validation(u"a share of %1 basis points is outside 0..%2"_s.arg(share).arg(kWholeInBasisPoints));
    // Split so that no intermediate product exceeds 2^53 · 10^4 / 10^4 = 2^53.
    const Cents whole = amount / kWholeInBasisPoints * share;
    const Cents rest = applyShareRoundingUp(amount % kWholeInBasisPoints, share);
    return whole + rest;
}

Result<Cents> escrowPerSlot(Cents pay, BasisPoints feeBp)
{
    const Result<Cents> fee = shareRoundedUp(pay, feeBp);
    if (!fee.ok())
        return fee.error();
    const Cents slot = pay + *fee;
    if (slot > kMaxSafeInteger)
        return limitExceeded(
                Validation::tr("escrow of %1 cents per answer slot is beyond the largest amount the ledger takes")
                        .arg(slot));
    return slot;
}

Result<EscrowQuote> quoteEscrow(Cents payPerAnswer, int items, int overlap, Standing requesterStanding,
                                const Policy &policy)
{
    QList<FieldError> problems;
    if (payPerAnswer <= 0)
        problems.append({u"pay_cents"_s, Validation::tr("must be positive")});
    if (items < 1)
        problems.append({u"items"_s, Validation::tr("a task needs at least one item")});
    if (overlap < 1)
        problems.append({u"overlap"_s, Validation::tr("must be at least 1")});
    if (!problems.isEmpty())
        return Error::validation(Validation::tr("cannot work out the escrow of this task"), problems);

    EscrowQuote quote;
    quote.payPerAnswer = payPerAnswer;
    quote.feeBp = feeRate(requesterStanding, policy);
    const Result<Cents> slot = escrowPerSlot(payPerAnswer, quote.feeBp);
    if (!slot.ok())
        return slot.error();
    quote.escrowPerSlot = *slot;
    quote.feePerSlot = *slot - payPerAnswer;
    quote.slots = static_cast<qint64>(items) * overlap;
    if (quote.escrowPerSlot > kMaxSafeInteger / quote.slots) {
        return limitExceeded(
                Validation::tr("escrow of %1 slots × %2 cents is beyond the largest amount the ledger takes")
                        .arg(quote.slots)
                        .arg(quote.escrowPerSlot));
    }
    quote.total = quote.slots * quote.escrowPerSlot;
    return quote;
}

Result<LedgerEvent> publishEvent(const QString &requesterId, const EscrowQuote &quote, Cents requesterBalance)
{
    if (auto error = checkId(requesterId, u"requester_id"_s))
        return *error;
    if (auto error = checkAmount(quote.total, u"escrow"_s))
        return *error;
    if (quote.slots < 1 || quote.total % quote.slots != 0 || quote.total / quote.slots != quote.escrowPerSlot ||
        quote.escrowPerSlot != quote.payPerAnswer + quote.feePerSlot)
        return Error::internal(u"escrow quote does not add up"_s);
    if (requesterBalance < quote.total) {
        return Error{ErrorCode::InsufficientFunds,
                     Validation::tr("publishing needs %1 cents in escrow but the balance is %2 cents")
                             .arg(quote.total)
                             .arg(requesterBalance),
                     {}};
    }
    const QString kind = u"publish"_s;
    return LedgerEvent{entry(LedgerBook::Balance, requesterId, -quote.total, kind),
                       entry(LedgerBook::Escrow, requesterId, quote.total, kind)};
}

Result<LedgerEvent> approvalEvent(const QString &requesterId, const QString &workerId, Cents pay, Cents heldForSlot)
{
    if (auto error = checkId(requesterId, u"requester_id"_s))
        return *error;
    if (auto error = checkId(workerId, u"worker_id"_s))
        return *error;
    if (auto error = checkAmount(pay, u"pay"_s))
        return *error;
    if (auto error = checkAmount(heldForSlot, u"held escrow"_s))
        return *error;
    if (heldForSlot < pay)
        return Error::validation(u"escrow of %1 cents cannot pay %2 cents"_s.arg(heldForSlot).arg(pay));
    const QString kind = u"approve"_s;
    LedgerEvent event{entry(LedgerBook::Escrow, requesterId, -heldForSlot, kind),
                      entry(LedgerBook::Earnings, workerId, pay, kind)};
    if (heldForSlot > pay)
        event.append(platformEntry(LedgerBook::PlatformFees, heldForSlot - pay, kind));
    return event;
}

Result<LedgerEvent> feedbackPayEvent(const QString &workerId, const Policy &policy)
{
    if (auto error = checkId(workerId, u"worker_id"_s))
        return *error;
    const Cents pay = policy.feedback.payCents;
    const QString kind = u"feedback_pay"_s;
    return LedgerEvent{platformEntry(LedgerBook::PlatformFeedbackPay, -pay, kind),
                       entry(LedgerBook::Earnings, workerId, pay, kind)};
}

bool mayRequestPayout(Cents earnings, const Policy &policy)
{
    return earnings >= policy.payout.thresholdCents && earnings > 0;
}

Result<LedgerEvent> payoutEvent(const QString &workerId, Cents amount, Cents earnings, const Policy &policy)
{
    if (auto error = checkId(workerId, u"worker_id"_s))
        return *error;
    if (auto error = checkAmount(amount, u"payout"_s))
        return *error;
    if (!mayRequestPayout(earnings, policy)) {
        return Error{ErrorCode::NotEligible,
                     u"earnings of %1 cents are below the payout threshold of %2 cents"_s.arg(earnings).arg(
                             policy.payout.thresholdCents),
                     {}};
    }
    if (amount > earnings) {
        return Error{ErrorCode::InsufficientFunds,
                     u"a payout of %1 cents exceeds the earnings of %2 cents"_s.arg(amount).arg(earnings),
                     {}};
    }
    const QString kind = u"payout"_s;
    return LedgerEvent{entry(LedgerBook::Earnings, workerId, -amount, kind),
                       platformEntry(LedgerBook::Deposits, amount, kind)};
}

Result<LedgerEvent> fundingEvent(const QString &requesterId, Cents amount)
{
    if (auto error = checkId(requesterId, u"requester_id"_s))
        return *error;
    if (auto error = checkAmount(amount, u"funding"_s))
        return *error;
    const QString kind = u"funding"_s;
    return LedgerEvent{platformEntry(LedgerBook::Deposits, -amount, kind),
                       entry(LedgerBook::Balance, requesterId, amount, kind)};
}

} // namespace Chrysalis
