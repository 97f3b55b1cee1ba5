// The requester's side of quality in the task editor: the quality keys on the Task tab, gold items
// imported from a file, and both reaching the demo marketplace.
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/editor/qualitysettings.h"
#include "ui/editor/taskeditorpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

TEST(RequesterQualityTest, QualityKeysAndGoldItemsReachTheMarketplace)
{
    Testing::DemoMarket market;
    ASSERT_TRUE(market.ok());
    auto ada = market.signIn(u"ada"_s);
    ASSERT_TRUE(ada.engine);
    const QString qualification = ada.taskId(u"Qualification: hotel review sentiment"_s);
    ASSERT_FALSE(qualification.isEmpty());

    TaskEditorPage page(*ada.store, *ada.engine);
    page.resize(1280, 800);
    page.show();
    page.reload();
    page.newTask();
    page.titleEdit()->setText(u"Gold-checked headlines"_s);
    page.instructionsEdit()->setPlainText(u"Say whether the headline is clickbait."_s);
    const QString field = page.revision().form.fields().first().name;

    QualitySettings *quality = page.qualitySettings();
    EXPECT_TRUE(quality->keys().isEmpty()) << "a fresh task sends no quality key: the defaults apply";
    EXPECT_TRUE(quality->aggregationNote().startsWith(u"By default"_s));
    // Mean needs a rating field; the starter form has only a choice field, so none is offered.
    quality->methodCombo()->setCurrentIndex(quality->methodCombo()->findData(u"mean"_s));
    EXPECT_EQ(quality->fieldCombo()->count(), 0);
    EXPECT_FALSE(quality->keys().contains(u"aggregation"_s));
    EXPECT_EQ(quality->aggregationNote(), u"This method needs a rating field in the form."_s);
    quality->methodCombo()->setCurrentIndex(quality->methodCombo()->findData(u"ds"_s));
    ASSERT_EQ(quality->fieldCombo()->count(), 1);
    EXPECT_EQ(quality->fieldCombo()->currentData().toString(), field);
    quality->goldRateSpin()->setValue(20);
    const int required = quality->requiredCombo()->findData(qualification);
    ASSERT_GE(required, 0) << "the requester's own published qualification task is offered";
    quality->requiredCombo()->setCurrentIndex(required);
    quality->passMarkSpin()->setValue(80);
    const QJsonObject expected{{u"aggregation"_s, QJsonObject{{u"method"_s, u"ds"_s}, {u"field"_s, field}}},
                               {u"gold_rate"_s, 0.2},
                               {u"qualification"_s, QJsonObject{{u"task_id"_s, qualification}, {u"pass_mark"_s, 0.8}}}};
    EXPECT_EQ(quality->keys(), expected);
    // A qualification test takes neither a gold rate nor a gate of its own.
    quality->qualificationCheck()->setChecked(true);
    EXPECT_FALSE(quality->goldRateSpin()->isEnabled());
    EXPECT_FALSE(quality->keys().contains(u"gold_rate"_s));
    EXPECT_FALSE(quality->keys().contains(u"qualification"_s));
    EXPECT_EQ(quality->keys().value(u"kind"_s).toString(), u"qualification"_s);
    quality->qualificationCheck()->setChecked(false);
    EXPECT_EQ(quality->keys(), expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"items.jsonl"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"text": "You won't believe this", "gold": {"%1": "yes"}, "training": true}
{"text": "Budget passes", "gold": {"%1": "no"}}
{"text": "Ten tricks"}
)")
                       .arg(field)
                       .toUtf8());
    file.close();
    ASSERT_TRUE(page.importItems(path).ok()) << page.importText().toStdString();
    EXPECT_EQ(page.pendingGoldCount(), 2);
    EXPECT_TRUE(page.importText().contains(u"2 of them with a gold answer"_s)) << page.importText().toStdString();

    ASSERT_TRUE(page.save().ok()) << page.statusText().toStdString();
    const QString taskId = page.currentTaskId();
    ASSERT_TRUE(ada.sync().ok());
    auto task = ada.store->read(u"task"_s, taskId);
    ASSERT_TRUE(task.ok() && task->has_value());
    auto revision = ada.store->read(u"task_revision"_s, (*task)->value(u"revision_id"_s).toString());
    ASSERT_TRUE(revision.ok() && revision->has_value());
    EXPECT_EQ((*revision)->value(u"aggregation"_s).toObject(), expected.value(u"aggregation"_s).toObject());
    EXPECT_DOUBLE_EQ((*revision)->value(u"gold_rate"_s).toDouble(), 0.2);
    EXPECT_EQ((*revision)->value(u"qualification"_s).toObject(), expected.value(u"qualification"_s).toObject());
    EXPECT_EQ(page.goldItemCount(), 2);
    EXPECT_EQ(page.pendingGoldCount(), 0);

    // Opened again, the Task tab shows what the marketplace holds.
    page.newTask();
    EXPECT_TRUE(page.qualitySettings()->keys().isEmpty());
    ASSERT_TRUE(page.selectTask(taskId));
    EXPECT_EQ(page.qualitySettings()->keys(), expected);
    EXPECT_TRUE(page.statusText().isEmpty()) << page.statusText().toStdString();
    page.tabs()->setCurrentIndex(0);
    Testing::saveShot(page, u"editor-quality"_s);
    page.tabs()->setCurrentIndex(2);
    Testing::saveShot(page, u"editor-gold-items"_s);
}

} // namespace Chrysalis
