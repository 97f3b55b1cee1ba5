// Autosaved answer drafts on a real temporary SQLite file.
#include "core/work/answerdrafts.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kLease = u"01900000-0000-7000-8000-0000000000a1"_s;
const QString kOtherLease = u"01900000-0000-7000-8000-0000000000a2"_s;

class AnswerDraftsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        reopen();
    }

    QString path() const { return m_dir.filePath(u"drafts.db"_s); }

    void reopen()
    {
        m_drafts.reset();
        auto drafts = AnswerDrafts::open(path());
        ASSERT_TRUE(drafts.ok()) << drafts.error().message.toStdString();
        m_drafts = std::move(*drafts);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AnswerDrafts> m_drafts;
};

TEST_F(AnswerDraftsTest, ALeaseWithoutADraftLoadsNothing)
{
    auto draft = m_drafts->load(kLease);
    ASSERT_TRUE(draft.ok());
    EXPECT_FALSE(draft->has_value());
}

TEST_F(AnswerDraftsTest, ASavedDraftComesBackAfterTheFileIsReopened)
{
    const QJsonObject fields{
            {u"label"_s, u"yes"_s},
            {u"spans"_s, QJsonArray{QJsonObject{{u"start"_s, 0}, {u"end"_s, 4}, {u"label"_s, u"PER"_s}}}}};
    ASSERT_TRUE(m_drafts->save(kLease, fields, 42).ok());
    reopen();

    auto draft = m_drafts->load(kLease);
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    ASSERT_TRUE(draft->has_value());
    EXPECT_EQ((*draft)->leaseId, kLease);
    EXPECT_EQ((*draft)->fields, fields);
    EXPECT_EQ((*draft)->secondsSpent, 42);
    EXPECT_TRUE((*draft)->savedAt.isValid());
}

TEST_F(AnswerDraftsTest, SavingAgainReplacesTheDraftOfThatLeaseOnly)
{
    ASSERT_TRUE(m_drafts->save(kLease, {{u"why"_s, u"fir"_s}}, 3).ok());
    ASSERT_TRUE(m_drafts->save(kOtherLease, {{u"why"_s, u"other"_s}}, 9).ok());
    ASSERT_TRUE(m_drafts->save(kLease, {{u"why"_s, u"first draft"_s}}, 5).ok());

    auto draft = m_drafts->load(kLease);
    ASSERT_TRUE(draft.ok() && draft->has_value());
    EXPECT_EQ((*draft)->fields.value(u"why"_s).toString(), u"first draft"_s);
    EXPECT_EQ((*draft)->secondsSpent, 5);
    auto other = m_drafts->load(kOtherLease);
    ASSERT_TRUE(other.ok() && other->has_value());
    EXPECT_EQ((*other)->fields.value(u"why"_s).toString(), u"other"_s);

    auto ids = m_drafts->leaseIds();
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(*ids, (QStringList{kLease, kOtherLease}));
}

TEST_F(AnswerDraftsTest, RemoveDropsTheDraftAndIsQuietWhenThereIsNone)
{
    ASSERT_TRUE(m_drafts->save(kLease, {{u"score"_s, 4}}, 1).ok());
    ASSERT_TRUE(m_drafts->remove(kLease).ok());
    auto draft = m_drafts->load(kLease);
    ASSERT_TRUE(draft.ok());
    EXPECT_FALSE(draft->has_value());
    EXPECT_TRUE(m_drafts->remove(kLease).ok());
    auto ids = m_drafts->leaseIds();
    ASSERT_TRUE(ids.ok());
    EXPECT_TRUE(ids->isEmpty());
}

TEST_F(AnswerDraftsTest, ADraftNeedsALeaseId)
{
    const Status saved = m_drafts->save(QString(), {{u"score"_s, 4}}, 1);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Validation);
}

TEST_F(AnswerDraftsTest, ADamagedRowIsAClearErrorAndCanBeDiscarded)
{
    ASSERT_TRUE(m_drafts->save(kLease, {{u"score"_s, 4}}, 1).ok());
    ASSERT_TRUE(m_drafts->save(kOtherLease, {{u"score"_s, 2}}, 1).ok());
    m_drafts.reset();
    {
        // Another program (or a disk fault) writes the rows: the drafts' own schema version stays.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.prepare(u"UPDATE answer_draft SET fields = :fields WHERE lease_id = :lease"_s));
        query.bindValue(u":fields"_s, u"{\"score\": 4,"_s);
        query.bindValue(u":lease"_s, kLease);
        ASSERT_TRUE(query.exec());
        query.bindValue(u":fields"_s, u"[1, 2]"_s);
        query.bindValue(u":lease"_s, kOtherLease);
        ASSERT_TRUE(query.exec());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    reopen();

    auto damaged = m_drafts->load(kLease);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().code, ErrorCode::Storage);
    EXPECT_TRUE(damaged.error().message.contains(kLease)) << damaged.error().message.toStdString();
    auto notAnObject = m_drafts->load(kOtherLease);
    ASSERT_FALSE(notAnObject.ok());
    EXPECT_TRUE(notAnObject.error().message.contains(u"not an object"_s)) << notAnObject.error().message.toStdString();

    ASSERT_TRUE(m_drafts->remove(kLease).ok());
    auto cleared = m_drafts->load(kLease);
    ASSERT_TRUE(cleared.ok());
    EXPECT_FALSE(cleared->has_value());
}

} // namespace
} // namespace Chrysalis
