#include "ui/editor/resultsexportdialog.h"

#include "core/sync/localstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QList<QJsonObject> rowsOfTask(LocalStore &store, const QString &entity, const QString &taskId, Status &status)
{
    QList<QJsonObject> rows;
    const auto listed = store.list(entity);
    if (!listed) {
        status = listed.error();
        return rows;
    }
    for (const StoredEntity &row : *listed) {
        if (row.data.value(u"task_id"_s).toString() == taskId)
            rows.append(row.data);
    }
    return rows;
}

// A file name from the task's title: letters, digits and dashes only, so it is valid everywhere.
QString fileStem(const QString &title)
{
    QString stem = title.toLower();
    stem.replace(QRegularExpression(u"[^\\p{L}\\p{N}]+"_s), u"-"_s);
    stem = stem.left(60);
    while (stem.startsWith(u'-'))
        stem.remove(0, 1);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.isEmpty() ? u"task"_s : stem;
}

} // namespace

Result<ResultsSource> ResultsExportDialog::sourceFromStore(LocalStore &store, const QString &taskId)
{
    const auto task = store.read(u"task"_s, taskId);
    if (!task)
        return task.error();
    if (!task->has_value())
        return Error::notFound(tr("This task is not on this computer."));
    ResultsSource source;
    source.taskId = taskId;
    source.title = (*task)->value(u"title"_s).toString();
    source.currentRevisionId = (*task)->value(u"revision_id"_s).toString();
    Status status;
    source.revisions = rowsOfTask(store, u"task_revision"_s, taskId, status);
    source.items = rowsOfTask(store, u"item"_s, taskId, status);
    source.answers = rowsOfTask(store, u"answer"_s, taskId, status);
    if (!status)
        return status.error();
    QSet<QString> answerIds;
    for (const QJsonObject &answer : source.answers)
        answerIds.insert(answer.value(u"id"_s).toString());
    const auto conflicts = store.list(u"conflict"_s);
    if (!conflicts)
        return conflicts.error();
    for (const StoredEntity &conflict : *conflicts) {
        if (answerIds.contains(conflict.data.value(u"answer_id"_s).toString()))
            source.conflicts.append(conflict.data);
    }
    return source;
}

QString ResultsExportDialog::methodText(const QString &method)
{
    if (method == u"mv")
        return tr("majority vote");
    if (method == u"wawa")
        return tr("weighted majority vote (Wawa)");
    if (method == u"ds")
        return tr("Dawid–Skene");
    if (method == u"onecoin")
        return tr("one-coin Dawid–Skene");
    if (method == u"glad")
        return tr("GLAD");
    if (method == u"mace")
        return tr("MACE");
    if (method == u"mean")
        return tr("the mean");
    if (method == u"median")
        return tr("the median");
    return method;
}

QString ResultsExportDialog::freshnessText(const QDateTime &syncedAt, const QDateTime &now)
{
    if (!syncedAt.isValid())
        return tr("Built from this computer's copy of the marketplace, which has not been synced yet.");
    const qint64 minutes = std::max<qint64>(0, syncedAt.secsTo(now) / 60);
    const int hours = static_cast<int>(minutes / 60);
    const int days = hours / 24;
    const int shownMinutes = static_cast<int>(minutes);
    QString ago;
    if (minutes < 1)
        ago = tr("just now");
    else if (hours < 1)
        ago = tr("%Ln minute(s) ago", nullptr, shownMinutes);
    else if (days < 1)
        ago = tr("%Ln hour(s) ago", nullptr, hours);
    else
        ago = tr("%Ln day(s) ago", nullptr, days);
    return tr("Built from this computer's copy of the marketplace, last synced %1 (%2). Sync first for "
              "answers that arrived since.")
            .arg(QLocale().toString(syncedAt.toLocalTime(), QLocale::ShortFormat), ago);
}

