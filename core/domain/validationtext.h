#pragma once

#include <QCoreApplication>
#include <QString>

namespace Chrysalis {

// The translation context of the messages core's rules write ("must not be blank"). The server installs no
// translator, so there they stay the English source text and the wire never changes; the client, which
// installs translators, shows them in the user's language.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Chrysalis::Validation)

public:
    // `english` in the user's language when it is one of core's fixed messages (a rejection the
    // marketplace sent back as text); any other message, one with numbers filled in, as it came.
    static QString translated(const QString &english);
};

} // namespace Chrysalis
