#include "ui/session/session.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis {

QString Session::demoPassword()
{
    return u"chrysalis-demo"_s;
}

Session::Session(QString dataDirectory, QObject *parent)
    : QObject(parent), m_dataDirectory(std::move(dataDirectory)) { }

Session::~Session()
{
    close();
}

QString Session::storePath(const QUrl &server, const QString &username, bool embedded) const
{
    const QString user = username.trimmed().toLower();
    QString name;
    if (embedded) {
        name = u"local-"_s +
               QString::fromLatin1(
                       QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    } else {
        const QByteArray key = server.adjusted(QUrl::StripTrailingSlash).toString().toUtf8() + '\n' + user.toUtf8();
        name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    }
    return QDir(m_dataDirectory).filePath(u"accounts/%1.db"_s.arg(name));
}

Status Session::open(const QUrl &server, const QString &username, bool embedded)
{
    close();
    const QString path = storePath(server, username, embedded);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = LocalStore::open(path);
    if (!store)
        return store.error();
    if (embedded) {
        if (auto status = (*store)->moveServer(server); !status)
            return status;
    }
    m_store = std::move(*store);
    m_engine = std::make_unique<SyncEngine>(*m_store);
    m_engine->setServer(server);
    m_engine->setPollInterval(std::chrono::seconds(60));
    connect(m_engine.get(), &SyncEngine::tokenChanged, this,
            [this](const QString &token) { Q_EMIT tokenChanged(token); });
    m_server = server;
    m_username = username.trimmed();
    return {};
}

void Session::close()
{
    m_engine.reset();
    m_store.reset();
    m_signInAccount = {};
}

void Session::signIn(const QUrl &server, const QString &username, const QString &password,
                     std::function<void(const Status &)> done)
{
    if (auto status = open(server, username, m_local != nullptr && server == m_local->url()); !status) {
        done(status);
        return;
    }
    m_engine->login(username.trimmed(), password, [this, done = std::move(done)](const Result<LoginReply> &reply) {
        if (!reply) {
            close();
            done(reply.error());
            return;
        }
        m_signInAccount = reply->account;
        qCInfo(lcUi).noquote() << "signed in as" << reply->username;
        Q_EMIT signedIn();
        done(Status{});
    });
}

Status Session::resume(const QUrl &server, const QString &username, const QString &token)
{
    if (auto status = open(server, username, false); !status)
        return status;
    auto state = m_store->state();
    if (!state || state->userId.isEmpty()) {
        close();
        return Error{ErrorCode::Forbidden, tr("Sign in with your password first."), {}};
    }
    m_engine->setToken(token);
    Q_EMIT signedIn();
    return {};
}

void Session::signInLocally(const QString &username, std::function<void(const Status &)> done)
{
    if (m_local && m_local->isRunning()) {
        signIn(m_local->url(), username, demoPassword(), std::move(done));
        return;
    }
    close();
    m_local = std::make_unique<LocalMarketplace>();
    if (!m_serverProgram.isEmpty())
        m_local->setProgram(m_serverProgram);
    const QString database = QDir(m_dataDirectory).filePath(u"local-marketplace.db"_s);
    m_local->start(database, [this, username, done = std::move(done)](const Result<QUrl> &url) {
        if (!url) {
            done(url.error());
            return;
        }
        signIn(*url, username, demoPassword(), done);
    });
}

void Session::signOut(std::function<void()> done)
{
    if (!m_engine) {
        done();
        return;
    }
    const SyncEngine *signingOut = m_engine.get();
    m_engine->logout([this, signingOut, done = std::move(done)](const Status &status) {
        if (!status)
            qCWarning(lcUi).noquote() << "sign-out:" << status.error().message;
        // Another sign-in may have replaced this account meanwhile; never close that one.
        if (m_engine.get() == signingOut)
            close();
        Q_EMIT signedOut();
        done();
    });
}

QJsonObject Session::account() const
{
    if (!m_store)
        return {};
    auto state = m_store->state();
    if (state && !state->userId.isEmpty()) {
        if (auto row = m_store->read(u"account"_s, state->userId); row && row->has_value())
            return **row;
    }
    return m_signInAccount;
}

QStringList Session::roles() const
{
    QStringList roles;
    const QJsonArray array = account().value(u"roles"_s).toArray();
    for (const QJsonValue &role : array)
        roles.append(role.toString());
    return roles;
}

QString Session::tier() const
{
    return account().value(u"tier"_s).toString();
}

} // namespace Chrysalis