ResultsExportDialog::ResultsExportDialog(LocalStore &store, const QString &taskId, QWidget *parent)
    : QDialog(parent), m_store(store), m_taskId(taskId)
{
    setWindowTitle(tr("Export results"));
    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_freshness = new QLabel(this);
    m_freshness->setWordWrap(true);
    m_freshness->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_freshness);

    auto *what = new QGroupBox(tr("What to export"), this);
    auto *whatLayout = new QVBoxLayout(what);
    m_perItem = new QRadioButton(tr("One row per &item: its final label"), what);
    m_perItemText = new QLabel(what);
    m_perItemText->setWordWrap(true);
    m_perItemText->setIndent(24);
    m_perItemText->setForegroundRole(QPalette::PlaceholderText);
    m_perAnswer = new QRadioButton(tr("Every &answer, with its worker, revision, times and review"), what);
    auto *perAnswerText = new QLabel(tr("For audits and for forms without a field to aggregate. Workers appear "
                                        "by pseudonym only."),
                                     what);
    perAnswerText->setWordWrap(true);
    perAnswerText->setIndent(24);
    perAnswerText->setForegroundRole(QPalette::PlaceholderText);
    whatLayout->addWidget(m_perItem);
    whatLayout->addWidget(m_perItemText);
    whatLayout->addWidget(m_perAnswer);
    whatLayout->addWidget(perAnswerText);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->addItem(tr("CSV, for spreadsheets"), resultsFormatName(ResultsFormat::Csv));
    m_format->addItem(tr("JSON Lines, one object per line"), resultsFormatName(ResultsFormat::Jsonl));
    m_format->addItem(tr("Label Studio JSON, to import into Label Studio"),
                      resultsFormatName(ResultsFormat::LabelStudio));
    form->addRow(tr("&Format:"), m_format);
    m_spreadsheetSafe = new QCheckBox(tr("&Spreadsheet-safe: text that would run as a formula starts with '"), this);
    m_spreadsheetSafe->setChecked(true);
    form->addRow(QString(), m_spreadsheetSafe);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setMinimumWidth(440);
    m_browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("Save &as:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (exportToFile())
            accept();
    });
    connect(m_browse, &QPushButton::clicked, this, &ResultsExportDialog::browse);
    connect(m_perItem, &QRadioButton::toggled, this, &ResultsExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ResultsExportDialog::updateState);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_status->clear();
        m_export->setEnabled(m_source.has_value() && !m_file->text().trimmed().isEmpty() &&
                             (m_perAnswer->isChecked() || m_perItem->isEnabled()));
    });

    // What the mirror holds, read once: the dialog is modal and short-lived.
    const Result<ResultsSource> source = sourceFromStore(m_store, m_taskId);
    const auto state = m_store.state();
    m_freshness->setText(freshnessText(state ? state->lastSyncAt : QDateTime(), QDateTime::currentDateTimeUtc()));
    QString title = tr("(untitled)");
    if (source) {
        m_source = *source;
        if (!source->title.trimmed().isEmpty())
            title = source->title;
        int panels = 0;
        for (const QJsonObject &conflict : source->conflicts)
            panels += conflict.value(u"state"_s).toString() == u"closed" ? 1 : 0;
        const int items = static_cast<int>(source->items.size());
        const int answers = static_cast<int>(source->answers.size());
        QStringList parts{tr("%Ln item(s)", nullptr, items), tr("%Ln answer(s)", nullptr, answers)};
        if (panels > 0)
            parts << tr("%Ln closed panel(s)", nullptr, panels);
        m_summary->setText(parts.join(u" · "_s));

        // The aggregation the task's current revision asks for, read as the export will read it.
        QString perItem;
        bool aggregable = false;
        for (const QJsonObject &revision : source->revisions) {
            if (revision.value(u"id"_s).toString() != source->currentRevisionId)
                continue;
            const Result<AnswerForm> answerForm = AnswerForm::fromJson(revision.value(u"form"_s).toArray());
            const auto chosen = answerForm ? resultsAggregation(revision, *answerForm)
                                           : Result<std::optional<ResultsAggregation>>(answerForm.error());
            if (!chosen)
                perItem = tr("Not available: %1.").arg(chosen.error().message);
            else if (!chosen->has_value())
                perItem = tr("Not available: the answer form has no single-choice or rating field to aggregate.");
            else {
                aggregable = true;
                perItem = tr("The label of each answered item by %1 of “%2”, with its confidence, how many "
                             "answers it rests on and whether it was unanimous, aggregated or decided by a panel.")
                                  .arg(methodText((*chosen)->method), (*chosen)->field);
            }
        }
        if (perItem.isEmpty())
            perItem = tr("Not available: the task's revision has not been synced to this computer.");
        m_perItemText->setText(perItem);
        m_perItem->setEnabled(aggregable);
        (aggregable ? m_perItem : m_perAnswer)->setChecked(true);
        if (answers == 0)
            showError(tr("Nobody has answered this task yet, so there is nothing to export."));
    } else {
        m_perItem->setEnabled(false);
        m_perAnswer->setChecked(true);
        showError(source.error().message);
    }
    m_heading->setText(u"<h3>%1</h3>"_s.arg(tr("Export the results of “%1”").arg(title).toHtmlEscaped()));

    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_suffix = resultsFileSuffix(options().format);
    setFileName(QDir(folder).filePath(fileStem(title) + u"-results."_s + m_suffix));
    updateState();
}

