#pragma once

#include "core/domain/form.h"
#include "ui/work/workview.h"

#include <QJsonObject>

namespace Chrysalis::Testing {

// A form with one field of each of the seven kinds, and an item to answer with it.
AnswerForm allKindsForm();
QJsonObject allKindsItem();
WorkItem allKindsWorkItem();

} // namespace Chrysalis::Testing
