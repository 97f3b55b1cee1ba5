#pragma once

#include "core/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

class QDialog;

namespace Chrysalis {

class LocalStore;
class MyWorkModel;
class SyncEngine;

// "My work": every answer the worker gave with where it stands (waiting to sync, pending review,
// approved, in conflict, settled, or rejected by the server) and its pay, above the earnings.
class MyWorkPage : public QWidget
{
    Q_OBJECT

public:
    MyWorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    QTreeView *answers() const { return m_answers; }
    MyWorkModel *model() const { return m_model; }
    void reload();
    QPushButton *contestButton() const { return m_contest; }

    // Queues gold.contest@1 for the answer with the reason, the contest shown at once as waiting.
    // Validation error when the answer is not one scored wrong on a test item, or already contested.
    Status contestAnswer(const QString &answerId, const QString &reason);

    static QString statusText(const QString &status);

Q_SIGNALS:
    // The Contest… dialog is about to open (tests fill it in; it is modal).
    void contestDialogOpened(QDialog *dialog);

private:
    LocalStore &m_store;
    SyncEngine &m_engine;
    QLabel *m_earnings = nullptr;
    MyWorkModel *m_model = nullptr;
    QTreeView *m_answers = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_contest = nullptr;
    QLabel *m_contestHint = nullptr;
    QLabel *m_message = nullptr;

    void updateContest();
    void openContestDialog();
};

} // namespace Chrysalis
