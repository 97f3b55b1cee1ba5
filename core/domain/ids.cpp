#include "core/domain/ids.h"

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <array>

namespace Chrysalis {

namespace {

struct IdClock {
    QMutex mutex;
    quint64 lastMs = 0;
    quint32 counter = 0; // 12 bits used
};

IdClock &idClock()
{
    static IdClock clock;
    return clock;
}

constexpr quint32 kCounterMask = 0xFFF;

} // namespace

QString newId()
{
    QRandomGenerator *random = QRandomGenerator::system();
    quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFULL;
    quint32 counter = 0;
    {
        IdClock &clock = idClock();
        const QMutexLocker locker(&clock.mutex);
        if (ms > clock.lastMs) {
            // A fresh millisecond: a random counter start with its top bit clear leaves room for
            // at least 2048 more ids in this millisecond.
            counter = random->generate() & (kCounterMask >> 1);
        } else {
            // Same millisecond, or the clock stepped back: count on from the last id, and borrow
            // the next millisecond when the counter runs out (RFC 9562 section 6.2).
            ms = clock.lastMs;
            counter = clock.counter + 1;
            if (counter > kCounterMask) {
                ++ms;
                counter = random->generate() & (kCounterMask >> 1);
            }
        }
        clock.lastMs = ms;
        clock.counter = counter;
    }

    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<quint8>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<quint8>(0x70 | ((counter >> 8) & 0x0F)); // version 7
    bytes[7] = static_cast<quint8>(counter & 0xFF);
    const quint64 tail = random->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[static_cast<std::size_t>(8 + i)] = static_cast<quint8>(tail >> (8 * (7 - i)));
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F)); // variant 10

    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += u'-';
        text += QChar(kHex[bytes[i] >> 4]);
        text += QChar(kHex[bytes[i] & 0x0F]);
    }
    return text;
}

bool isValidId(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace Chrysalis
