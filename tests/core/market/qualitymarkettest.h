#pragma once

#include "core/domain/ids.h"
#include "tests/core/market/markettesting.h"

namespace Chrysalis::Testing {

// Marketplace cases about gold items, contests, qualification and aggregation (market_quality_test.cpp).
class QualityMarketTest : public MarketTest
{
protected:
    // Drafts a task with these items (some gold) and publishes it; returns the task id.
    QString postGoldTask(const Account &owner, const QJsonArray &items, const QJsonObject &revision)
    {
        const QString taskId = newId();
        applyOk(owner.id, QStringLiteral("task.draft_save@1"),
                {{QStringLiteral("task_id"), taskId},
                 {QStringLiteral("base_version"), 0},
                 {QStringLiteral("revision"), revision}});
        applyOk(owner.id, QStringLiteral("task.items_add@1"),
                {{QStringLiteral("task_id"), taskId}, {QStringLiteral("items"), items}});
        applyOk(owner.id, QStringLiteral("task.publish@1"), {{QStringLiteral("task_id"), taskId}});
        return taskId;
    }

    QString draft(const Account &owner, const QJsonObject &revision, int items = 2)
    {
        const QString taskId = newId();
        applyOk(owner.id, QStringLiteral("task.draft_save@1"),
                {{QStringLiteral("task_id"), taskId},
                 {QStringLiteral("base_version"), 0},
                 {QStringLiteral("revision"), revision}});
        QJsonArray list;
        for (int i = 0; i < items; ++i)
            list.append(QJsonObject{
                    {QStringLiteral("id"), newId()},
                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Review")}}}});
        applyOk(owner.id, QStringLiteral("task.items_add@1"),
                {{QStringLiteral("task_id"), taskId}, {QStringLiteral("items"), list}});
        return taskId;
    }

    QString itemOfLease(const Account &by, const QString &leaseId)
    {
        return render(by, Entity::Lease, leaseId).value_or(QJsonObject()).value(QStringLiteral("item_id")).toString();
    }

    // The worker claims everything they may and answers `label` on each; returns item id → answer id.
    QHash<QString, QString> answerAll(const Account &by, const QString &taskId, int count, const QString &label)
    {
        QHash<QString, QString> answers;
        for (const QString &lease : claim(by, taskId, count))
            answers.insert(itemOfLease(by, lease), submit(by, lease, {{QStringLiteral("label"), label}}));
        return answers;
    }

    QJsonObject progress(const Account &by) { return render(by, Entity::TierProgress, by.id).value_or(QJsonObject()); }
};

} // namespace Chrysalis::Testing
