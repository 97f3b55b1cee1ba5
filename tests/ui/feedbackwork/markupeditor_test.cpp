#include "core/domain/ids.h"
#include "tests/support/qtprinters.h"
#include "ui/editor/formbuilder.h"
#include "ui/feedbackwork/markupeditor.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QDir>

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

TaskRevision reviewedRevision()
{
    FormField tone;
    tone.name = u"tone"_s;
    tone.kind = FieldKind::SingleChoice;
    tone.label = u"Tone"_s;
    tone.required = true;
    tone.options = {{u"polite"_s, u"Polite"_s}, {u"rude"_s, u"Rude"_s}};
    TaskRevision revision;
    revision.id = newId();
    revision.taskId = newId();
    revision.title = u"Judge the tone of replies"_s;
    revision.instructions = u"Read the reply. Pick the tone."_s;
    revision.form = AnswerForm({tone});
    revision.payCents = 20;
    revision.estimateSeconds = 30;
    return revision;
}

class MarkupEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_base = reviewedRevision();
        m_editor.resize(1000, 640);
        m_editor.setRevisions(m_base, m_base, {}, Verdict::Approve);
        m_editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_editor));
    }

    QRadioButton *radio(const QString &text) const
    {
        for (QRadioButton *button : m_editor.findChildren<QRadioButton *>()) {
            if (button->text().remove(u'&').startsWith(text))
                return button;
        }
        return nullptr;
    }

    TaskRevision m_base;
    MarkupEditor m_editor;
};

TEST_F(MarkupEditorTest, AnUntouchedCopyHasNoChangesAndMayBeApproved)
{
    EXPECT_TRUE(m_editor.hunks().isEmpty());
    EXPECT_EQ(m_editor.verdict(), Verdict::Approve);
    ASSERT_NE(radio(u"Approve"_s), nullptr);
    EXPECT_TRUE(radio(u"Approve"_s)->isEnabled());
    EXPECT_TRUE(m_editor.markup().id.isEmpty());
    EXPECT_EQ(m_editor.markup().taskId, m_base.taskId);
}

