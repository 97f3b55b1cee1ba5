#include "ui/editor/taskeditorpage.h"

#include "core/domain/ids.h"
#include "core/domain/textrules.h"
#include "core/io/itemimport.h"
#include "core/policy/fees.h"
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "ui/editor/formbuilder.h"
#include "ui/editor/goldcontests.h"
#include "ui/editor/qualitysettings.h"
#include "ui/editor/resultsexportdialog.h"
#include "ui/editor/revisionundo.h"
#include "ui/profile/skillcompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kDraftSave = u"task.draft_save@1"_s;
const QString kItemsAdd = u"task.items_add@1"_s;
const QString kPublish = u"task.publish@1"_s;
constexpr int kMaxItemsPerCall = 10'000; // task.items_add@1
// Room left in a mutation's args for the task id and the JSON around the items.
constexpr qint64 kItemsArgsReserve = 1024;

QString stateLabel(const QString &state)
{
    if (state == u"draft")
        return TaskEditorPage::tr("Draft");
    if (state == u"in_feedback")
        return TaskEditorPage::tr("In feedback");
    if (state == u"published")
        return TaskEditorPage::tr("Published");
    if (state == u"closed")
        return TaskEditorPage::tr("Closed");
    return state;
}

QStringList splitList(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString value = part.simplified();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

TaskEditorPage::TaskEditorPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine), m_state(u"draft"_s)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("My tasks").toHtmlEscaped()), listPane));
    m_taskList = new QListWidget(listPane);
    m_taskList->setAccessibleName(tr("My tasks"));
    m_taskList->setWordWrap(true);
    listLayout->addWidget(m_taskList, 1);
    m_newTask = new QPushButton(tr("&New task"), listPane);
    listLayout->addWidget(m_newTask);

    auto *editorPane = new QWidget(splitter);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(editorPane);
    m_heading->setTextFormat(Qt::RichText);
    editorLayout->addWidget(m_heading);
    auto *editorRow = new QHBoxLayout;
    m_tabs = new QTabWidget(editorPane);
    auto *taskTab = new QWidget;
    auto *formTab = new QWidget;
    auto *itemsTab = new QWidget;
    buildTaskTab(taskTab);
    buildFormTab(formTab);
    buildItemsTab(itemsTab);
    m_tabs->addTab(taskTab, tr("&Task"));
    m_tabs->addTab(formTab, tr("Answer &form"));
    m_tabs->addTab(itemsTab, tr("&Items"));
    m_contests = new GoldContests(m_store, m_engine);
    m_tabs->addTab(m_contests, tr("Gold contests"));
    connect(m_contests, &GoldContests::openCountChanged, this, [this](int open) {
        m_tabs->setTabText(m_tabs->indexOf(m_contests),
                           open > 0 ? tr("Gold contests (%1 open)").arg(open) : tr("Gold contests"));
    });
    editorRow->addWidget(m_tabs, 1);
    editorRow->addWidget(buildSidePanel());
    editorLayout->addLayout(editorRow, 1);

    splitter->addWidget(listPane);
    splitter->addWidget(editorPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 870});

    connect(m_newTask, &QPushButton::clicked, this, &TaskEditorPage::newTask);
    connect(m_exportResults, &QPushButton::clicked, this, &TaskEditorPage::exportResults);
    connect(m_taskList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        loadTask(m_taskList->item(row)->data(Qt::UserRole).toString());
    });
    connect(&m_engine, &SyncEngine::syncFinished, this, [this] {
        keepConflictedCopies();
        reload();
        showPublishOutcome();
    });

    // The draft's identity is not an edit: undo steps compare and restore its content only.
    m_undo = new RevisionUndo(
            [this] {
                TaskRevision content = revision();
                content.id.clear();
                content.taskId.clear();
                return content;
            },
            [this](const TaskRevision &content) { showRevision(content); }, this);
    m_undo->install(this);

    newTask();
    reload();
}

