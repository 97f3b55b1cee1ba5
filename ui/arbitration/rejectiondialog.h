#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QKeyEvent;
class QListWidget;
class QPlainTextEdit;

namespace Chrysalis {

// Asks a requester why an answer is rejected: a reason code the server accepts and a written
// reason that quotes the passage of the instructions it relies on (picked from the instructions,
// split into sentences). The reject button stays disabled until all three are there.
class RejectionDialog : public QDialog
{
    Q_OBJECT

public:
    RejectionDialog(const QString &instructions, QWidget *parent = nullptr);

    // The instructions split into sentences, in order.
    static QStringList passages(const QString &instructions);

    QString reasonCode() const;
    QString reason() const;
    // Empty when the rejection may be sent; otherwise what is still missing.
    QString missing() const;

    void setReasonCode(const QString &code);
    // Quotes the passage at `row` into the reason at the cursor.
    void quotePassage(int row);

protected:
    // Enter quotes a passage or starts a line, never sends: only Ctrl+Enter or the button does.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateState();

    QStringList m_passages;
    QComboBox *m_code = nullptr;
    QListWidget *m_passageList = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_missing = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Chrysalis
