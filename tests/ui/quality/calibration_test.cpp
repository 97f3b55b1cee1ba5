// An arbiter's calibration on the conflicts page: once the demo's open panel closes, the arbiters
// who sat on it see how their votes agreed with the others'.
#include "core/domain/ids.h"
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/arbitration/conflictspage.h"
#include "ui/dashboard/fairworkpage.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

TEST(ArbiterCalibrationTest, TheConflictsPageShowsCalibrationOnceAPanelClosed)
{
    Testing::DemoMarket market;
    ASSERT_TRUE(market.ok());
    auto gia = market.signIn(u"gia"_s);
    ASSERT_TRUE(gia.engine);
    ConflictsPage before(*gia.store, *gia.engine);
    EXPECT_TRUE(before.calibrationText().isEmpty()) << "no panel has closed yet";

    // Three more gold arbiters fill the panel; gia and gus voted "worker" in the demo already.
    for (const QString &name : {u"gil"_s, u"gwen"_s, u"gaby"_s}) {
        auto arbiter = market.signIn(name);
        QString conflictId;
        for (const StoredEntity &conflict : arbiter.entities(u"conflict"_s)) {
            if (conflict.data.value(u"state"_s).toString() == u"open"_s)
                conflictId = conflict.id;
        }
        ASSERT_FALSE(conflictId.isEmpty()) << name.toStdString();
        ASSERT_TRUE(arbiter.engine
                            ->enqueue(u"vote.cast@1"_s,
                                      {{u"vote_id"_s, newId()},
                                       {u"conflict_id"_s, conflictId},
                                       {u"fault"_s, name == u"gaby"_s ? u"requester"_s : u"worker"_s},
                                       {u"rationale"_s,
                                        u"The instructions say sarcasm counts as what the writer means."_s}})
                            .ok());
        const SyncReport voted = arbiter.sync();
        ASSERT_TRUE(voted.ok());
        ASSERT_EQ(voted.applied, 1) << name.toStdString();
    }

    ASSERT_TRUE(gia.sync().ok());
    auto progress = gia.store->read(u"tier_progress"_s, gia.accountId);
    ASSERT_TRUE(progress.ok() && progress->has_value());
    ASSERT_TRUE((*progress)->value(u"arbiter_calibration"_s).isObject())
            << "the panel closed with five votes, so gia's votes are counted";
    before.resize(1100, 600);
    before.show();
    const QString text = before.calibrationText();
    EXPECT_TRUE(text.contains(u"Your calibration as an arbiter"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"1 of 1 panel(s)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"With gold keys: no panels counted yet"_s)) << text.toStdString();
    Testing::saveShot(before, u"conflicts-calibration"_s);

    FairWorkPage dashboard(*gia.store, *gia.engine);
    ASSERT_TRUE(dashboard.figures().calibration.has_value());
    EXPECT_EQ(dashboard.figures().calibration->panelAgreement.panels, 1);
    EXPECT_TRUE(dashboard.shownText().contains(u"Your calibration as an arbiter"_s));
}

} // namespace Chrysalis
