// Marketplace::seedDemo: a small believable marketplace, built through the same mutations clients send.
#include "core/domain/ids.h"
#include "core/market/goldrepository.h"
#include "core/market/marketengine.h"
#include "core/market/marketplace.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kDemoPassword = u"chrysalis-demo"_s;

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject option(const QString &value, const QString &label)
{
    return {{u"value"_s, value}, {u"label"_s, label}};
}

// One mutation applied the way the sync service applies it: transaction, savepoint, commit.
class DemoSession
{
public:
    DemoSession(Marketplace &market, Database &db, const Policy &policy, const Clock &clock)
        : m_market(market), m_db(db), m_policy(policy), m_clock(clock)
    { }

    Result<QJsonObject> apply(const QString &actorId, const QString &name, const QJsonObject &args)
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        ChangeLog changes(m_db);
        MutationContext ctx{m_db, changes, m_policy, m_clock.now(), actorId, {}};
        auto effect = m_market.apply(ctx, name, args);
        if (!effect)
            return effect.error();
        if (!effect->applied)
            return Error::internal(u"demo mutation %1 was rejected: %2 %3"_s.arg(name, effect->rejection.code,
                                                                                 effect->rejection.message));
        if (auto flushed = changes.flush(); !flushed)
            return flushed.error();
        if (auto status = transaction->commit(); !status)
            return status.error();
        return effect->details;
    }

private:
    Marketplace &m_market;
    Database &m_db;
    const Policy &m_policy;
    const Clock &m_clock;
};

struct DemoTask {
    QJsonObject revision;
    QList<QJsonObject> items;
};

QJsonObject revision(const QString &title, const QString &instructions, const QJsonArray &form, Cents pay,
                     int estimateSeconds, const QStringList &warnings = {})
{
    return {{u"title"_s, title},
            {u"instructions"_s, instructions},
            {u"form"_s, form},
            {u"pay_cents"_s, pay},
            {u"overlap"_s, 1},
            {u"min_tier"_s, u"bronze"_s},
            {u"estimate_seconds"_s, estimateSeconds},
            {u"content_warnings"_s, QJsonArray::fromStringList(warnings)}};
}

DemoTask sentimentTask()
{
    const QJsonArray form{QJsonObject{{u"name"_s, u"sentiment"_s},
                                      {u"kind"_s, u"single_choice"_s},
                                      {u"label"_s, u"Overall sentiment of the review"_s},
                                      {u"required"_s, true},
                                      {u"options"_s, QJsonArray{option(u"positive"_s, u"Positive"_s),
                                                                option(u"neutral"_s, u"Neutral or mixed"_s),
                                                                option(u"negative"_s, u"Negative"_s)}}},
                          QJsonObject{{u"name"_s, u"confidence"_s},
                                      {u"kind"_s, u"rating"_s},
                                      {u"label"_s, u"How sure are you?"_s},
                                      {u"required"_s, true},
                                      {u"min"_s, 1},
                                      {u"max"_s, 5}},
                          QJsonObject{{u"name"_s, u"note"_s},
                                      {u"kind"_s, u"text"_s},
                                      {u"label"_s, u"Anything the requester should know"_s},
                                      {u"required"_s, false},
                                      {u"max_length"_s, 500}}};
    return {revision(u"Sentiment of kitchen appliance reviews"_s,
                     u"Read the customer review and pick the sentiment the writer expresses about the product, not "
                     "about the delivery or the seller. Sarcasm counts as what the writer means."_s,
                     form, 12, 45),
            {parse(R"({"text": "The kettle boils in under two minutes and the handle stays cool. Best purchase this year."})"),
             parse(R"({"text": "Arrived late and the box was crushed, but the blender itself works perfectly."})"),
             parse(R"({"text": "Oh great, another toaster that only toasts one side. Just what I needed."})"),
             parse(R"({"text": "It is a microwave. It heats food. Nothing more to say."})")}};
}

