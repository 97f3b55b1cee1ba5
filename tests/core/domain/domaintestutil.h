#pragma once

#include "tests/support/qtprinters.h"

#include "core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

// Helpers shared by the domain tests: JSON literals from text, and the fields named by errors.
namespace Chrysalis::TestUtil {

inline QJsonObject jsonObject(const char *text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &parseError);
    EXPECT_EQ(parseError.error, QJsonParseError::NoError) << text;
    return document.object();
}

inline QJsonArray jsonArray(const char *text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &parseError);
    EXPECT_EQ(parseError.error, QJsonParseError::NoError) << text;
    return document.array();
}

// The object as the wire would carry it: serialised to text and parsed back.
inline QJsonObject throughText(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

inline QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    return fields;
}

template<typename T>
QStringList errorFields(const Result<T> &result)
{
    return result.ok() ? QStringList() : fieldsOf(result.error().fieldErrors);
}

} // namespace Chrysalis::TestUtil
