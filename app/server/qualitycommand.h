#pragma once

#include <QStringList>
#include <QTextStream>

namespace Chrysalis {

// `chrysalis-server quality …`: truth inference and agreement metrics on files, for operators.
//   quality aggregate --method mv|wawa|ds|onecoin|glad|mace|mean|median --answers FILE
//                     [--truth FILE] [--output FILE] [--workers FILE] [--max-iterations N] [--tolerance X]
//   quality agreement --metric cohen|fleiss|alpha --input FILE
//                     [--level nominal|ordinal|interval|ratio] [--weights none|linear|quadratic]
// `arguments` are the words after "quality". Returns the exit code: 0 done, 2 bad usage (the
// message and the usage go to `err`), 1 a file that cannot be read or used (file and line).
int runQualityCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Chrysalis