void TaskEditorPage::buildTaskTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto withError = [&](const QString &key, QWidget *field) {
        auto *box = new QWidget(tab);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(field);
        QLabel *error = errorLabel(box);
        boxLayout->addWidget(error);
        m_errorLabels.insert(key, error);
        return box;
    };

    m_title = new QLineEdit(tab);
    m_title->setPlaceholderText(tr("What workers see in the queue"));
    form->addRow(tr("T&itle"), withError(u"title"_s, m_title));

    m_pay = new QSpinBox(tab);
    m_pay->setRange(0, static_cast<int>(kMaxPayCents));
    m_pay->setSuffix(tr(" ¢ per answer"));
    m_estimate = new QSpinBox(tab);
    m_estimate->setRange(0, kMaxEstimateSeconds);
    m_estimate->setSuffix(tr(" s per item"));
    m_overlap = new QSpinBox(tab);
    m_overlap->setRange(1, kMaxOverlap);
    // The spin box shows the number itself; its suffix is the rest of the counted phrase, so it agrees
    // with the count ("1 answer per item", "3 answers per item").
    const auto showOverlapSuffix = [this](int overlap) {
        const QString phrase = tr("%n answer(s) per item", nullptr, overlap);
        const QString number = QString::number(overlap);
        m_overlap->setSuffix(phrase.mid(phrase.indexOf(number) + number.size()));
    };
    showOverlapSuffix(m_overlap->value());
    connect(m_overlap, &QSpinBox::valueChanged, this, showOverlapSuffix);
    form->addRow(tr("&Pay"), withError(u"pay_cents"_s, m_pay));
    form->addRow(tr("&Estimate"), withError(u"estimate_seconds"_s, m_estimate));
    form->addRow(tr("&Overlap"), withError(u"overlap"_s, m_overlap));

    m_minTier = new QComboBox(tab);
    m_minTier->addItem(tr("Bronze (everyone)"), tierName(Tier::Bronze));
    m_minTier->addItem(tr("Silver"), tierName(Tier::Silver));
    m_minTier->addItem(tr("Gold"), tierName(Tier::Gold));
    form->addRow(tr("Minimum &tier"), m_minTier);
    m_skills = new QLineEdit(tab);
    m_skills->setPlaceholderText(tr("comma separated, e.g. german, medicine"));
    form->addRow(tr("&Skills"), withError(u"skills"_s, m_skills));
    m_warnings = new QLineEdit(tab);
    m_warnings->setPlaceholderText(tr("comma separated, e.g. violence"));
    form->addRow(tr("Content &warnings"), withError(u"content_warnings"_s, m_warnings));
    m_quality = new QualitySettings(tab);
    layout->addLayout(form);
    layout->addWidget(m_quality);

    auto *instructionsSplit = new QSplitter(Qt::Horizontal, tab);
    auto *editBox = new QGroupBox(tr("I&nstructions (Markdown)"), instructionsSplit);
    auto *editLayout = new QVBoxLayout(editBox);
    m_instructions = new QPlainTextEdit(editBox);
    m_instructions->setTabChangesFocus(true);
    editLayout->addWidget(m_instructions);
    auto *previewBox = new QGroupBox(tr("Preview"), instructionsSplit);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QTextBrowser(previewBox);
    m_preview->setOpenExternalLinks(false);
    previewLayout->addWidget(m_preview);
    layout->addWidget(instructionsSplit, 1);

    const QList<std::pair<QLineEdit *, QString>> lines{
            {m_title, u"title"_s}, {m_skills, u"skills"_s}, {m_warnings, u"content_warnings"_s}};
    for (const auto &[edit, source] : lines)
        connect(edit, &QLineEdit::textChanged, this, [this, source = source] {
            updateValidation();
            recordEdit(source, true);
        });
    const QList<std::pair<QSpinBox *, QString>> spins{
            {m_pay, u"pay_cents"_s}, {m_estimate, u"estimate_seconds"_s}, {m_overlap, u"overlap"_s}};
    for (const auto &[spin, source] : spins)
        connect(spin, &QSpinBox::valueChanged, this, [this, source = source] {
            updateValidation();
            updatePrice();
            recordEdit(source, true);
        });
    connect(m_minTier, &QComboBox::currentIndexChanged, this, [this] {
        updateValidation();
        recordEdit(u"min_tier"_s, false);
    });
    connect(m_instructions, &QPlainTextEdit::textChanged, this, [this] {
        updatePreview();
        recordEdit(u"instructions"_s, true);
    });
}

void TaskEditorPage::buildFormTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    m_formBuilder = new FormBuilder(tab);
    layout->addWidget(m_formBuilder);
    m_fieldErrors = m_formBuilder->errorLabel();
    m_errorLabels.insert(u"form"_s, m_fieldErrors);
    connect(m_formBuilder, &FormBuilder::fieldsEdited, this, [this](bool typing) {
        updateValidation();
        recordEdit(u"form"_s, typing);
    });
}

void TaskEditorPage::buildItemsTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("Import the items workers answer from a JSONL file (one JSON object per line) or a CSV "
                                "file (a header row names the keys). A file with any bad line adds nothing.\n"
                                "Gold (test) items carry the expected answer: in JSONL a \"gold\" object of answer "
                                "fields and \"training\": true for an item that shows its answer after submitting; "
                                "in CSV a \"gold.<field>\" column per judged field and a \"training\" column "
                                "(yes/no)."),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_itemsText = new QLabel(tab);
    m_itemsText->setWordWrap(true);
    layout->addWidget(m_itemsText);
    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton(tr("&Import items…"), tab);
    m_clearItems = new QPushButton(tr("Discard imported items"), tab);
    buttons->addWidget(m_import);
    buttons->addWidget(m_clearItems);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_importText = new QLabel(tab);
    m_importText->setWordWrap(true);
    m_importText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_importText);
    layout->addWidget(scroll, 1);

    connect(m_import, &QPushButton::clicked, this, &TaskEditorPage::importItemsFromDialog);
    connect(m_clearItems, &QPushButton::clicked, this, [this] {
        clearPendingItems();
        m_importText->clear();
        updateItemsText();
        updatePrice();
    });
}

QWidget *TaskEditorPage::buildSidePanel()
{
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(250);
    panel->setMaximumWidth(300);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *priceBox = new QGroupBox(tr("Price"), panel);
    auto *priceLayout = new QVBoxLayout(priceBox);
    m_price = new QLabel(priceBox);
    m_price->setWordWrap(true);
    m_price->setTextFormat(Qt::RichText);
    m_price->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    priceLayout->addWidget(m_price);
    layout->addWidget(priceBox);
    m_save = new QPushButton(tr("&Save draft"), panel);
    m_publish = new QPushButton(tr("P&ublish"), panel);
    m_exportResults = new QPushButton(tr("E&xport results…"), panel);
    m_exportResults->setEnabled(false);
    m_exportResults->setToolTip(tr("Write the answers of a published task to a CSV, JSON Lines or Label Studio file"));
    layout->addWidget(m_save);
    layout->addWidget(m_publish);
    layout->addWidget(m_exportResults);
    m_status = new QLabel(panel);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status, 1);

    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_publish, &QPushButton::clicked, this, [this] { (void)publish(); });
    return panel;
}