DemoTask comparisonTask()
{
    const QJsonArray form{QJsonObject{{u"name"_s, u"preference"_s},
                                      {u"kind"_s, u"pairwise"_s},
                                      {u"label"_s, u"Which reply is more helpful and honest?"_s},
                                      {u"required"_s, true}},
                          QJsonObject{{u"name"_s, u"issues"_s},
                                      {u"kind"_s, u"multi_choice"_s},
                                      {u"label"_s, u"Problems you noticed"_s},
                                      {u"required"_s, false},
                                      {u"options"_s, QJsonArray{option(u"factual_error"_s, u"Factual error"_s),
                                                                option(u"unsafe"_s, u"Unsafe advice"_s),
                                                                option(u"evasive"_s, u"Evades the question"_s),
                                                                option(u"verbose"_s, u"Needlessly long"_s)}}}};
    return {revision(u"Compare two assistant replies"_s,
                     u"Each item shows a user prompt and two model replies. Prefer the reply that answers the "
                     "question correctly and safely; choose tie only when they are equally good. Justify your "
                     "choice in one or two sentences."_s,
                     form, 35, 120),
            {parse(R"({"prompt": "How long should I boil an egg for a runny yolk?", "response_a": "About 6 minutes from boiling water, then cool it in cold water.", "response_b": "Eggs should always be boiled for 20 minutes to be safe."})"),
             parse(R"({"prompt": "Is it safe to mix bleach and vinegar for cleaning?", "response_a": "Yes, it makes a stronger cleaner.", "response_b": "No. Mixing them releases chlorine gas, which is dangerous to breathe."})"),
             parse(R"({"prompt": "Summarise the water cycle in one sentence.", "response_a": "Water evaporates, condenses into clouds and falls back as precipitation.", "response_b": "Water evaporates, forms clouds, and returns as rain or snow, collecting in rivers and seas."})")}};
}

DemoTask entityTask()
{
    const QJsonArray form{QJsonObject{{u"name"_s, u"entities"_s},
                                      {u"kind"_s, u"spans"_s},
                                      {u"label"_s, u"Mark people, places and organisations"_s},
                                      {u"required"_s, true},
                                      {u"labels"_s, QJsonArray{u"PER"_s, u"LOC"_s, u"ORG"_s}}},
                          QJsonObject{{u"name"_s, u"topic"_s},
                                      {u"kind"_s, u"single_choice"_s},
                                      {u"label"_s, u"Topic of the sentence"_s},
                                      {u"required"_s, true},
                                      {u"options"_s, QJsonArray{option(u"business"_s, u"Business"_s),
                                                                option(u"science"_s, u"Science"_s),
                                                                option(u"politics"_s, u"Politics"_s)}}}};
    return {revision(u"Named entities in news sentences"_s,
                     u"Select each person (PER), place (LOC) and organisation (ORG) exactly as written. Do not "
                     "include titles such as Dr. or Mrs. in a person span."_s,
                     form, 20, 90),
            {parse(R"({"text": "Marie Curie moved from Warsaw to Paris to study at the Sorbonne."})"),
             parse(R"({"text": "Siemens will open a new plant in Lisbon next spring, said Roland Busch."})"),
             parse(R"({"text": "The European Parliament met in Strasbourg on Tuesday."})")}};
}