TEST_F(MarkupEditorTest, EditsShowLiveAsHunksWithCommentsAndApproveWaitsUntilTheyAreUndone)
{
    m_editor.instructionsEdit()->setFocus();
    m_editor.instructionsEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor.instructionsEdit(), u" Sarcasm counts as rude."_s);
    ASSERT_EQ(m_editor.hunks().size(), 1);
    EXPECT_EQ(m_editor.hunks().at(0).kind, HunkKind::Instructions);
    EXPECT_EQ(m_editor.verdict(), Verdict::ChangesSuggested);
    EXPECT_FALSE(radio(u"Approve"_s)->isEnabled());
    EXPECT_FALSE(m_editor.setVerdict(Verdict::Approve));

    QPlainTextEdit *box = m_editor.commentEdit(m_editor.hunks().at(0).id);
    ASSERT_NE(box, nullptr);
    box->setFocus();
    QTest::keyClicks(box, u"Workers disagreed on sarcasm."_s);
    // Typing on in the same change gives the hunk a new id; its comment goes along.
    m_editor.instructionsEdit()->setFocus();
    QTest::keyClicks(m_editor.instructionsEdit(), u" Always."_s);
    ASSERT_EQ(m_editor.hunks().size(), 1);
    EXPECT_EQ(m_editor.comment(m_editor.hunks().at(0).id), u"Workers disagreed on sarcasm."_s);
    ASSERT_EQ(m_editor.comments().size(), 1);
    EXPECT_EQ(m_editor.comments().at(0).hunkId, m_editor.hunks().at(0).id);

    m_editor.paySpin()->setFocus();
    m_editor.paySpin()->selectAll();
    QTest::keyClicks(m_editor.paySpin(), u"35"_s);
    ASSERT_EQ(m_editor.hunks().size(), 2);
    EXPECT_EQ(m_editor.hunks().at(1).kind, HunkKind::Pay);
    EXPECT_TRUE(m_editor.changesText().contains(u"Pay per answer"_s)) << m_editor.changesText().toStdString();

    // Ctrl+Z from the instructions box undoes through the editor's stack, the pay first.
    m_editor.instructionsEdit()->setFocus();
    QTest::keyClick(m_editor.instructionsEdit(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_editor.paySpin()->value(), 20);
    ASSERT_EQ(m_editor.hunks().size(), 1);
    // The two runs of typing are one step, or two on a machine slow enough to pause between them.
    const int steps = m_editor.undoStack()->index();
    ASSERT_GE(steps, 1);
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(m_editor.instructionsEdit(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_editor.instructionsEdit()->toPlainText(), m_base.instructions);
    EXPECT_TRUE(m_editor.hunks().isEmpty());
    EXPECT_TRUE(radio(u"Approve"_s)->isEnabled());
    EXPECT_EQ(m_editor.verdict(), Verdict::Approve);

    for (int i = 0; i < steps; ++i)
        QTest::keyClick(m_editor.instructionsEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_editor.instructionsEdit()->toPlainText(), m_base.instructions + u" Sarcasm counts as rude. Always."_s);
    EXPECT_EQ(m_editor.verdict(), Verdict::ChangesSuggested);
    ASSERT_EQ(m_editor.hunks().size(), 1);
    EXPECT_EQ(m_editor.comment(m_editor.hunks().at(0).id), u"Workers disagreed on sarcasm."_s);
}

TEST_F(MarkupEditorTest, TheFormBuilderEditsTheCopyAndNotTheBase)
{
    m_editor.tabs()->setCurrentIndex(1);
    FormBuilder *builder = m_editor.formBuilder();
    builder->fieldList()->setCurrentRow(0);
    builder->optionTable()->item(1, 1)->setText(u"Rude or sarcastic"_s);
    builder->addOption();
    ASSERT_EQ(m_editor.hunks().size(), 2);
    QList<HunkKind> kinds{m_editor.hunks().at(0).kind, m_editor.hunks().at(1).kind};
    EXPECT_TRUE(kinds.contains(HunkKind::OptionAdded));
    EXPECT_TRUE(kinds.contains(HunkKind::OptionRelabelled));
    EXPECT_EQ(m_editor.base().form.fields().at(0).options.size(), 2);
    EXPECT_EQ(m_editor.undoStack()->count(), 2);
    m_editor.undoStack()->undo();
    m_editor.undoStack()->undo();
    EXPECT_TRUE(m_editor.hunks().isEmpty());
    EXPECT_EQ(builder->optionTable()->item(1, 1)->text(), u"Rude"_s);
}

// Screenshots for a person to look at: set CHRYSALIS_SCREENSHOT_DIR to write them.
TEST_F(MarkupEditorTest, Screenshots)
{
    const QString directory = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        GTEST_SKIP() << "CHRYSALIS_SCREENSHOT_DIR is not set";
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    m_editor.instructionsEdit()->setPlainText(u"Read the reply. Pick the tone. Sarcasm counts as rude."_s);
    m_editor.formBuilder()->fieldList()->setCurrentRow(0);
    m_editor.formBuilder()->optionTable()->item(1, 1)->setText(u"Rude or sarcastic"_s);
    m_editor.paySpin()->setValue(35);
    ASSERT_EQ(m_editor.hunks().size(), 3);
    m_editor.setComment(m_editor.hunks().at(0).id, u"Half the samples were sarcastic."_s);
    m_editor.setComment(m_editor.hunks().at(2).id, u"It took me 50 seconds an item."_s);
    for (const auto &[theme, name] : {std::pair{ThemeChoice::Light, u"light"_s}, {ThemeChoice::Dark, u"dark"_s}}) {
        applyTheme(*app, theme);
        QTest::qWait(20);
        EXPECT_TRUE(m_editor.grab().save(QDir(directory).filePath(u"markupeditor-%1.png"_s.arg(name))));
    }
    applyTheme(*app, ThemeChoice::Light);
}

} // namespace
} // namespace Chrysalis
