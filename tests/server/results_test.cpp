// `chrysalis-server results export` on the database of a real marketplace: a task answered, reviewed
// and judged by a panel over HTTP, then exported by the CLI from the same database while it serves.
#include "core/domain/ids.h"
#include "core/io/labelstudio.h"
#include "core/quality/delimitedtext.h"
#include "tests/server/support/protocoldevice.h"
#include "tests/server/support/serverprocess.h"
#include "tests/support/qtprinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kPassword = u"correct horse battery staple"_s;
// Item text that breaks naive CSV and spreadsheets.
const QString kNaughtyText = u"=1+1, \"quoted\"\r\nsecond line 😀"_s;

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> lines;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return lines;
}

} // namespace

class ResultsExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = u"sqlite:"_s + m_dir.filePath(u"marketplace.db"_s);
        auto server = ServerProcess::start(m_db);
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        m_server = std::move(*server);
        addUser(u"ada"_s, u"requester"_s, u"bronze"_s, u"butterfly"_s);
        addUser(u"bob"_s, u"worker"_s);
        addUser(u"bea"_s, u"worker"_s);
        for (const QString &name : m_arbiters)
            addUser(name, u"worker"_s, u"gold"_s);
        ASSERT_EQ(runServerCommand({u"admin"_s, u"--db"_s, m_db, u"fund"_s, u"ada"_s, u"100000"_s}).exitCode, 0);
    }

    void addUser(const QString &name, const QString &roles, const QString &tier = u"bronze"_s,
                 const QString &standing = u"caterpillar"_s)
    {
        const CommandResult result = addServerUser(m_db, name, kPassword, roles, tier, standing);
        ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    }

    // The worker claims every item of the task and answers them in item order.
    QStringList answerAll(const QString &worker, const QString &taskId, const QStringList &labels)
    {
        ProtocolDevice device(m_server->baseUrl(), kPassword);
        EXPECT_TRUE(device.login(worker).ok());
        const QJsonObject claimed =
                device.pushApplied(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, labels.size()}});
        const QJsonArray leases = claimed.value(u"lease_ids"_s).toArray();
        EXPECT_EQ(leases.size(), labels.size());
        device.pull();
        QStringList answerIds;
        for (const QJsonValue &lease : leases) {
            const QString itemId = device.row(u"lease"_s, lease.toString()).value(u"item_id"_s).toString();
            answerIds << newId();
            device.pushApplied(u"answer.submit@1"_s,
                               {{u"answer_id"_s, answerIds.constLast()},
                                {u"lease_id"_s, lease.toString()},
                                {u"fields"_s, QJsonObject{{u"label"_s, labels.at(m_items.indexOf(itemId))}}},
                                {u"seconds_spent"_s, 20}});
        }
        return answerIds;
    }

    CommandResult results(const QStringList &arguments)
    {
        return runServerCommand(QStringList{u"results"_s, u"export"_s, u"--db"_s, m_db} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<ServerProcess> m_server;
    const QStringList m_arbiters{u"gia"_s, u"gus"_s, u"gil"_s, u"gwen"_s, u"gene"_s};
    QStringList m_items;
};

TEST_F(ResultsExportTest, ExportsAnApprovedAnswerAndAPanelDecidedOneFromTheServerDatabase)
{
    // Two items, two answers each: both workers agree on the first; on the second they split and the
    // requester rejects bea's answer, which a panel then upholds 4–1 (the requester at fault).
    ProtocolDevice ada(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(ada.login(u"ada"_s).ok());
    const QString taskId = newId();
    QJsonObject revision = sentimentRevision(25);
    revision.insert(u"overlap"_s, 2);
    ada.pushApplied(u"task.draft_save@1"_s,
                    {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}});
    m_items = {newId(), newId()};
    ada.pushApplied(
            u"task.items_add@1"_s,
            {{u"task_id"_s, taskId},
             {u"items"_s,
              QJsonArray{QJsonObject{{u"id"_s, m_items.at(0)}, {u"data"_s, QJsonObject{{u"text"_s, kNaughtyText}}}},
                         QJsonObject{{u"id"_s, m_items.at(1)},
                                     {u"data"_s, QJsonObject{{u"text"_s, u"Broke in a week."_s}}}}}}});
    ada.pushApplied(u"task.publish@1"_s, {{u"task_id"_s, taskId}});

    const QStringList bob = answerAll(u"bob"_s, taskId, {u"positive"_s, u"positive"_s});
    const QStringList bea = answerAll(u"bea"_s, taskId, {u"positive"_s, u"negative"_s});
    ASSERT_EQ(bob.size(), 2);
    ASSERT_EQ(bea.size(), 2);
    for (const QString &answerId : {bob.at(0), bea.at(0)})
        ada.pushApplied(u"answer.review@1"_s, {{u"answer_id"_s, answerId}, {u"decision"_s, u"approve"_s}});
    ada.pushApplied(u"answer.review@1"_s, {{u"answer_id"_s, bea.at(1)},
                                           {u"decision"_s, u"reject"_s},
                                           {u"reason_code"_s, u"wrong_answer"_s},
                                           {u"reason"_s, u"The review praises the product."_s}});
    ada.pull();
    const QString conflictId = ada.row(u"answer"_s, bea.at(1)).value(u"conflict_id"_s).toString();
    ASSERT_FALSE(conflictId.isEmpty());
    for (qsizetype i = 0; i < m_arbiters.size(); ++i) {
        ProtocolDevice arbiter(m_server->baseUrl(), kPassword);
        ASSERT_TRUE(arbiter.login(m_arbiters.at(i)).ok());
        arbiter.pushApplied(u"vote.cast@1"_s, {{u"vote_id"_s, newId()},
                                               {u"conflict_id"_s, conflictId},
                                               {u"fault"_s, i == 0 ? u"worker"_s : u"requester"_s},
                                               {u"rationale"_s, u"Judged against the instructions."_s}});
    }
    ada.pull();
    ASSERT_EQ(ada.row(u"conflict"_s, conflictId).value(u"state"_s).toString(), u"closed"_s);
    const QString bobName = ada.row(u"answer"_s, bob.at(0)).value(u"worker_pseudonym"_s).toString();
    const QString beaName = ada.row(u"answer"_s, bea.at(0)).value(u"worker_pseudonym"_s).toString();
    ASSERT_TRUE(bobName.startsWith(u"worker-"_s));

    // Per item, CSV to a file, read back cell for cell.
    const QString csvPath = m_dir.filePath(u"results.csv"_s);
    CommandResult run = results({u"--task"_s, taskId, u"--format"_s, u"csv"_s, u"--output"_s, csvPath});
    ASSERT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    const Result<DelimitedText> table = DelimitedText::readFile(csvPath);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->fieldText(1, 0), m_items.at(0));
    EXPECT_EQ(table->fieldText(1, 1), u"positive"_s);
    EXPECT_EQ(table->fieldText(1, 2), u"1"_s);
    EXPECT_EQ(table->fieldText(1, 3), u"mv"_s);
    EXPECT_EQ(table->fieldText(1, 4), u"label"_s);
    EXPECT_EQ(table->fieldText(1, 5), u"2"_s);
    EXPECT_EQ(table->fieldText(1, 6), u"unanimous"_s);
    EXPECT_EQ(table->fieldText(1, 7), bobName + u"; "_s + beaName);
    EXPECT_EQ(QJsonDocument::fromJson(table->fieldText(1, 11).toUtf8()).object().value(u"text"_s).toString(),
              kNaughtyText);
    EXPECT_EQ(table->fieldText(2, 0), m_items.at(1));
    EXPECT_EQ(table->fieldText(2, 1), u"negative"_s);
    EXPECT_EQ(table->fieldText(2, 2), u"0.8"_s);
    EXPECT_EQ(table->fieldText(2, 6), u"panel"_s);

    // Standard output carries the same bytes; spreadsheet-safe changes nothing here, since the item text
    // that looks like a formula sits inside the JSON cell of the item's data.
    run = results({u"--task"_s, taskId, u"--format"_s, u"csv"_s, u"--spreadsheet-safe"_s});
    ASSERT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    EXPECT_EQ(run.standardOutput.toUtf8(), [&] {
        QFile file(csvPath);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }());

    // Per answer, JSONL: the same answers the requester pulls, with review and panel.
    run = results({u"--task"_s, taskId, u"--format"_s, u"jsonl"_s, u"--answers"_s});
    ASSERT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    const QList<QJsonObject> lines = jsonLines(run.standardOutput);
    ASSERT_EQ(lines.size(), 4);
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &line : lines)
        byId.insert(line.value(u"answer_id"_s).toString(), line);
    for (const QString &answerId : bob + bea) {
        const QJsonObject pulled = ada.row(u"answer"_s, answerId);
        const QJsonObject line = byId.value(answerId);
        EXPECT_EQ(line.value(u"fields"_s).toObject(), pulled.value(u"fields"_s).toObject());
        EXPECT_EQ(line.value(u"worker"_s).toString(), pulled.value(u"worker_pseudonym"_s).toString());
        EXPECT_EQ(line.value(u"submitted_at"_s).toString(), pulled.value(u"submitted_at"_s).toString());
        EXPECT_EQ(line.value(u"revision_id"_s).toString(), pulled.value(u"revision_id"_s).toString());
        EXPECT_EQ(line.value(u"revision_number"_s).toInt(), 1);
    }
    EXPECT_EQ(byId.value(bob.at(0)).value(u"review"_s).toString(), u"approved"_s);
    EXPECT_FALSE(byId.value(bob.at(0)).value(u"reviewed_at"_s).toString().isEmpty());
    EXPECT_EQ(byId.value(bob.at(1)).value(u"review"_s).toString(), u"pending"_s);
    EXPECT_TRUE(byId.value(bob.at(1)).value(u"reviewed_at"_s).isNull());
    const QJsonObject rejected = byId.value(bea.at(1));
    EXPECT_EQ(rejected.value(u"review"_s).toString(), u"rejected"_s);
    EXPECT_EQ(rejected.value(u"reason_code"_s).toString(), u"wrong_answer"_s);
    EXPECT_EQ(rejected.value(u"panel"_s).toString(), u"requester_at_fault"_s);
    EXPECT_EQ(rejected.value(u"worker_fault_votes"_s).toInt(), 1);
    EXPECT_EQ(rejected.value(u"requester_fault_votes"_s).toInt(), 4);

    // Label Studio: the task file Label Studio imports, read back by our importer.
    run = results({u"--task"_s, taskId, u"--format"_s, u"labelstudio"_s});
    ASSERT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    const Result<QList<LabelStudioTask>> tasks = LabelStudioTasks::parse(run.standardOutput.toUtf8());
    ASSERT_TRUE(tasks.ok()) << tasks.error().message.toStdString();
    ASSERT_EQ(tasks->size(), 2);
    EXPECT_EQ(tasks->at(0).data.value(u"text"_s).toString(), kNaughtyText);
    EXPECT_EQ(tasks->at(0).annotations.size(), 2);
    EXPECT_EQ(tasks->at(1).meta.value(u"decision"_s).toString(), u"panel"_s);
    ASSERT_EQ(tasks->at(1).predictions.size(), 1);
    EXPECT_EQ(tasks->at(1).predictions.first().result.first().toObject().value(u"value"_s).toObject(),
              (QJsonObject{{u"choices"_s, QJsonArray{u"negative"_s}}}));
}