void TaskEditorPage::setPolicy(const Policy &policy)
{
    m_policy = policy;
    updatePrice();
}

void TaskEditorPage::setStanding(Standing standing)
{
    m_standing = standing;
    updatePrice();
}

Policy TaskEditorPage::policy() const
{
    if (m_policy)
        return *m_policy;
    if (const std::optional<ServerInfo> info = m_engine.serverInfo(); info && !info->policy.isEmpty()) {
        if (auto policy = Policy::fromJson(QJsonDocument(info->policy).toJson(QJsonDocument::Compact)))
            return *policy;
    }
    return Policy::defaults();
}

Standing TaskEditorPage::standing() const
{
    if (m_standing)
        return *m_standing;
    const auto state = m_store.state();
    if (state && !state->userId.isEmpty()) {
        const auto account = m_store.read(u"account"_s, state->userId);
        if (account && *account) {
            if (auto standing = parseStanding((*account)->value(u"standing"_s).toString()))
                return *standing;
        }
    }
    return Standing::Caterpillar;
}

TaskRevision TaskEditorPage::revision() const
{
    TaskRevision revision;
    revision.id = m_revisionId;
    revision.taskId = m_taskId;
    revision.title = m_title->text();
    revision.instructions = m_instructions->toPlainText();
    revision.form = AnswerForm(m_formBuilder->fields());
    revision.payCents = m_pay->value();
    revision.overlap = m_overlap->value();
    revision.minTier = parseTier(m_minTier->currentData().toString()).valueOr(Tier::Bronze);
    revision.skills = splitList(m_skills->text());
    revision.contentWarnings = splitList(m_warnings->text());
    revision.estimateSeconds = m_estimate->value();
    return revision;
}

QStringList TaskEditorPage::taskIds() const
{
    QStringList ids;
    for (int row = 0; row < m_taskList->count(); ++row)
        ids.append(m_taskList->item(row)->data(Qt::UserRole).toString());
    return ids;
}

QString TaskEditorPage::rowText(const QString &taskId) const
{
    for (int row = 0; row < m_taskList->count(); ++row) {
        if (m_taskList->item(row)->data(Qt::UserRole).toString() == taskId)
            return m_taskList->item(row)->text();
    }
    return {};
}

bool TaskEditorPage::selectTask(const QString &taskId)
{
    const int row = static_cast<int>(taskIds().indexOf(taskId));
    if (row < 0)
        return false;
    m_taskList->setCurrentRow(row);
    if (m_taskId != taskId)
        loadTask(taskId);
    return true;
}

