// The WorkView driven from the keyboard, as a worker uses it.
#include "tests/support/qtprinters.h"
#include "tests/ui/work/workviewtesting.h"
#include "ui/work/fieldeditors.h"
#include "ui/work/workdialogs.h"
#include "ui/work/workview.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

class WorkViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_view.resize(1100, 720);
        m_view.setWorkItem(Testing::allKindsWorkItem());
        m_view.show();
        m_view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_view));
    }

    // A key as the user types it: into whatever has the focus.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, int times = 1)
    {
        for (int i = 0; i < times; ++i) {
            QWidget *focus = QApplication::focusWidget();
            ASSERT_NE(focus, nullptr);
            QTest::keyClick(focus, key, modifiers);
        }
    }

    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClicks(focus, text);
    }

    QJsonValue value(const QString &field) const { return m_view.editor(field)->value(); }

    void focus(const QString &field) { m_view.editor(field)->focusEditor(); }

    void clickInto(QPlainTextEdit *edit)
    {
        QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        ASSERT_EQ(QApplication::focusWidget(), edit);
    }

    // Everything a worker does to answer the whole form by keyboard.
    void answerEverything()
    {
        focus(u"label"_s);
        press(Qt::Key_1);
        focus(u"tags"_s);
        press(Qt::Key_1);
        press(Qt::Key_3);
        focus(u"score"_s);
        press(Qt::Key_4);
        focus(u"why"_s);
        type(u"It hides the point."_s);
        focus(u"versus"_s);
        press(Qt::Key_A);
        clickInto(m_view.editor(u"versus"_s)->findChild<FieldTextEdit *>());
        type(u"B is wrong about London."_s);
        focus(u"better"_s);
        press(Qt::Key_Home, Qt::ControlModifier);
        press(Qt::Key_Right, Qt::NoModifier, 21); // after "too"
        press(Qt::Key_Backspace);
        focus(u"entities"_s);
        press(Qt::Key_Home, Qt::ControlModifier);
        press(Qt::Key_Right, Qt::ShiftModifier, 11); // "Marie Curie"
        press(Qt::Key_1);
        press(Qt::Key_Right, Qt::NoModifier, 11); // to "Paris", 11 after the span's end
        press(Qt::Key_Right, Qt::ShiftModifier, 5);
        press(Qt::Key_2);
    }

    WorkView m_view;
};

TEST_F(WorkViewTest, EveryKindIsAnsweredByKeyboardAndCtrlEnterSubmitsItsJson)
{
    answerEverything();
    QSignalSpy submitted(&m_view, &WorkView::submitRequested);
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(submitted.size(), 1);

    const QJsonObject fields = submitted.at(0).at(0).toJsonObject();
    const QJsonObject expected{
            {u"label"_s, u"yes"_s},
            {u"tags"_s, QJsonArray{u"shock"_s, u"question"_s}},
            {u"score"_s, 4},
            {u"why"_s, u"It hides the point."_s},
            {u"versus"_s, QJsonObject{{u"choice"_s, u"a"_s}, {u"justification"_s, u"B is wrong about London."_s}}},
            {u"better"_s, u"Marie Curie moved to Paris."_s},
            {u"entities"_s, QJsonArray{QJsonObject{{u"start"_s, 0}, {u"end"_s, 11}, {u"label"_s, u"PER"_s}},
                                       QJsonObject{{u"start"_s, 22}, {u"end"_s, 27}, {u"label"_s, u"LOC"_s}}}}};
    EXPECT_EQ(fields, expected);
    EXPECT_TRUE(Testing::allKindsForm().validateAnswer(fields, Testing::allKindsItem()).isEmpty());
    EXPECT_EQ(Testing::allKindsItem().value(u"text"_s).toString().mid(22, 5), u"Paris"_s);
    EXPECT_GE(submitted.at(0).at(1).toInt(), 0);
}

TEST_F(WorkViewTest, NumberKeysPickAndToggleOnlyOptionsThatExist)
{
    focus(u"label"_s);
    press(Qt::Key_3);
    EXPECT_EQ(value(u"label"_s), QJsonValue(u"unsure"_s));
    press(Qt::Key_4); // there is no fourth option
    EXPECT_EQ(value(u"label"_s), QJsonValue(u"unsure"_s));

    focus(u"tags"_s);
    press(Qt::Key_2);
    EXPECT_EQ(value(u"tags"_s), QJsonValue(QJsonArray{u"number"_s}));
    press(Qt::Key_2);
    EXPECT_TRUE(value(u"tags"_s).isNull());

    focus(u"score"_s);
    press(Qt::Key_5);
    EXPECT_EQ(value(u"score"_s), QJsonValue(5));
    press(Qt::Key_6); // beyond the scale
    EXPECT_EQ(value(u"score"_s), QJsonValue(5));
    press(Qt::Key_Delete);
    EXPECT_TRUE(value(u"score"_s).isNull());
}

