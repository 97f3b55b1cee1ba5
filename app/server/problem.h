#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace Chrysalis {

// A request-level error as application/problem+json ({type, title, status, detail, code,
// retryable}). Clients act on `code`; `detail` is for people.
QHttpServerResponse problemResponse(QHttpServerResponse::StatusCode status, const QString &code, const QString &detail,
                                    bool retryable = false, const QJsonObject &extra = {});

QHttpServerResponse jsonResponse(const QJsonObject &body,
                                 QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);

} // namespace Chrysalis
