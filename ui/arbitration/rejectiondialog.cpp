#include "ui/arbitration/rejectiondialog.h"

#include "ui/arbitration/arbitrationtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBoundaryFinder>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

RejectionDialog::RejectionDialog(const QString &instructions, QWidget *parent)
    : QDialog(parent), m_passages(passages(instructions))
{
    setWindowTitle(tr("Reject answer"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("A rejection opens a panel of gold arbiters, and the worker is paid in full "
                                "either way. Say which instruction the answer breaks."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *codeLabel = new QLabel(tr("&Reason"), this);
    m_code = new QComboBox(this);
    m_code->addItem(tr("Choose a reason…"), QString());
    for (const QString &code : ArbitrationText::reasonCodes())
        m_code->addItem(ArbitrationText::reasonCodeLabel(code), code);
    codeLabel->setBuddy(m_code);
    layout->addWidget(codeLabel);
    layout->addWidget(m_code);

    auto *passageLabel = new QLabel(tr("&Instructions (Enter quotes the selected passage)"), this);
    m_passageList = new QListWidget(this);
    m_passageList->setWordWrap(true);
    m_passageList->setSpacing(3);
    m_passageList->addItems(m_passages);
    m_passageList->setMinimumHeight(120);
    passageLabel->setBuddy(m_passageList);
    layout->addWidget(passageLabel);
    layout->addWidget(m_passageList, 1);
    connect(m_passageList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { quotePassage(m_passageList->row(item)); });

    auto *reasonLabel = new QLabel(tr("&Written reason"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Quote the instruction and say how the answer breaks it."));
    m_reason->setMinimumHeight(90);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);

    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *reject = m_buttons->addButton(tr("Reject answer"), QDialogButtonBox::AcceptRole);
    reject->setDefault(false);
    reject->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (missing().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, [this] {
        if (missing().isEmpty())
            accept();
    });

    connect(m_code, &QComboBox::currentIndexChanged, this, &RejectionDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RejectionDialog::updateState);
    updateState();
    m_code->setFocus();
}

QStringList RejectionDialog::passages(const QString &instructions)
{
    QStringList result;
    for (const QString &paragraph : instructions.split(u'\n', Qt::SkipEmptyParts)) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, paragraph);
        qsizetype start = 0;
        while (finder.toNextBoundary() != -1) {
            const QString sentence = paragraph.mid(start, finder.position() - start).trimmed();
            if (!sentence.isEmpty())
                result << sentence;
            start = finder.position();
        }
    }
    return result;
}

QString RejectionDialog::reasonCode() const
{
    return m_code->currentData().toString();
}

QString RejectionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString RejectionDialog::missing() const
{
    QStringList missing;
    if (reasonCode().isEmpty())
        missing << tr("choose a reason");
    if (reason().isEmpty())
        missing << tr("write the reason");
    else if (!m_passages.isEmpty()) {
        bool cited = false;
        for (const QString &passage : m_passages)
            cited = cited || reason().contains(passage);
        if (!cited)
            missing << tr("quote the instruction it relies on");
    }
    return missing.isEmpty() ? QString() : tr("Still to do: %1.").arg(missing.join(u", "_s));
}

void RejectionDialog::setReasonCode(const QString &code)
{
    m_code->setCurrentIndex(qMax(0, m_code->findData(code)));
}

void RejectionDialog::quotePassage(int row)
{
    if (row < 0 || row >= m_passages.size())
        return;
    QTextCursor cursor = m_reason->textCursor();
    const QString before = m_reason->toPlainText().left(cursor.position());
    const QString separator = before.isEmpty() || before.endsWith(u' ') || before.endsWith(u'\n') ? QString() : u" "_s;
    cursor.insertText(separator + tr("The instructions say: “%1” ").arg(m_passages.at(row)));
    m_reason->setTextCursor(cursor);
    m_reason->setFocus();
}

void RejectionDialog::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RejectionDialog::updateState()
{
    const QString what = missing();
    m_missing->setText(what);
    m_missing->setVisible(!what.isEmpty());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(what.isEmpty());
    }
}

} // namespace Chrysalis
