#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Chrysalis {

class Session;

// First run and "switch account": connect to a marketplace (address, user, password; the token goes
// to the keychain) or try it locally on the embedded demo marketplace. Accepted once signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Session &session, QWidget *parent = nullptr);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *tryLocallyButton() const { return m_tryLocally; }
    QComboBox *demoAccount() const { return m_demoAccount; }
    // The server profiles saved in Preferences; hidden when there are none.
    QComboBox *savedServers() const { return m_savedServers; }
    QLabel *message() const { return m_message; }

private:
    void connectToMarketplace();
    void tryLocally();
    void setBusy(bool busy, const QString &message = {});

    Session &m_session;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_savedServers = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QComboBox *m_demoAccount = nullptr;
    QPushButton *m_tryLocally = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Chrysalis
