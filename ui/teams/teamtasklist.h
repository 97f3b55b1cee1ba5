#pragma once

#include <QString>

class QLabel;
class QTreeView;
class QWidget;

namespace Chrysalis {

class TeamTaskModel;

// The list of team tasks on the left of both team pages: title, seats and state, with a hint in
// placeholder colour for when it is empty.
QTreeView *createTeamTaskList(TeamTaskModel *model, const QString &accessibleName, QWidget *parent);
QLabel *createEmptyHint(const QString &text, QWidget *parent);

// After the model reloaded: the team task to show — `current` while it is still listed, else the first
// one (so a page never opens on an empty half), else none — selected in `list` without a signal.
QString reselectTeamTask(QTreeView *list, const TeamTaskModel &model, const QString &current);

} // namespace Chrysalis
