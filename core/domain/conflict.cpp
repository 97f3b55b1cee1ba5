#include "core/domain/conflict.h"

#include "core/domain/enumnames.h"
#include "core/domain/jsonreader.h"
#include "core/domain/textrules.h"
#include "core/domain/validationtext.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr EnumNames<ConflictState, 2> kConflictStateNames{u"conflict state",
                                                          {{
                                                                  {ConflictState::Open, u"open"},
                                                                  {ConflictState::Closed, u"closed"},
                                                          }}};

constexpr EnumNames<Fault, 2> kFaultNames{u"fault",
                                          {{
                                                  {Fault::Worker, u"worker"},
                                                  {Fault::Requester, u"requester"},
                                          }}};

} // namespace

QString conflictStateName(ConflictState state)
{
    return kConflictStateNames.nameOf(state);
}

Result<ConflictState> parseConflictState(const QString &name)
{
    return kConflictStateNames.parse(name);
}

QString faultName(Fault fault)
{
    return kFaultNames.nameOf(fault);
}

Result<Fault> parseFault(const QString &name)
{
    return kFaultNames.parse(name);
}

QJsonObject ConflictPanel::toJson() const
{
    QJsonObject json{
            {u"id"_s, id},
            {u"answer_id"_s, answerId},
            {u"state"_s, conflictStateName(state)},
            {u"seats"_s, seats},
            {u"votes_cast"_s, votesCast},
            {u"deadline"_s, wireTime(deadline)},
            {u"extended"_s, extended},
    };
    if (state == ConflictState::Closed) {
        json.insert(u"worker_fault_votes"_s, workerFaultVotes);
        json.insert(u"requester_fault_votes"_s, requesterFaultVotes);
        json.insert(u"requester_charge_cents"_s, requesterChargeCents);
        json.insert(u"mistake_pay_cents"_s, mistakePayCents);
    }
    return json;
}

Result<ConflictPanel> ConflictPanel::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    ConflictPanel panel;
    panel.id = reader.id(u"id"_s);
    panel.answerId = reader.id(u"answer_id"_s);
    panel.state = reader.enumValue(u"state"_s, parseConflictState, ConflictState::Open);
    panel.seats = reader.integer(u"seats"_s, 0);
    panel.votesCast = reader.integer(u"votes_cast"_s, 0);
    panel.deadline = reader.time(u"deadline"_s);
    panel.extended = reader.optionalBoolean(u"extended"_s, false);
    if (panel.state == ConflictState::Closed) {
        panel.workerFaultVotes = reader.integer(u"worker_fault_votes"_s, 0);
        panel.requesterFaultVotes = reader.integer(u"requester_fault_votes"_s, 0);
        panel.requesterChargeCents = reader.integer64(u"requester_charge_cents"_s, 0, kMaxJsonInteger);
        panel.mistakePayCents = reader.integer64(u"mistake_pay_cents"_s, 0, kMaxJsonInteger);
    }
    return reader.finish(panel, u"conflict panel"_s);
}

Status Vote::validate() const
{
    if (isBlank(rationale))
        return Error::validation(Validation::tr("the vote breaks its rules"),
                                 {{u"rationale"_s, Validation::tr("a vote needs a written rationale")}});
    if (codePointCount(rationale) > kMaxRationaleLength) {
        return Error::validation(
                Validation::tr("the vote breaks its rules"),
                {{u"rationale"_s, Validation::tr("must be at most %n characters", nullptr, kMaxRationaleLength)}});
    }
    return {};
}

QJsonObject Vote::toJson() const
{
    QJsonObject json{
            {u"id"_s, id},
            {u"conflict_id"_s, conflictId},
            {u"fault"_s, faultName(fault)},
            {u"rationale"_s, rationale},
    };
    if (!arbiterId.isEmpty())
        json.insert(u"arbiter_id"_s, arbiterId);
    if (castAt.isValid())
        json.insert(u"cast_at"_s, wireTime(castAt));
    return json;
}

Result<Vote> Vote::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Vote vote;
    vote.id = reader.id(u"id"_s);
    vote.conflictId = reader.id(u"conflict_id"_s);
    vote.arbiterId = reader.optionalId(u"arbiter_id"_s);
    vote.fault = reader.enumValue(u"fault"_s, parseFault, Fault::Worker);
    vote.rationale = reader.string(u"rationale"_s);
    vote.castAt = reader.optionalTime(u"cast_at"_s);
    return reader.finish(vote, u"vote"_s);
}

} // namespace Chrysalis
