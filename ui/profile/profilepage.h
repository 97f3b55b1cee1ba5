#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// The worker's profile: tier and the way to the next one (tier_progress; promotion is opt-in with
// tier.accept@1), skills and content opt-ins (profile.update@1).
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void reload();
    QLineEdit *skillsEdit() const { return m_skills; }
    QLineEdit *optInsEdit() const { return m_optIns; }
    QPushButton *acceptTierButton() const { return m_acceptTier; }
    // Queues profile.update@1 with the edited lists, as the Save button does.
    void saveProfile();

private:
    QString userId() const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    QLabel *m_account = nullptr;
    QLabel *m_tier = nullptr;
    QGridLayout *m_rules = nullptr;
    QWidget *m_rulesBox = nullptr;
    QPushButton *m_acceptTier = nullptr;
    QLineEdit *m_skills = nullptr;
    QLineEdit *m_optIns = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QString m_nextTier;
};

} // namespace Chrysalis
