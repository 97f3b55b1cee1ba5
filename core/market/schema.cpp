#include "core/market/schema.h"

#include "core/market/changelog.h"
#include "core/market/goldrepository.h"
#include "core/market/leaderboardqueries.h"
#include "core/market/payoutrepository.h"
#include "core/market/skillvocabulary.h"
#include "core/market/standinghistory.h"
#include "core/market/syncservice.h"
#include "core/market/teamconflictrepository.h"
#include "core/market/teamrepository.h"
#include "core/market/tierprogressqueries.h"
#include "core/market/workerboards.h"
#include "core/market/workercounters.h"
#include "core/store/ledgerrepository.h"
#include "core/store/metarepository.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

// Times are {timestamp} milliseconds since the epoch (UTC); flags are {integer} 0/1 so both drivers bind
// them the same way; lists and objects that are only ever read whole are JSON text.
Migration marketplaceMigration(int version)
{
    return {version,
            u"marketplace"_s,
            {
                    u"CREATE TABLE account (id {text} PRIMARY KEY, username {text} NOT NULL UNIQUE, "
                    "pseudonym {text} NOT NULL UNIQUE, public_id {text} NOT NULL UNIQUE, password_hash {text} NOT "
                    "NULL, "
                    "roles {text} NOT NULL, tier {text} NOT NULL, standing {text} NOT NULL, "
                    "points {bigint} NOT NULL DEFAULT 0, suspended {integer} NOT NULL DEFAULT 0, "
                    "suspended_reason {text}, suspended_at {timestamp}, skills {text} NOT NULL DEFAULT '[]', "
                    "content_opt_ins {text} NOT NULL DEFAULT '[]', limits {text} NOT NULL DEFAULT '{}', "
                    "scope_epoch {bigint} NOT NULL DEFAULT 1, created_at {timestamp} NOT NULL)"_s,
                    u"CREATE INDEX account_tier ON account (tier)"_s,

                    u"CREATE TABLE auth_token (digest {text} PRIMARY KEY, account_id {text} NOT NULL REFERENCES "
                    "account(id), created_at {timestamp} NOT NULL, expires_at {timestamp} NOT NULL, revoked_at "
                    "{timestamp})"_s,
                    u"CREATE INDEX auth_token_account ON auth_token (account_id)"_s,

                    // A task and its revisions. revision_id names the current revision; a revision is frozen
                    // (never changed again) once its task leaves the draft state.
                    u"CREATE TABLE task (id {text} PRIMARY KEY, requester_id {text} NOT NULL REFERENCES account(id), "
                    "origin {text} NOT NULL, state {text} NOT NULL, revision_id {text} NOT NULL, "
                    "version {bigint} NOT NULL, items_total {integer} NOT NULL DEFAULT 0, "
                    "answers_count {integer} NOT NULL DEFAULT 0, fee_bp {bigint} NOT NULL DEFAULT 0, "
                    "escrow_per_slot_cents {bigint} NOT NULL DEFAULT 0, slots {bigint} NOT NULL DEFAULT 0, "
                    "created_at {timestamp} NOT NULL, "
                    "published_at {timestamp})"_s,
                    u"CREATE INDEX task_requester ON task (requester_id)"_s,
                    u"CREATE INDEX task_state ON task (state)"_s,
                    u"CREATE TABLE task_revision (id {text} PRIMARY KEY, task_id {text} NOT NULL REFERENCES task(id), "
                    "number {integer} NOT NULL, content {text} NOT NULL, frozen {integer} NOT NULL DEFAULT 0, "
                    "created_at {timestamp} NOT NULL, UNIQUE (task_id, number))"_s,

                    // Items in import order; answers_count counts the answers received (at most the overlap).
                    u"CREATE TABLE item (id {text} PRIMARY KEY, task_id {text} NOT NULL REFERENCES task(id), "
                    "position {bigint} NOT NULL, data {text} NOT NULL, answers_count {integer} NOT NULL DEFAULT 0)"_s,
                    u"CREATE UNIQUE INDEX item_task_position ON item (task_id, position)"_s,

                    u"CREATE TABLE lease (id {text} PRIMARY KEY, item_id {text} NOT NULL REFERENCES item(id), "
                    "task_id {text} NOT NULL REFERENCES task(id), worker_id {text} NOT NULL REFERENCES account(id), "
                    "revision_id {text} NOT NULL, claimed_at {timestamp} NOT NULL, expires_at {timestamp} NOT NULL, "
                    "state {text} NOT NULL, ended_at {timestamp})"_s,
                    u"CREATE INDEX lease_item_state ON lease (item_id, state, expires_at)"_s,
                    u"CREATE INDEX lease_worker_state ON lease (worker_id, state)"_s,
                    u"CREATE INDEX lease_state_expiry ON lease (state, expires_at)"_s,

                    u"CREATE TABLE answer (id {text} PRIMARY KEY, item_id {text} NOT NULL REFERENCES item(id), "
                    "task_id {text} NOT NULL REFERENCES task(id), worker_id {text} NOT NULL REFERENCES account(id), "
                    "revision_id {text} NOT NULL, lease_id {text} NOT NULL, fields {text} NOT NULL, "
                    "status {text} NOT NULL, submitted_at {timestamp} NOT NULL, seconds_spent {integer} NOT NULL, "
                    "pay_cents {bigint} NOT NULL, held_cents {bigint} NOT NULL, reviewed_at {timestamp}, "
                    "reason_code {text}, reason {text}, lost_conflict {integer} NOT NULL DEFAULT 0, "
                    "UNIQUE (item_id, worker_id))"_s,
                    u"CREATE INDEX answer_task ON answer (task_id)"_s,
                    u"CREATE INDEX answer_worker ON answer (worker_id, submitted_at)"_s,
                    u"CREATE INDEX answer_status_submitted ON answer (status, submitted_at)"_s,

                    u"CREATE TABLE feedback (id {text} PRIMARY KEY, task_id {text} NOT NULL REFERENCES task(id), "
                    "revision_id {text} NOT NULL, state {text} NOT NULL, sample_item_ids {text} NOT NULL, "
                    "worker_id {text} REFERENCES account(id), verdict {text}, markup_revision {text}, "
                    "sample_answers {text}, comments {text}, accepted_hunks {text}, adopted_revision_id {text}, "
                    "created_at {timestamp} NOT NULL, submitted_at {timestamp}, resolved_at {timestamp})"_s,
                    u"CREATE INDEX feedback_task ON feedback (task_id)"_s,
                    u"CREATE INDEX feedback_worker ON feedback (worker_id, state)"_s,

                    // A conflict copies its parties so panel eligibility needs no joins.
                    u"CREATE TABLE conflict (id {text} PRIMARY KEY, answer_id {text} NOT NULL UNIQUE REFERENCES "
                    "answer(id), task_id {text} NOT NULL REFERENCES task(id), item_id {text} NOT NULL, "
                    "worker_id {text} NOT NULL REFERENCES account(id), requester_id {text} NOT NULL REFERENCES "
                    "account(id), state {text} NOT NULL, seats {integer} NOT NULL, votes_cast {integer} NOT NULL "
                    "DEFAULT 0, deadline {timestamp} NOT NULL, extensions_used {integer} NOT NULL DEFAULT 0, "
                    "opened_at {timestamp} NOT NULL, closed_at {timestamp}, worker_fault_votes {integer} NOT NULL "
                    "DEFAULT 0, requester_fault_votes {integer} NOT NULL DEFAULT 0, requester_charge_cents {bigint} "
                    "NOT NULL DEFAULT 0, arbitration_fee_cents {bigint} NOT NULL DEFAULT 0, mistake_pay_cents "
                    "{bigint} NOT NULL DEFAULT 0)"_s,
                    u"CREATE INDEX conflict_state_deadline ON conflict (state, deadline)"_s,
                    u"CREATE TABLE vote (id {text} PRIMARY KEY, conflict_id {text} NOT NULL REFERENCES conflict(id), "
                    "arbiter_id {text} NOT NULL REFERENCES account(id), fault {text} NOT NULL, rationale {text} NOT "
                    "NULL, cast_at {timestamp} NOT NULL, UNIQUE (conflict_id, arbiter_id))"_s,

                    // Ratings are private: only published_rating, the aggregate under the privacy rule, leaves.
                    u"CREATE TABLE rating (task_id {text} NOT NULL REFERENCES task(id), worker_id {text} NOT NULL "
                    "REFERENCES account(id), requester_id {text} NOT NULL REFERENCES account(id), rating {integer} "
                    "NOT NULL, rated_at {timestamp} NOT NULL, PRIMARY KEY (task_id, worker_id))"_s,
                    u"CREATE INDEX rating_requester ON rating (requester_id)"_s,
                    u"CREATE TABLE published_rating (requester_id {text} PRIMARY KEY REFERENCES account(id), "
                    "published_count {integer} NOT NULL, published_sum {bigint} NOT NULL, published_mean_micros "
                    "{bigint}, published_at {timestamp} NOT NULL)"_s,

                    u"CREATE TABLE points_event (id {id_pk}, account_id {text} NOT NULL REFERENCES account(id), "
                    "delta {integer} NOT NULL, reason {text} NOT NULL, ref {text} NOT NULL, created_at {timestamp} "
                    "NOT NULL)"_s,
                    u"CREATE INDEX points_event_account ON points_event (account_id)"_s,

                    // What each worker was paid and what their lost conflicts cost the platform, by the
                    // marketplace clock: the rolling mistake-pay window reads this.
                    u"CREATE TABLE worker_pay (id {id_pk}, worker_id {text} NOT NULL REFERENCES account(id), "
                    "kind {text} NOT NULL, earned_cents {bigint} NOT NULL, mistake_pay_cents {bigint} NOT NULL, "
                    "ref {text} NOT NULL, booked_at {timestamp} NOT NULL)"_s,
                    u"CREATE INDEX worker_pay_worker_booked ON worker_pay (worker_id, booked_at)"_s,

                    u"CREATE TABLE reframe_proposal (id {text} PRIMARY KEY, task_id {text} NOT NULL REFERENCES "
                    "task(id), worker_id {text} NOT NULL REFERENCES account(id), markup_revision {text} NOT NULL, "
                    "rationale {text} NOT NULL, state {text} NOT NULL, created_at {timestamp} NOT NULL)"_s,
                    u"CREATE INDEX reframe_proposal_task ON reframe_proposal (task_id)"_s,
            }};
}

