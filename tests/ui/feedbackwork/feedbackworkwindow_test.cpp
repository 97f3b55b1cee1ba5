#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/feedbackwork/feedbackworkpage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/session/session.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

// A silver worker finds "Give feedback" among the work pages of the real window (a bronze worker's list,
// without it, is checked by the client tests).
TEST(FeedbackWorkWindow, ASilverWorkerHasTheGiveFeedbackPage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QCoreApplication::setOrganizationName(u"ChrysalisTests"_s);
    QCoreApplication::setApplicationName(u"feedbackwork_test"_s);
    Session session(dir.path());
    const Status signedIn = Testing::signInLocally(session, u"sam"_s);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    ASSERT_EQ(session.tier(), u"silver"_s);

    MainWindow window(session);
    window.addStandardPages();
    const QStringList pages = window.pageIds();
    ASSERT_TRUE(pages.contains(u"givefeedback"_s)) << pages.join(u", "_s).toStdString();
    EXPECT_LT(pages.indexOf(u"givefeedback"_s), pages.indexOf(u"conflicts"_s)) << "among the work pages";
    ASSERT_TRUE(window.showPage(u"givefeedback"_s));
    EXPECT_NE(qobject_cast<FeedbackWorkPage *>(window.page(u"givefeedback"_s)), nullptr);
}

} // namespace
} // namespace Chrysalis