TEST_F(ResultsExportTest, RefusesBadUsageAndExplainsFailures)
{
    EXPECT_EQ(results({u"--format"_s, u"csv"_s}).exitCode, 2);
    EXPECT_EQ(results({u"--task"_s, newId(), u"--format"_s, u"xlsx"_s}).exitCode, 2);
    EXPECT_EQ(results({u"--task"_s, newId(), u"--format"_s, u"jsonl"_s, u"--spreadsheet-safe"_s}).exitCode, 2);
    EXPECT_EQ(results({u"--task"_s, newId(), u"--format"_s, u"csv"_s, u"--colour"_s}).exitCode, 2);
    EXPECT_EQ(runServerCommand({u"results"_s, u"import"_s}).exitCode, 2);

    const QString unknown = newId();
    CommandResult run = results({u"--task"_s, unknown, u"--format"_s, u"csv"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.standardError.contains(u"no task "_s + unknown)) << run.standardError.toStdString();
    EXPECT_TRUE(run.standardOutput.isEmpty());

    run = runServerCommand({u"results"_s, u"export"_s, u"--db"_s, u"sqlite:"_s + m_dir.filePath(u"missing.db"_s),
                            u"--task"_s, unknown, u"--format"_s, u"csv"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"missing.db"_s)));

    // A task nobody answered yet (a draft): a clear message, and no file left behind.
    ProtocolDevice ada(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(ada.login(u"ada"_s).ok());
    const QString taskId = newId();
    ada.pushApplied(u"task.draft_save@1"_s,
                    {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision(10)}});
    const QString output = m_dir.filePath(u"empty.csv"_s);
    run = results({u"--task"_s, taskId, u"--format"_s, u"csv"_s, u"--output"_s, output});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.standardError.contains(u"no answers yet"_s)) << run.standardError.toStdString();
    EXPECT_FALSE(QFile::exists(output));
}

} // namespace Chrysalis::Testing
