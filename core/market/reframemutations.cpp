// reframe.resolve: the requester adopts (some hunks of) or declines a worker's reframe proposal.
#include "core/market/marketengine.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Mutations {

namespace {

const QString kAdopted = u"adopted"_s;
const QString kDeclined = u"declined"_s;

// Pay and overlap fix what the escrow holds for every slot; once a slot is answered or leased the
// escrow is partly spent or promised, so those terms stay as they are.
bool changesEscrowTerms(const TaskRevision &base, const TaskRevision &merged)
{
    return merged.payCents != base.payCents || merged.overlap != base.overlap;
}

} // namespace

Result<MutationEffect> reframeResolve(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"proposal_id", u"decision", u"accepted_hunks"});
    const QString proposalId = args.read().id(u"proposal_id"_s);
    const QString decision = args.read().string(u"decision"_s);
    const QStringList hunks = args.read().has(u"accepted_hunks"_s) ? readAcceptedHunks(args) : QStringList();
    if (args.ok() && decision != u"adopt" && decision != u"decline")
        args.addError(u"decision"_s, u"must be adopt or decline"_s);
    const bool adopt = decision == u"adopt";
    if (args.ok() && adopt && hunks.isEmpty())
        args.addError(u"accepted_hunks"_s, u"must name at least one hunk to adopt"_s);
    if (args.ok() && !adopt && !hunks.isEmpty())
        args.addError(u"accepted_hunks"_s, u"must be empty when declining"_s);
    if (!args.ok())
        return args.rejection();

    auto found = engine.feedback.proposal(proposalId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no reframe proposal with this id"_s);
    const ReframeRecord proposal = **found;
    auto task = engine.tasks.find(proposal.taskId, true);
    if (!task)
        return task.error();
    if (!task->has_value())
        return Error::storage(u"proposal %1 names a missing task"_s.arg(proposalId));
    const TaskRecord &record = **task;
    if (record.task.requesterId != actor.id()) {
        if (proposal.workerId == actor.id())
            return MutationEffect::reject(RejectionCode::Forbidden, u"only the task's requester resolves a proposal"_s);
        return MutationEffect::reject(RejectionCode::NotFound, u"no reframe proposal with this id"_s);
    }
    if (proposal.state != u"open")
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the proposal was already resolved"_s,
                                      {{u"state"_s, proposal.state}});

    QString adoptedId;
    if (adopt) {
        auto markup = TaskRevision::fromJson(proposal.markupRevision);
        if (!markup)
            return Error::storage(u"proposal %1 holds an unreadable revision"_s.arg(proposalId));
        // The hunks are those between the task's current revision and the proposal's markup.
        const std::optional<TaskRevision> merged = mergeAcceptedHunks(args, record.revision, *markup, hunks);
        if (!merged)
            return args.rejection(u"the accepted hunks do not apply to the task"_s);
        if (changesEscrowTerms(record.revision, *merged)) {
            auto leased = engine.work.runningLeasesOnTask(record.task.id, engine.now);
            if (!leased)
                return leased.error();
            if (record.answersCount > 0 || *leased > 0)
                return rejectValidation(
                        u"pay and overlap cannot change once the task has answers or leased items"_s,
                        {{u"accepted_hunks"_s, u"changes pay or overlap of a task already being worked on"_s}});
        }
        auto adoption = adoptRevision(engine, actor, record, *merged);
        if (!adoption)
            return adoption.error();
        if (adoption->refused)
            return *adoption->refused;
        adoptedId = adoption->revisionId;
    }
    auto resolved =
            engine.feedback.resolveProposal(proposalId, adopt ? kAdopted : kDeclined, hunks, adoptedId, engine.now);
    if (!resolved)
        return resolved.error();
    if (!*resolved)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the proposal was already resolved"_s);

    engine.changes.touch(Entity::ReframeProposal, proposalId,
                         {Audience::account(proposal.workerId), Audience::account(actor.id())});
    if (!adopt)
        return MutationEffect::ok({{u"state"_s, kDeclined}});

    auto published = engine.tasks.find(record.task.id);
    if (!published)
        return published.error();
    if (published->has_value()) {
        engine.touchTask(**published);
        engine.changes.touch(Entity::TaskRevision, record.revision.id, engine.taskAudiences(**published));
    }
    // The adoption counts on the worker's profile (generative reframing).
    engine.touchAccount(proposal.workerId);
    return MutationEffect::ok({{u"state"_s, kAdopted}, {u"revision_id"_s, adoptedId}});
}

} // namespace Chrysalis::Mutations
