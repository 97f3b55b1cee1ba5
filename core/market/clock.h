#pragma once

#include <QDateTime>

namespace Chrysalis {

// Where the marketplace reads the time: the system clock in production, a clock the test moves
// by hand everywhere else, so expiries, windows and deadlines can be tested at their edges.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// The system clock moved by a fixed offset: a server whose clock is off, for tests of clients that
// must follow the server's time rather than their own.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 offsetSeconds) : m_offsetSeconds(offsetSeconds) { }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }

private:
    qint64 m_offsetSeconds = 0;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Chrysalis
