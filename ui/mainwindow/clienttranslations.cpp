#include "ui/mainwindow/clienttranslations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Chrysalis {

QList<QTranslator *> installClientTranslations(QCoreApplication &app, const QLocale &locale)
{
    QList<QTranslator *> installed;
    const auto install = [&](const QString &name) {
        auto *translator = new QTranslator(&app);
        if (!translator->load(name, u":/i18n"_s) || !QCoreApplication::installTranslator(translator)) {
            delete translator;
            return;
        }
        installed.append(translator);
    };
    install(u"chrysalis_en"_s);
    // Installed last, so searched first; QTranslator::load(locale, …) tries "de_AT", then "de".
    if (locale.language() != QLocale::English) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, u"chrysalis"_s, u"_"_s, u":/i18n"_s) &&
            QCoreApplication::installTranslator(translator))
            installed.append(translator);
        else
            delete translator;
    }
    return installed;
}

} // namespace Chrysalis
