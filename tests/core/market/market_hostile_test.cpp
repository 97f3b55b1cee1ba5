// Hostile and malformed input: every string of the Big List of Naughty Strings, hostile ids and numbers,
// unknown keys. Each is applied or rejected; none is an Error, none leaves a write behind when rejected.
#include "core/domain/ids.h"
#include "core/store/sqlquery.h"
#include "tests/core/market/markettesting.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

// Text that cannot be stored faithfully: NUL, noncharacters, lone surrogates.
bool unstorable(const QString &text)
{
    if (text.contains(QChar(u'\0')) || QString::fromUtf8(text.toUtf8()) != text)
        return true;
    for (const char32_t point : text.toUcs4()) {
        if ((point >= 0xFDD0 && point <= 0xFDEF) || (point & 0xFFFE) == 0xFFFE)
            return true;
    }
    return false;
}

} // namespace

TEST_P(MarketTest, NaughtyStringsInEveryStringArgumentAreStoredVerbatimOrRejected)
{
    const QStringList &strings = naughtyStrings();
    ASSERT_GT(strings.size(), 400) << "missing fixture tests/data/naughty/blns.json";
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QList<Account> panel = arbiters(1);
    policy().panel.seats = 1;

    // Titles, instructions and option labels of drafts, ten strings a draft, read back exactly; text that
    // cannot be stored faithfully is refused on its own.
    const QString taskId = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision()}});
    qint64 version = 1;
    QStringList storable;
    for (const QString &naughty : strings) {
        if (!unstorable(naughty)) {
            storable << naughty;
            continue;
        }
        QJsonObject revision = sentimentRevision();
        revision.insert(u"title"_s, naughty);
        const Applied applied =
                apply(ada.id, u"task.draft_save@1"_s,
                      {{u"task_id"_s, taskId}, {u"base_version"_s, version}, {u"revision"_s, revision}});
        EXPECT_EQ(applied.effect.rejection.code, RejectionCode::ValidationFailed) << naughty.toStdString();
    }
    EXPECT_GT(storable.size(), strings.size() * 9 / 10);
    constexpr int kPerDraft = 10;
    for (qsizetype start = 0; start < storable.size(); start += kPerDraft) {
        QStringList chunk = storable.mid(start, kPerDraft);
        while (chunk.size() < kPerDraft)
            chunk << u"filler"_s;
        QJsonArray options;
        for (int i = 2; i < kPerDraft; ++i)
            options.append(QJsonObject{{u"value"_s, u"o%1"_s.arg(i)}, {u"label"_s, chunk.at(i)}});
        QJsonObject revision = sentimentRevision();
        revision.insert(u"title"_s, chunk.at(0));
        revision.insert(u"instructions"_s, chunk.at(1));
        revision.insert(u"form"_s, QJsonArray{QJsonObject{{u"name"_s, u"label"_s},
                                                          {u"kind"_s, u"single_choice"_s},
                                                          {u"label"_s, u"Pick"_s},
                                                          {u"required"_s, true},
                                                          {u"options"_s, options}}});
        const Applied applied =
                apply(ada.id, u"task.draft_save@1"_s,
                      {{u"task_id"_s, taskId}, {u"base_version"_s, version}, {u"revision"_s, revision}});
        ASSERT_TRUE(applied.effect.applied)
                << chunk.join(u" | "_s).toStdString() << ": " << applied.effect.rejection.message.toStdString();
        ++version;
        const QString revisionId = applied.effect.details.value(u"revision_id"_s).toString();
        const auto stored = render(ada, Entity::TaskRevision, revisionId);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->value(u"title"_s).toString(), chunk.at(0));
        EXPECT_EQ(stored->value(u"instructions"_s).toString(), chunk.at(1));
        EXPECT_EQ(stored->value(u"form"_s).toArray().at(0).toObject().value(u"options"_s).toArray(), options);
    }

    // Item data, in one call; strings as ids are refused.
    QJsonArray items;
    QJsonArray badIds;
    for (const QString &naughty : strings) {
        if (!unstorable(naughty))
            items.append(QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, naughty}}}});
        badIds.append(QJsonObject{{u"id"_s, naughty}, {u"data"_s, QJsonObject()}});
    }
    applyOk(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items}});
    applyRejected(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, badIds}},
                  RejectionCode::ValidationFailed);
    const QString itemId = items.at(items.size() - 1).toObject().value(u"id"_s).toString();
    EXPECT_EQ(render(ada, Entity::Item, itemId)->value(u"data"_s).toObject(),
              items.at(items.size() - 1).toObject().value(u"data"_s).toObject());

    // Skills, opt-ins and limit categories, in chunks a profile holds; a chunk holding unstorable text is
    // refused as a whole.
    for (qsizetype start = 0; start < strings.size(); start += 40) {
        const QStringList chunk = strings.mid(start, 40);
        QJsonObject limits;
        for (const QString &naughty : chunk)
            limits.insert(naughty, 1);
        for (const QString &key : {u"skills"_s, u"content_opt_ins"_s}) {
            const Applied applied = apply(bo.id, u"profile.update@1"_s, {{key, QJsonArray::fromStringList(chunk)}});
            EXPECT_TRUE(applied.effect.applied || applied.effect.rejection.code == RejectionCode::ValidationFailed);
        }
        const Applied applied = apply(bo.id, u"profile.update@1"_s, {{u"limits"_s, limits}});
        EXPECT_TRUE(applied.effect.applied || applied.effect.rejection.code == RejectionCode::ValidationFailed);
    }

    // Rejection reasons, vote rationales, proposal rationales, tier and fault names.
    const QString published = postTask(ada, 40);
    const QStringList answers = work(bo, published, 40);
    qsizetype next = 0;
    for (qsizetype i = 0; i < strings.size(); i += 23) {
        const QString &naughty = strings.at(i);
        const Applied review = apply(ada.id, u"answer.review@1"_s,
                                     {{u"answer_id"_s, answers.at(next)},
                                      {u"decision"_s, u"reject"_s},
                                      {u"reason_code"_s, u"other"_s},
                                      {u"reason"_s, naughty}});
        if (!review.effect.applied) {
            EXPECT_EQ(review.effect.rejection.code, RejectionCode::ValidationFailed) << naughty.toStdString();
            continue;
        }
        ++next;
        const QString conflictId = review.effect.details.value(u"conflict_id"_s).toString();
        EXPECT_EQ(render(bo, Entity::Conflict, conflictId)->value(u"reason"_s).toString(), naughty);
        const Applied voted = apply(panel.at(0).id, u"vote.cast@1"_s,
                                    {{u"vote_id"_s, newId()},
                                     {u"conflict_id"_s, conflictId},
                                     {u"fault"_s, naughty},
                                     {u"rationale"_s, naughty}});
        EXPECT_EQ(voted.effect.rejection.code, RejectionCode::ValidationFailed) << naughty.toStdString();
        const Applied rationale = apply(panel.at(0).id, u"vote.cast@1"_s,
                                        {{u"vote_id"_s, newId()},
                                         {u"conflict_id"_s, conflictId},
                                         {u"fault"_s, u"requester"_s},
                                         {u"rationale"_s, naughty}});
        EXPECT_TRUE(rationale.effect.applied || rationale.effect.rejection.code == RejectionCode::ValidationFailed)
                << naughty.toStdString();
        const Applied tier = apply(bo.id, u"tier.accept@1"_s, {{u"tier"_s, naughty}});
        EXPECT_EQ(tier.effect.rejection.code, RejectionCode::ValidationFailed);
        const Applied proposal = apply(bo.id, u"reframe.propose@1"_s,
                                       {{u"proposal_id"_s, newId()},
                                        {u"task_id"_s, published},
                                        {u"markup_revision"_s, sentimentRevision()},
                                        {u"rationale"_s, naughty}});
        EXPECT_TRUE(proposal.effect.applied || proposal.effect.rejection.code == RejectionCode::ValidationFailed);
    }
    EXPECT_GT(next, 10);
    expectBooksClean();
}

