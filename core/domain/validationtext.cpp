#include "core/domain/validationtext.h"

namespace Chrysalis {

QString Validation::translated(const QString &english)
{
    if (english.isEmpty())
        return english;
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate("Chrysalis::Validation", source.constData());
}

} // namespace Chrysalis