QString TaskEditorPage::fieldError(const QString &key) const
{
    const QLabel *label = m_errorLabels.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

QString TaskEditorPage::priceText() const
{
    QTextDocument document;
    document.setHtml(m_price->text());
    return document.toPlainText();
}

QString TaskEditorPage::importText() const
{
    return m_importText->text();
}

QString TaskEditorPage::statusText() const
{
    return m_status->text();
}

void TaskEditorPage::reload()
{
    const auto state = m_store.state();
    const QString me = state ? state->userId : QString();
    const auto tasks = m_store.list(u"task"_s);
    m_loading = true;
    m_taskList->clear();
    if (tasks) {
        for (const StoredEntity &task : *tasks) {
            const QString requester = task.data.value(u"requester_id"_s).toString();
            if (!me.isEmpty() && requester != me)
                continue;
            const QString title = task.data.value(u"title"_s).toString();
            const QString text = u"%1\n%2"_s.arg(isBlank(title) ? tr("(untitled)") : excerpt(title, 60),
                                                 stateLabel(task.data.value(u"state"_s).toString()));
            auto *item = new QListWidgetItem(task.local ? text + u' ' + tr("· not yet synced") : text);
            item->setData(Qt::UserRole, task.id);
            m_taskList->addItem(item);
            if (task.id == m_taskId)
                m_taskList->setCurrentItem(item);
        }
    }
    m_loading = false;
    // The server may have moved the task on (version, items, state): keep the editor's text, take its figures.
    if (!m_taskId.isEmpty()) {
        const auto task = m_store.read(u"task"_s, m_taskId);
        if (task && *task) {
            m_baseVersion = (*task)->value(u"version"_s).toInteger(m_baseVersion);
            m_itemsTotal = (*task)->value(u"items_total"_s).toInteger();
            m_state = (*task)->value(u"state"_s).toString(m_state);
            m_revisionId = (*task)->value(u"revision_id"_s).toString(m_revisionId);
            setEditable(m_state == u"draft");
        }
    }
    updateItemsText();
    updatePrice();
}

void TaskEditorPage::newTask()
{
    m_taskId = newId();
    m_revisionId.clear();
    m_state = u"draft"_s;
    m_baseVersion = 0;
    m_itemsTotal = 0;
    clearPendingItems();
    m_importText->clear();
    m_quality->setQualificationTasks(qualificationTasks());
    m_quality->skillCompleter()->reload(m_store);
    m_quality->load({});
    m_contests->setTask(m_taskId);
    TaskRevision fresh;
    fresh.taskId = m_taskId;
    fresh.payCents = 10;
    fresh.estimateSeconds = 30;
    fresh.form = AnswerForm({FormBuilder::starterField({}, FieldKind::SingleChoice)});
    loadRevision(fresh);
    m_taskList->setCurrentRow(-1);
    m_status->clear();
    setEditable(true);
}

void TaskEditorPage::loadTask(const QString &taskId)
{
    const auto task = m_store.read(u"task"_s, taskId);
    if (!task || !*task)
        return;
    const QJsonObject entity = **task;
    m_taskId = taskId;
    m_state = entity.value(u"state"_s).toString();
    m_baseVersion = entity.value(u"version"_s).toInteger();
    m_itemsTotal = entity.value(u"items_total"_s).toInteger();
    m_revisionId = entity.value(u"revision_id"_s).toString();
    clearPendingItems();
    m_importText->clear();
    m_status->clear();
    m_contests->setTask(taskId);
    m_quality->setQualificationTasks(qualificationTasks());
    m_quality->skillCompleter()->reload(m_store);
    const auto stored = m_store.read(u"task_revision"_s, m_revisionId);
    if (stored && *stored) {
        if (auto revision = TaskRevision::fromJson(**stored))
            loadRevision(*revision);
        else
            m_status->setText(tr("The task's revision could not be read: %1").arg(revision.error().message));
    }
    // After the form is on screen: the aggregation field is one of its fields.
    m_quality->load(stored && *stored ? **stored : QJsonObject());
    setEditable(m_state == u"draft");
}

void TaskEditorPage::loadRevision(const TaskRevision &revision)
{
    m_loading = true;
    m_title->setText(revision.title);
    m_instructions->setPlainText(revision.instructions);
    m_pay->setValue(static_cast<int>(revision.payCents));
    m_overlap->setValue(revision.overlap);
    m_estimate->setValue(revision.estimateSeconds);
    m_minTier->setCurrentIndex(m_minTier->findData(tierName(revision.minTier)));
    m_skills->setText(revision.skills.join(u", "_s));
    m_warnings->setText(revision.contentWarnings.join(u", "_s));
    m_formBuilder->fieldList()->setCurrentRow(-1);
    m_formBuilder->setFields(revision.form.fields());
    m_loading = false;
    updatePreview();
    updateValidation();
    updateItemsText();
    updatePrice();
    m_undo->reset();
}

void TaskEditorPage::showRevision(const TaskRevision &revision)
{
    m_loading = true;
    if (m_title->text() != revision.title)
        m_title->setText(revision.title);
    if (m_instructions->toPlainText() != revision.instructions) {
        // The caret stays near where it was, so undoing typing does not jump to the top.
        const int position = m_instructions->textCursor().position();
        m_instructions->setPlainText(revision.instructions);
        QTextCursor cursor = m_instructions->textCursor();
        cursor.setPosition(std::min(position, static_cast<int>(revision.instructions.size())));
        m_instructions->setTextCursor(cursor);
    }
    m_pay->setValue(static_cast<int>(revision.payCents));
    m_overlap->setValue(revision.overlap);
    m_estimate->setValue(revision.estimateSeconds);
    m_minTier->setCurrentIndex(m_minTier->findData(tierName(revision.minTier)));
    if (splitList(m_skills->text()) != revision.skills)
        m_skills->setText(revision.skills.join(u", "_s));
    if (splitList(m_warnings->text()) != revision.contentWarnings)
        m_warnings->setText(revision.contentWarnings.join(u", "_s));
    if (m_formBuilder->fields() != revision.form.fields())
        m_formBuilder->setFields(revision.form.fields());
    m_loading = false;
    updatePreview();
    updateValidation();
    updatePrice();
}

void TaskEditorPage::recordEdit(const QString &source, bool typing)
{
    if (!m_loading && m_undo && m_save->isEnabled())
        m_undo->record(source, typing);
}

QUndoStack *TaskEditorPage::undoStack() const
{
    return m_undo->stack();
}

QListWidget *TaskEditorPage::fieldList() const
{
    return m_formBuilder->fieldList();
}

QComboBox *TaskEditorPage::newFieldKindCombo() const
{
    return m_formBuilder->newFieldKindCombo();
}

QLineEdit *TaskEditorPage::fieldNameEdit() const
{
    return m_formBuilder->fieldNameEdit();
}

QLineEdit *TaskEditorPage::fieldLabelEdit() const
{
    return m_formBuilder->fieldLabelEdit();
}

QCheckBox *TaskEditorPage::fieldRequiredCheck() const
{
    return m_formBuilder->fieldRequiredCheck();
}

QTableWidget *TaskEditorPage::optionTable() const
{
    return m_formBuilder->optionTable();
}

QSpinBox *TaskEditorPage::ratingMinSpin() const
{
    return m_formBuilder->ratingMinSpin();
}

QSpinBox *TaskEditorPage::ratingMaxSpin() const
{
    return m_formBuilder->ratingMaxSpin();
}

QSpinBox *TaskEditorPage::minLengthSpin() const
{
    return m_formBuilder->minLengthSpin();
}

QSpinBox *TaskEditorPage::maxLengthSpin() const
{
    return m_formBuilder->maxLengthSpin();
}

QPlainTextEdit *TaskEditorPage::spanLabelsEdit() const
{
    return m_formBuilder->spanLabelsEdit();
}

QLineEdit *TaskEditorPage::sourceKeyEdit() const
{
    return m_formBuilder->sourceKeyEdit();
}

void TaskEditorPage::exportResults()
{
    ResultsExportDialog dialog(m_store, m_taskId, this);
    if (dialog.exec() == QDialog::Accepted)
        m_status->setText(tr("Results written to %1").arg(dialog.fileName()));
}

void TaskEditorPage::setEditable(bool editable)
{
    m_tabs->setEnabled(true);
    for (QWidget *widget : m_tabs->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
            qobject_cast<QSpinBox *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QCheckBox *>(widget) || qobject_cast<QPushButton *>(widget) ||
            qobject_cast<QTableWidget *>(widget))
            widget->setEnabled(editable);
    }
    // Contests are resolved whatever the task's state; quality controls that depend on each other follow them.
    m_contests->reload();
    if (editable)
        m_quality->updateState();
    m_save->setEnabled(editable);
    m_publish->setEnabled(editable);
    m_exportResults->setEnabled(m_state == u"published" || m_state == u"closed");
    const QString title = editable ? tr("Draft") : stateLabel(m_state);
    m_heading->setText(u"<h3>%1</h3>"_s.arg(title.toHtmlEscaped()));
    m_formBuilder->setEditable(editable);
    updateItemsText();
}