TEST_P(MarketTest, HostileIdsNumbersAndKeysAreRejectedNeverErrors)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString taskId = postTask(ada, 2);
    const QList<QJsonValue> hostileIds{QJsonValue(u"0190f5a2-7c3e-7d4f-8a9b-0c1d2e3f4a5B"_s),
                                       QJsonValue(u"' OR 1=1 --"_s),
                                       QJsonValue(u"0190f5a2-7c3e-7d4f-8a9b-0c1d2e3f4a5b; DROP TABLE task"_s),
                                       QJsonValue(u""_s),
                                       QJsonValue(QString(100'000, u'a')),
                                       QJsonValue(9'223'372'036'854'775'807.0),
                                       QJsonValue(true),
                                       QJsonValue(QJsonArray{taskId}),
                                       QJsonValue(QJsonObject{{u"id"_s, taskId}}),
                                       QJsonValue()};
    const QList<QPair<QString, QString>> idArgs{{u"task.publish@1"_s, u"task_id"_s},
                                                {u"lease.claim@1"_s, u"task_id"_s},
                                                {u"lease.release@1"_s, u"lease_id"_s},
                                                {u"answer.review@1"_s, u"answer_id"_s},
                                                {u"task.rate@1"_s, u"task_id"_s},
                                                {u"feedback.resolve@1"_s, u"feedback_id"_s},
                                                {u"vote.cast@1"_s, u"conflict_id"_s},
                                                {u"task.items_add@1"_s, u"task_id"_s},
                                                {u"payout.request@1"_s, u"payout_id"_s},
                                                {u"reframe.resolve@1"_s, u"proposal_id"_s},
                                                {u"gold.contest@1"_s, u"contest_id"_s},
                                                {u"gold.contest@1"_s, u"answer_id"_s},
                                                {u"gold.contest_resolve@1"_s, u"contest_id"_s}};
    for (const auto &[name, key] : idArgs) {
        for (const QJsonValue &id : hostileIds) {
            const Applied applied = apply(bo.id, name, {{key, id}});
            EXPECT_FALSE(applied.effect.applied) << name.toStdString();
            EXPECT_EQ(applied.effect.rejection.code, RejectionCode::ValidationFailed) << name.toStdString();
            QStringList fields;
            for (const QJsonValue &field : applied.effect.rejection.details.value(u"fields"_s).toArray())
                fields << field.toObject().value(u"field"_s).toString();
            EXPECT_TRUE(fields.contains(key)) << name.toStdString() << ": " << fields.join(u", "_s).toStdString();
        }
    }

    const QList<QJsonValue> counts{QJsonValue(-1),
                                   QJsonValue(1.5),
                                   QJsonValue(u"5"_s),
                                   QJsonValue(1e300),
                                   QJsonValue(9'223'372'036'854'775'807.0),
                                   QJsonValue(-9'007'199'254'740'993.0),
                                   QJsonValue(std::nan("")),
                                   QJsonValue(QJsonArray{1})};
    for (const QJsonValue &count : counts) {
        const Applied applied = apply(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, count}});
        EXPECT_FALSE(applied.effect.applied) << QJsonDocument(QJsonArray{count}).toJson().toStdString();
        EXPECT_TRUE(applied.effect.rejection.code == RejectionCode::ValidationFailed ||
                    applied.effect.rejection.code == RejectionCode::LimitExceeded);
    }
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1'000'000'000'000.0}},
                  RejectionCode::LimitExceeded);
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}, {u"worker_id"_s, ada.id}},
                  RejectionCode::ValidationFailed);
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}, {u"evil\u0000key"_s, 1}},
                  RejectionCode::ValidationFailed);
    const QString leaseId = claim(bo, taskId, 1).constFirst();
    for (const QJsonValue &seconds : counts) {
        const Applied applied = apply(bo.id, u"answer.submit@1"_s,
                                      {{u"answer_id"_s, newId()},
                                       {u"lease_id"_s, leaseId},
                                       {u"fields"_s, goodFields()},
                                       {u"seconds_spent"_s, seconds}});
        EXPECT_EQ(applied.effect.rejection.code, RejectionCode::ValidationFailed);
    }
    applyRejected(bo.id, u"answer.submit@1"_s,
                  {{u"answer_id"_s, newId()},
                   {u"lease_id"_s, leaseId},
                   {u"fields"_s, QJsonObject{{u"label"_s, u"posi\u0000tive"_s}}},
                   {u"seconds_spent"_s, 1}},
                  RejectionCode::ValidationFailed);
    QJsonObject hugePay = sentimentRevision(9'007'199'254'740'991);
    applyRejected(ada.id, u"task.draft_save@1"_s,
                  {{u"task_id"_s, newId()}, {u"base_version"_s, -1}, {u"revision"_s, hugePay}},
                  RejectionCode::ValidationFailed);
    const QString hugeDraft = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, hugeDraft}, {u"base_version"_s, 0}, {u"revision"_s, hugePay}});
    applyOk(ada.id, u"task.items_add@1"_s,
            {{u"task_id"_s, hugeDraft},
             {u"items"_s, QJsonArray{QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"x"_s}}}}}}});
    applyRejected(ada.id, u"task.publish@1"_s, {{u"task_id"_s, hugeDraft}}, RejectionCode::ValidationFailed);

    const Applied unknown = apply(bo.id, u"task.delete_everything@1"_s, {{u"task_id"_s, taskId}});
    EXPECT_EQ(unknown.effect.rejection.code, RejectionCode::UnsupportedMutation);
    const Applied stranger = apply(newId(), u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}});
    EXPECT_EQ(stranger.effect.rejection.code, RejectionCode::Forbidden);
    EXPECT_EQ(Marketplace::mutationNames().size(), 28);
    EXPECT_TRUE(Marketplace::mutationNames().contains(u"gold.contest@1"_s));
    EXPECT_TRUE(Marketplace::mutationNames().contains(u"gold.contest_resolve@1"_s));
    EXPECT_TRUE(Marketplace::mutationNames().contains(u"team.post@1"_s));
    EXPECT_TRUE(Marketplace::mutationNames().contains(u"payout.request@1"_s));
    EXPECT_TRUE(Marketplace::mutationNames().contains(u"reframe.resolve@1"_s));
    expectBooksClean();
}

