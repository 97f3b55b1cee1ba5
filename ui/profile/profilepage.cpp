#include "ui/profile/profilepage.h"

#include "core/insights/goldrecord.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/profile/skillcompleter.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString tierName(const QString &tier)
{
    if (tier == u"gold")
        return ProfilePage::tr("Gold");
    if (tier == u"silver")
        return ProfilePage::tr("Silver");
    if (tier == u"bronze")
        return ProfilePage::tr("Bronze");
    return tier;
}

QString requirementText(const QString &requirement)
{
    if (requirement == u"approved_answers")
        return ProfilePage::tr("Approved answers");
    if (requirement == u"feedback_tasks")
        return ProfilePage::tr("Feedback tasks done");
    if (requirement == u"lost_conflicts")
        return ProfilePage::tr("Lost conflicts");
    if (requirement == u"gold_accuracy")
        return ProfilePage::tr("Accuracy on test items");
    return requirement;
}

QStringList splitList(const QString &text)
{
    QStringList values;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString value = part.simplified();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

QString joinList(const QJsonArray &array)
{
    QStringList values;
    for (const QJsonValue &value : array)
        values.append(value.toString());
    return values.join(u", "_s);
}

// One line per verified skill of the puller, by name, naming the qualification tasks that verify it.
QStringList verifiedLines(LocalStore &store)
{
    QList<std::pair<QString, QString>> lines;
    if (const auto skills = store.list(u"skill"_s)) {
        for (const StoredEntity &skill : *skills) {
            if (!skill.data.value(u"verified"_s).toBool())
                continue;
            QStringList titles;
            for (const QJsonValue &by : skill.data.value(u"verified_by"_s).toArray()) {
                const QString title = by.toObject().value(u"title"_s).toString();
                if (!title.isEmpty())
                    titles << ProfilePage::tr("“%1”").arg(title);
            }
            const QString name = skill.data.value(u"name"_s).toString();
            lines.append({name, titles.isEmpty()
                                        ? ProfilePage::tr("✓ %1 — verified by a passed qualification test").arg(name)
                                        : ProfilePage::tr("✓ %1 — verified by passing %2")
                                                  .arg(name, titles.join(ProfilePage::tr(" and ")))});
        }
    }
    std::sort(lines.begin(), lines.end(),
              [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
    QStringList texts;
    for (const auto &line : std::as_const(lines))
        texts << line.second;
    return texts;
}

} // namespace

ProfilePage::ProfilePage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    auto *title = new QLabel(tr("Profile and tier"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    m_account = new QLabel;
    m_account->setWordWrap(true);

    auto *tierBox = new QGroupBox(tr("Tier"));
    m_tier = new QLabel;
    m_tier->setWordWrap(true);
    m_tier->setTextFormat(Qt::RichText);
    m_goldNote = new QLabel;
    m_goldNote->setObjectName(u"goldNote"_s);
    m_goldNote->setWordWrap(true);
    m_goldNote->hide();
    m_rulesBox = new QWidget;
    m_rules = new QGridLayout(m_rulesBox);
    m_rules->setContentsMargins(0, 0, 0, 0);
    m_rules->setColumnStretch(1, 1);
    m_acceptTier = new QPushButton;
    m_acceptTier->hide();
    auto *tierLayout = new QVBoxLayout(tierBox);
    tierLayout->addWidget(m_tier);
    tierLayout->addWidget(m_rulesBox);
    tierLayout->addWidget(m_goldNote);
    tierLayout->addWidget(m_acceptTier, 0, Qt::AlignLeft);

    auto *profileBox = new QGroupBox(tr("Skills and content"));
    m_skills = new QLineEdit;
    m_skills->setPlaceholderText(tr("e.g. German, Software testing"));
    m_skills->setAccessibleName(tr("Skills"));
    m_skillCompleter = new SkillCompleter(this);
    m_skills->setCompleter(m_skillCompleter);
    m_verified = new QLabel;
    m_verified->setObjectName(u"verifiedSkills"_s);
    m_verified->setWordWrap(true);
    m_verified->setToolTip(tr("Skills backed by a paid qualification test you passed"));
    m_contentSummary = new QLabel;
    m_contentSummary->setWordWrap(true);
    m_content = new QPushButton(tr("&Content opt-ins and limits…"));
    m_save = new QPushButton(tr("&Save profile"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    auto *form = new QFormLayout(profileBox);
    form->addRow(tr("S&kills:"), m_skills);
    form->addRow(tr("Verified:"), m_verified);
    m_profileForm = form;
    auto *contentRow = new QHBoxLayout;
    contentRow->addWidget(m_contentSummary, 1);
    contentRow->addWidget(m_content);
    form->addRow(tr("Content:"), contentRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_message, 1);
    form->addRow(saveRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(title);
    layout->addWidget(m_account);
    // Air between the sections, so each group title reads as the start of its own block.
    layout->addSpacing(8);
    layout->addWidget(tierBox);
    layout->addSpacing(10);
    layout->addWidget(profileBox);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &ProfilePage::saveProfile);
    connect(m_content, &QPushButton::clicked, this, &ProfilePage::contentPreferencesRequested);
    connect(m_acceptTier, &QPushButton::clicked, this, [this] {
        if (m_nextTier.isEmpty())
            return;
        auto id = m_engine.enqueue(u"tier.accept@1"_s, {{u"tier"_s, m_nextTier}});
        m_message->setText(id ? tr("Promotion to %1 queued.").arg(tierName(m_nextTier)) : id.error().message);
        m_acceptTier->setEnabled(false);
    });
    connect(&m_engine, &SyncEngine::syncFinished, this, &ProfilePage::reload);
    reload();
}

QString ProfilePage::userId() const
{
    auto state = m_store.state();
    return state ? state->userId : QString();
}

void ProfilePage::reload()
{
    QJsonObject account;
    if (auto row = m_store.read(u"account"_s, userId()); row && row->has_value())
        account = **row;
    QStringList roles;
    for (const QJsonValue &role : account.value(u"roles"_s).toArray()) {
        const QString name = role.toString();
        roles.append(name == u"worker"      ? tr("worker")
                     : name == u"requester" ? tr("requester")
                     : name == u"admin"     ? tr("administrator")
                                            : name);
    }
    m_account->setText(account.isEmpty() ? tr("Your profile appears after the first sync.")
                                         : tr("%1 — shown to others as %2; roles: %3")
                                                   .arg(account.value(u"username"_s).toString(),
                                                        account.value(u"pseudonym"_s).toString(), roles.join(u", "_s)));
    m_skillCompleter->reload(m_store);
    if (!m_skills->isModified())
        m_skills->setText(joinList(account.value(u"skills"_s).toArray()));
    const QStringList verified = verifiedLines(m_store);
    m_verified->setText(verified.join(u'\n'));
    m_profileForm->setRowVisible(m_verified, !verified.isEmpty());
    const QString optIns = joinList(account.value(u"content_opt_ins"_s).toArray());
    m_contentSummary->setText(optIns.isEmpty() ? tr("No content warnings opted in.") : tr("Opted in: %1").arg(optIns));

    while (QLayoutItem *item = m_rules->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QJsonObject progress;
    if (auto row = m_store.read(u"tier_progress"_s, userId()); row && row->has_value())
        progress = **row;
    const QString current = progress.value(u"current"_s).toString(account.value(u"tier"_s).toString());
    m_nextTier = progress.value(u"next"_s).toString();
    const GoldRecord gold = GoldRecord::fromTierProgress(progress);
    m_goldNote->setText(tr("Test items: %1. %2").arg(gold.countText(), gold.standingText()));
    m_goldNote->setVisible(gold.answered > 0);
    // The role names above are translated: ask the account's own list.
    if (!account.value(u"roles"_s).toArray().contains(u"worker"_s)) {
        m_tier->setText(tr("Tiers are for workers."));
        m_acceptTier->hide();
        return;
    }
    if (m_nextTier.isEmpty()) {
        m_tier->setText(tr("You are <b>%1</b>, the highest tier.").arg(tierName(current)));
        m_acceptTier->hide();
        return;
    }
    m_tier->setText(tr("You are <b>%1</b>. On the way to <b>%2</b>:").arg(tierName(current), tierName(m_nextTier)));
    int row = 0;
    for (const QJsonValue &value : progress.value(u"next_rules"_s).toArray()) {
        const QJsonObject rule = value.toObject();
        const int have = rule.value(u"current"_s).toInt();
        const int need = rule.value(u"required"_s).toInt();
        const bool atMost = rule.value(u"at_most"_s).toBool();
        const bool met = rule.value(u"met"_s).toBool();
        auto *name = new QLabel(requirementText(rule.value(u"requirement"_s).toString()));
        auto *bar = new QProgressBar;
        bar->setTextVisible(false);
        bar->setMaximumHeight(12);
        bar->setAccessibleName(name->text());
        auto *figure = new QLabel;
        if (rule.value(u"requirement"_s).toString() == u"gold_accuracy") {
            // current and required are percentages; met is false only when the standing is "below".
            bar->setRange(0, 100);
            bar->setValue(std::clamp(have, 0, 100));
            figure->setText(tr("%1 % (pass mark %2 %) %3").arg(have).arg(need).arg(met ? tr("✓") : tr("✗")));
        } else if (atMost) {
            bar->setRange(0, std::max(need, 1));
            bar->setValue(std::min(have, std::max(need, 1)));
            figure->setText(tr("%1 (at most %2 in your last %Ln answer(s)) %3", nullptr,
                               rule.value(u"window_answers"_s).toInt())
                                    .arg(have)
                                    .arg(need)
                                    .arg(met ? tr("✓") : tr("✗")));
        } else {
            bar->setRange(0, std::max(need, 1));
            bar->setValue(std::min(have, need));
            figure->setText(tr("%1 of %2 %3").arg(have).arg(need).arg(met ? tr("✓") : QString()));
        }
        m_rules->addWidget(name, row, 0);
        m_rules->addWidget(bar, row, 1);
        m_rules->addWidget(figure, row, 2);
        ++row;
    }
    const bool eligible = progress.value(u"eligible_for_next"_s).toBool();
    m_acceptTier->setText(eligible ? tr("&Become %1").arg(tierName(m_nextTier))
                                   : tr("Not eligible for %1 yet").arg(tierName(m_nextTier)));
    m_acceptTier->setEnabled(eligible);
    m_acceptTier->show();
}

QStringList ProfilePage::ruleLines() const
{
    QStringList lines;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QLayoutItem *name = m_rules->itemAtPosition(row, 0);
        const QLayoutItem *figure = m_rules->itemAtPosition(row, 2);
        if (!name || !figure)
            continue;
        lines.append(qobject_cast<QLabel *>(name->widget())->text() + u": "_s +
                     qobject_cast<QLabel *>(figure->widget())->text());
    }
    return lines;
}

QString ProfilePage::goldNoteText() const
{
    return m_goldNote->isVisibleTo(this) ? m_goldNote->text() : QString();
}

QStringList ProfilePage::verifiedSkillLines() const
{
    if (!m_verified->isVisibleTo(this) || m_verified->text().isEmpty())
        return {};
    return m_verified->text().split(u'\n');
}

void ProfilePage::saveProfile()
{
    const QStringList skills = splitList(m_skills->text());
    QJsonObject account;
    if (auto row = m_store.read(u"account"_s, userId()); row && row->has_value())
        account = **row;
    account.insert(u"skills"_s, QJsonArray::fromStringList(skills));
    const QJsonObject args{{u"skills"_s, QJsonArray::fromStringList(skills)}};
    QList<OverlayWrite> overlay;
    if (!userId().isEmpty())
        overlay.append(OverlayWrite::upsert(u"account"_s, userId(), account));
    auto id = m_engine.enqueue(u"profile.update@1"_s, args, overlay);
    if (!id) {
        m_message->setText(tr("Could not save: %1").arg(id.error().message));
        return;
    }
    m_skills->setModified(false);
    m_message->setText(tr("Saved; it reaches the marketplace with the next sync."));
}

} // namespace Chrysalis
