// The client's English translation supplies natural singular and plural forms for "%n" messages.
#include "tests/support/qtprinters.h"
#include "ui/mainwindow/clienttranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

class ClientTranslationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_installed = installClientTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }
    void TearDown() override
    {
        for (QTranslator *translator : std::as_const(m_installed)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    QList<QTranslator *> m_installed;
};

QString items(int n)
{
    return QCoreApplication::translate("Chrysalis::ResultsExportDialog", "%Ln item(s)", nullptr, n);
}

TEST_F(ClientTranslationsTest, CountsReadAsNaturalEnglish)
{
    ASSERT_EQ(m_installed.size(), 1);
    EXPECT_EQ(items(1), u"1 item"_s);
    EXPECT_EQ(items(2), u"2 items"_s);
    EXPECT_EQ(items(0), u"0 items"_s);
    EXPECT_EQ(QCoreApplication::translate("Chrysalis::MainWindow", "%Ln change(s) waiting to sync", nullptr, 1),
              u"1 change waiting to sync"_s);
    EXPECT_EQ(QCoreApplication::translate("Chrysalis::QueuePage", "%Ln task(s)", nullptr, 1200),
              QLocale(QLocale::English).toString(1200) + u" tasks"_s);
}

TEST_F(ClientTranslationsTest, WithoutTheTranslationQtWouldPrintTheMarker)
{
    TearDown();
    m_installed.clear();
    EXPECT_EQ(items(2), u"2 item(s)"_s);
}

TEST_F(ClientTranslationsTest, EveryPluralMessageOfTheSourceHasBothForms)
{
    QFile file(QStringLiteral(CHRYSALIS_EN_TS));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QByteArray context;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText().toUtf8();
        } else if (xml.name() == u"source") {
            const QByteArray source = xml.readElementText().toUtf8();
            for (const int n : {1, 2}) {
                const QString text = QCoreApplication::translate(context.constData(), source.constData(), nullptr, n);
                EXPECT_FALSE(text.contains(u"(s)"_s)) << context.constData() << ": " << text.toStdString();
                EXPECT_TRUE(text.contains(QLocale(QLocale::English).toString(n))) << text.toStdString();
            }
            ++messages;
        }
    }
    EXPECT_FALSE(xml.hasError());
    EXPECT_GE(messages, 10);
}

} // namespace
} // namespace Chrysalis
