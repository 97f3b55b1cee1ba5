#pragma once

#include "core/io/resultsexport.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QString>

namespace Chrysalis {

// Reads one task's results from the marketplace database for `chrysalis-server results export`: its
// revisions, items, answers (with pseudonyms and review times) and panels, shaped as pull renders them
// to the task's requester. Read-only: it never writes, so it may run beside a serving marketplace.
class ResultsQueries
{
public:
    explicit ResultsQueries(Database &db) : m_db(db) { }

    // NotFound for an unknown task.
    Result<ResultsSource> taskResults(const QString &taskId);

private:
    Database &m_db;
};

} // namespace Chrysalis
