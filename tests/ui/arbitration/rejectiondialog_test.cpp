// The rejection dialog asks for a reason code and a reason quoting the instructions, by keyboard.
#include "tests/support/qtprinters.h"
#include "ui/arbitration/rejectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kInstructions = u"Read the review. Pick the sentiment the writer means.\nSarcasm counts as what the "
                              "writer means."_s;

QPushButton *rejectButton(RejectionDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

TEST(RejectionDialogTest, InstructionsSplitIntoSentencesInOrder)
{
    EXPECT_EQ(RejectionDialog::passages(kInstructions),
              (QStringList{u"Read the review."_s, u"Pick the sentiment the writer means."_s,
                           u"Sarcasm counts as what the writer means."_s}));
    EXPECT_TRUE(RejectionDialog::passages(u"  \n "_s).isEmpty());
}

TEST(RejectionDialogTest, RejectStaysDisabledUntilCodeReasonAndQuoteAreThere)
{
    RejectionDialog dialog(kInstructions);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *reject = rejectButton(dialog);
    ASSERT_NE(reject, nullptr);
    EXPECT_FALSE(reject->isEnabled());

    auto *code = dialog.findChild<QComboBox *>();
    auto *passages = dialog.findChild<QListWidget *>();
    auto *reason = dialog.findChild<QPlainTextEdit *>();
    code->setFocus();
    QTest::keyClick(code, Qt::Key_Down); // the first real code
    EXPECT_EQ(dialog.reasonCode(), u"ignored_instructions"_s);
    EXPECT_FALSE(reject->isEnabled());

    reason->setFocus();
    QTest::keyClicks(reason, u"It is wrong."_s);
    EXPECT_FALSE(reject->isEnabled()) << "a reason that quotes no instruction is not enough";
    EXPECT_TRUE(dialog.missing().contains(u"quote"_s));

    passages->setFocus();
    passages->setCurrentRow(2);
    QTest::keyClick(passages, Qt::Key_Return);
    EXPECT_TRUE(dialog.reason().contains(u"“Sarcasm counts as what the writer means.”"_s))
            << dialog.reason().toStdString();
    EXPECT_TRUE(dialog.missing().isEmpty()) << dialog.missing().toStdString();
    EXPECT_TRUE(reject->isEnabled());

    // Choosing no code again disables it.
    code->setFocus();
    QTest::keyClick(code, Qt::Key_Home);
    EXPECT_FALSE(reject->isEnabled());
    dialog.setReasonCode(u"low_effort"_s);
    EXPECT_TRUE(reject->isEnabled());
    EXPECT_EQ(dialog.reasonCode(), u"low_effort"_s);
}

TEST(RejectionDialogTest, WithoutInstructionsAWrittenReasonIsEnough)
{
    RejectionDialog dialog{QString()};
    dialog.setReasonCode(u"other"_s);
    EXPECT_FALSE(dialog.missing().isEmpty());
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"   "_s);
    EXPECT_FALSE(dialog.missing().isEmpty()) << "blank is not a reason";
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"Empty answer."_s);
    EXPECT_TRUE(dialog.missing().isEmpty());
}

} // namespace Chrysalis
