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

// The requester's inbox of submitted feedback and of workers' reframe proposals on their tasks, read from
// the local mirror, with the preview of the selected one. Resolving goes through the sync outbox
// (feedback.resolve@1, reframe.resolve@1); resolved proposals stay listed with their outcome.
class FeedbackPage : public QWidget
{
    Q_OBJECT

public:
    FeedbackPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    // Reads the submitted feedback again (also after every sync); keeps the selection when it can.
    void refresh();
    int feedbackCount() const { return static_cast<int>(m_entries.size()); }
    QString currentFeedbackId() const;
    // Reframe proposals listed: open ones first, then resolved ones, newest first within each.
    int proposalCount() const { return static_cast<int>(m_proposals.size()); }
    QString currentProposalId() const;
    // Selects a listed proposal and shows it; false when it is not listed.
    bool selectProposal(const QString &proposalId);
    // The list row of a proposal (task title and state); empty when not listed.
    QString proposalRowText(const QString &proposalId) const;
    FeedbackPreview *preview() const { return m_preview; }

Q_SIGNALS:
    // The resolution is in the outbox.
    void resolutionQueued(const QString &feedbackId);
    // The adoption or the decline of a reframe proposal is in the outbox.
    void proposalResolutionQueued(const QString &proposalId);

private:
    void showSelected();
    void showSelectedProposal();
    void resolve(const QStringList &acceptedHunkIds);
    void resolveProposal(bool adopt, const QStringList &acceptedHunkIds);
    void showError(const QString &text);

    LocalStore &m_store;
    SyncEngine &m_engine;
    QList<QJsonObject> m_entries; // the submitted feedback entities, in list order
    QListWidget *m_list = nullptr;
    FeedbackPreview *m_preview = nullptr;
    QLabel *m_empty = nullptr;
    QList<QJsonObject> m_proposals; // reframe_proposal entities, in list order
    QListWidget *m_proposalList = nullptr;
    QLabel *m_proposalEmpty = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Chrysalis
