// Every page of the main window, in English, German and Spanish, for each kind of demo account on a real
// chrysalis-server --demo on 127.0.0.1: no label, button, check box, group box title, tab or header
// section may need more room than the window at its default size gives it. The PNGs go to the build's
// screenshots/i18n folder for people to look at.
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/i18n/clippedtext.h"
#include "tests/ui/support/demosession.h"
#include "ui/mainwindow/clienttranslations.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/session/session.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <map>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

constexpr int kWaitMs = 30000;
// MainWindow::restoreLayout()'s size without saved settings.
constexpr QSize kDefaultSize(1280, 800);

// The demo accounts that between them see every page: bronze, silver and gold workers, a butterfly
// and a caterpillar requester.
const QStringList kUsers{u"bob"_s, u"sam"_s, u"gia"_s, u"ada"_s, u"grace"_s};

// The workers who hold leases while their screens are checked.
const QStringList kClaimingUsers{u"bob"_s, u"sam"_s};

struct Language {
    QString code;
    QString name;
};
const QList<Language> kLanguages{{u"en"_s, u"English"_s}, {u"de"_s, u"German"_s}, {u"es"_s, u"Spanish"_s}};

QString screenshotDirectory(const QString &language)
{
    const QString path = QDir(QStringLiteral(CHRYSALIS_SCREENSHOT_DIR)).filePath(u"i18n/"_s + language);
    QDir().mkpath(path);
    return path;
}

// The translators and default locale of one language, as the client installs them at start.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &code) : m_previous(QLocale())
    {
        const QLocale locale(code);
        QLocale::setDefault(locale);
        m_translators = installClientTranslations(*QCoreApplication::instance(), locale);
    }
    ~LanguageScope()
    {
        for (QTranslator *translator : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_previous);
    }
    int translatorCount() const { return static_cast<int>(m_translators.size()); }

private:
    QLocale m_previous;
    QList<QTranslator *> m_translators;
};

// One clipped text, with every place it was seen.
struct Finding {
    QString language;
    QString text;
    QString path;
    int needed = 0;
    int available = 0;
    bool vertical = false;
    QStringList seenOn; // "bob · queue"
};

class ClippedScreensTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_market = new DemoMarket; }
    static void TearDownTestSuite()
    {
        delete s_market;
        s_market = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_market->ok());
        QCoreApplication::setOrganizationName(u"ChrysalisTests"_s);
        QCoreApplication::setApplicationName(u"clippedscreens_test"_s);
        // The client's look at first start: the theme decides fonts and paddings.
        applyTheme(*qApp, themeChoiceFromName(QString()));
    }

    // Signs `user` in with a store of its own and pulls everything once.
    std::unique_ptr<Session> signIn(const QString &user)
    {
        auto session = std::make_unique<Session>(m_dir.filePath(user));
        if (!signInToDemo(*session, s_market->baseUrl(), user).ok()) {
            ADD_FAILURE() << user.toStdString() << " could not sign in";
            return nullptr;
        }
        if (!syncOnce(*session->engine()).ok())
            ADD_FAILURE() << user.toStdString() << "'s first sync failed";
        if (kClaimingUsers.contains(user))
            claimOneItemOfEachTask(*session);
        return session;
    }

    // Leases fill the answer view with a form; a claim the marketplace refuses fills Needs attention.
    static void claimOneItemOfEachTask(Session &session)
    {
        const auto tasks = session.store()->list(u"task"_s);
        ASSERT_TRUE(tasks.ok());
        for (const StoredEntity &task : *tasks) {
            ASSERT_TRUE(session.engine()
                                ->enqueue(u"lease.claim@1"_s,
                                          {{u"task_id"_s, task.data.value(u"id"_s).toString()}, {u"count"_s, 1}})
                                .ok());
        }
        ASSERT_TRUE(syncOnce(*session.engine()).ok());
    }

    // Opens the main window as the client does, visits every page (and every tab on it) and records
    // what is clipped. Saves one PNG per page.
    void walkWindow(Session &session, const QString &language, std::map<QString, Finding> &findings)
    {
        QSettings().remove(u"mainwindow"_s); // the default size and splitter, not a remembered one
        MainWindow window(session);
        window.addStandardPages();
        window.restoreLayout();
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        // Text the layouts cannot fit makes the window grow past its default size.
        const QSize wanted = window.size().expandedTo(window.minimumSizeHint());
        if (wanted.width() > kDefaultSize.width() || wanted.height() > kDefaultSize.height()) {
            Finding &finding = findings[language + u"\x1fwindow"_s];
            finding.language = language;
            finding.path = u"MainWindow"_s;
            finding.text = u"(the whole window at its default size %1×%2)"_s.arg(kDefaultSize.width())
                                   .arg(kDefaultSize.height());
            finding.needed = std::max(finding.needed, wanted.width());
            finding.available = kDefaultSize.width();
            finding.seenOn.append(session.username());
        }
        // The pages fill themselves from the sync that follows a window opening.
        ASSERT_TRUE(syncOnce(*session.engine()).ok());
        QTest::qWait(50);

        const QString shots = screenshotDirectory(language);
        for (const QString &id : window.pageIds()) {
            ASSERT_TRUE(window.showPage(id));
            ++m_pagesWalked;
            QCoreApplication::processEvents();
            collect(window, language, session.username(), id, findings);
            // Each tab of a tab widget on the page is a screen of its own.
            const QList<QTabWidget *> tabWidgets = window.page(id)->findChildren<QTabWidget *>();
            for (QTabWidget *tabs : tabWidgets) {
                if (!tabs->isVisibleTo(&window))
                    continue;
                const int shown = tabs->currentIndex();
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    if (tab == shown || !tabs->isTabVisible(tab))
                        continue;
                    tabs->setCurrentIndex(tab);
                    QCoreApplication::processEvents();
                    collect(window, language, session.username(), u"%1 (tab %2)"_s.arg(id).arg(tab + 1), findings);
                }
                tabs->setCurrentIndex(shown);
            }
            QCoreApplication::processEvents();
            EXPECT_TRUE(window.grab().save(QDir(shots).filePath(u"%1-%2.png"_s.arg(session.username(), id))));
        }
    }

    static void collect(MainWindow &window, const QString &language, const QString &user, const QString &page,
                        std::map<QString, Finding> &findings)
    {
        const QList<ClippedText> clipped = findClippedTexts(&window);
        for (const ClippedText &text : clipped) {
            Finding &finding = findings[language + u'\x1f' + text.path + u'\x1f' + text.text];
            finding.language = language;
            finding.text = text.text;
            finding.path = text.path;
            finding.needed = std::max(finding.needed, text.needed);
            finding.available = finding.available == 0 ? text.available : std::min(finding.available, text.available);
            finding.vertical = text.vertical;
            const QString where = u"%1 · %2"_s.arg(user, page);
            if (!finding.seenOn.contains(where))
                finding.seenOn.append(where);
        }
    }

    static std::string describe(const std::map<QString, Finding> &findings)
    {
        QStringList lines;
        for (const auto &[key, finding] : findings) {
            const QString pages = finding.seenOn.size() > 3
                                          ? u"%1 and %2 more"_s.arg(finding.seenOn.mid(0, 3).join(u", "_s))
                                                    .arg(finding.seenOn.size() - 3)
                                          : finding.seenOn.join(u", "_s);
            lines.append(
                    u"[%1] %2: \"%3\" needs %4 px%5, has %6 px (%7)"_s.arg(finding.language, finding.path, finding.text)
                            .arg(finding.needed)
                            .arg(finding.vertical ? u" of height"_s : QString())
                            .arg(finding.available)
                            .arg(pages));
        }
        return u"%1 clipped text(s). Where only German or Spanish clips, the translation in "
               "translations/chrysalis_<language>.ts needs a shorter wording; where English clips too, the "
               "layout needs more room:\n  %2"_s.arg(lines.size())
                       .arg(lines.join(u"\n  "_s))
                       .toStdString();
    }

    static inline DemoMarket *s_market = nullptr;
    QTemporaryDir m_dir;
    int m_pagesWalked = 0;
};

} // namespace

TEST_F(ClippedScreensTest, NoMainScreenClipsTextInAnyLanguage)
{
    std::map<QString, std::unique_ptr<Session>> sessions;
    for (const QString &user : kUsers) {
        sessions[user] = signIn(user);
        ASSERT_TRUE(sessions[user]) << user.toStdString();
    }
    std::map<QString, Finding> findings;
    for (const Language &language : kLanguages) {
        const LanguageScope scope(language.code);
        // English plus the language's own translation (English alone for English), and Qt's own texts where
        // qt6-translations-l10n is installed.
        const bool qtTexts =
                language.code != u"en" && QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                                                            u"/qtbase_"_s + language.code + u".qm"_s);
        ASSERT_EQ(scope.translatorCount(), (language.code == u"en" ? 1 : 2) + (qtTexts ? 1 : 0))
                << language.name.toStdString();
        for (const QString &user : kUsers) {
            walkWindow(*sessions[user], language.code, findings);
            if (HasFatalFailure())
                return;
        }
    }
    // Every account sees more than the few pages everyone has.
    EXPECT_GT(m_pagesWalked, 3 * 4 * static_cast<int>(kUsers.size()));
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

} // namespace Chrysalis::Testing
