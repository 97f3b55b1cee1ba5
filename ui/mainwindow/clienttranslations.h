#pragma once

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace Chrysalis {

// Installs the client's translations embedded under :/i18n: English first, since it supplies the
// singular and plural forms of every "%n" message, then the locale's language where one exists.
// The translators belong to `app`; the list is for removing them again.
QList<QTranslator *> installClientTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Chrysalis