TEST_P(MarketTest, HandlersCheckBeforeTheyWriteSoARejectionNeedsNoRollback)
{
    const Account ada = requester(u"ada"_s, Standing::Butterfly, 5'000);
    const Account cat = requester(u"cat"_s, Standing::Caterpillar, 5'000);
    const Account bo = worker(u"boris"_s);
    const Account silver = worker(u"silver"_s, Tier::Silver);
    const QList<Account> panel = arbiters(1);
    const QString taskId = postTask(ada, 2);
    const QString catTask = postTask(cat, 1);
    const QStringList leases = claim(bo, taskId, 2);
    const QString answerId = submit(bo, leases.at(0));
    const QString conflictId = reject(ada, answerId);
    const QString draftId = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, draftId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision(100'000)}});
    applyOk(ada.id, u"task.items_add@1"_s,
            {{u"task_id"_s, draftId},
             {u"items"_s, QJsonArray{QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"x"_s}}}}}}});
    QString feedbackId;
    {
        SqlQuery query(db());
        ASSERT_TRUE(query.exec(u"SELECT id FROM feedback"_s).ok() && query.next());
        feedbackId = query.text(0);
    }

    struct Case {
        QString actor;
        QString name;
        QJsonObject args;
        QString code;
    };
    const QList<Case> cases{
            {ada.id, u"task.publish@1"_s, {{u"task_id"_s, draftId}}, RejectionCode::InsufficientFunds},
            {ada.id,
             u"task.draft_save@1"_s,
             {{u"task_id"_s, draftId}, {u"base_version"_s, 7}, {u"revision"_s, sentimentRevision()}},
             RejectionCode::VersionConflict},
            {bo.id, u"lease.claim@1"_s, {{u"task_id"_s, catTask}, {u"count"_s, 1}}, RejectionCode::NotFound},
            {bo.id,
             u"answer.submit@1"_s,
             {{u"answer_id"_s, newId()},
              {u"lease_id"_s, leases.at(1)},
              {u"fields"_s, QJsonObject{{u"label"_s, u"maybe"_s}}},
              {u"seconds_spent"_s, 3}},
             RejectionCode::ValidationFailed},
            {bo.id,
             u"vote.cast@1"_s,
             {{u"vote_id"_s, newId()},
              {u"conflict_id"_s, conflictId},
              {u"fault"_s, u"requester"_s},
              {u"rationale"_s, u"Mine."_s}},
             RejectionCode::NotOnPanel},
            {silver.id,
             u"feedback.submit@1"_s,
             {{u"feedback_id"_s, feedbackId},
              {u"sample_answers"_s, QJsonArray()},
              {u"markup_revision"_s, sentimentRevision()},
              {u"verdict"_s, u"approve"_s}},
             RejectionCode::ValidationFailed},
            {cat.id,
             u"feedback.resolve@1"_s,
             {{u"feedback_id"_s, feedbackId}, {u"accepted_hunks"_s, QJsonArray()}},
             RejectionCode::TaskClosed},
            {bo.id, u"tier.accept@1"_s, {{u"tier"_s, u"gold"_s}}, RejectionCode::NotEligible},
            {bo.id,
             u"payout.request@1"_s,
             {{u"payout_id"_s, newId()}, {u"amount_cents"_s, 1}},
             RejectionCode::NotEligible},
            {bo.id, u"task.rate@1"_s, {{u"task_id"_s, catTask}, {u"rating"_s, 5}}, RejectionCode::Forbidden},
            {ada.id,
             u"answer.review@1"_s,
             {{u"answer_id"_s, answerId}, {u"decision"_s, u"approve"_s}},
             RejectionCode::TaskClosed},
    };
    for (const Case &test : cases) {
        const QString before = fingerprint();
        const MutationEffect effect = applyWithoutRollback(test.actor, test.name, test.args);
        EXPECT_FALSE(effect.applied) << test.name.toStdString();
        EXPECT_EQ(effect.rejection.code, test.code)
                << test.name.toStdString() << ": " << effect.rejection.message.toStdString();
        EXPECT_EQ(fingerprint(), before) << test.name.toStdString() << " wrote before rejecting";
    }
    (void)panel;
    expectBooksClean();
}

} // namespace Chrysalis::Testing
