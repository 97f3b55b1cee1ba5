#include "tests/core/store/storetesting.h"

#include "core/store/sqlquery.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

ScratchDatabase::ScratchDatabase(DatabaseConfig config, std::function<void()> cleanup)
    : m_config(std::move(config)), m_cleanup(std::move(cleanup))
{ }

ScratchDatabase::~ScratchDatabase()
{
    if (m_cleanup)
        m_cleanup();
}

namespace {

// A plain connection, not a Database: the scratch schema holds a version this cleanup knows nothing of.
void dropPostgresSchema(const DatabaseConfig &config)
{
    const QString name = u"chrysalis-test-cleanup"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.databaseName);
        db.setUserName(config.user);
        db.setPassword(config.password);
        if (!db.open()) {
            ADD_FAILURE() << "cannot drop scratch schema: " << db.lastError().text().toStdString();
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"DROP SCHEMA IF EXISTS "_s + Dialect::quoteIdentifier(config.schema) + u" CASCADE"_s))
                ADD_FAILURE() << "cannot drop scratch schema: " << query.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

StoreBackend sqliteMemoryBackend()
{
    return {"sqlite_memory", []() -> Result<std::unique_ptr<ScratchDatabase>> {
                return std::make_unique<ScratchDatabase>(DatabaseConfig::sqlite(u":memory:"_s));
            }};
}

StoreBackend sqliteFileBackend()
{
    return {"sqlite_file", []() -> Result<std::unique_ptr<ScratchDatabase>> {
                auto dir = std::make_shared<QTemporaryDir>();
                if (!dir->isValid())
                    return Error::storage(u"cannot create a temporary directory: "_s + dir->errorString());
                return std::make_unique<ScratchDatabase>(DatabaseConfig::sqlite(dir->filePath(u"store.db"_s)),
                                                         [dir]() mutable { dir.reset(); });
            }};
}

StoreBackend postgresBackend()
{
    return {"postgres", []() -> Result<std::unique_ptr<ScratchDatabase>> {
                const QString urlFile = qEnvironmentVariable("CHRYSALIS_TEST_PG_URL_FILE");
                if (urlFile.isEmpty())
                    return Error::internal(u"CHRYSALIS_TEST_PG_URL_FILE is not set: run these tests through "
                                           "CTest, whose postgres fixture starts the server"_s);
                QFile file(urlFile);
                if (!file.open(QIODevice::ReadOnly))
                    return Error::internal(u"cannot read the PostgreSQL URL from %1 (%2): did the postgres.start "
                                           "fixture fail?"_s.arg(urlFile, file.errorString()));
                auto config = DatabaseConfig::parse(QString::fromUtf8(file.readAll()).trimmed());
                if (!config)
                    return config.error();
                config->schema = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128);
                DatabaseConfig scratch = *config;
                return std::make_unique<ScratchDatabase>(scratch, [scratch]() { dropPostgresSchema(scratch); });
            }};
}

std::string backendName(const ::testing::TestParamInfo<StoreBackend> &info)
{
    return info.param.name;
}

void PrintTo(const StoreBackend &backend, std::ostream *out)
{
    *out << backend.name;
}

QList<Migration> noteMigrations()
{
    return {{1, u"note"_s, {u"CREATE TABLE note (id {id_pk}, body {text} NOT NULL)"_s}},
            {2, u"seed"_s, {u"INSERT INTO note (body) VALUES ('seed')"_s}}};
}

void StoreTest::SetUp()
{
    auto scratch = GetParam().create();
    ASSERT_TRUE(scratch.ok()) << "no scratch database on " << GetParam().name << ": "
                              << scratch.error().message.toStdString();
    m_scratch = std::move(scratch).value();
}

void StoreTest::TearDown()
{
    m_scratch.reset();
}

std::unique_ptr<Database> StoreTest::openDatabase(const QList<Migration> &migrations)
{
    auto db = Database::open(config(), migrations);
    if (!db) {
        ADD_FAILURE() << "cannot open " << config().describe().toStdString() << ": "
                      << db.error().message.toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

qint64 StoreTest::countNotes(Database &db, const QString &body)
{
    SqlQuery query(db);
    EXPECT_TRUE(query.prepare(u"SELECT COUNT(*) FROM note WHERE body = :body"_s).ok());
    query.bind(u":body"_s, body);
    const Status status = query.exec();
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
    return status.ok() && query.next() ? query.int64(0) : -1;
}

Status StoreTest::insertNote(Database &db, const QString &body, qint64 id)
{
    SqlQuery query(db);
    const QString sql =
            id > 0 ? u"INSERT INTO note (id, body) VALUES (:id, :body)"_s : u"INSERT INTO note (body) VALUES (:body)"_s;
    if (auto status = query.prepare(sql); !status)
        return status;
    if (id > 0)
        query.bind(u":id"_s, id);
    query.bind(u":body"_s, body);
    return query.exec();
}

qint64 StoreTest::countRows(Database &db, const QString &table)
{
    SqlQuery query(db);
    const Status status = query.exec(u"SELECT COUNT(*) FROM "_s + table);
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
    return status.ok() && query.next() ? query.int64(0) : -1;
}

} // namespace Chrysalis::Testing
