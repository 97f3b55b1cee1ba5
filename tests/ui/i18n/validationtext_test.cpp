// Core's rule messages follow the translator the client installs and stay the English wire text without
// one, as on the server; a fixed marketplace message is looked up in the same context.
#include "core/domain/task.h"
#include "core/domain/validationtext.h"
#include "tests/support/qtprinters.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// Marks every message of the Validation context, keeping its %n for Qt to fill in.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Chrysalis::Validation") != 0)
            return {};
        return u"«%1»"_s.arg(QString::fromUtf8(sourceText));
    }
};

// A task revision that breaks two rules: its title is too long and its pay is zero.
QList<FieldError> revisionErrors()
{
    TaskRevision revision;
    revision.title = QString(kMaxTitleLength + 1, u'x');
    revision.payCents = 0;
    revision.estimateSeconds = 30;
    const Status status = revision.validate();
    return status.ok() ? QList<FieldError>() : status.error().fieldErrors;
}

QString messageFor(const QList<FieldError> &errors, const QString &field)
{
    for (const FieldError &error : errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

} // namespace

TEST(ValidationTextTest, WithoutATranslatorTheMessagesAreTheEnglishWireText)
{
    const QList<FieldError> errors = revisionErrors();
    EXPECT_EQ(messageFor(errors, u"title"_s), u"must be at most 200 characters"_s);
    EXPECT_EQ(messageFor(errors, u"pay_cents"_s), u"must be between 1 and 100000000"_s);
    EXPECT_EQ(Validation::translated(u"you may not take this task"_s), u"you may not take this task"_s);
}

TEST(ValidationTextTest, TheInstalledTranslatorTranslatesCoreMessagesAndFillsInTheirNumbers)
{
    MarkingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const QList<FieldError> errors = revisionErrors();
    const QString fixed = Validation::translated(u"you may not take this task"_s);
    QCoreApplication::removeTranslator(&translator);

    EXPECT_EQ(messageFor(errors, u"title"_s), u"«must be at most 200 characters»"_s);
    EXPECT_EQ(messageFor(errors, u"pay_cents"_s), u"«must be between 1 and 100000000»"_s);
    EXPECT_EQ(fixed, u"«you may not take this task»"_s);
    EXPECT_EQ(Validation::translated(QString()), QString());
}

} // namespace Chrysalis
