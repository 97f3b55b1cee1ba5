#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

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

    static QString statusText(const QString &status);

private:
    LocalStore &m_store;
    SyncEngine &m_engine;
    QLabel *m_earnings = nullptr;
    MyWorkModel *m_model = nullptr;
    QTreeView *m_answers = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Chrysalis
