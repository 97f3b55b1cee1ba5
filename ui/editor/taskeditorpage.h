#pragma once

#include "core/domain/form.h"
#include "core/domain/roles.h"
#include "core/domain/task.h"
#include "core/policy/policy.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

namespace Chrysalis {

class FormBuilder;
class GoldContests;
class LocalStore;
class QualitySettings;
class RevisionUndo;
class SyncEngine;

// The requester's tasks and the editor of a draft: title, Markdown instructions with a preview, the
// answer form builder, terms, items imported from JSONL or CSV and a live price panel. Saving and
// publishing go to the outbox, so drafts are edited offline; a save the server refuses with
// VERSION_CONFLICT comes back as a "conflicted copy" draft beside the server's, so nothing is lost.
// It never computes fees itself: the price panel quotes through core/policy/fees.h. Edits of the text,
// form and terms undo and redo (Ctrl+Z, Ctrl+Shift+Z); loading another task starts a fresh history.
class TaskEditorPage : public QWidget
{
    Q_OBJECT

public:
    TaskEditorPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    // The policy and standing quoted with; by default the server's /v1/info policy and the account's standing.
    void setPolicy(const Policy &policy);
    void setStanding(Standing standing);

    // The draft being edited as it would be saved (form, terms, text).
    TaskRevision revision() const;
    QString currentTaskId() const { return m_taskId; }
    // Imported items not yet sent with a save or publish.
    const QList<QJsonObject> &pendingItems() const { return m_pendingItems; }
    // Ids of the requester's tasks in list order, and the text a row shows.
    QStringList taskIds() const;
    QString rowText(const QString &taskId) const;
    bool selectTask(const QString &taskId);

    // What the page shows, for tests and accessibility: the validation message beside a field ("title",
    // "pay_cents", "form"), the price panel, the import result and the status line.
    QString fieldError(const QString &key) const;
    QString priceText() const;
    QString importText() const;
    QString statusText() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *instructionsEdit() const { return m_instructions; }
    QTextBrowser *instructionsPreview() const { return m_preview; }
    QSpinBox *paySpin() const { return m_pay; }
    QSpinBox *overlapSpin() const { return m_overlap; }
    QSpinBox *estimateSpin() const { return m_estimate; }
    QComboBox *minTierCombo() const { return m_minTier; }
    QLineEdit *skillsEdit() const { return m_skills; }
    QLineEdit *warningsEdit() const { return m_warnings; }
    QTabWidget *tabs() const { return m_tabs; }
    // The form builder: the field list, the kind of a new field, and the selected field's settings.
    FormBuilder *formBuilder() const { return m_formBuilder; }
    QListWidget *fieldList() const;
    QComboBox *newFieldKindCombo() const;
    QLineEdit *fieldNameEdit() const;
    QLineEdit *fieldLabelEdit() const;
    QCheckBox *fieldRequiredCheck() const;
    QTableWidget *optionTable() const;
    QSpinBox *ratingMinSpin() const;
    QSpinBox *ratingMaxSpin() const;
    QSpinBox *minLengthSpin() const;
    QSpinBox *maxLengthSpin() const;
    QPlainTextEdit *spanLabelsEdit() const;
    QLineEdit *sourceKeyEdit() const;
    // The quality keys on the Task tab and the gold contests tab.
    QualitySettings *qualitySettings() const { return m_quality; }
    GoldContests *goldContests() const { return m_contests; }
    // Gold items among the imported items not yet sent, and on the marketplace (as the mirror knows them).
    int pendingGoldCount() const;
    int goldItemCount() const;
    // The edits of the draft shown, since it was loaded.
    QUndoStack *undoStack() const;
    // Enabled for a published or closed task: opens the results export.
    QPushButton *exportResultsButton() const { return m_exportResults; }

public Q_SLOTS:
    void reload();
    // A fresh draft with one field to start from.
    void newTask();
    // Reads a JSONL or CSV file into the pending items; on any error nothing is added and the error shows.
    Status importItems(const QString &path);
    void importItemsFromDialog();
    // task.draft_save@1 (+ task.items_add@1 for pending items). Validation errors show and stop it.
    Status save();
    // Save, then the pending items in chunks under the push limits, then task.publish@1.
    Status publish();
    // The results export of the task shown, from the local mirror.
    void exportResults();

Q_SIGNALS:
    void draftSaved(const QString &taskId);
    void publishQueued(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTaskTab(QWidget *tab);
    void buildFormTab(QWidget *tab);
    void buildItemsTab(QWidget *tab);
    QWidget *buildSidePanel();
    void loadTask(const QString &taskId);
    void loadRevision(const TaskRevision &revision);
    void setEditable(bool editable);
    // Undo and redo put a revision's text, form and terms back on screen, keeping the draft's identity.
    void showRevision(const TaskRevision &revision);
    void recordEdit(const QString &source, bool typing);
    void updatePreview();
    void updatePrice();
    void updateValidation();
    void updateItemsText();
    QList<std::pair<QString, QString>> qualificationTasks() const;
    void clearPendingItems();
    void keepConflictedCopies();
    void showPublishOutcome();
    Standing standing() const;
    Policy policy() const;
    Status enqueueSave();
    Status enqueueItems();
    QJsonObject taskEntity(const QString &state) const;
    QString errorColour() const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    std::optional<Policy> m_policy;
    std::optional<Standing> m_standing;

    QString m_taskId;
    QString m_revisionId;
    QString m_state;
    qint64 m_baseVersion = 0;
    qint64 m_itemsTotal = 0;
    QList<QJsonObject> m_pendingItems;
    // Beside m_pendingItems, index for index: the gold answer (empty for a regular item) and training.
    QList<QJsonObject> m_pendingGold;
    QList<bool> m_pendingTraining;
    bool m_loading = false;

    QListWidget *m_taskList = nullptr;
    QPushButton *m_newTask = nullptr;
    QPushButton *m_exportResults = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QTextBrowser *m_preview = nullptr;
    QSpinBox *m_pay = nullptr;
    QSpinBox *m_overlap = nullptr;
    QSpinBox *m_estimate = nullptr;
    QComboBox *m_minTier = nullptr;
    QLineEdit *m_skills = nullptr;
    QLineEdit *m_warnings = nullptr;
    QMap<QString, QLabel *> m_errorLabels;

    FormBuilder *m_formBuilder = nullptr;
    QLabel *m_fieldErrors = nullptr;
    RevisionUndo *m_undo = nullptr;

    QualitySettings *m_quality = nullptr;
    GoldContests *m_contests = nullptr;
    QLabel *m_itemsText = nullptr;
    QLabel *m_importText = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_clearItems = nullptr;

    QLabel *m_price = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace Chrysalis
