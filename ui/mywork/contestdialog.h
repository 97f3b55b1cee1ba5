#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Chrysalis {

// Asks a worker why the gold key of a test item is wrong, for gold.contest@1. The send button
// stays disabled until a reason is written; the reason is capped at the protocol's 4,000 code points.
class ContestDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxReasonLength = 4000;

    // `task` names the answer's task for the heading.
    explicit ContestDialog(const QString &task, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    QPushButton *sendButton() const;

private:
    void updateState();

    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace Chrysalis
