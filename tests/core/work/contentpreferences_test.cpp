// Content opt-ins and daily limits: read from the mirrored account, categories from the mirrored
// tasks' content warnings, saved as profile.update@1 with the account overlaid at once.
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/work/contentpreferences.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kUser = u"0192f0a0-0000-7000-8000-000000000001"_s;

class ContentPreferencesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s), kUser);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(*store);
        m_engine = std::make_unique<SyncEngine>(*m_store);
        const QJsonObject account{{u"id"_s, kUser},
                                  {u"username"_s, u"sam"_s},
                                  {u"skills"_s, QJsonArray{u"German"_s}},
                                  {u"content_opt_ins"_s, QJsonArray{u"Customer complaints"_s}},
                                  {u"limits"_s, QJsonObject{{u"customer complaints"_s, 40}}}};
        const auto task = [](const QString &id, const QJsonArray &warnings) {
            return QJsonObject{{u"id"_s, id}, {u"title"_s, id}, {u"content_warnings"_s, warnings}};
        };
        PullPage page;
        page.cursor = u"c1"_s;
        page.changes = {{1, u"account"_s, kUser, EntityOp::Upsert, 1, account},
                        {2, u"task"_s, u"t1"_s, EntityOp::Upsert, 1, task(u"t1"_s, {u"violence"_s})},
                        {3, u"task"_s, u"t2"_s, EntityOp::Upsert, 1,
                         task(u"t2"_s, {u"customer  complaints"_s, u" "_s, u"Medical images"_s})},
                        {4, u"task"_s, u"t3"_s, EntityOp::Upsert, 1, task(u"t3"_s, {})}};
        ASSERT_TRUE(m_store->applyPull(page).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

TEST_F(ContentPreferencesTest, ReadsTheAccountAndOffersEveryCategoryOnce)
{
    ContentPreferencesStore preferences(*m_store, *m_engine);
    const ContentPreferences loaded = preferences.load();
    EXPECT_EQ(loaded.optIns, QStringList{u"Customer complaints"_s});
    EXPECT_EQ(loaded.dailyLimits.value(u"customer complaints"_s), 40);
    // Case-insensitively unique (the account's spelling first), blanks left out, sorted.
    EXPECT_EQ(preferences.knownCategories(),
              (QStringList{u"Customer complaints"_s, u"Medical images"_s, u"violence"_s}));
}

TEST_F(ContentPreferencesTest, SavingQueuesProfileUpdateAndOverlaysTheAccount)
{
    ContentPreferencesStore preferences(*m_store, *m_engine);
    ContentPreferences wanted;
    wanted.optIns = {u"Customer complaints"_s, u"violence"_s};
    wanted.dailyLimits = {{u"violence"_s, 0}, {u"Customer complaints"_s, ContentPreferences::kMaxDailyLimit}};
    auto id = preferences.save(wanted);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    auto queued = m_store->entriesNamed(u"profile.update@1"_s);
    ASSERT_TRUE(queued.ok());
    ASSERT_EQ(queued->size(), 1);
    EXPECT_EQ(queued->constFirst().args, wanted.mutationArgs());
    EXPECT_FALSE(queued->constFirst().args.contains(u"skills"_s));
    EXPECT_EQ(preferences.load(), wanted);
    // The rest of the account is kept in the overlay.
    auto account = m_store->read(u"account"_s, kUser);
    ASSERT_TRUE(account.ok() && account->has_value());
    EXPECT_EQ((*account)->value(u"skills"_s).toArray(), QJsonArray{u"German"_s});
}

TEST_F(ContentPreferencesTest, LimitsOutsideZeroToTheMaximumAreRefused)
{
    ContentPreferencesStore preferences(*m_store, *m_engine);
    for (const int bad : {-1, ContentPreferences::kMaxDailyLimit + 1}) {
        ContentPreferences wanted;
        wanted.optIns = {u"violence"_s};
        wanted.dailyLimits = {{u"violence"_s, bad}};
        auto id = preferences.save(wanted);
        ASSERT_FALSE(id.ok()) << bad;
        EXPECT_EQ(id.error().code, ErrorCode::Validation);
        EXPECT_EQ(id.error().fieldErrors.value(0).field, u"limits.violence"_s);
    }
    ContentPreferences blank;
    blank.optIns = {u"  "_s};
    EXPECT_FALSE(preferences.save(blank).ok());
    auto queued = m_store->entriesNamed(u"profile.update@1"_s);
    ASSERT_TRUE(queued.ok());
    EXPECT_TRUE(queued->isEmpty());
}

} // namespace
} // namespace Chrysalis