TEST_F(WorkViewTest, PairwiseKeysChooseButTypeNormallyInTheJustification)
{
    focus(u"versus"_s);
    press(Qt::Key_T);
    EXPECT_EQ(value(u"versus"_s).toObject().value(u"choice"_s), QJsonValue(u"tie"_s));
    press(Qt::Key_B);
    EXPECT_EQ(value(u"versus"_s).toObject().value(u"choice"_s), QJsonValue(u"b"_s));
    clickInto(m_view.editor(u"versus"_s)->findChild<FieldTextEdit *>());
    type(u"a tab"_s);
    const QJsonObject pair = value(u"versus"_s).toObject();
    EXPECT_EQ(pair.value(u"choice"_s), QJsonValue(u"b"_s));
    EXPECT_EQ(pair.value(u"justification"_s), QJsonValue(u"a tab"_s));
}

TEST_F(WorkViewTest, UndoAndRedoWorkAcrossFields)
{
    focus(u"label"_s);
    press(Qt::Key_2);
    focus(u"score"_s);
    press(Qt::Key_3);
    focus(u"why"_s);
    type(u"abc"_s);
    ASSERT_EQ(m_view.undoStack()->count(), 3) << "typing in one field is one step";

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(value(u"why"_s).isNull());
    EXPECT_EQ(value(u"score"_s), QJsonValue(3));
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(value(u"score"_s).isNull());
    EXPECT_EQ(value(u"label"_s), QJsonValue(u"no"_s));
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(value(u"label"_s).isNull());
    EXPECT_EQ(m_view.fields().keys(), (QStringList{u"better"_s, u"entities"_s}))
            << "the fields that always hold a value";

    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(value(u"label"_s), QJsonValue(u"no"_s));
    EXPECT_EQ(value(u"score"_s), QJsonValue(3));
    EXPECT_TRUE(value(u"why"_s).isNull());
    press(Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(value(u"why"_s), QJsonValue(u"abc"_s));

    // A new edit after an undo drops the redo branch.
    press(Qt::Key_Z, Qt::ControlModifier);
    focus(u"label"_s);
    press(Qt::Key_1);
    EXPECT_FALSE(m_view.undoStack()->canRedo());
}

TEST_F(WorkViewTest, UndoCoversSpansAndCorrections)
{
    focus(u"entities"_s);
    press(Qt::Key_Home, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::ShiftModifier, 5);
    press(Qt::Key_2);
    EXPECT_EQ(value(u"entities"_s).toArray().size(), 1);
    focus(u"better"_s);
    press(Qt::Key_End, Qt::ControlModifier);
    type(u"!"_s);
    EXPECT_EQ(value(u"better"_s), QJsonValue(u"Marie Curie moved too Paris.!"_s));

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(value(u"better"_s), QJsonValue(u"Marie Curie moved too Paris."_s));
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(value(u"entities"_s).toArray().isEmpty());
}

TEST_F(WorkViewTest, SpansAreListedAndRemovable)
{
    focus(u"entities"_s);
    press(Qt::Key_Home, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::ShiftModifier, 5);
    press(Qt::Key_1);
    press(Qt::Key_1); // nothing selected any more: no second span
    auto *list = m_view.editor(u"entities"_s)->findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(u"Marie"_s));
    EXPECT_TRUE(list->item(0)->text().contains(u"PER"_s));

    list->setFocus();
    list->setCurrentRow(0);
    press(Qt::Key_Delete);
    EXPECT_TRUE(value(u"entities"_s).toArray().isEmpty());
}

TEST_F(WorkViewTest, TheCorrectionShowsAWordDiffAgainstTheItemText)
{
    auto *correction = qobject_cast<CorrectionEditor *>(m_view.editor(u"better"_s));
    ASSERT_NE(correction, nullptr);
    EXPECT_FALSE(correction->diffHtml().contains(u"line-through"_s));
    focus(u"better"_s);
    press(Qt::Key_Home, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::NoModifier, 21);
    press(Qt::Key_Backspace);
    const QString html = correction->diffHtml();
    EXPECT_TRUE(html.contains(u"line-through;\">too</span>"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"underline;\">to</span>"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"Marie Curie moved "_s)) << html.toStdString();
}