QList<Migration> serverMigrations()
{
    // The sync service's own tables travel in migration 4, after the account table they refer to.
    Migration marketplace = marketplaceMigration(4);
    marketplace.statements.append(SyncService::migration(4).statements);
    // 5: whether a task still has a free slot is asked on every render of the task for a worker; the
    // index lets that look skip the items that already have their answers.
    const Migration openItems{
            5, u"item_open_slots"_s, {u"CREATE INDEX item_task_answers ON item (task_id, answers_count)"_s}};
    // 6: items_open subtracts the running leases of a task on every render of it.
    const Migration taskLeases{
            6, u"lease_task_state"_s, {u"CREATE INDEX lease_task_state ON lease (task_id, state, expires_at)"_s}};
    // 7: what each ledger line settles, so a client ties it to its conflict, task, answer or payout.
    const Migration ledgerReferences{7,
                                     u"ledger_entry_reference"_s,
                                     {u"ALTER TABLE ledger_entry ADD COLUMN conflict_id {text}"_s,
                                      u"ALTER TABLE ledger_entry ADD COLUMN task_id {text}"_s,
                                      u"ALTER TABLE ledger_entry ADD COLUMN answer_id {text}"_s,
                                      u"ALTER TABLE ledger_entry ADD COLUMN payout_id {text}"_s,
                                      u"CREATE INDEX ledger_entry_conflict ON ledger_entry (conflict_id)"_s}};
    // 9: how the requester resolved a reframe proposal (reframe.resolve@1); adopted ones count on the
    // proposing worker's profile.
    const Migration reframeResolution{
            9,
            u"reframe_resolution"_s,
            {u"ALTER TABLE reframe_proposal ADD COLUMN accepted_hunks {text}"_s,
             u"ALTER TABLE reframe_proposal ADD COLUMN adopted_revision_id {text}"_s,
             u"ALTER TABLE reframe_proposal ADD COLUMN resolved_at {timestamp}"_s,
             u"CREATE INDEX reframe_proposal_worker ON reframe_proposal (worker_id, state)"_s}};
    // 10: the points history, the rating frontiers, the worker boards and the leaderboard's index.
    Migration insights = PointsHistory::migration(10);
    insights.statements.append(WorkerBoards::migrationStatements());
    insights.statements.append(LeaderboardQueries::migrationStatements());
    // 12: the shared skill vocabulary and flash teams (team tasks and the workers holding their seats).
    Migration teams{12, u"flash_teams"_s, SkillVocabulary::migrationStatements()};
    teams.statements.append(TeamRepository::migrationStatements());
    // 13: every worker's tier record in a few grouped reads (TierProgressQueries).
    const Migration tierRecords{13, u"tier_progress_records"_s, TierProgressQueries::migrationStatements()};
    // 14: the panels that judge rejected flash-team deliveries, and their votes.
    const Migration teamConflicts{14, u"team_conflicts"_s, TeamConflictRepository::migrationStatements()};
    // 15: the skills that passed qualification tasks verify.
    const Migration skillVerifications{15, u"skill_verifications"_s,
                                       SkillVocabulary::verificationMigrationStatements()};
    // 16: per-worker counters of the tier record, backfilled from the existing answers, feedback and teams.
    const Migration workerProgress{16, u"worker_progress"_s, WorkerCounters::migrationStatements()};
    // 17: the counters replaced the grouped reads migration 13's (worker, status) index served; one index
    // less to write for every answer submitted and every review.
    const Migration workerStatusIndex{17, u"answer_worker_status_dropped"_s, {u"DROP INDEX answer_worker_status"_s}};
    return {MetaRepository::migration(1),
            LedgerRepository::migration(2),
            ChangeLog::migration(3),
            marketplace,
            openItems,
            taskLeases,
            ledgerReferences,
            PayoutRepository::migration(8),
            reframeResolution,
            insights,
            GoldRepository::migration(11),
            teams,
            tierRecords,
            teamConflicts,
            skillVerifications,
            workerProgress,
            workerStatusIndex};
}

} // namespace Chrysalis
