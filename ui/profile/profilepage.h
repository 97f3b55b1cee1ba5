#pragma once

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// The worker's profile: tier and the way to the next one (tier_progress; promotion is opt-in with
// tier.accept@1) and skills (profile.update@1), with the skills a passed paid qualification verifies
// marked from the mirror's `skill` entities. Content opt-ins are edited in Preferences → Content.
class SkillCompleter;

class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void reload();
    QLineEdit *skillsEdit() const { return m_skills; }
    SkillCompleter *skillCompleter() const { return m_skillCompleter; }
    QPushButton *contentButton() const { return m_content; }
    QPushButton *acceptTierButton() const { return m_acceptTier; }
    // The tier rules shown, one "name: figure" line each, in order.
    QStringList ruleLines() const;
    // The sentence on the worker's test-item record under the rules; empty while hidden.
    QString goldNoteText() const;
    // The verified skills shown, one "✓ name — verified by passing “title”" line each; empty while hidden.
    QStringList verifiedSkillLines() const;
    // Queues profile.update@1 with the edited skills, as the Save button does.
    void saveProfile();

Q_SIGNALS:
    // "Content opt-ins and limits…": the worker wants Preferences → Content.
    void contentPreferencesRequested();

private:
    QString userId() const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    QLabel *m_account = nullptr;
    QLabel *m_tier = nullptr;
    QGridLayout *m_rules = nullptr;
    QWidget *m_rulesBox = nullptr;
    QLabel *m_goldNote = nullptr;
    QPushButton *m_acceptTier = nullptr;
    QLineEdit *m_skills = nullptr;
    SkillCompleter *m_skillCompleter = nullptr;
    QFormLayout *m_profileForm = nullptr;
    QLabel *m_verified = nullptr;
    QLabel *m_contentSummary = nullptr;
    QPushButton *m_content = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QString m_nextTier;
};

} // namespace Chrysalis