ResultsExportOptions ResultsExportDialog::options() const
{
    ResultsExportOptions options;
    options.scope = m_perAnswer->isChecked() ? ResultsScope::PerAnswer : ResultsScope::PerItem;
    options.format = parseResultsFormat(m_format->currentData().toString()).value();
    options.cells = m_spreadsheetSafe->isChecked() && options.format == ResultsFormat::Csv ? CsvCells::SpreadsheetSafe
                                                                                           : CsvCells::Exact;
    return options;
}

QString ResultsExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ResultsExportDialog::setFileName(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString ResultsExportDialog::summaryText() const
{
    return m_summary->text();
}

QString ResultsExportDialog::freshnessLabelText() const
{
    return m_freshness->text();
}

QString ResultsExportDialog::statusText() const
{
    return m_status->text();
}

void ResultsExportDialog::updateState()
{
    const ResultsExportOptions chosen = options();
    m_spreadsheetSafe->setEnabled(chosen.format == ResultsFormat::Csv);
    // The file name follows the format and scope while it still has the name this dialog gave it.
    const QString suffix = resultsFileSuffix(chosen.format);
    QString name = fileName();
    const QString stemEnd = chosen.scope == ResultsScope::PerAnswer ? u"-answers"_s : u"-results"_s;
    const QString otherEnd = chosen.scope == ResultsScope::PerAnswer ? u"-results"_s : u"-answers"_s;
    if (name.endsWith(u'.' + m_suffix)) {
        name.chop(m_suffix.size() + 1);
        if (name.endsWith(otherEnd))
            name = name.left(name.size() - otherEnd.size()) + stemEnd;
        setFileName(name + u'.' + suffix);
    }
    m_suffix = suffix;
    m_export->setEnabled(m_source.has_value() && !fileName().isEmpty() &&
                         (chosen.scope == ResultsScope::PerAnswer || m_perItem->isEnabled()));
}

void ResultsExportDialog::browse()
{
    const QString suffix = resultsFileSuffix(options().format);
    const QString filter = suffix == u"csv"    ? tr("CSV files (*.csv)")
                           : suffix == u"json" ? tr("JSON files (*.json)")
                                               : tr("JSON Lines files (*.jsonl)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export results"), fileName(), filter);
    if (!chosen.isEmpty())
        setFileName(chosen);
}

void ResultsExportDialog::showError(const QString &message)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_status->setStyleSheet(u"color: %1;"_s.arg(dark ? u"#ff8a80"_s : u"#b71c1c"_s));
    m_status->setText(message);
}

Status ResultsExportDialog::exportToFile()
{
    if (!m_source)
        return Error::notFound(statusText());
    const QString path = fileName();
    if (path.isEmpty()) {
        const QString message = tr("Choose a file to write.");
        showError(message);
        return Error::validation(message);
    }
    const Result<QByteArray> bytes = exportResults(*m_source, options());
    if (!bytes) {
        showError(tr("Nothing was written: %1.").arg(bytes.error().message));
        return bytes.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        const QString message =
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        showError(message);
        return Error::storage(message);
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace Chrysalis
