#include "ui/work/workdialogs.h"

#include "core/domain/textrules.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Chrysalis {

RateTaskDialog::RateTaskDialog(const QString &taskTitle, QWidget *parent)
    : QDialog(parent), m_group(new QButtonGroup(this)), m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Rate this task"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *question = new QLabel(tr("How good is “%1” as a task: clear instructions, fair pay, sensible items?")
                                        .arg(taskTitle.toHtmlEscaped()),
                                this);
    question->setWordWrap(true);
    layout->addWidget(question);

    auto *scale = new QHBoxLayout;
    scale->setSpacing(4);
    for (int rating = 0; rating <= 10; ++rating) {
        auto *button = new QPushButton(QString::number(rating), this);
        button->setCheckable(true);
        button->setMinimumWidth(36);
        m_group->addButton(button, rating);
        scale->addWidget(button);
    }
    layout->addLayout(scale);
    auto *ends = new QHBoxLayout;
    auto *low = new QLabel(tr("0: poor"), this);
    auto *high = new QLabel(tr("10: excellent"), this);
    low->setForegroundRole(QPalette::PlaceholderText);
    high->setForegroundRole(QPalette::PlaceholderText);
    ends->addWidget(low);
    ends->addStretch(1);
    ends->addWidget(high);
    layout->addLayout(ends);

    auto *privacy = new QLabel(tr("Your rating is private: the requester only ever sees an average of several."), this);
    privacy->setWordWrap(true);
    layout->addWidget(privacy);

    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->addButton(tr("Send rating"), QDialogButtonBox::AcceptRole)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        for (QAbstractButton *button : m_buttons->buttons()) {
            if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                button->setEnabled(true);
        }
    });
    layout->addWidget(m_buttons);
}

int RateTaskDialog::rating() const
{
    return m_group->checkedId();
}

void RateTaskDialog::setRating(int rating)
{
    if (QAbstractButton *button = m_group->button(rating))
        button->click();
}

ReframeDialog::ReframeDialog(const QString &instructions, QWidget *parent)
    : QDialog(parent), m_original(instructions), m_instructions(new QPlainTextEdit(this)),
      m_rationale(new QPlainTextEdit(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Propose a reframing"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *intro = new QLabel(tr("Rewrite the instructions so the task is clearer or fairer. The requester sees "
                                "your proposal and your reasons."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Instructions (Markdown)"), this));
    m_instructions->setPlainText(instructions);
    layout->addWidget(m_instructions, 3);
    layout->addWidget(new QLabel(tr("Why this is better (required)"), this));
    m_rationale->setPlaceholderText(tr("What goes wrong with the current wording, and how yours fixes it"));
    layout->addWidget(m_rationale, 1);
    m_buttons->addButton(tr("Send proposal"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_instructions, &QPlainTextEdit::textChanged, this, &ReframeDialog::updateButtons);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &ReframeDialog::updateButtons);
    layout->addWidget(m_buttons);
    updateButtons();
}

QString ReframeDialog::instructions() const
{
    return m_instructions->toPlainText();
}

QString ReframeDialog::rationale() const
{
    return m_rationale->toPlainText().trimmed();
}

void ReframeDialog::updateButtons()
{
    const bool ready = !isBlank(m_rationale->toPlainText()) && m_instructions->toPlainText() != m_original;
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ready);
    }
}

} // namespace Chrysalis
