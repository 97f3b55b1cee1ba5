#include "core/domain/ids.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

TEST(Ids, NewIdIsCanonicalUuidVersion7WithRfcVariant)
{
    static const QRegularExpression uuidV7(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    for (int i = 0; i < 200; ++i) {
        const QString id = newId();
        EXPECT_TRUE(uuidV7.match(id).hasMatch()) << id.toStdString();
        EXPECT_TRUE(isValidId(id));
    }
}

TEST(Ids, NewIdCarriesTheCurrentUnixMilliseconds)
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = newId();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    bool ok = false;
    const qint64 stamp = QString(id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16);
    ASSERT_TRUE(ok);
    EXPECT_GE(stamp, before);
    // The counter borrows the next millisecond when over 2048 ids are made within one.
    EXPECT_LE(stamp, after + 100);
}

TEST(Ids, SuccessiveIdsAreStrictlyAscendingAsText)
{
    QString previous = newId();
    for (int i = 0; i < 20'000; ++i) {
        const QString next = newId();
        ASSERT_LT(previous, next) << i;
        previous = next;
    }
}

TEST(Ids, ConcurrentIdsAreUnique)
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 2'000;
    std::vector<QStringList> made(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&made, t] {
            for (int i = 0; i < kPerThread; ++i)
                made[static_cast<std::size_t>(t)] << newId();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QSet<QString> all;
    for (const QStringList &ids : made) {
        for (const QString &id : ids)
            all.insert(id);
    }
    EXPECT_EQ(all.size(), kThreads * kPerThread);
}

TEST(Ids, IsValidIdAcceptsAnyVersionOfCanonicalLowercaseUuid)
{
    EXPECT_TRUE(isValidId(u"123e4567-e89b-42d3-a456-426614174000"_s)); // version 4
    EXPECT_TRUE(isValidId(u"00000000-0000-0000-0000-000000000000"_s)); // nil
    EXPECT_TRUE(isValidId(u"01890a5d-ac96-774b-bcce-b302099a8057"_s)); // version 7
}

TEST(Ids, IsValidIdRejectsHostileAndSloppyText)
{
    const QString good = newId();
    const QStringList bad{
            QString(),
            good.toUpper(),
            good.left(35),
            good + u'0',
            u' ' + good.left(35),
            good.left(35) + u' ',
            u'{' + good.mid(1, 34) + u'}',
            good.left(35) + u'g',
            QString(good).replace(8, 1, u'0').replace(9, 1, u'-'), // hyphen moved
            QString(good).remove(u'-') + u"abcd"_s, // 36 characters, no hyphens
            u"1' OR '1'='1'; DROP TABLE answers;--xx"_s.left(36),
            u"00000000-0000-0000-0000-00000000000;"_s,
            u"../../../../etc/passwd-aaaa-aaaaaaaa"_s,
            u"００000000-0000-0000-0000-000000000000"_s, // full-width digits
            u"00000000-0000-0000-0000-00000000000\u0000"_s,
    };
    for (const QString &text : bad)
        EXPECT_FALSE(isValidId(text)) << text.toStdString();
}
