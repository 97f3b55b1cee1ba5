#include "tests/ui/work/workviewtesting.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

AnswerForm allKindsForm()
{
    const QByteArray json = R"([
        {"name": "label", "kind": "single_choice", "label": "Is the headline clickbait?", "required": true,
         "options": [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}, {"value": "unsure", "label": "Cannot tell"}]},
        {"name": "tags", "kind": "multi_choice", "label": "Tricks it uses", "required": false,
         "options": [{"value": "shock", "label": "Shock"}, {"value": "number", "label": "A number"}, {"value": "question", "label": "A question"}]},
        {"name": "score", "kind": "rating", "label": "How misleading is it?", "required": true, "min": 1, "max": 5},
        {"name": "why", "kind": "text", "label": "Why?", "required": true, "min_length": 3, "max_length": 200},
        {"name": "versus", "kind": "pairwise", "label": "Which reply is better?", "required": true},
        {"name": "better", "kind": "correction", "label": "Fix the sentence", "required": true},
        {"name": "entities", "kind": "spans", "label": "Mark people and places", "required": true, "labels": ["PER", "LOC"]}
    ])";
    auto form = AnswerForm::fromJson(QJsonDocument::fromJson(json).array());
    Q_ASSERT(form.ok());
    return *form;
}

QJsonObject allKindsItem()
{
    return {{u"prompt"_s, u"Where did Marie Curie work?"_s},
            {u"text"_s, u"Marie Curie moved too Paris."_s},
            {u"response_a"_s, u"In Paris, at the Sorbonne and later the Radium Institute."_s},
            {u"response_b"_s, u"She worked in London."_s}};
}

WorkItem allKindsWorkItem()
{
    WorkItem item;
    item.leaseId = u"01900000-0000-7000-8000-0000000000a1"_s;
    item.title = u"Headlines, replies and names"_s;
    item.instructions = u"Answer **every** field.\n\n- Pick the *best* reply\n- Fix the spelling only"_s;
    item.form = allKindsForm();
    item.itemData = allKindsItem();
    item.position = 2;
    item.count = 5;
    return item;
}

} // namespace Chrysalis::Testing
