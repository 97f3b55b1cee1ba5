#pragma once

#include "core/io/resultsexport.h"
#include "core/result.h"

#include <QDateTime>
#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Chrysalis {

class LocalStore;

// Exports one of the requester's tasks from the local mirror: one row per item (the final label under
// the task's aggregation) or every answer with its provenance, as CSV, JSONL or Label Studio JSON. It
// works offline on what was last synced and says how fresh that is.
class ResultsExportDialog : public QDialog
{
    Q_OBJECT

public:
    ResultsExportDialog(LocalStore &store, const QString &taskId, QWidget *parent = nullptr);

    // The task's revisions, items, answers and panels as the mirror (with local changes) shows them.
    static Result<ResultsSource> sourceFromStore(LocalStore &store, const QString &taskId);
    // "majority vote", "Dawid–Skene", …: a method as people read it.
    static QString methodText(const QString &method);
    // "last synced 5 minutes ago" style text for a sync at `syncedAt`, seen at `now`.
    static QString freshnessText(const QDateTime &syncedAt, const QDateTime &now);

    ResultsExportOptions options() const;
    QString fileName() const;
    void setFileName(const QString &path);

    QRadioButton *perItemButton() const { return m_perItem; }
    QRadioButton *perAnswerButton() const { return m_perAnswer; }
    QComboBox *formatCombo() const { return m_format; }
    QCheckBox *spreadsheetSafeCheck() const { return m_spreadsheetSafe; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *exportButton() const { return m_export; }
    QString summaryText() const;
    QString freshnessLabelText() const;
    QString statusText() const;

public Q_SLOTS:
    // Writes the file (whole or not at all); the reason shows in the dialog when it cannot.
    Status exportToFile();

private:
    void browse();
    void updateState();
    void showError(const QString &message);

    LocalStore &m_store;
    QString m_taskId;
    std::optional<ResultsSource> m_source;
    QString m_suffix;

    QLabel *m_heading = nullptr;
    QLabel *m_freshness = nullptr;
    QLabel *m_summary = nullptr;
    QRadioButton *m_perItem = nullptr;
    QLabel *m_perItemText = nullptr;
    QRadioButton *m_perAnswer = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_spreadsheetSafe = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Chrysalis
