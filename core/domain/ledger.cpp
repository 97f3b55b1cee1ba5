#include "core/domain/ledger.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr std::array<std::pair<LedgerBook, const char16_t *>, 8> kBookNames{{
        {LedgerBook::Balance, u"balance"},
        {LedgerBook::Escrow, u"escrow"},
        {LedgerBook::Earnings, u"earnings"},
        {LedgerBook::PlatformFees, u"platform:fees"},
        {LedgerBook::PlatformArbitration, u"platform:arbitration"},
        {LedgerBook::PlatformMistakePay, u"platform:mistake_pay"},
        {LedgerBook::PlatformFeedbackPay, u"platform:feedback_pay"},
        {LedgerBook::Deposits, u"deposits"},
}};

} // namespace

QString ledgerBookName(LedgerBook book)
{
    for (const auto &[candidate, name] : kBookNames) {
        if (candidate == book)
            return QString::fromUtf16(name);
    }
    return u"deposits"_s;
}

Result<LedgerBook> parseLedgerBook(const QString &name)
{
    for (const auto &[book, candidate] : kBookNames) {
        if (name == QStringView(candidate))
            return book;
    }
    return Error::validation(u"unknown ledger book \"%1\""_s.arg(name));
}

bool isPersonalBook(LedgerBook book)
{
    return book == LedgerBook::Balance || book == LedgerBook::Escrow || book == LedgerBook::Earnings;
}

QString LedgerAccount::key() const
{
    const QString name = ledgerBookName(book);
    return isPersonalBook(book) ? name + u':' + ownerId : name;
}

Result<LedgerAccount> LedgerAccount::fromKey(const QString &key)
{
    if (const auto book = parseLedgerBook(key); book.ok() && !isPersonalBook(*book))
        return LedgerAccount::platform(*book);
    const qsizetype colon = key.indexOf(u':');
    if (colon > 0 && colon + 1 < key.size()) {
        const auto book = parseLedgerBook(key.left(colon));
        if (book.ok() && isPersonalBook(*book))
            return LedgerAccount::personal(*book, key.mid(colon + 1));
    }
    return Error::validation(u"malformed ledger account \"%1\""_s.arg(key));
}

Cents ledgerSum(const LedgerEvent &entries)
{
    Cents sum = 0;
    for (const LedgerEntry &entry : entries)
        sum += entry.amountCents;
    return sum;
}

Cents ledgerNetFor(const LedgerEvent &entries, const LedgerAccount &account)
{
    Cents net = 0;
    for (const LedgerEntry &entry : entries) {
        if (entry.account == account)
            net += entry.amountCents;
    }
    return net;
}

} // namespace Chrysalis
