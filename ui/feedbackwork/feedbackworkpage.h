#pragma once

#include "core/domain/feedback.h"
#include "core/domain/task.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Chrysalis {

class AnswerDrafts;
class LocalStore;
class MarkupEditor;
class SyncEngine;
class WorkView;

// The silver or gold worker's feedback desk: the open feedback tasks from the mirror; for the chosen one,
// first the sample items answered in the normal work view (timed there), then the markup editor over a
// copy of the task; "Submit feedback" sends feedback.submit@1 through the outbox, so it works offline.
// Sample answers and the markup are autosaved beside the store and come back after a restart.
class FeedbackWorkPage : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Samples, Markup };

    // The store and engine must outlive the page. Drafts go to "<store>.feedback-drafts.db" beside the store.
    FeedbackWorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);
    ~FeedbackWorkPage() override;

    // The feedback tasks listed, in the order shown, and the one open.
    QStringList feedbackIds() const;
    QString currentFeedbackId() const { return m_feedbackId; }
    bool selectFeedback(const QString &feedbackId);
    QString rowText(const QString &feedbackId) const;

    Step step() const;
    void setStep(Step step);
    WorkView *workView() const { return m_view; }
    MarkupEditor *markupEditor() const { return m_markup; }
    // Sample items of the current feedback and those answered so far.
    int sampleCount() const { return static_cast<int>(m_sampleItems.size()); }
    QList<SampleAnswer> sampleAnswers() const;
    QString statusText() const;

public Q_SLOTS:
    // Rereads the feedback tasks from the store; keeps the current one with its edits.
    void refresh();
    // Checks that every sample is answered and the markup is a valid revision, then queues feedback.submit@1.
    void submit();

Q_SIGNALS:
    void feedbackQueued(const QString &feedbackId);

private:
    void openFeedback(const QString &feedbackId);
    void showSample(int index);
    void sampleSubmitted(const QJsonObject &fields, int secondsSpent);
    void flushDrafts();
    void saveSampleDraft();
    void saveMarkupDraft();
    void updateSteps();
    void showStatus(const QString &text, bool problem = false);
    QString sampleKey(const QString &itemId) const;
    QString markupKey() const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    std::unique_ptr<AnswerDrafts> m_drafts;
    QList<QJsonObject> m_entries; // feedback entities listed
    QString m_feedbackId;
    QJsonObject m_entity;
    TaskRevision m_base;
    QJsonArray m_sampleItems;
    QHash<QString, SampleAnswer> m_answers; // by item id: submitted in the work view
    int m_sampleIndex = -1;
    bool m_markupDirty = false;

    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_nothing = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_samplesStep = nullptr;
    QPushButton *m_markupStep = nullptr;
    QStackedWidget *m_steps = nullptr;
    WorkView *m_view = nullptr;
    MarkupEditor *m_markup = nullptr;
    QPushButton *m_submit = nullptr;
    QTimer m_saveTimer;
};

} // namespace Chrysalis
