#pragma once

#include "core/domain/jsonreader.h"
#include "tests/core/market/markettesting.h"

namespace Chrysalis::Testing {

// Team task helpers over MarketTest; the cases (market_team_test.cpp) run on SQLite and PostgreSQL.
class MarketTeamTest : public MarketTest
{
protected:
    static QJsonObject slot(const QString &role, const QString &skill, const QString &minTier, int count, qint64 pay)
    {
        return {{QStringLiteral("role"), role},
                {QStringLiteral("skill"), skill},
                {QStringLiteral("min_tier"), minTier},
                {QStringLiteral("count"), count},
                {QStringLiteral("pay_cents"), pay}};
    }

    // A designer (silver, "Interface Design", 1 000 cents) and a tester (bronze, "Software Testing",
    // 600 cents) reviewing an interface together, due in two days.
    QJsonObject teamArgs(const QString &id, QJsonArray slots = {})
    {
        if (slots.isEmpty()) {
            slots = {slot(QStringLiteral("designer"), QStringLiteral("Interface Design"), QStringLiteral("silver"), 1,
                          1'000),
                     slot(QStringLiteral("tester"), QStringLiteral("Software Testing"), QStringLiteral("bronze"), 1,
                          600)};
        }
        return {{QStringLiteral("team_task_id"), id},
                {QStringLiteral("title"), QStringLiteral("Review the checkout screen")},
                {QStringLiteral("brief"), QStringLiteral("Walk through the checkout and write one review.")},
                {QStringLiteral("slots"), slots},
                {QStringLiteral("delivery"), QStringLiteral("shared")},
                {QStringLiteral("deadline"), wireTime(clock().now().addSecs(2 * 86'400))}};
    }

    void tag(const Account &who, const QStringList &skills)
    {
        applyOk(who.id, QStringLiteral("profile.update@1"),
                {{QStringLiteral("skills"), QJsonArray::fromStringList(skills)}});
    }

    QString join(const Account &who, const QString &teamTaskId, const QString &role)
    {
        return applyOk(who.id, QStringLiteral("team.join@1"),
                       {{QStringLiteral("team_task_id"), teamTaskId}, {QStringLiteral("role"), role}})
                .value(QStringLiteral("role"))
                .toString();
    }

    QString joinRefused(const Account &who, const QString &teamTaskId, const QString &role, const QString &code)
    {
        return applyRejected(who.id, QStringLiteral("team.join@1"),
                             {{QStringLiteral("team_task_id"), teamTaskId}, {QStringLiteral("role"), role}}, code)
                .details.value(QStringLiteral("reason"))
                .toString();
    }
};

} // namespace Chrysalis::Testing
