#pragma once

#include <QStringList>
#include <QTextStream>

namespace Chrysalis {

// `chrysalis-server labelstudio …`: bringing Label Studio projects over, for operators and requesters.
//   labelstudio convert-config CONFIG          the answer form JSON of a labeling config (XML or template)
//   labelstudio import-tasks TASKS --output F  the items of a task file as JSONL, as the client imports them
//   labelstudio export-config FORM --show K,…  the labeling config of an answer form (its JSON)
// `arguments` are the words after "labelstudio". Returns the exit code: 0 done, 2 bad usage (the message and
// the usage go to `err`), 1 a file that cannot be read or used, or a config with tags we cannot take.
int runLabelStudioCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Chrysalis
