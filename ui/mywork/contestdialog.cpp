#include "ui/mywork/contestdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

ContestDialog::ContestDialog(const QString &task, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Contest a test item"));
    auto *intro = new QLabel(
            tr("<b>%1</b><br>Your answer was scored wrong against the task's expected answer for a test item. If "
               "you think the expected answer is wrong, say why: the requester reads it and either corrects the "
               "key, which re-scores every answer to the item, or dismisses the contest.")
                    .arg(task.toHtmlEscaped()));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *label = new QLabel(tr("&Why is the expected answer wrong?"));
    m_reason = new QPlainTextEdit;
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. The review praises the kettle; the sentiment is positive."));
    label->setBuddy(m_reason);
    m_count = new QLabel;
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_send = m_buttons->addButton(tr("&Send contest"), QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_count, 0, Qt::AlignRight);
    layout->addWidget(m_buttons);
    resize(520, 340);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &ContestDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QString ContestDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ContestDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

QPushButton *ContestDialog::sendButton() const
{
    return m_send;
}

void ContestDialog::updateState()
{
    const QString text = reason();
    const auto length = static_cast<int>(text.toUcs4().size());
    const bool tooLong = length > kMaxReasonLength;
    m_count->setText(tooLong ? tr("%1 of at most %2 characters: shorten it")
                                       .arg(QLocale().toString(length), QLocale().toString(kMaxReasonLength))
                             : tr("%1 of at most %2 characters")
                                       .arg(QLocale().toString(length), QLocale().toString(kMaxReasonLength)));
    sendButton()->setEnabled(!text.isEmpty() && !tooLong);
}

} // namespace Chrysalis