TEST_F(WorkViewTest, ABadAnswerShowsTheFormsMessagesAndIsNotSubmitted)
{
    focus(u"why"_s);
    type(u"ab"_s);
    const QString whyMessage = m_view.messageFor(u"why"_s);
    EXPECT_TRUE(whyMessage.contains(u"at least 3"_s)) << whyMessage.toStdString();
    EXPECT_TRUE(m_view.messageFor(u"label"_s).isEmpty()) << "untouched fields stay quiet until a submit";

    QSignalSpy submitted(&m_view, &WorkView::submitRequested);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(submitted.size(), 0);
    for (const FieldError &error : m_view.validationErrors()) {
        const QString field = error.field.section(u'.', 0, 0);
        EXPECT_TRUE(m_view.messageFor(field).contains(error.message))
                << QString(error.field + u": "_s + error.message).toStdString();
    }
    EXPECT_TRUE(m_view.messageFor(u"versus"_s).contains(u"is required"_s));
    EXPECT_TRUE(m_view.messageFor(u"tags"_s).isEmpty()) << "an optional unanswered field is fine";
    EXPECT_EQ(QApplication::focusWidget()->parentWidget(), m_view.editor(u"label"_s))
            << "the first field at fault takes the focus";

    // Fixing a field clears its message as the user types.
    focus(u"why"_s);
    press(Qt::Key_End, Qt::ControlModifier);
    type(u"c"_s);
    EXPECT_TRUE(m_view.messageFor(u"why"_s).isEmpty());
}

TEST_F(WorkViewTest, APairwiseChoiceWithoutJustificationIsRefusedBesideIt)
{
    answerEverything();
    clickInto(m_view.editor(u"versus"_s)->findChild<FieldTextEdit *>());
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Delete);
    QSignalSpy submitted(&m_view, &WorkView::submitRequested);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(submitted.size(), 0);
    EXPECT_TRUE(m_view.messageFor(u"versus"_s).contains(u"justification"_s))
            << m_view.messageFor(u"versus"_s).toStdString();
    EXPECT_TRUE(m_view.messageFor(u"label"_s).isEmpty());
}

