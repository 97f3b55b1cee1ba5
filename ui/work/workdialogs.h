#pragma once

#include <QDialog>
#include <QString>

class QButtonGroup;
class QDialogButtonBox;
class QPlainTextEdit;

namespace Chrysalis {

// Asks for a private 0–10 rating of a task; only the platform sees single ratings.
class RateTaskDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RateTaskDialog(const QString &taskTitle, QWidget *parent = nullptr);
    // -1 until the user picks one.
    int rating() const;
    void setRating(int rating);

private:
    QButtonGroup *m_group;
    QDialogButtonBox *m_buttons;
};

// Asks for reframed instructions and the rationale for them; both are needed.
class ReframeDialog : public QDialog
{
    Q_OBJECT

public:
    ReframeDialog(const QString &instructions, QWidget *parent = nullptr);
    QString instructions() const;
    QString rationale() const;
    QPlainTextEdit *instructionsEdit() const { return m_instructions; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }

private:
    void updateButtons();

    QString m_original;
    QPlainTextEdit *m_instructions;
    QPlainTextEdit *m_rationale;
    QDialogButtonBox *m_buttons;
};

} // namespace Chrysalis