void TaskEditorPage::updatePreview()
{
    m_preview->setMarkdown(m_instructions->toPlainText());
    updateValidation();
}

void TaskEditorPage::updateValidation()
{
    if (m_loading)
        return;
    TaskRevision current = revision();
    m_quality->setForm(current.form);
    const QList<FormField> &fields = current.form.fields();
    const Status status = current.validate();
    QMap<QString, QStringList> messages;
    QStringList formMessages;
    if (!status) {
        for (const FieldError &error : status.error().fieldErrors) {
            if (error.field.startsWith(u"form")) {
                QString where = error.field;
                // "form[2].options[1].value" → "field 3 (name): options[1].value …"
                static const QRegularExpression index(u"^form\\[(\\d+)\\]\\.?(.*)$"_s);
                if (const auto match = index.match(error.field); match.hasMatch()) {
                    const int i = match.captured(1).toInt();
                    const QString name = i < fields.size() ? fields.at(i).name : QString();
                    where = tr("Field %1 (%2)").arg(i + 1).arg(name);
                    if (!match.captured(2).isEmpty())
                        where += u' ' + match.captured(2);
                }
                formMessages.append(where + u": "_s + error.message);
            } else {
                const QString key = error.field.section(u'[', 0, 0);
                messages[key].append(error.message);
            }
        }
    }
    const QString red = errorColour();
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it) {
        it.value()->setStyleSheet(u"color: %1;"_s.arg(red));
        const QStringList list = it.key() == u"form" ? formMessages : messages.value(it.key());
        it.value()->setText(list.join(u'\n'));
        it.value()->setVisible(!list.isEmpty());
    }
    QListWidget *fieldRows = m_formBuilder->fieldList();
    for (int row = 0; row < fieldRows->count(); ++row) {
        const QString prefix = u"form[%1]"_s.arg(row);
        bool bad = false;
        if (!status) {
            for (const FieldError &error : status.error().fieldErrors)
                bad = bad || error.field.startsWith(prefix + u'.') || error.field == prefix;
        }
        fieldRows->item(row)->setIcon(bad ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

void TaskEditorPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The error red depends on whether the palette is light or dark.
    if (event->type() == QEvent::PaletteChange) {
        updateValidation();
        if (!m_importText->styleSheet().isEmpty())
            m_importText->setStyleSheet(u"color: %1;"_s.arg(errorColour()));
    }
}

QString TaskEditorPage::errorColour() const
{
    // A red that reads on the light and the dark palette alike.
    return palette().color(QPalette::Window).lightness() < 128 ? u"#ff8a80"_s : u"#b71c1c"_s;
}

void TaskEditorPage::updateItemsText()
{
    QString text =
            m_itemsTotal == 1 ? tr("1 item on the marketplace") : tr("%1 items on the marketplace").arg(m_itemsTotal);
    if (!m_pendingItems.isEmpty())
        text += u"; "_s + (m_pendingItems.size() == 1
                                   ? tr("1 imported item not yet sent: it goes out with the next save")
                                   : tr("%1 imported items not yet sent: they go out with the next save")
                                             .arg(m_pendingItems.size()));
    const int goldPending = pendingGoldCount();
    const int goldSent = goldItemCount();
    if (goldPending + goldSent > 0)
        text += u"; "_s +
                (goldPending > 0
                         ? tr("gold (test) items: %1 on the marketplace, %2 imported").arg(goldSent).arg(goldPending)
                         : tr("gold (test) items: %1").arg(goldSent));
    m_itemsText->setText(text + u'.');
    m_clearItems->setEnabled(!m_pendingItems.isEmpty() && m_save->isEnabled());
}

int TaskEditorPage::pendingGoldCount() const
{
    return static_cast<int>(std::count_if(m_pendingGold.cbegin(), m_pendingGold.cend(),
                                          [](const QJsonObject &gold) { return !gold.isEmpty(); }));
}

int TaskEditorPage::goldItemCount() const
{
    int count = 0;
    if (m_taskId.isEmpty())
        return 0;
    if (const auto items = m_store.list(u"item"_s)) {
        for (const StoredEntity &item : *items) {
            if (item.data.value(u"task_id"_s).toString() == m_taskId && item.data.value(u"gold"_s).isObject())
                ++count;
        }
    }
    return count;
}

void TaskEditorPage::clearPendingItems()
{
    m_pendingItems.clear();
    m_pendingGold.clear();
    m_pendingTraining.clear();
}

QList<std::pair<QString, QString>> TaskEditorPage::qualificationTasks() const
{
    QList<std::pair<QString, QString>> tasks;
    const auto state = m_store.state();
    const QString me = state ? state->userId : QString();
    const auto stored = m_store.list(u"task"_s);
    if (!stored)
        return tasks;
    for (const StoredEntity &task : *stored) {
        const QString taskState = task.data.value(u"state"_s).toString();
        if (task.id == m_taskId || task.data.value(u"requester_id"_s).toString() != me ||
            (taskState != u"published" && taskState != u"closed"))
            continue;
        const auto revision = m_store.read(u"task_revision"_s, task.data.value(u"revision_id"_s).toString());
        if (revision && *revision && (*revision)->value(u"kind"_s).toString() == u"qualification")
            tasks.append({task.id, task.data.value(u"title"_s).toString()});
    }
    return tasks;
}

void TaskEditorPage::updatePrice()
{
    if (m_loading || !m_price)
        return;
    const QLocale locale;
    const Standing who = standing();
    const Policy rules = policy();
    const qint64 items = m_itemsTotal + m_pendingItems.size();
    const Cents pay = m_pay->value();
    const int estimate = m_estimate->value();
    QStringList rows;
    auto row = [&](const QString &name, const QString &value) {
        rows.append(u"<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>"_s.arg(name.toHtmlEscaped(),
                                                                                    value.toHtmlEscaped()));
    };
    const BasisPoints rate = feeRate(who, rules);
    row(who == Standing::Butterfly ? tr("Fee (butterfly)") : tr("Fee (caterpillar)"),
        locale.toString(static_cast<double>(rate) / 100.0, 'f', rate % 100 == 0 ? 0 : 2) + u" %"_s);
    QString note;
    if (pay <= 0) {
        note = tr("Set the pay per answer to see the escrow.");
    } else if (const auto perSlot = quoteEscrow(pay, 1, m_overlap->value(), who, rules); !perSlot) {
        note = perSlot.error().message;
    } else {
        row(tr("Fee per answer"), formatCents(perSlot->feePerSlot, locale));
        row(tr("Escrow per answer"), formatCents(perSlot->escrowPerSlot, locale));
        if (items > 0) {
            if (const auto quote = quoteEscrow(pay, static_cast<int>(items), m_overlap->value(), who, rules)) {
                row(tr("Answers (%1 items × %2)").arg(items).arg(m_overlap->value()), locale.toString(quote->slots));
                row(tr("Escrow at publish"), formatCents(quote->total, locale));
            } else {
                note = quote.error().message;
            }
        } else {
            note = tr("Import items to see the whole escrow.");
        }
    }
    if (estimate > 0 && pay > 0)
        row(tr("Implied hourly pay"), formatCents(pay * 3600 / estimate, locale) + tr(" /h"));
    else
        row(tr("Implied hourly pay"), tr("—"));
    const auto state = m_store.state();
    if (state && !state->userId.isEmpty()) {
        if (const auto wallet = m_store.read(u"wallet"_s, state->userId); wallet && *wallet)
            row(tr("Your balance"), formatCents((*wallet)->value(u"balance_cents"_s).toInteger(), locale));
    }
    QString html = u"<table width=\"100%\" cellspacing=\"3\">"_s + rows.join(QString()) + u"</table>"_s;
    if (!note.isEmpty())
        html += u"<p>%1</p>"_s.arg(note.toHtmlEscaped());
    m_price->setText(html);
}

Status TaskEditorPage::importItems(const QString &path)
{
    const auto items = ItemImport::readItemsFile(path);
    if (!items) {
        QStringList lines{tr("Nothing was imported from %1:").arg(QFileInfo(path).fileName())};
        if (items.error().fieldErrors.isEmpty())
            lines.append(items.error().message);
        for (const FieldError &error : items.error().fieldErrors)
            lines.append(error.field + u": "_s + error.message);
        m_importText->setStyleSheet(u"color: %1;"_s.arg(errorColour()));
        m_importText->setText(lines.join(u'\n'));
        return items.error();
    }
    if (m_itemsTotal + m_pendingItems.size() + items->size() > kMaxImportedItems) {
        const Error error{ErrorCode::LimitExceeded, tr("A task holds at most %1 items.").arg(kMaxImportedItems), {}};
        m_importText->setText(error.message);
        return error;
    }
    int gold = 0;
    for (const ImportedItem &item : *items) {
        m_pendingItems.append(item.data);
        m_pendingGold.append(item.gold);
        m_pendingTraining.append(item.training);
        gold += item.isGold() ? 1 : 0;
    }
    m_importText->setStyleSheet(QString());
    m_importText->setText(
            items->size() == 1 ? tr("Imported 1 item from %1.").arg(QFileInfo(path).fileName())
                               : tr("Imported %1 items from %2.").arg(items->size()).arg(QFileInfo(path).fileName()));
    if (gold > 0)
        m_importText->setText(m_importText->text() + u' ' + tr("%Ln of them with a gold answer.", nullptr, gold));
    updateItemsText();
    updatePrice();
    return {};
}

void TaskEditorPage::importItemsFromDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import items"), QString(),
                                                      tr("Item files (*.jsonl *.ndjson *.json *.csv *.tsv)"));
    if (!path.isEmpty())
        (void)importItems(path);
}

