#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Chrysalis {

// What a worker learns after answering a training item: whether the answer was right and the
// expected answer, in the form's own labels. Built from the applied details of answer.submit@1.
class TrainingFeedback
{
    Q_DECLARE_TR_FUNCTIONS(Chrysalis::TrainingFeedback)

public:
    // `training` is the details' {expected, correct}; `revision` the task revision the answer was
    // given under (its form names the fields and options); `fields` the worker's answer.
    static QString text(const QJsonObject &revision, const QJsonObject &fields, const QJsonObject &training);
    // One answer value in words: option labels for choices, "a to b" for spans, the text otherwise.
    static QString valueText(const QJsonObject &field, const QJsonValue &value);
};

} // namespace Chrysalis