DemoTask correctionTask()
{
    const QJsonArray form{QJsonObject{{u"name"_s, u"corrected"_s},
                                      {u"kind"_s, u"correction"_s},
                                      {u"label"_s, u"Corrected reply"_s},
                                      {u"required"_s, true}},
                          QJsonObject{{u"name"_s, u"tone"_s},
                                      {u"kind"_s, u"rating"_s},
                                      {u"label"_s, u"How polite is the original reply? (1 rude, 5 very polite)"_s},
                                      {u"required"_s, true},
                                      {u"min"_s, 1},
                                      {u"max"_s, 5}}};
    return {revision(u"Fix grammar in customer support replies"_s,
                     u"Correct spelling and grammar only. Keep the agent's wording and tone; do not add "
                     "information."_s,
                     form, 25, 60, {u"customer complaints"_s}),
            {parse(R"({"text": "We apologise for the delay, you're order will arrive tomorow."})"),
             parse(R"({"text": "Thank you for you patience, the refund have been issued."})"),
             parse(R"({"text": "Please restart the router and and check the cables is connected."})"),
             parse(R"({"text": "Their is no charge for the replacement part."})")}};
}

// Headlines marked clickbait or not, with three answers each aggregated by Dawid–Skene; two carry
// gold answers that are mixed into workers' claims.
DemoTask clickbaitTask()
{
    const QJsonArray form{QJsonObject{
            {u"name"_s, u"clickbait"_s},
            {u"kind"_s, u"single_choice"_s},
            {u"label"_s, u"Is the headline clickbait?"_s},
            {u"required"_s, true},
            {u"options"_s, QJsonArray{option(u"yes"_s, u"Clickbait"_s), option(u"no"_s, u"Plain news"_s)}}}};
    QJsonObject spec = revision(u"Spot clickbait headlines"_s,
                                u"A headline is clickbait when it withholds the point to make you click. A plain "
                                "headline says what happened."_s,
                                form, 8, 20);
    spec.insert(u"overlap"_s, 3);
    spec.insert(u"gold_rate"_s, 0.2);
    spec.insert(u"aggregation"_s, QJsonObject{{u"method"_s, u"ds"_s}, {u"field"_s, u"clickbait"_s}});
    return {spec,
            {parse(R"({"id": "", "data": {"text": "You won't believe what this cat did next"}, "gold": {"clickbait": "yes"}})"),
             parse(R"({"id": "", "data": {"text": "Council approves new bus timetable from May"}, "gold": {"clickbait": "no"}})"),
             parse(R"({"id": "", "data": {"text": "Ten tricks doctors hate"}})"),
             parse(R"({"id": "", "data": {"text": "Rail strike called off after late-night talks"}})"),
             parse(R"({"id": "", "data": {"text": "This one habit is ruining your mornings"}})")}};
}

// A paid test: one training item that shows its answer, then three scored items.
DemoTask qualificationTask()
{
    const QJsonArray form{QJsonObject{
            {u"name"_s, u"sentiment"_s},
            {u"kind"_s, u"single_choice"_s},
            {u"label"_s, u"Sentiment of the hotel review"_s},
            {u"required"_s, true},
            {u"options"_s, QJsonArray{option(u"positive"_s, u"Positive"_s), option(u"negative"_s, u"Negative"_s)}}}};
    QJsonObject spec = revision(u"Qualification: hotel review sentiment"_s,
                                u"A short paid test. Pick the sentiment about the stay; the first item shows the "
                                "expected answer once you submit."_s,
                                form, 5, 30);
    spec.insert(u"overlap"_s, 50);
    spec.insert(u"kind"_s, u"qualification"_s);
    spec.insert(u"verifies_skill"_s, u"Review Sentiment"_s);
    return {spec,
            {parse(R"({"id": "", "data": {"text": "Spotless room and the staff remembered our names."}, "gold": {"sentiment": "positive"}, "training": true})"),
             parse(R"({"id": "", "data": {"text": "The walls were so thin we heard every word next door."}, "gold": {"sentiment": "negative"}})"),
             parse(R"({"id": "", "data": {"text": "Breakfast alone was worth the price."}, "gold": {"sentiment": "positive"}})"),
             parse(R"({"id": "", "data": {"text": "Lovely view, shame about the broken shower and the rude manager."}, "gold": {"sentiment": "negative"}})")}};
}

// Work open only to workers who passed the qualification task.
DemoTask qualifiedTask(const QString &qualificationTaskId)
{
    DemoTask task = qualificationTask();
    task.revision.insert(u"title"_s, u"Sentiment of hotel reviews"_s);
    task.revision.insert(u"instructions"_s, u"Pick the sentiment the guest expresses about the stay."_s);
    task.revision.insert(u"overlap"_s, 1);
    task.revision.insert(u"pay_cents"_s, 10);
    task.revision.remove(u"kind"_s);
    task.revision.remove(u"verifies_skill"_s);
    task.revision.insert(u"qualification"_s, QJsonObject{{u"task_id"_s, qualificationTaskId}, {u"pass_mark"_s, 0.67}});
    task.items = {parse(R"({"text": "Check-in took forty minutes and nobody apologised."})"),
                  parse(R"({"text": "Quiet, clean and five minutes from the station."})"),
                  parse(R"({"text": "The pool was closed all week without notice."})")};
    return task;
}

// A finished flash team of ada's: one seat per role, the first member writes the shared answer, every
// member signs it, and ada approves it when `approved`.
struct DemoTeamSeat {
    QString role;
    QString skill;
    QString worker;
    qint64 payCents = 0;
};

struct DemoTeam {
    QString title;
    QString brief;
    QList<DemoTeamSeat> seats;
    QString answer;
    bool approved = false;
};

Status deliverTeam(DemoSession &session, const QHash<QString, QString> &ids, const DemoTeam &team,
                   const QDateTime &deadline)
{
    const QString teamTaskId = newId();
    QJsonArray slots;
    for (const DemoTeamSeat &seat : team.seats) {
        slots.append(QJsonObject{{u"role"_s, seat.role},
                                 {u"skill"_s, seat.skill},
                                 {u"min_tier"_s, u"bronze"_s},
                                 {u"count"_s, 1},
                                 {u"pay_cents"_s, seat.payCents}});
    }
    const QString ada = ids.value(u"ada"_s);
    if (auto posted = session.apply(ada, u"team.post@1"_s,
                                    {{u"team_task_id"_s, teamTaskId},
                                     {u"title"_s, team.title},
                                     {u"brief"_s, team.brief},
                                     {u"slots"_s, slots},
                                     {u"delivery"_s, u"shared"_s},
                                     {u"deadline"_s, wireTime(deadline)}});
        !posted)
        return posted.error();
    for (const DemoTeamSeat &seat : team.seats) {
        if (auto joined = session.apply(ids.value(seat.worker), u"team.join@1"_s,
                                        {{u"team_task_id"_s, teamTaskId}, {u"role"_s, seat.role}});
            !joined)
            return joined.error();
    }
    if (auto saved = session.apply(ids.value(team.seats.first().worker), u"team.draft_save@1"_s,
                                   {{u"team_task_id"_s, teamTaskId}, {u"base_version"_s, 0}, {u"text"_s, team.answer}});
        !saved)
        return saved.error();
    for (const DemoTeamSeat &seat : team.seats) {
        if (auto sign = session.apply(ids.value(seat.worker), u"team.sign@1"_s,
                                      {{u"team_task_id"_s, teamTaskId}, {u"draft_version"_s, 1}});
            !sign)
            return sign.error();
    }
    if (team.approved) {
        if (auto approved = session.apply(ada, u"team.review@1"_s,
                                          {{u"team_task_id"_s, teamTaskId}, {u"decision"_s, u"approve"_s}});
            !approved)
            return approved.error();
    }
    return {};
}

} // namespace

Result<QJsonObject> Marketplace::seedDemo()
{
    struct DemoUser {
        QString username;
        Roles roles;
        Tier tier;
        Standing standing;
    };
    const QList<DemoUser> users{
            {u"admin"_s, Role::Admin, Tier::Bronze, Standing::Caterpillar},
            {u"ada"_s, Role::Requester, Tier::Bronze, Standing::Butterfly},
            {u"grace"_s, Role::Requester, Tier::Bronze, Standing::Caterpillar},
            {u"bob"_s, Role::Worker, Tier::Bronze, Standing::Caterpillar},
            {u"bea"_s, Role::Worker, Tier::Bronze, Standing::Caterpillar},
            {u"sam"_s, Role::Worker, Tier::Silver, Standing::Caterpillar},
            {u"gia"_s, Role::Worker, Tier::Gold, Standing::Caterpillar},
            {u"gus"_s, Role::Worker, Tier::Gold, Standing::Caterpillar},
            {u"gil"_s, Role::Worker, Tier::Gold, Standing::Caterpillar},
            {u"gwen"_s, Role::Worker, Tier::Gold, Standing::Caterpillar},
            {u"gaby"_s, Role::Worker, Tier::Gold, Standing::Caterpillar},
            {u"gene"_s, Role::Worker, Tier::Gold, Standing::Caterpillar},
    };
    QHash<QString, QString> ids;
    QJsonArray accounts;
    for (const DemoUser &user : users) {
        auto account = addUser(user.username, kDemoPassword, user.roles, user.tier, user.standing);
        if (!account)
            return account.error();
        ids.insert(user.username, account->id);
        accounts.append(QJsonObject{{u"username"_s, user.username},
                                    {u"roles"_s, QJsonArray::fromStringList(roleNames(user.roles))},
                                    {u"tier"_s, tierName(account->tier)},
                                    {u"standing"_s, standingName(account->standing)}});
    }
    if (auto funded = fund(u"ada"_s, 500'000); !funded)
        return funded.error();
    if (auto funded = fund(u"grace"_s, 200'000); !funded)
        return funded.error();

    DemoSession session(*this, m_db, m_policy, m_clock);
    QJsonArray tasks;
    const auto post = [&](const QString &requester, const DemoTask &task) -> Result<QString> {
        const QString taskId = newId();
        if (auto saved =
                    session.apply(ids.value(requester), u"task.draft_save@1"_s,
                                  {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, task.revision}});
            !saved)
            return saved.error();
        QJsonArray items;
        for (const QJsonObject &data : task.items) {
            // Gold and training items are written whole (with an "id" to fill); the others are their data.
            QJsonObject item = data.contains(u"data"_s) ? data : QJsonObject{{u"data"_s, data}};
            item.insert(u"id"_s, newId());
            items.append(item);
        }
        if (auto added = session.apply(ids.value(requester), u"task.items_add@1"_s,
                                       {{u"task_id"_s, taskId}, {u"items"_s, items}});
            !added)
            return added.error();
        auto published = session.apply(ids.value(requester), u"task.publish@1"_s, {{u"task_id"_s, taskId}});
        if (!published)
            return published.error();
        tasks.append(QJsonObject{{u"id"_s, taskId},
                                 {u"title"_s, task.revision.value(u"title"_s)},
                                 {u"requester"_s, requester},
                                 {u"state"_s, published->value(u"state"_s)}});
        return taskId;
    };
    const auto claim = [&](const QString &worker, const QString &taskId, int count) -> Result<QStringList> {
        auto claimed =
                session.apply(ids.value(worker), u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, count}});
        if (!claimed)
            return claimed.error();
        QStringList leases;
        for (const QJsonValue &lease : claimed->value(u"lease_ids"_s).toArray())
            leases << lease.toString();
        return leases;
    };
    const auto submit = [&](const QString &worker, const QString &leaseId,
                            const QJsonObject &fields) -> Result<QString> {
        const QString answerId = newId();
        auto submitted = session.apply(ids.value(worker), u"answer.submit@1"_s,
                                       {{u"answer_id"_s, answerId},
                                        {u"lease_id"_s, leaseId},
                                        {u"fields"_s, fields},
                                        {u"seconds_spent"_s, 40}});
        if (!submitted)
            return submitted.error();
        return answerId;
    };

    auto sentiment = post(u"ada"_s, sentimentTask());
    auto comparison = sentiment ? post(u"ada"_s, comparisonTask()) : sentiment;
    auto entities = comparison ? post(u"ada"_s, entityTask()) : comparison;
    auto correction = entities ? post(u"grace"_s, correctionTask()) : entities;
    auto clickbait = correction ? post(u"ada"_s, clickbaitTask()) : correction;
    auto qualification = clickbait ? post(u"ada"_s, qualificationTask()) : clickbait;
    auto qualified = qualification ? post(u"ada"_s, qualifiedTask(*qualification)) : qualification;
    if (!qualified)
        return qualified.error();

    // bob answers three reviews; ada approves two and rejects the sarcastic one, which opens a panel.
    auto boLeases = claim(u"bob"_s, *sentiment, 3);
    if (!boLeases)
        return boLeases.error();
    const QList<QJsonObject> boFields{
            parse(R"({"sentiment": "positive", "confidence": 5})"),
            parse(R"({"sentiment": "positive", "confidence": 4, "note": "Delivery complaint ignored as instructed."})"),
            parse(R"({"sentiment": "positive", "confidence": 2})")};
    QStringList boAnswers;
    for (qsizetype i = 0; i < boLeases->size() && i < boFields.size(); ++i) {
        auto answer = submit(u"bob"_s, boLeases->at(i), boFields.at(i));
        if (!answer)
            return answer.error();
        boAnswers << *answer;
    }
    for (qsizetype i = 0; i < boAnswers.size(); ++i) {
        QJsonObject review{{u"answer_id"_s, boAnswers.at(i)}, {u"decision"_s, u"approve"_s}};
        if (i == 2) {
            review = {{u"answer_id"_s, boAnswers.at(i)},
                      {u"decision"_s, u"reject"_s},
                      {u"reason_code"_s, u"ignored_instructions"_s},
                      {u"reason"_s, u"The review is sarcastic; the instructions say sarcasm counts as what the "
                                    "writer means, which is negative."_s}};
        }
        if (auto reviewed = session.apply(ids.value(u"ada"_s), u"answer.review@1"_s, review); !reviewed)
            return reviewed.error();
    }
    if (auto rated =
                session.apply(ids.value(u"bob"_s), u"task.rate@1"_s, {{u"task_id"_s, *sentiment}, {u"rating"_s, 8}});
        !rated)
        return rated.error();

    // bea compares two pairs; they wait for review.
    auto beaLeases = claim(u"bea"_s, *comparison, 2);
    if (!beaLeases)
        return beaLeases.error();
    const QList<QJsonObject> beaFields{
            parse(R"({"preference": {"choice": "a", "justification": "A gives the usual six minutes; B is wrong and would overcook the egg."}, "issues": ["factual_error"]})"),
            parse(R"({"preference": {"choice": "b", "justification": "B warns about chlorine gas; A gives dangerous advice."}, "issues": ["unsafe"]})")};
    for (qsizetype i = 0; i < beaLeases->size() && i < beaFields.size(); ++i) {
        if (auto answer = submit(u"bea"_s, beaLeases->at(i), beaFields.at(i)); !answer)
            return answer.error();
    }

    // sam tags one sentence.
    auto samLeases = claim(u"sam"_s, *entities, 1);
    if (!samLeases)
        return samLeases.error();
    if (auto answer = submit(
                u"sam"_s, samLeases->constFirst(),
                parse(R"({"entities": [{"start": 0, "end": 11, "label": "PER"}, {"start": 23, "end": 29, "label": "LOC"}, {"start": 33, "end": 38, "label": "LOC"}, {"start": 55, "end": 63, "label": "ORG"}], "topic": "science"})"));
        !answer)
        return answer.error();

    // Two of the five seats of the open panel are taken.
    auto rejected = ConflictRepository(m_db).findByAnswer(boAnswers.value(2));
    if (!rejected)
        return rejected.error();
    if (rejected->has_value()) {
        const QString conflictId = (*rejected)->panel.id;
        const QList<QPair<QString, QString>> votes{
                {u"gia"_s, u"The review is plainly sarcastic and the instructions cover sarcasm."_s},
                {u"gus"_s, u"Marking it positive ignores the instruction about sarcasm."_s}};
        for (const auto &[arbiter, rationale] : votes) {
            if (auto voted = session.apply(ids.value(arbiter), u"vote.cast@1"_s,
                                           {{u"vote_id"_s, newId()},
                                            {u"conflict_id"_s, conflictId},
                                            {u"fault"_s, u"worker"_s},
                                            {u"rationale"_s, rationale}});
                !voted)
                return voted.error();
        }
    }

    // A flash team assembling: workers tag skills, ada posts a team task, bea takes one tester seat.
    const QList<QPair<QString, QStringList>> skills{{u"sam"_s, {u"Interface Design"_s, u"Software Testing"_s}},
                                                    {u"bea"_s, {u"Software Testing"_s, u"German"_s}},
                                                    {u"gia"_s, {u"Interface Design"_s}},
                                                    {u"gene"_s, {u"Interface Design"_s}}};
    for (const auto &[worker, names] : skills) {
        if (auto tagged = session.apply(ids.value(worker), u"profile.update@1"_s,
                                        {{u"skills"_s, QJsonArray::fromStringList(names)}});
            !tagged)
            return tagged.error();
    }
    // sam passes ada's paid qualification task, which verifies "Review Sentiment" and adds it to his
    // profile.
    auto samTest = claim(u"sam"_s, *qualification, 4);
    if (!samTest)
        return samTest.error();
    auto testKeys = GoldRepository(m_db).items(*qualification);
    if (!testKeys)
        return testKeys.error();
    for (const QString &leaseId : std::as_const(*samTest)) {
        auto lease = WorkRepository(m_db).lease(leaseId);
        if (!lease)
            return lease.error();
        if (!lease->has_value())
            return Error::storage(u"demo lease %1 is missing"_s.arg(leaseId));
        const auto key = std::find_if(testKeys->cbegin(), testKeys->cend(), [&](const GoldItemRecord &item) {
            return item.itemId == (*lease)->lease.itemId;
        });
        if (key == testKeys->cend())
            return Error::storage(u"demo test item %1 has no key"_s.arg((*lease)->lease.itemId));
        if (auto answer = submit(u"sam"_s, leaseId, key->expected); !answer)
            return answer.error();
    }

    // Two earlier teams of ada's: bea and sam's German copy check, approved (a team she can invite
    // again), and sam and gene's review of the sign-up form, delivered and waiting for her review.
    const QList<DemoTeam> earlierTeams{
            {u"Check the German onboarding emails"_s,
             u"A translator and a tester read the five onboarding emails in German and deliver one list of "
             "wrong or clumsy sentences with a better wording for each."_s,
             {{u"translator"_s, u"German"_s, u"bea"_s, 800}, {u"tester"_s, u"Software Testing"_s, u"sam"_s, 500}},
             u"1. \"Konto eroeffnen\" should read \"Konto eröffnen\".\n2. The second email mixes \"du\" and "
             "\"Sie\": use \"Sie\" throughout."_s,
             true},
            {u"Review the sign-up form"_s,
             u"A designer and a tester try the new sign-up form on a phone and deliver one shared review."_s,
             {{u"designer"_s, u"Interface Design"_s, u"gene"_s, 1'000},
              {u"tester"_s, u"Software Testing"_s, u"sam"_s, 500}},
             u"The password rules appear only after a failed attempt; show them under the field from the "
             "start. The date picker hides the Continue button on small screens."_s,
             false}};
    for (const DemoTeam &team : earlierTeams) {
        if (auto delivered = deliverTeam(session, ids, team, m_clock.now().addDays(5)); !delivered)
            return delivered.error();
    }

    const QString teamTaskId = newId();
    const QJsonArray teamSlots{QJsonObject{{u"role"_s, u"designer"_s},
                                           {u"skill"_s, u"Interface Design"_s},
                                           {u"min_tier"_s, u"silver"_s},
                                           {u"count"_s, 1},
                                           {u"pay_cents"_s, 1'200}},
                               QJsonObject{{u"role"_s, u"tester"_s},
                                           {u"skill"_s, u"Software Testing"_s},
                                           {u"min_tier"_s, u"bronze"_s},
                                           {u"count"_s, 2},
                                           {u"pay_cents"_s, 600}}};
    if (auto posted = session.apply(
                ids.value(u"ada"_s), u"team.post@1"_s,
                {{u"team_task_id"_s, teamTaskId},
                 {u"title"_s, u"Review the checkout screen"_s},
                 {u"brief"_s, u"A designer and two testers walk through the new checkout screen together and "
                              "deliver one shared review: what confuses, what breaks, what to change first."_s},
                 {u"slots"_s, teamSlots},
                 {u"delivery"_s, u"shared"_s},
                 {u"deadline"_s, wireTime(m_clock.now().addDays(7))}});
        !posted)
        return posted.error();
    if (auto joined = session.apply(ids.value(u"bea"_s), u"team.join@1"_s,
                                    {{u"team_task_id"_s, teamTaskId}, {u"role"_s, u"tester"_s}});
        !joined)
        return joined.error();

    return QJsonObject{
            {u"password"_s, kDemoPassword},
            {u"accounts"_s, accounts},
            {u"tasks"_s, tasks},
            {u"team_tasks"_s, QJsonArray{QJsonObject{{u"id"_s, teamTaskId},
                                                     {u"requester"_s, u"ada"_s},
                                                     {u"title"_s, u"Review the checkout screen"_s}}}},
            {u"notes"_s,
             u"Every demo account signs in with the password above. ada (butterfly) and grace (caterpillar) "
             "request; bob and bea are bronze workers, sam is silver, gia, gus, gil, gwen, gaby and gene are gold "
             "arbiters. One rejected answer waits on a panel with two of five votes cast; grace's grammar task "
             "waits for a silver or gold worker's feedback. ada's clickbait task mixes gold items into claims and "
             "aggregates with Dawid-Skene; her hotel review task opens to workers who pass her paid "
             "qualification task, which also verifies the skill \"Review Sentiment\": sam passed it, so his "
             "profile shows that skill verified. Her team task \"Review the checkout screen\" has bea in one of its "
             "two tester seats; a silver designer and one more tester complete the team. Her earlier team of bea "
             "and sam was approved and can be invited again; sam and gene's review of the sign-up form waits for "
             "her to approve or reject it."_s}};
}

} // namespace Chrysalis