QJsonObject TaskEditorPage::taskEntity(const QString &state) const
{
    const TaskRevision current = revision();
    const auto sync = m_store.state();
    QJsonObject task{
            {u"id"_s, m_taskId},
            {u"requester_id"_s, sync ? sync->userId : QString()},
            {u"origin"_s, standingName(standing())},
            {u"state"_s, state},
            {u"revision_id"_s, m_revisionId},
            {u"title"_s, current.title},
            {u"pay_cents"_s, current.payCents},
            {u"overlap"_s, current.overlap},
            {u"min_tier"_s, tierName(current.minTier)},
            {u"estimate_seconds"_s, current.estimateSeconds},
            {u"skills"_s, QJsonArray::fromStringList(current.skills)},
            {u"content_warnings"_s, QJsonArray::fromStringList(current.contentWarnings)},
            {u"items_total"_s, m_itemsTotal},
            {u"items_open"_s, m_itemsTotal * current.overlap},
            {u"version"_s, m_baseVersion},
    };
    return task;
}

Status TaskEditorPage::enqueueSave()
{
    TaskRevision current = revision();
    if (m_revisionId.isEmpty())
        m_revisionId = newId();
    current.id = m_revisionId;
    QJsonObject sent = current.toJson();
    for (const char16_t *key : {u"id", u"task_id", u"number", u"created_at"})
        sent.remove(QString::fromUtf16(key));
    const QJsonObject quality = m_quality->keys();
    for (auto it = quality.begin(); it != quality.end(); ++it)
        sent.insert(it.key(), it.value());
    const QJsonObject args{{u"task_id"_s, m_taskId}, {u"base_version"_s, m_baseVersion}, {u"revision"_s, sent}};
    // The overlay shows the draft as the server will hold it after this save: one version on.
    const qint64 base = m_baseVersion;
    m_baseVersion = base + 1;
    QJsonObject shown = current.toJson();
    shown.insert(u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    for (auto it = quality.begin(); it != quality.end(); ++it)
        shown.insert(it.key(), it.value());
    const QList<OverlayWrite> overlay{OverlayWrite::upsert(u"task"_s, m_taskId, taskEntity(u"draft"_s)),
                                      OverlayWrite::upsert(u"task_revision"_s, m_revisionId, shown)};
    const auto queued = m_engine.enqueue(kDraftSave, args, overlay);
    if (!queued) {
        m_baseVersion = base;
        return queued.error();
    }
    return {};
}

Status TaskEditorPage::enqueueItems()
{
    const qint64 maxBytes = m_engine.limits().maxMutationBytes - kItemsArgsReserve;
    const AnswerForm form = revision().form;
    while (!m_pendingItems.isEmpty()) {
        QJsonArray chunk;
        qint64 bytes = 0;
        qsizetype taken = 0;
        while (taken < m_pendingItems.size() && chunk.size() < kMaxItemsPerCall) {
            ImportedItem imported;
            imported.data = m_pendingItems.at(taken);
            imported.gold = ItemImport::typedGold(m_pendingGold.value(taken), form);
            imported.training = m_pendingTraining.value(taken);
            const QJsonObject item = imported.toItemJson(newId());
            const qint64 size = QJsonDocument(item).toJson(QJsonDocument::Compact).size() + 1;
            if (!chunk.isEmpty() && bytes + size > maxBytes)
                break;
            chunk.append(item);
            bytes += size;
            ++taken;
        }
        m_itemsTotal += taken;
        const QList<OverlayWrite> overlay{OverlayWrite::upsert(u"task"_s, m_taskId, taskEntity(m_state))};
        const auto queued = m_engine.enqueue(kItemsAdd, {{u"task_id"_s, m_taskId}, {u"items"_s, chunk}}, overlay);
        if (!queued) {
            m_itemsTotal -= taken;
            return queued.error();
        }
        m_pendingItems.remove(0, taken);
        m_pendingGold.remove(0, std::min(taken, m_pendingGold.size()));
        m_pendingTraining.remove(0, std::min(taken, m_pendingTraining.size()));
    }
    updateItemsText();
    return {};
}

Status TaskEditorPage::save()
{
    if (m_state != u"draft")
        return Error{ErrorCode::Conflict, tr("Only a draft can be changed."), {}};
    updateValidation();
    if (isBlank(m_title->text())) {
        m_status->setText(tr("Give the task a title before saving."));
        return Error::validation(m_status->text(), {{u"title"_s, tr("must not be blank")}});
    }
    if (const Status saved = enqueueSave(); !saved) {
        m_status->setText(tr("The draft could not be saved: %1").arg(saved.error().message));
        return saved;
    }
    if (const Status items = enqueueItems(); !items) {
        m_status->setText(tr("The items could not be queued: %1").arg(items.error().message));
        return items;
    }
    m_status->setText(m_engine.isOnline() ? tr("Draft saved; sending it to the marketplace.")
                                          : tr("Draft saved here; it goes to the marketplace when you are online."));
    const QString id = m_taskId;
    reload();
    Q_EMIT draftSaved(id);
    return {};
}

Status TaskEditorPage::publish()
{
    const TaskRevision current = revision();
    if (const Status valid = current.validate(); !valid) {
        updateValidation();
        m_status->setText(tr("Fix the problems marked in red before publishing."));
        return valid;
    }
    if (m_itemsTotal + m_pendingItems.size() == 0) {
        m_status->setText(tr("Import at least one item before publishing."));
        return Error::validation(m_status->text(), {{u"items"_s, tr("at least one item is needed")}});
    }
    if (const Status saved = save(); !saved)
        return saved;
    const QString next = standing() == Standing::Butterfly ? u"published"_s : u"in_feedback"_s;
    const QList<OverlayWrite> overlay{OverlayWrite::upsert(u"task"_s, m_taskId, taskEntity(next))};
    if (const auto queued = m_engine.enqueue(kPublish, {{u"task_id"_s, m_taskId}}, overlay); !queued) {
        m_status->setText(tr("Publishing could not be queued: %1").arg(queued.error().message));
        return queued.error();
    }
    m_status->setText(next == u"published" ? tr("Publishing: the escrow is reserved when the marketplace accepts it.")
                                           : tr("Publishing: the task goes to feedback once the escrow is reserved."));
    const QString id = m_taskId;
    reload();
    Q_EMIT publishQueued(id);
    return {};
}

void TaskEditorPage::keepConflictedCopies()
{
    const auto saves = m_store.entriesNamed(kDraftSave);
    if (!saves)
        return;
    for (const OutboxEntry &entry : *saves) {
        if (entry.state != OutboxState::Rejected || entry.isDismissed() || entry.outcomeCode != u"VERSION_CONFLICT")
            continue;
        // The user's copy becomes a new draft; the server's version stays under the original task.
        QJsonObject revision = entry.args.value(u"revision"_s).toObject();
        QString title = tr("%1 (conflicted copy)").arg(revision.value(u"title"_s).toString());
        if (codePointCount(title) > kMaxTitleLength)
            title = excerpt(title, kMaxTitleLength - 1);
        revision.insert(u"title"_s, title);
        const QString copyId = newId();
        QJsonObject shown = revision;
        const QString revisionId = newId();
        shown.insert(u"id"_s, revisionId);
        shown.insert(u"task_id"_s, copyId);
        shown.insert(u"number"_s, 1);
        const auto sync = m_store.state();
        QJsonObject task{{u"id"_s, copyId},
                         {u"requester_id"_s, sync ? sync->userId : QString()},
                         {u"state"_s, u"draft"_s},
                         {u"revision_id"_s, revisionId},
                         {u"title"_s, title},
                         {u"pay_cents"_s, revision.value(u"pay_cents"_s)},
                         {u"overlap"_s, revision.value(u"overlap"_s)},
                         {u"items_total"_s, 0},
                         {u"version"_s, 1}};
        const QJsonObject args{{u"task_id"_s, copyId}, {u"base_version"_s, 0}, {u"revision"_s, revision}};
        const auto queued = m_engine.enqueue(kDraftSave, args,
                                             {OverlayWrite::upsert(u"task"_s, copyId, task),
                                              OverlayWrite::upsert(u"task_revision"_s, revisionId, shown)});
        if (!queued)
            continue;
        (void)m_engine.dismiss(entry.mutationId);
        if (entry.args.value(u"task_id"_s).toString() == m_taskId) {
            m_status->setText(tr("The draft changed on the marketplace while you edited it. Your version is kept as "
                                 "\"%1\" beside the marketplace's.")
                                      .arg(title));
            m_taskId = copyId;
            m_revisionId = revisionId;
            m_baseVersion = 1;
            m_itemsTotal = 0;
            m_title->setText(title);
        }
    }
}

void TaskEditorPage::showPublishOutcome()
{
    const auto publishes = m_store.entriesNamed(kPublish);
    if (!publishes)
        return;
    // Only the latest publish of this task speaks: an old refusal is moot once a later one went through.
    std::optional<OutboxEntry> latest;
    for (const OutboxEntry &entry : *publishes) {
        if (entry.args.value(u"task_id"_s).toString() == m_taskId)
            latest = entry;
    }
    if (latest && latest->state == OutboxState::Rejected && !latest->isDismissed()) {
        const OutboxEntry &entry = *latest;
        const QJsonObject details = entry.outcome.value(u"details"_s).toObject();
        if (entry.outcomeCode == u"INSUFFICIENT_FUNDS") {
            const QLocale locale;
            m_status->setText(tr("Not published: the escrow needs %1 but your balance is %2. Nothing was reserved; "
                                 "add funds or lower the pay, overlap or items and publish again.")
                                      .arg(formatCents(details.value(u"required_cents"_s).toInteger(), locale),
                                           formatCents(details.value(u"balance_cents"_s).toInteger(), locale)));
        } else {
            m_status->setText(tr("Not published: %1").arg(entry.outcomeMessage()));
        }
    }
}

} // namespace Chrysalis
