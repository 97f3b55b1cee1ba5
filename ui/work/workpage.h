#pragma once

#include "core/work/breakadvisor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Chrysalis {

class AnswerDrafts;
class LocalStore;
class SyncEngine;
class WorkView;

// The worker's desk: the active leases from the local mirror with live countdowns on the server's
// clock, and the WorkView for the current one. Answers, releases, ratings and reframings go through
// the engine's outbox with an overlay, so everything works with the network unplugged; the page
// never writes the mirror itself.
class WorkPage : public QWidget
{
    Q_OBJECT

public:
    // The store and engine must outlive the page.
    WorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);
    ~WorkPage() override;

    // Where drafts are autosaved and restored from; not owned, may be null (no autosave).
    void setDrafts(AnswerDrafts *drafts);

    WorkView *workView() const { return m_view; }
    // The leases listed, in the order shown.
    QStringList leaseIds() const;
    QString currentLeaseId() const { return m_currentLeaseId; }
    void setCurrentLease(const QString &leaseId);
    // The text of the list row of a lease (title, item and countdown); empty when not listed.
    QString rowText(const QString &leaseId) const;
    // The page heading: the task and the item on show, its place in the list ("Answer items" with none).
    QString headingText() const;
    // How many items are left in the worker's leases (and of the task on show), beside the heading.
    QString remainingText() const;
    // The last outcome or problem shown at the top of the page.
    QString statusText() const;
    // The feedback on the last training item answered (expected answer, right or not), once the
    // marketplace applied the answer; empty before that.
    QString trainingFeedbackText() const;
    // When a break is offered after a long run of items with content warnings (tests shorten it).
    void setBreakRules(const BreakAdvisor::Rules &rules) { m_breaks = BreakAdvisor(rules); }

public Q_SLOTS:
    // Rereads the leases, items and revisions from the store; keeps the current item when it is still
    // listed, with its unsaved edits.
    void refresh();
    // Gives the current lease back (lease.release@1); its draft is dropped.
    void releaseCurrent();

private:
    struct Entry {
        QString leaseId;
        QJsonObject lease;
        QJsonObject item;
        QJsonObject revision;
        QDateTime expiresAt;
    };

    void showLease(const QString &leaseId);
    void flushDraft();
    void submitAnswer(const QJsonObject &fields, int secondsSpent);
    void step(int delta, bool wrap);
    void rateTask(int rating);
    void proposeReframing(const QString &instructions, const QString &rationale);
    void updateCountdowns();
    void updateHeading();
    void showStatus(const QString &text, bool problem = false);
    void showTrainingFeedback();
    int indexOf(const QString &leaseId) const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    AnswerDrafts *m_drafts = nullptr;
    QList<Entry> m_entries;
    QString m_currentLeaseId;
    QString m_shownLeaseId;

    QLabel *m_status;
    QLabel *m_training = nullptr;
    // Answers submitted in this session whose outcome has not arrived: a training item's feedback
    // comes with the applied details.
    struct Submitted {
        qint64 mutationId = 0;
        QJsonObject revision;
        QJsonObject fields;
    };
    QList<Submitted> m_submitted;
    QListWidget *m_list;
    QPushButton *m_release;
    WorkView *m_view;
    QLabel *m_heading;
    QLabel *m_remaining;
    QTimer m_countdown;
    QTimer m_draftTimer;
    BreakAdvisor m_breaks;
    bool m_refreshing = false;
};

} // namespace Chrysalis