TEST_F(WorkViewTest, EveryEditAndUndoReportsTheDraft)
{
    QSignalSpy drafts(&m_view, &WorkView::draftChanged);
    focus(u"score"_s);
    press(Qt::Key_2);
    ASSERT_EQ(drafts.size(), 1);
    EXPECT_EQ(drafts.last().at(0).toJsonObject(), (QJsonObject{{u"score"_s, 2},
                                                               {u"better"_s, u"Marie Curie moved too Paris."_s},
                                                               {u"entities"_s, QJsonArray()}}));
    press(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(drafts.size(), 2);
    EXPECT_FALSE(drafts.last().at(0).toJsonObject().contains(u"score"_s));
}

TEST_F(WorkViewTest, ADraftIsShownAgainWithItsTimeAndNoUndoHistory)
{
    WorkItem item = Testing::allKindsWorkItem();
    item.fields = {{u"label"_s, u"no"_s},
                   {u"tags"_s, QJsonArray{u"number"_s}},
                   {u"score"_s, 2},
                   {u"why"_s, u"draft"_s},
                   {u"versus"_s, QJsonObject{{u"choice"_s, u"b"_s}, {u"justification"_s, u"shorter"_s}}},
                   {u"better"_s, u"Marie Curie moved to Paris."_s},
                   {u"entities"_s, QJsonArray{QJsonObject{{u"start"_s, 22}, {u"end"_s, 27}, {u"label"_s, u"LOC"_s}}}}};
    item.secondsSpent = 75;
    m_view.setWorkItem(item);
    EXPECT_EQ(m_view.fields(), item.fields);
    EXPECT_GE(m_view.secondsSpent(), 75);
    EXPECT_LT(m_view.secondsSpent(), 80);
    EXPECT_EQ(m_view.undoStack()->count(), 0);
}

TEST_F(WorkViewTest, TheTimerCountsOnlyWhileTheWindowIsActive)
{
    ASSERT_TRUE(m_view.isTimerRunning());
    QTest::qWait(1100);
    EXPECT_GE(m_view.secondsSpent(), 1);

    QEvent deactivate(QEvent::WindowDeactivate);
    QApplication::sendEvent(&m_view, &deactivate);
    EXPECT_FALSE(m_view.isTimerRunning());
    const int paused = m_view.secondsSpent();
    QTest::qWait(1100);
    EXPECT_EQ(m_view.secondsSpent(), paused);

    QEvent activate(QEvent::WindowActivate);
    QApplication::sendEvent(&m_view, &activate);
    EXPECT_TRUE(m_view.isTimerRunning());
    QTest::qWait(1100);
    EXPECT_GE(m_view.secondsSpent(), paused + 1);

    QSignalSpy submitted(&m_view, &WorkView::submitRequested);
    answerEverything();
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(submitted.size(), 1);
    EXPECT_GE(submitted.at(0).at(1).toInt(), paused + 1);
}

TEST_F(WorkViewTest, RatingAndReframingAreAskedForInDialogs)
{
    QSignalSpy rated(&m_view, &WorkView::rateRequested);
    QSignalSpy reframed(&m_view, &WorkView::reframeRequested);
    for (auto *button : m_view.findChildren<QPushButton *>()) {
        if (button->text() == u"Rate this task…"_s)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    auto *rating = m_view.findChild<RateTaskDialog *>();
    ASSERT_NE(rating, nullptr);
    EXPECT_EQ(rating->rating(), -1);
    rating->setRating(0);
    rating->accept();
    ASSERT_EQ(rated.size(), 1);
    EXPECT_EQ(rated.at(0).at(0).toInt(), 0);

    for (auto *button : m_view.findChildren<QPushButton *>()) {
        if (button->text() == u"Propose a reframing…"_s)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    auto *reframe = m_view.findChild<ReframeDialog *>();
    ASSERT_NE(reframe, nullptr);
    QPushButton *send = nullptr;
    for (auto *button : reframe->findChildren<QPushButton *>()) {
        if (button->text() == u"Send proposal"_s)
            send = button;
    }
    ASSERT_NE(send, nullptr);
    EXPECT_FALSE(send->isEnabled());
    QTest::keyClicks(reframe->rationaleEdit(), u"Say what counts as the best reply."_s);
    EXPECT_FALSE(send->isEnabled()) << "the instructions are unchanged";
    reframe->instructionsEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(reframe->instructionsEdit(), u" The best reply is the correct one."_s);
    ASSERT_TRUE(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(reframed.size(), 1);
    EXPECT_TRUE(reframed.at(0).at(0).toString().endsWith(u"The best reply is the correct one."_s));
    EXPECT_EQ(reframed.at(0).at(1).toString(), u"Say what counts as the best reply."_s);
}

TEST(WorkViewEditors, SpanOffsetsCountUtf16UnitsOfTheSourceText)
{
    const QByteArray json =
            R"([{"name": "who", "kind": "spans", "label": "Names", "required": true, "labels": ["PER"]}])";
    WorkItem item;
    item.leaseId = u"01900000-0000-7000-8000-0000000000b1"_s;
    item.form = *AnswerForm::fromJson(QJsonDocument::fromJson(json).array());
    item.itemData = {{u"text"_s, u"😀 Ada waves"_s}};
    WorkView view;
    view.setWorkItem(item);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));

    view.editor(u"who"_s)->focusEditor();
    QWidget *text = QApplication::focusWidget();
    ASSERT_NE(text, nullptr);
    QTest::keyClick(text, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Right); // over the emoji: two UTF-16 units, one step
    QTest::keyClick(text, Qt::Key_Right);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(text, Qt::Key_1);

    const QJsonObject fields = view.fields();
    EXPECT_EQ(fields.value(u"who"_s),
              QJsonValue(QJsonArray{QJsonObject{{u"start"_s, 3}, {u"end"_s, 6}, {u"label"_s, u"PER"_s}}}));
    EXPECT_TRUE(item.form.validateAnswer(fields, item.itemData).isEmpty());
}

TEST(WorkViewEditors, ALongRatingScaleIsASpinBoxThatStartsUnrated)
{
    const QByteArray json =
            R"([{"name": "pct", "kind": "rating", "label": "Percent", "required": true, "min": 0, "max": 100}])";
    WorkItem item;
    item.leaseId = u"01900000-0000-7000-8000-0000000000b2"_s;
    item.form = *AnswerForm::fromJson(QJsonDocument::fromJson(json).array());
    WorkView view;
    view.setWorkItem(item);
    auto *spin = view.editor(u"pct"_s)->findChild<QSpinBox *>();
    ASSERT_NE(spin, nullptr);
    EXPECT_TRUE(view.editor(u"pct"_s)->value().isNull());
    EXPECT_FALSE(view.validationErrors().isEmpty());

    spin->setValue(42);
    EXPECT_EQ(view.fields().value(u"pct"_s), QJsonValue(42));
    EXPECT_TRUE(view.validationErrors().isEmpty());
    view.undoStack()->undo();
    EXPECT_TRUE(view.editor(u"pct"_s)->value().isNull());
    EXPECT_EQ(spin->value(), spin->minimum());
}

} // namespace
} // namespace Chrysalis
