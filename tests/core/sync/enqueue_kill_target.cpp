// A process the kill test murders: it enqueues answers into a LocalStore as fast as it can and
// prints each mutation id only after enqueue() returned it, i.e. after COMMIT.
#include "core/domain/ids.h"
#include "core/sync/localstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto store = Chrysalis::LocalStore::open(QString::fromLocal8Bit(argv[1]));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    for (int n = 0;; ++n) {
        const QString answerId = Chrysalis::newId();
        const QJsonObject fields{{u"label"_s, u"positive"_s}, {u"n"_s, n}};
        auto id = (*store)->enqueue(u"answer.submit@1"_s,
                                    {{u"answer_id"_s, answerId},
                                     {u"lease_id"_s, Chrysalis::newId()},
                                     {u"fields"_s, fields},
                                     {u"seconds_spent"_s, 12}},
                                    {Chrysalis::OverlayWrite::upsert(u"answer"_s, answerId, {{u"fields"_s, fields}})});
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
