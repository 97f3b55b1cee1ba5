#include "core/work/breakadvisor.h"

#include <algorithm>

namespace Chrysalis {

bool BreakAdvisor::recordAnswer(bool flagged, int seconds, const QDateTime &at)
{
    // The answer's own time counts as work, not as a pause before it.
    const qint64 pause = m_lastAnswer.isValid() ? m_lastAnswer.secsTo(at) - std::max(seconds, 0) : 0;
    if (pause >= qint64(m_rules.pauseMinutes) * 60) {
        m_items = 0;
        m_seconds = 0;
    }
    m_lastAnswer = at;
    if (!flagged)
        return false;
    ++m_items;
    m_seconds += std::max(seconds, 0);
    if (m_items < m_rules.flaggedItems && m_seconds < m_rules.flaggedMinutes * 60)
        return false;
    m_items = 0;
    m_seconds = 0;
    return true;
}

} // namespace Chrysalis
