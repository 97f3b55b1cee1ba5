#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QUrl>

class QTcpServer;

namespace Chrysalis::Testing {

// A small CSP/1 server for the engine tests, on 127.0.0.1 with an ephemeral port. It models one
// server's state for its clients (the mutation counter, stored outcomes, a change log paged by a
// cursor) and follows SYNC.md's push algorithm; a script per path can replace the next answers with
// anything, including broken ones. Written against Qt 6.4's QAbstractHttpServer, whose
// handleRequest() hands over the socket so a reply can be cut off mid-body.
class FakeSyncServer : public QAbstractHttpServer
{
public:
    // One answer to send instead of the model's.
    struct Reply {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        bool hangUpMidBody = false; // sends the headers and half of the body, then closes
        bool applyFirst = false; // runs the model (committing its effects) before answering this
        QList<QPair<QByteArray, QByteArray>> headers; // extra response headers (Retry-After)

        static Reply json(int status, const QJsonObject &body);
        static Reply problem(int status, const QString &code, const QString &detail, const QJsonObject &extra = {});
        static Reply raw(int status, const QByteArray &contentType, const QByteArray &body);
    };

    struct Request {
        QByteArray method;
        QString path;
        QByteArray authorization;
        QByteArray contentType;
        QJsonObject body;
    };

    // A handler run, i.e. an effect committed: exactly once per mutation in a correct system (G2).
    struct Effect {
        qint64 mutationId = 0;
        QString name;
        QJsonObject args;
    };

    struct Rejection {
        QString code;
        QString message;
        QJsonObject details;
    };

    FakeSyncServer();
    ~FakeSyncServer() override;

    // Listens on 127.0.0.1, port chosen by the system; false if that failed.
    bool start();
    QUrl url() const;

    // Appends an entity change to the log at the next seq; the version is the seq unless given.
    qint64 upsert(const QString &entity, const QString &id, const QJsonObject &data, qint64 version = 0);
    qint64 remove(const QString &entity, const QString &id, qint64 version = 0);
    // Makes every cursor handed out so far stale: the next pull with one answers reset: true.
    void startNewEpoch() { ++m_epoch; }
    // Forgets the log (for a new epoch whose snapshot differs).
    void clearLog() { m_log.clear(); }

    void script(const QString &path, const Reply &reply) { m_script[path].enqueue(reply); }
    int scriptedLeft(const QString &path) const { return static_cast<int>(m_script.value(path).size()); }

    QList<Request> requestsTo(const QString &path) const;
    // The ids of every mutation the server was sent, request by request.
    QList<QList<qint64>> pushedBatches() const;
    const QList<Effect> &effects() const { return m_effects; }
    int effectsOf(qint64 mutationId) const;

    // Model settings, public for the tests to set directly.
    QString token = QStringLiteral("token-ada");
    QHash<QString, QString> accounts; // username -> account id; password is "secret" for all
    qint64 lastMutationId = 0;
    QHash<QString, Rejection> rejectByName;
    QSet<QString> retryNames; // answered retry UNSUPPORTED_MUTATION
    QSet<qint64> crashOn; // a push that reaches one of these ids fails with 500, rolled back
    int pageSize = 0; // when positive, pages hold at most this many entries
    qint64 serverClockOffsetMs = 0;
    int replyDelayMs = 0; // push and pull answers are held this long
    QJsonObject limits; // sent in /v1/info when not empty
    int maxConcurrent = 0; // most requests held open at once

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct LogEntry {
        qint64 seq = 0;
        bool isOutcome = false;
        QJsonObject json; // a change or a mutation outcome, as sent
    };

    Reply answer(const Request &request);
    Reply push(const QJsonObject &body);
    Reply pull(const QJsonObject &body);
    Reply login(const QJsonObject &body);
    Reply info() const;
    QString serverTime() const;
    qint64 append(bool isOutcome, QJsonObject json);
    void send(QTcpSocket *socket, const Reply &reply);

    QTcpServer *m_listener = nullptr;
    QMap<QString, QQueue<Reply>> m_script;
    QList<Request> m_requests;
    QList<Effect> m_effects;
    QHash<qint64, QJsonObject> m_outcomes; // stored outcome per mutation id, as in a push result
    QList<LogEntry> m_log;
    qint64 m_seq = 0;
    int m_epoch = 1;
    int m_holding = 0;
};

} // namespace Chrysalis::Testing
