#include "core/store/ledgerrepository.h"

#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

Status validateEvent(const QString &eventKind, const LedgerEvent &entries)
{
    if (entries.isEmpty())
        return Error::validation(u"a ledger event needs at least one line"_s);
    QList<FieldError> problems;
    if (eventKind.isEmpty())
        problems << FieldError{u"kind"_s, u"the event needs a kind"_s};
    Cents sum = 0;
    bool overflow = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const LedgerEntry &entry = entries.at(i);
        const QString field = u"entries[%1]"_s.arg(i);
        if (isPersonalBook(entry.account.book) && entry.account.ownerId.isEmpty())
            problems << FieldError{field + u".account"_s, u"a personal book needs an owner"_s};
        if (entry.kind.isEmpty())
            problems << FieldError{field + u".kind"_s, u"the line needs a kind"_s};
        overflow = overflow || __builtin_add_overflow(sum, entry.amountCents, &sum);
    }
    if (overflow)
        problems << FieldError{u"entries"_s, u"the amounts overflow"_s};
    else if (sum != 0)
        problems << FieldError{u"entries"_s, u"the lines sum to %1 cents, not zero"_s.arg(sum)};
    if (!problems.isEmpty())
        return Error::validation(u"ledger event \"%1\" refused"_s.arg(eventKind), problems);
    return {};
}

} // namespace

Migration LedgerRepository::migration(int version)
{
    return {version,
            u"ledger"_s,
            {u"CREATE TABLE ledger_event ("
             "id {id_pk}, kind {text} NOT NULL, created_at {timestamp} NOT NULL, ref {text} NOT NULL DEFAULT '')"_s,
             u"CREATE TABLE ledger_entry ("
             "id {id_pk}, event_id {bigint} NOT NULL REFERENCES ledger_event (id), account {text} NOT NULL, "
             "amount_cents {bigint} NOT NULL, kind {text} NOT NULL)"_s,
             u"CREATE INDEX ledger_entry_account ON ledger_entry (account)"_s,
             u"CREATE INDEX ledger_entry_event ON ledger_entry (event_id)"_s}};
}

Result<qint64> LedgerRepository::append(const QString &eventKind, const LedgerEvent &entries, const QString &ref)
{
    if (auto status = validateEvent(eventKind, entries); !status)
        return status.error();

    auto write = AtomicWrite::begin(m_db, u"ledger_append"_s);
    if (!write)
        return write.error();

    SqlQuery event(m_db);
    if (auto status = event.prepare(u"INSERT INTO ledger_event (kind, created_at, ref) "
                                    "VALUES (:kind, :created_at, :ref) RETURNING id"_s);
        !status)
        return status.error();
    event.bind(u":kind"_s, eventKind)
            .bind(u":created_at"_s, QDateTime::currentMSecsSinceEpoch())
            .bind(u":ref"_s, ref.isNull() ? u""_s : ref);
    if (auto status = event.exec(); !status)
        return status.error();
    if (!event.next())
        return Error::storage(u"inserting a ledger event returned no id"_s);
    const qint64 eventId = event.int64(0);
    event.finish();

    SqlQuery line(m_db);
    if (auto status = line.prepare(u"INSERT INTO ledger_entry (event_id, account, amount_cents, kind) "
                                   "VALUES (:event_id, :account, :amount_cents, :kind)"_s);
        !status)
        return status.error();
    for (const LedgerEntry &entry : entries) {
        line.bind(u":event_id"_s, eventId)
                .bind(u":account"_s, entry.account.key())
                .bind(u":amount_cents"_s, entry.amountCents)
                .bind(u":kind"_s, entry.kind);
        if (auto status = line.exec(); !status)
            return status.error();
    }
    line.finish();

    if (auto status = write->commit(); !status)
        return status.error();
    return eventId;
}

Result<Cents> LedgerRepository::balance(const LedgerAccount &account)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM ledger_entry "
                                    "WHERE account = :account"_s);
        !status)
        return status.error();
    query.bind(u":account"_s, account.key());
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::storage(u"the balance query returned no row"_s);
    return query.int64(0);
}

Result<Cents> LedgerRepository::total()
{
    SqlQuery query(m_db);
    if (auto status = query.exec(u"SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM ledger_entry"_s); !status)
        return status.error();
    if (!query.next())
        return Error::storage(u"the total query returned no row"_s);
    return query.int64(0);
}

Result<QList<LedgerEntry>> LedgerRepository::entriesFor(const LedgerAccount &account)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT amount_cents, kind FROM ledger_entry WHERE account = :account "
                                    "ORDER BY id"_s);
        !status)
        return status.error();
    query.bind(u":account"_s, account.key());
    if (auto status = query.exec(); !status)
        return status.error();
    QList<LedgerEntry> entries;
    while (query.next())
        entries.append(LedgerEntry{account, query.int64(0), query.text(1)});
    return entries;
}

Result<QStringList> LedgerRepository::check()
{
    QStringList problems;
    SqlQuery query(m_db);

    if (auto status = query.exec(u"SELECT event_id, CAST(SUM(amount_cents) AS BIGINT) FROM ledger_entry "
                                 "GROUP BY event_id HAVING SUM(amount_cents) <> 0 ORDER BY event_id"_s);
        !status)
        return status.error();
    while (query.next())
        problems << u"event %1 sums to %2 cents, not zero"_s.arg(query.int64(0)).arg(query.int64(1));

    if (auto status = query.exec(u"SELECT id FROM ledger_event WHERE NOT EXISTS "
                                 "(SELECT 1 FROM ledger_entry WHERE ledger_entry.event_id = ledger_event.id) "
                                 "ORDER BY id"_s);
        !status)
        return status.error();
    while (query.next())
        problems << u"event %1 has no lines"_s.arg(query.int64(0));

    if (auto status = query.exec(u"SELECT account, CAST(SUM(amount_cents) AS BIGINT) FROM ledger_entry "
                                 "GROUP BY account ORDER BY account"_s);
        !status)
        return status.error();
    while (query.next()) {
        const QString key = query.text(0);
        const Cents sum = query.int64(1);
        const auto account = LedgerAccount::fromKey(key);
        if (!account)
            problems << u"unreadable account key \"%1\""_s.arg(key);
        else if (isPersonalBook(account->book) && sum < 0)
            problems << u"account %1 is negative: %2 cents"_s.arg(key).arg(sum);
    }

    const auto sum = total();
    if (!sum)
        return sum.error();
    if (*sum != 0)
        problems << u"the ledger total is %1 cents, not zero"_s.arg(*sum);
    return problems;
}

} // namespace Chrysalis
