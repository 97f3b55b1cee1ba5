#pragma once

#include <QStringList>
#include <QTextStream>

namespace Chrysalis {

// The operator's commands of chrysalis-server. `arguments` are the words after the command's
// name. Each returns the process exit code: 0 done, 1 failed (a clear message on `err`), 2 bad
// usage. serve returns only when the server stops.
int runServeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runAdminCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Chrysalis
