#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace Chrysalis {

class FeedbackPreview;
class LocalStore;
class SyncEngine;

// The requester's inbox of submitted feedback on their tasks, read from the local mirror, with the
// preview of the selected one. Resolving goes through the sync outbox (feedback.resolve@1).
class FeedbackPage : public QWidget
{
    Q_OBJECT

public:
    FeedbackPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    // Reads the submitted feedback again (also after every sync); keeps the selection when it can.
    void refresh();
    int feedbackCount() const { return static_cast<int>(m_entries.size()); }
    QString currentFeedbackId() const;
    FeedbackPreview *preview() const { return m_preview; }

Q_SIGNALS:
    // The resolution is in the outbox.
    void resolutionQueued(const QString &feedbackId);

private:
    void showSelected();
    void resolve(const QStringList &acceptedHunkIds);

    LocalStore &m_store;
    SyncEngine &m_engine;
    QList<QJsonObject> m_entries; // the submitted feedback entities, in list order
    QListWidget *m_list = nullptr;
    FeedbackPreview *m_preview = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Chrysalis
