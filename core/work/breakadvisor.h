#pragma once

#include <QDateTime>

namespace Chrysalis {

// When to offer a worker a break from tasks that carry content warnings (MECHANISM.md, fair-work
// commitments). A run is the flagged answers since the last pause; an unflagged answer in between
// does not end it, because the exposure still adds up, but a pause of `pauseMinutes` does. A break
// is offered once the run reaches `flaggedItems` answers or `flaggedMinutes` of measured time, and
// then not again until a new run of the same length.
class BreakAdvisor
{
public:
    struct Rules {
        int flaggedItems = 25;
        int flaggedMinutes = 45;
        int pauseMinutes = 10;
    };

    BreakAdvisor() = default;
    explicit BreakAdvisor(Rules rules) : m_rules(rules) { }

    // Records an answer submitted at `at` that took `seconds`. True when a break should be offered now.
    bool recordAnswer(bool flagged, int seconds, const QDateTime &at);

    int flaggedInRun() const { return m_items; }
    int flaggedSecondsInRun() const { return m_seconds; }
    const Rules &rules() const { return m_rules; }

private:
    Rules m_rules;
    QDateTime m_lastAnswer;
    int m_items = 0;
    int m_seconds = 0;
};

} // namespace Chrysalis
