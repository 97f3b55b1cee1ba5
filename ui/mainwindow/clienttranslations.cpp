#include "ui/mainwindow/clienttranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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
    // The client's own translation is installed last, so searched first; QTranslator::load(locale, …)
    // tries "de_AT", then "de".
    if (locale.language() != QLocale::English) {
        const auto installFor = [&](const QString &name, const QString &directory) {
            auto *translator = new QTranslator(&app);
            if (translator->load(locale, name, u"_"_s, directory) && QCoreApplication::installTranslator(translator))
                installed.append(translator);
            else
                delete translator;
        };
        // Qt's own texts (OK, Cancel, Apply, the file dialog) from qt6-translations-l10n, when installed.
        installFor(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installFor(u"chrysalis"_s, u":/i18n"_s);
    }
    return installed;
}

} // namespace Chrysalis
