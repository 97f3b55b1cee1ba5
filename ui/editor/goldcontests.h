#pragma once

#include "core/result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// The gold contests on one of the requester's tasks: workers saying a test item's expected answer is
// wrong. Upholding corrects the key (every answer to the item is scored again), dismissing lets the
// score stand; either goes out as gold.contest_resolve@1 through the outbox, shown at once.
class GoldContests : public QWidget
{
    Q_OBJECT

public:
    // The store and engine must outlive the widget.
    GoldContests(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setTask(const QString &taskId);
    void reload();
    // Contests on the task, open ones first.
    int openCount() const { return m_open; }
    QStringList contestIds() const;
    QTreeWidget *list() const { return m_list; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *upholdButton() const { return m_uphold; }
    QPushButton *dismissButton() const { return m_dismiss; }

    // Queues gold.contest_resolve@1 ("uphold" or "dismiss"); Validation error for a contest not open.
    Status resolve(const QString &contestId, const QString &decision, const QString &note);

Q_SIGNALS:
    // The number of open contests changed (for the tab title).
    void openCountChanged(int open);

private:
    void updateButtons();
    void resolveSelected(const QString &decision);

    LocalStore &m_store;
    SyncEngine &m_engine;
    QString m_taskId;
    int m_open = 0;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_uphold = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Chrysalis
