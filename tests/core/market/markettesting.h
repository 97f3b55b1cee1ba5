#pragma once

#include "tests/support/qtprinters.h"

#include "core/diff/taskdiff.h"
#include "core/domain/account.h"
#include "core/domain/ledger.h"
#include "core/market/changelog.h"
#include "core/market/clock.h"
#include "core/market/marketplace.h"
#include "core/policy/policy.h"
#include "tests/core/store/storetesting.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <ostream>

namespace Chrysalis::Testing {

// One change written by a mutation, as the change log holds it.
struct Touch {
    QString entity;
    QString id;
    QString audience;
    bool deleted = false;
};

struct Applied {
    MutationEffect effect;
    QList<Touch> touches; // what the mutation announced (empty when rejected)
};

// A marketplace on a scratch database of one backend, with a hand-moved clock. Mutations run the way
// the sync service runs them: a transaction, a savepoint rolled back on rejection, the change log
// flushed last, one commit.
class MarketTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    void SetUp() override;
    void TearDown() override;

    Database &db() { return *m_db; }
    Marketplace &market() { return *m_market; }
    ManualClock &clock() { return m_clock; }
    // The live policy: a test may change numbers before acting, the marketplace reads it as it goes.
    Policy &policy() { return m_policy; }

    Applied apply(const QString &actorId, const QString &name, const QJsonObject &args);
    // Expects the mutation to be applied and returns its details.
    QJsonObject applyOk(const QString &actorId, const QString &name, const QJsonObject &args);
    // Expects a rejection with this code and returns it.
    Rejection applyRejected(const QString &actorId, const QString &name, const QJsonObject &args, const QString &code);
    // Runs the handler and commits whatever it wrote even when it rejects: proves it checks before writing.
    MutationEffect applyWithoutRollback(const QString &actorId, const QString &name, const QJsonObject &args);
    // Moves the clock and runs the marketplace's clock work; returns what it announced.
    QList<Touch> advance(qint64 seconds);

    Account addAccount(const QString &username, Roles roles, Tier tier = Tier::Bronze,
                       Standing standing = Standing::Caterpillar);
    Account requester(const QString &username, Standing standing = Standing::Butterfly, Cents funds = 100'000);
    Account worker(const QString &username, Tier tier = Tier::Bronze);
    QList<Account> arbiters(int count, const QString &prefix = QStringLiteral("arbiter"));

    // A single_choice "label" (positive/negative) task; items hold {"text": …}.
    static QJsonObject sentimentRevision(Cents pay = 1'000, int overlap = 1);
    // Drafts, fills with `items` items and publishes; returns the task id.
    QString postTask(const Account &requester, int items, const QJsonObject &revision = sentimentRevision());
    QStringList claim(const Account &worker, const QString &taskId, int count);
    QString submit(const Account &worker, const QString &leaseId, const QJsonObject &fields = goodFields());
    static QJsonObject goodFields() { return {{QStringLiteral("label"), QStringLiteral("positive")}}; }
    // A worker claims and answers `count` items; returns the answer ids.
    QStringList work(const Account &worker, const QString &taskId, int count);
    QString reject(const Account &requester, const QString &answerId); // returns the conflict id
    // The feedback task of the only task posted so far, and the change hunks of its markup as the
    // requester's machine computes them.
    QString onlyFeedbackId();
    QList<DiffHunk> feedbackHunks(const Account &requester, const QString &feedbackId, const QString &revisionId);
    void approve(const Account &requester, const QString &answerId);
    void vote(const Account &arbiter, const QString &conflictId, const QString &fault);

    std::optional<QJsonObject> render(const Account &viewer, const QString &entity, const QString &id);
    Cents balance(LedgerBook book, const QString &ownerId);
    // The ledger_entry entities of one account key as the viewer pulls them, oldest first.
    QList<QJsonObject> lines(const Account &viewer, const QString &accountKey);
    QJsonObject wallet(const Account &owner);
    QJsonObject accountJson(const Account &owner);
    QString answerStatus(const Account &viewer, const QString &answerId);
    // Every stored row of every table: equal fingerprints mean nothing was written.
    QString fingerprint();
    void expectBooksClean();

    static bool touched(const QList<Touch> &touches, const QString &entity, const QString &id, const QString &audience);
    static QStringList audiencesOf(const QList<Touch> &touches, const QString &entity, const QString &id);

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC)};
    Policy m_policy = Policy::defaults();
    std::unique_ptr<Marketplace> m_market;
};

// The Big List of Naughty Strings (tests/data/naughty/blns.json).
const QStringList &naughtyStrings();

} // namespace Chrysalis::Testing
