#include "app/server/problem.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString titleFor(QHttpServerResponse::StatusCode status)
{
    using Status = QHttpServerResponse::StatusCode;
    switch (status) {
    case Status::BadRequest:
        return u"Malformed request"_s;
    case Status::Unauthorized:
        return u"Not signed in"_s;
    case Status::Forbidden:
        return u"Forbidden"_s;
    case Status::NotFound:
        return u"Not found"_s;
    case Status::MethodNotAllowed:
        return u"Method not allowed"_s;
    case Status::Conflict:
        return u"Conflict"_s;
    case Status::Gone:
        return u"Gone"_s;
    case Status::PayloadTooLarge:
        return u"Payload too large"_s;
    case Status::UnsupportedMediaType:
        return u"Unsupported media type"_s;
    case Status::UpgradeRequired:
        return u"Upgrade required"_s;
    case Status::TooManyRequests:
        return u"Too many requests"_s;
    case Status::ServiceUnavailable:
        return u"Unavailable"_s;
    default:
        return u"Internal error"_s;
    }
}

} // namespace

QHttpServerResponse problemResponse(QHttpServerResponse::StatusCode status, const QString &code, const QString &detail,
                                    bool retryable, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"type"_s, QString(u"https://chrysalis.example.org/problems/"_s + code.toLower()));
    body.insert(u"title"_s, titleFor(status));
    body.insert(u"status"_s, static_cast<int>(status));
    body.insert(u"detail"_s, detail);
    body.insert(u"code"_s, code);
    body.insert(u"retryable"_s, retryable);
    return QHttpServerResponse(QByteArrayLiteral("application/problem+json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

} // namespace Chrysalis
