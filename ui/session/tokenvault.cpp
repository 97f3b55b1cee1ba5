#include "ui/session/tokenvault.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kService = u"org.chrysalis.Chrysalis"_s;

} // namespace

TokenVault::TokenVault(QObject *parent) : QObject(parent) { }

QString TokenVault::keyFor(const QString &server, const QString &username)
{
    return username.toLower() + u"@"_s + server;
}

void TokenVault::store(const QString &key, const QString &token, std::function<void(const Status &)> done)
{
    m_memory.insert(key, token);
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(Status{});
            return;
        }
        m_keychainAvailable = false;
        qCWarning(lcUi).noquote() << "keychain unavailable:" << job->errorString();
        done(Error::storage(tr("No keychain service is running, so your sign-in is kept for this session only; "
                               "you will be asked for your password next time.")));
    });
    job->start();
}

void TokenVault::load(const QString &key, std::function<void(const Result<QString> &)> done)
{
    if (m_memory.contains(key)) {
        done(m_memory.value(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
            done(job->textData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound && job->error() != QKeychain::NoError)
            m_keychainAvailable = false;
        done(Error::notFound(tr("No saved sign-in.")));
    });
    job->start();
}

void TokenVault::remove(const QString &key)
{
    m_memory.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

} // namespace Chrysalis
