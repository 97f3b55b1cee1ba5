#include "app/server/commands.h"

#include "app/server/httpapi.h"
#include "core/logging.h"
#include "core/market/clock.h"
#include "core/market/marketplace.h"
#include "core/market/marketplaceservice.h"
#include "core/market/schema.h"
#include "core/market/syncservice.h"
#include "core/policy/policy.h"
#include "core/store/database.h"
#include "core/store/databaseconfig.h"
#include "core/store/metarepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr qint64 kDefaultTokenTtlHours = 30 * 24;
constexpr int kClockTickMs = 30'000;
constexpr qint64 kMaxClockOffsetSeconds = 365LL * 86'400;

QCommandLineOption databaseOption()
{
    return {u"db"_s,
            u"The marketplace database: sqlite:PATH or postgres://USER:PASS@HOST:PORT/DB (default: an embedded "
            "SQLite file in the user's data folder)."_s,
            u"url"_s};
}

// Parses the words of one command; on a usage error prints it with the command's help.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &err)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{u"chrysalis-server "_s + command} + arguments)) {
        err << parser.errorText() << "\n\n" << parser.helpText();
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        std::exit(0);
    }
    return true;
}

Result<DatabaseConfig> databaseConfig(const QCommandLineParser &parser)
{
    if (parser.isSet(u"db"_s)) {
        auto config = DatabaseConfig::parse(parser.value(u"db"_s));
        if (config)
            config->durability = DatabaseConfig::Durability::Server;
        return config;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return Error::storage(u"cannot create the data folder %1; pass --db"_s.arg(folder));
    return DatabaseConfig::sqlite(QDir(folder).filePath(u"marketplace.db"_s), DatabaseConfig::Durability::Server);
}

Result<std::unique_ptr<Database>> openMarketplaceDatabase(const QCommandLineParser &parser)
{
    const auto config = databaseConfig(parser);
    if (!config)
        return config.error();
    return Database::open(*config, serverMigrations());
}

Result<Policy> loadPolicy(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"policy"_s))
        return Policy::defaults();
    return Policy::fromFile(parser.value(u"policy"_s));
}

Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == u"localhost" ? u"127.0.0.1"_s : host);
    if (!portOk || port > 65535 || address.isNull())
        return Error::validation(u"--listen takes HOST:PORT, e.g. 127.0.0.1:8080 (PORT 0 picks a free port)"_s);
    return std::pair{address, static_cast<quint16>(port)};
}

QJsonObject serverInfo(const Policy &policy, const SyncLimits &limits)
{
    QJsonArray mutations;
    for (const QString &name : Marketplace::mutationNames())
        mutations.append(name);
    return {{u"protocol"_s, QJsonObject{{u"min"_s, 1}, {u"max"_s, 1}}},
            {u"limits"_s, limits.toJson()},
            {u"mutations"_s, mutations},
            {u"policy_version"_s, policy.version()},
            {u"policy"_s, policy.toJson()},
            {u"server"_s, QString(u"chrysalis-server "_s + QCoreApplication::applicationVersion())}};
}

Result<QString> readPasswordFile(const QString &path)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error::validation(u"cannot read the password file %1: %2"_s.arg(path, file.errorString()));
    QString password = QString::fromUtf8(file.readLine(4096));
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return Error::validation(u"the password file %1 is empty"_s.arg(path));
    return password;
}

int fail(QTextStream &err, const Error &error)
{
    err << "error: " << error.describe() << Qt::endl;
    return 1;
}

} // namespace

int runServeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Serve the marketplace over HTTP (CSP/1)."_s);
    parser.addOption(databaseOption());
    parser.addOption({u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8080)."_s, u"host:port"_s,
                      u"127.0.0.1:8080"_s});
    parser.addOption({u"policy"_s, u"A policy file (JSON) replacing the default numbers."_s, u"file"_s});
    parser.addOption({u"tls-cert"_s, u"PEM certificate chain: serve HTTPS."_s, u"file"_s});
    parser.addOption({u"tls-key"_s, u"PEM private key of the certificate."_s, u"file"_s});
    parser.addOption({u"token-ttl-hours"_s, u"How long a sign-in lasts (default 720)."_s, u"hours"_s,
                      QString::number(kDefaultTokenTtlHours)});
    parser.addOption({u"demo"_s, u"Seed a small demo marketplace when the database is empty."_s});
    parser.addOption({u"fault-mutation"_s, u"Testing aid: this mutation fails like a broken handler."_s, u"name"_s});
    parser.addOption({u"fault-exit-after-commit"_s, u"Testing aid: exit right after a push commits."_s});
    parser.addOption(
            {u"token-ttl-seconds"_s, u"Testing aid: sign-ins last this many seconds instead."_s, u"seconds"_s});
    parser.addOption({u"clock-offset-seconds"_s, u"Testing aid: the server's clock runs this far ahead (or behind)."_s,
                      u"seconds"_s, u"0"_s});
    if (!parse(parser, u"serve"_s, arguments, err))
        return 2;

    const auto listen = parseListen(parser.value(u"listen"_s));
    if (!listen)
        return fail(err, listen.error());
    bool ttlOk = false;
    const qint64 ttlHours = parser.value(u"token-ttl-hours"_s).toLongLong(&ttlOk);
    if (!ttlOk || ttlHours < 1 || ttlHours * 3600 > kMaxTokenTtlSeconds)
        return fail(err, Error::validation(u"--token-ttl-hours takes 1 to 8760"_s));
    qint64 ttlSeconds = ttlHours * 3600;
    if (parser.isSet(u"token-ttl-seconds"_s)) {
        ttlSeconds = parser.value(u"token-ttl-seconds"_s).toLongLong(&ttlOk);
        if (!ttlOk || ttlSeconds < 1 || ttlSeconds > kMaxTokenTtlSeconds)
            return fail(err, Error::validation(u"--token-ttl-seconds takes 1 to %1"_s.arg(kMaxTokenTtlSeconds)));
    }
    const auto policy = loadPolicy(parser);
    if (!policy)
        return fail(err, policy.error());
    auto db = openMarketplaceDatabase(parser);
    if (!db)
        return fail(err, db.error());

    bool offsetOk = false;
    const qint64 offsetSeconds = parser.value(u"clock-offset-seconds"_s).toLongLong(&offsetOk);
    if (!offsetOk || qAbs(offsetSeconds) > kMaxClockOffsetSeconds)
        return fail(err, Error::validation(u"--clock-offset-seconds takes -%1 to %1"_s.arg(kMaxClockOffsetSeconds)));
    OffsetClock clock(offsetSeconds);
    Marketplace market(**db, *policy, clock);
    MarketplaceService service(market, ttlSeconds);
    if (parser.isSet(u"fault-mutation"_s))
        service.setFailingMutations({parser.value(u"fault-mutation"_s)});
    SyncService sync(**db, service, *policy, clock);
    if (parser.isSet(u"fault-exit-after-commit"_s))
        sync.setAfterCommitHook([] { std::_Exit(3); });

    if (parser.isSet(u"demo"_s)) {
        MetaRepository meta(**db);
        const auto already = meta.value(u"demo_seeded"_s);
        if (!already)
            return fail(err, already.error());
        if (!already->has_value()) {
            const auto seeded = market.seedDemo();
            if (!seeded)
                return fail(err, seeded.error());
            if (auto status = meta.setValue(u"demo_seeded"_s, u"1"_s); !status)
                return fail(err, status.error());
            out << "demo marketplace seeded; every demo account's password is "
                << seeded->value(u"password"_s).toString() << Qt::endl;
        }
    }

    HttpApi api(serverInfo(*policy, sync.limits()), sync, service);
    HttpApi::ListenOptions options;
    options.address = listen->first;
    options.port = listen->second;
    options.tlsCertificatePath = parser.value(u"tls-cert"_s);
    options.tlsKeyPath = parser.value(u"tls-key"_s);
    const auto port = api.listen(options);
    if (!port)
        return fail(err, port.error());

    auto tick = [&sync] {
        if (auto status = sync.advanceTime(); !status)
            qCWarning(lcServer).noquote() << "clock work failed:" << status.error().describe();
    };
    tick();
    QTimer clockWork;
    QObject::connect(&clockWork, &QTimer::timeout, tick);
    clockWork.start(kClockTickMs);

    const QString host = listen->first.protocol() == QAbstractSocket::IPv6Protocol
                                 ? u"["_s + listen->first.toString() + u"]"_s
                                 : listen->first.toString();
    out << "chrysalis-server " << QCoreApplication::applicationVersion() << " on " << (*db)->config().describe()
        << Qt::endl;
    out << "listening on " << (api.usesTls() ? "https" : "http") << "://" << host << ':' << *port << Qt::endl;
    return QCoreApplication::exec();
}

int runAdminCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Administer a marketplace:\n"
            "  add-user NAME --password-file F --roles worker,requester[,admin] [--tier T] [--standing S]\n"
            "  fund NAME CENTS     move money from deposits into a requester's balance\n"
            "  reinstate NAME      lift a suspension\n"
            "  payouts             list requested payouts: ID, worker, cents, requested at (tab-separated)\n"
            "  payout-paid ID      book a requested payout as paid out of the worker's earnings\n"
            "  demo                seed a small, believable demo marketplace\n"
            "  ledger-check        exit non-zero unless the books are consistent"_s);
    parser.addOption(databaseOption());
    parser.addOption({u"password-file"_s, u"File holding the password on its first line (- for stdin)."_s, u"file"_s});
    parser.addOption({u"roles"_s, u"Comma-separated roles: worker, requester, admin."_s, u"roles"_s});
    parser.addOption({u"tier"_s, u"bronze, silver or gold (workers; default bronze)."_s, u"tier"_s, u"bronze"_s});
    parser.addOption({u"standing"_s, u"caterpillar or butterfly (requesters; default caterpillar)."_s, u"standing"_s,
                      u"caterpillar"_s});
    parser.addPositionalArgument(u"action"_s,
                                 u"add-user, fund, reinstate, payouts, payout-paid, demo or ledger-check"_s);
    if (!parse(parser, u"admin"_s, arguments, err))
        return 2;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    auto usage = [&](const QString &message) {
        err << message << "\n\n" << parser.helpText();
        return 2;
    };
    static const QStringList actions{u"add-user"_s,    u"fund"_s, u"reinstate"_s,   u"payouts"_s,
                                     u"payout-paid"_s, u"demo"_s, u"ledger-check"_s};
    if (!actions.contains(action))
        return usage(action.isEmpty() ? u"no action given"_s : u"unknown action: "_s + action);

    auto db = openMarketplaceDatabase(parser);
    if (!db)
        return fail(err, db.error());
    const Policy policy = Policy::defaults();
    SystemClock clock;
    Marketplace market(**db, policy, clock);

    if (action == u"add-user") {
        if (words.size() != 2 || !parser.isSet(u"password-file"_s) || !parser.isSet(u"roles"_s))
            return usage(u"add-user takes NAME, --password-file and --roles"_s);
        const auto password = readPasswordFile(parser.value(u"password-file"_s));
        if (!password)
            return fail(err, password.error());
        const auto roles = parseRoles(parser.value(u"roles"_s).split(u',', Qt::SkipEmptyParts));
        const auto tier = parseTier(parser.value(u"tier"_s));
        const auto standing = parseStanding(parser.value(u"standing"_s));
        for (const Status &status : {Status(roles ? Status() : roles.error()), Status(tier ? Status() : tier.error()),
                                     Status(standing ? Status() : standing.error())}) {
            if (!status)
                return fail(err, status.error());
        }
        const auto account = market.addUser(words.at(1), *password, *roles, *tier, *standing);
        if (!account)
            return fail(err, account.error());
        out << "added " << account->username << " (" << account->pseudonym << ")" << Qt::endl;
        return 0;
    }
    if (action == u"fund") {
        bool ok = false;
        const qint64 cents = words.value(2).toLongLong(&ok);
        if (words.size() != 3 || !ok || cents <= 0)
            return usage(u"fund takes NAME and a positive number of CENTS"_s);
        const auto balance = market.fund(words.at(1), cents);
        if (!balance)
            return fail(err, balance.error());
        out << words.at(1) << " now has " << *balance << " cents" << Qt::endl;
        return 0;
    }
    if (action == u"reinstate") {
        if (words.size() != 2)
            return usage(u"reinstate takes NAME"_s);
        if (auto status = market.reinstate(words.at(1)); !status)
            return fail(err, status.error());
        out << words.at(1) << " is reinstated" << Qt::endl;
        return 0;
    }
    if (action == u"payouts") {
        if (words.size() != 1)
            return usage(u"payouts takes no arguments"_s);
        const auto pending = market.pendingPayouts();
        if (!pending)
            return fail(err, pending.error());
        for (const PendingPayout &payout : *pending) {
            out << payout.id << '\t' << payout.username << '\t' << payout.amountCents << '\t'
                << payout.requestedAt.toUTC().toString(Qt::ISODateWithMs) << '\n';
        }
        out.flush();
        return 0;
    }
    if (action == u"payout-paid") {
        if (words.size() != 2)
            return usage(u"payout-paid takes the ID of a requested payout"_s);
        const auto left = market.markPayoutPaid(words.at(1));
        if (!left)
            return fail(err, left.error());
        out << "payout " << words.at(1) << " is paid; the worker has " << *left << " cents of earnings left"
            << Qt::endl;
        return 0;
    }
    if (action == u"demo") {
        const auto seeded = market.seedDemo();
        if (!seeded)
            return fail(err, seeded.error());
        out << QJsonDocument(*seeded).toJson(QJsonDocument::Indented);
        return 0;
    }
    const auto problems = market.ledgerCheck();
    if (!problems)
        return fail(err, problems.error());
    if (!problems->isEmpty()) {
        for (const QString &problem : *problems)
            err << "ledger: " << problem << '\n';
        err.flush();
        return 1;
    }
    out << "ledger ok: every event balances and the books sum to zero" << Qt::endl;
    return 0;
}

} // namespace Chrysalis
