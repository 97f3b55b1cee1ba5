#include "ui/session/signindialog.h"

#include "core/sync/syncengine.h"
#include "core/work/clientsettings.h"
#include "ui/session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

SignInDialog::SignInDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Welcome to Chrysalis"));
    auto *intro = new QLabel(tr("Chrysalis keeps your work on this computer and syncs it with a marketplace, so "
                                "you can keep working offline."));
    intro->setWordWrap(true);

    QSettings settings;
    auto *connectPage = new QWidget;
    m_server = new QLineEdit(settings.value(u"signin/server"_s).toString());
    m_server->setPlaceholderText(u"https://marketplace.example.org"_s);
    m_server->setAccessibleName(tr("Marketplace address"));
    m_user = new QLineEdit(settings.value(u"signin/user"_s).toString());
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_connect = new QPushButton(tr("&Sign in"));
    m_savedServers = new QComboBox;
    m_savedServers->setAccessibleName(tr("Saved servers"));
    const ClientSettings preferences;
    const QList<ServerProfile> profiles = preferences.serverProfiles();
    m_savedServers->addItem(tr("Another marketplace"));
    for (const ServerProfile &profile : profiles)
        m_savedServers->addItem(tr("%1 — %2").arg(profile.name, profile.url), QVariant::fromValue(profile.url));
    connect(m_savedServers, &QComboBox::currentIndexChanged, this, [this, profiles](int index) {
        if (index < 1 || index > profiles.size())
            return;
        const ServerProfile &profile = profiles.at(index - 1);
        m_server->setText(profile.url);
        if (!profile.user.isEmpty())
            m_user->setText(profile.user);
    });
    auto *connectForm = new QFormLayout(connectPage);
    if (!profiles.isEmpty())
        connectForm->addRow(tr("Sa&ved server:"), m_savedServers);
    else
        m_savedServers->hide();
    connectForm->addRow(tr("&Marketplace:"), m_server);
    connectForm->addRow(tr("&User name:"), m_user);
    connectForm->addRow(tr("&Password:"), m_password);
    connectForm->addRow(QString(), m_connect);

    auto *localPage = new QWidget;
    auto *localText = new QLabel(tr("Start a demo marketplace on this computer, with believable tasks and "
                                    "accounts. Nothing leaves your computer."));
    localText->setWordWrap(true);
    m_demoAccount = new QComboBox;
    m_demoAccount->setAccessibleName(tr("Demo account"));
    const QList<QPair<QString, QString>> accounts{{u"bob"_s, tr("bob — bronze worker")},
                                                  {u"sam"_s, tr("sam — silver worker")},
                                                  {u"gia"_s, tr("gia — gold worker and arbiter")},
                                                  {u"ada"_s, tr("ada — butterfly requester")},
                                                  {u"grace"_s, tr("grace — caterpillar requester")}};
    for (const auto &[name, label] : accounts)
        m_demoAccount->addItem(label, name);
    m_tryLocally = new QPushButton(tr("&Try it locally"));
    auto *localForm = new QFormLayout(localPage);
    localForm->addRow(localText);
    localForm->addRow(tr("&Sign in as:"), m_demoAccount);
    localForm->addRow(QString(), m_tryLocally);

    m_tabs = new QTabWidget;
    m_tabs->addTab(connectPage, tr("Connect to a marketplace"));
    m_tabs->addTab(localPage, tr("Try it locally"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sign-in message"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    for (int i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name == preferences.defaultServerProfile())
            m_savedServers->setCurrentIndex(i + 1);
    }
    resize(520, sizeHint().height());

    connect(m_connect, &QPushButton::clicked, this, &SignInDialog::connectToMarketplace);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::connectToMarketplace);
    connect(m_tryLocally, &QPushButton::clicked, this, &SignInDialog::tryLocally);
}

void SignInDialog::setBusy(bool busy, const QString &message)
{
    m_connect->setEnabled(!busy);
    m_tryLocally->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
    m_message->setText(message);
}

void SignInDialog::connectToMarketplace()
{
    QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    const QString user = m_user->text().trimmed();
    if (!server.isValid() || server.host().isEmpty() || user.isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the marketplace address, your user name and your password."));
        return;
    }
    setBusy(true, tr("Signing in…"));
    m_session.signIn(server, user, m_password->text(), [this, server, user](const Status &status) {
        m_password->clear();
        if (!status) {
            setBusy(false, tr("Could not sign in: %1").arg(status.error().message));
            return;
        }
        QSettings settings;
        settings.setValue(u"signin/server"_s, server.toString());
        settings.setValue(u"signin/user"_s, user);
        settings.setValue(u"signin/local"_s, false);
        accept();
    });
}

void SignInDialog::tryLocally()
{
    const QString user = m_demoAccount->currentData().toString();
    setBusy(true, tr("Starting the local marketplace…"));
    m_session.signInLocally(user, [this, user](const Status &status) {
        if (!status) {
            setBusy(false, tr("Could not start the local marketplace: %1").arg(status.error().message));
            return;
        }
        QSettings settings;
        settings.setValue(u"signin/local"_s, true);
        settings.setValue(u"signin/localUser"_s, user);
        accept();
    });
}

} // namespace Chrysalis
