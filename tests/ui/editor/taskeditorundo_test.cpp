#include "core/policy/policy.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/support/qtprinters.h"
#include "ui/editor/formbuilder.h"
#include "ui/editor/taskeditorpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

void typeNumber(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

void undoKey(QWidget *focus)
{
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
}

void redoKey(QWidget *focus)
{
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

class TaskEditorUndoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(*store);
        m_engine = std::make_unique<SyncEngine>(*m_store);
        m_engine->setAutoRetry(false);
        m_page = std::make_unique<TaskEditorPage>(*m_store, *m_engine);
        m_page->setPolicy(Policy::defaults());
        m_page->resize(1100, 720);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<TaskEditorPage> m_page;
};

TEST_F(TaskEditorUndoTest, CtrlZAndCtrlShiftZWalkBackAndForthAcrossTitleInstructionsFormPayAndEstimate)
{
    TaskEditorPage &page = *m_page;
    const TaskRevision fresh = page.revision();
    EXPECT_EQ(page.undoStack()->count(), 0) << "a fresh draft has no history";

    page.titleEdit()->setFocus();
    QTest::keyClicks(page.titleEdit(), u"Spot clickbait"_s);
    page.instructionsEdit()->setFocus();
    QTest::keyClicks(page.instructionsEdit(), u"Read the headline."_s);
    page.tabs()->setCurrentIndex(1);
    page.formBuilder()->addField();
    page.tabs()->setCurrentIndex(0);
    typeNumber(page.paySpin(), 45);
    typeNumber(page.estimateSpin(), 90);
    // Typing in one place is one step: title, instructions, the new field, pay, estimate.
    ASSERT_EQ(page.undoStack()->count(), 5);
    ASSERT_EQ(page.revision().form.fields().size(), 2);

    undoKey(page.titleEdit());
    EXPECT_EQ(page.estimateSpin()->value(), fresh.estimateSeconds);
    EXPECT_EQ(page.paySpin()->value(), 45);
    undoKey(page.instructionsEdit()); // the text box's own undo must not take the key
    EXPECT_EQ(page.paySpin()->value(), fresh.payCents);
    EXPECT_EQ(page.instructionsEdit()->toPlainText(), u"Read the headline."_s);
    undoKey(page.paySpin());
    EXPECT_EQ(page.revision().form.fields().size(), 1);
    EXPECT_EQ(page.fieldList()->count(), 1);
    undoKey(page.titleEdit());
    EXPECT_TRUE(page.instructionsEdit()->toPlainText().isEmpty());
    undoKey(page.titleEdit());
    EXPECT_TRUE(page.titleEdit()->text().isEmpty());
    EXPECT_EQ(page.revision(), fresh);
    EXPECT_FALSE(page.undoStack()->canUndo());

    redoKey(page.titleEdit());
    EXPECT_EQ(page.titleEdit()->text(), u"Spot clickbait"_s);
    redoKey(page.instructionsEdit());
    EXPECT_EQ(page.instructionsEdit()->toPlainText(), u"Read the headline."_s);
    redoKey(page.titleEdit());
    EXPECT_EQ(page.fieldList()->count(), 2);
    redoKey(page.titleEdit());
    EXPECT_EQ(page.paySpin()->value(), 45);
    EXPECT_EQ(page.estimateSpin()->value(), fresh.estimateSeconds);
    redoKey(page.titleEdit());
    EXPECT_EQ(page.estimateSpin()->value(), 90);
    EXPECT_FALSE(page.undoStack()->canRedo());
}

TEST_F(TaskEditorUndoTest, AnOptionEditUndoesAndANewEditDropsTheRedoBranch)
{
    TaskEditorPage &page = *m_page;
    page.tabs()->setCurrentIndex(1);
    QTableWidget *options = page.optionTable();
    ASSERT_EQ(options->rowCount(), 2);
    options->item(1, 1)->setText(u"Not at all"_s);
    EXPECT_EQ(page.revision().form.fields().at(0).options.at(1).label, u"Not at all"_s);
    page.formBuilder()->addOption();
    EXPECT_EQ(page.revision().form.fields().at(0).options.size(), 3);
    ASSERT_EQ(page.undoStack()->count(), 2);

    page.undoStack()->undo();
    EXPECT_EQ(page.revision().form.fields().at(0).options.size(), 2);
    EXPECT_EQ(options->rowCount(), 2) << "the builder shows the restored field";
    page.undoStack()->undo();
    EXPECT_EQ(page.revision().form.fields().at(0).options.at(1).label, u"No"_s);
    EXPECT_EQ(options->item(1, 1)->text(), u"No"_s);

    page.undoStack()->redo();
    EXPECT_EQ(options->item(1, 1)->text(), u"Not at all"_s);
    page.fieldRequiredCheck()->click();
    EXPECT_FALSE(page.undoStack()->canRedo());
    EXPECT_FALSE(page.revision().form.fields().at(0).required);
    page.undoStack()->undo();
    EXPECT_TRUE(page.revision().form.fields().at(0).required);
}

TEST_F(TaskEditorUndoTest, EditsInDifferentPlacesAreSeparateStepsAndANewTaskForgetsThem)
{
    TaskEditorPage &page = *m_page;
    page.titleEdit()->setFocus();
    QTest::keyClicks(page.titleEdit(), u"Ab"_s);
    QTest::keyClicks(page.titleEdit(), u"cd"_s);
    EXPECT_EQ(page.undoStack()->count(), 1);
    page.skillsEdit()->setFocus();
    QTest::keyClicks(page.skillsEdit(), u"german"_s);
    EXPECT_EQ(page.undoStack()->count(), 2);
    page.titleEdit()->setFocus();
    QTest::keyClicks(page.titleEdit(), u"e"_s);
    EXPECT_EQ(page.undoStack()->count(), 3) << "back in the title after another place: a new step";
    page.undoStack()->undo();
    EXPECT_EQ(page.titleEdit()->text(), u"Abcd"_s);

    page.newTask();
    EXPECT_EQ(page.undoStack()->count(), 0);
    EXPECT_TRUE(page.titleEdit()->text().isEmpty());
}

} // namespace
} // namespace Chrysalis
