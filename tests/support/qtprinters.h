#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

// Readable GoogleTest output for Qt strings, shared by every suite (one definition, found by ADL).
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}
QT_END_NAMESPACE
