#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace Chrysalis {

class AttentionModel;
class LocalStore;
class SyncEngine;

// "Needs attention": mutations the marketplace rejected or that are blocked, each with its reason
// and the kept local copy of what was sent. Blocked ones can be retried, rejected ones dismissed
// (the row is kept in the outbox, marked dismissed).
class AttentionPage : public QWidget
{
    Q_OBJECT

public:
    AttentionPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    // A person's name for a mutation ("Claim items" for lease.claim@1).
    static QString mutationTitle(const QString &name);
    QTreeView *list() const { return m_list; }
    AttentionModel *model() const { return m_model; }
    void reload();

private:
    void showSelected();
    qint64 selectedMutation() const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    AttentionModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPlainTextEdit *m_copy = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace Chrysalis
