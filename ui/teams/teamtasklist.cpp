#include "ui/teams/teamtasklist.h"

#include "core/sync/teamtaskmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QTreeView>

namespace Chrysalis {

QTreeView *createTeamTaskList(TeamTaskModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QTreeView(parent);
    list->setAccessibleName(accessibleName);
    list->setModel(model);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setColumnHidden(TeamTaskModel::Roles, true);
    list->setColumnHidden(TeamTaskModel::Deadline, true);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(TeamTaskModel::Title, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(TeamTaskModel::Seats, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(TeamTaskModel::State, QHeaderView::ResizeToContents);
    return list;
}

QLabel *createEmptyHint(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

QString reselectTeamTask(QTreeView *list, const TeamTaskModel &model, const QString &current)
{
    QString shown = current;
    if (model.rowOf(shown) < 0)
        shown = model.rowCount() > 0 ? model.teamTask(0).id : QString();
    const int row = model.rowOf(shown);
    if (row >= 0) {
        const QSignalBlocker blocker(list->selectionModel());
        list->setCurrentIndex(model.index(row, TeamTaskModel::Title));
    }
    return shown;
}

} // namespace Chrysalis
