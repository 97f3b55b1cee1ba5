#pragma once

#include <QStringList>
#include <QTextStream>

namespace Chrysalis {

// `chrysalis-server results export --db URL --task ID --format csv|jsonl|labelstudio [--answers]
// [--spreadsheet-safe] [--output FILE]`: a task's results read from the marketplace database, per item
// (aggregated as the task's revision asks) or with --answers every answer with its provenance. The file
// goes to --output (written whole or not at all) or to `out`. `arguments` are the words after "results".
// Returns the exit code: 0 done, 1 failed (the reason on `err`), 2 bad usage.
int runResultsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Chrysalis
