#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Chrysalis {

class AnswerSetBuilder;

// Workers' answers to items in the dense form the truth-inference methods work on: string ids
// mapped to indices 0..n-1 (items and workers in order of first appearance), answers grouped by
// item, and labels coded 0..K-1. Labels that are all integers are coded in numeric order
// ("0" < "2" < "10"), any other labels in text order, so "the lowest label code" is well defined.
// Repeated answers by one worker to one item are kept, each counting as an answer.
class AnswerSet
{
public:
    qsizetype answerCount() const { return static_cast<qsizetype>(m_answerItems.size()); }
    int itemCount() const { return static_cast<int>(m_itemIds.size()); }
    int workerCount() const { return static_cast<int>(m_workerIds.size()); }
    int labelCount() const { return static_cast<int>(m_labelNames.size()); }

    const QStringList &itemIds() const { return m_itemIds; }
    const QStringList &workerIds() const { return m_workerIds; }
    // The text of each label code; integer labels in canonical form ("007" reads as "7").
    const QStringList &labelNames() const { return m_labelNames; }

    // Per answer, grouped by item: the answers of item i are [itemOffsets()[i], itemOffsets()[i+1]).
    const std::vector<int> &answerItems() const { return m_answerItems; }
    const std::vector<int> &answerWorkers() const { return m_answerWorkers; }
    const std::vector<int> &answerLabels() const { return m_answerLabels; }
    const std::vector<qsizetype> &itemOffsets() const { return m_itemOffsets; }

    // True when every answer is a finite number; answerValues() is then filled, in answer order.
    bool isNumeric() const { return m_firstNonNumericLine == 0; }
    const std::vector<double> &answerValues() const { return m_answerValues; }
    // Where the first non-numeric answer was read (its line, or its position when built by hand).
    int firstNonNumericLine() const { return m_firstNonNumericLine; }
    QString firstNonNumericAnswer() const { return m_firstNonNumericAnswer; }

    bool integerLabels() const { return m_integerLabels; }
    // -1 when the item or the label never occurs in the answers.
    int itemIndex(const QString &itemId) const { return m_itemIndex.value(itemId, -1); }
    int labelCode(const QString &labelText) const;

    // Rows that repeat a (worker, item) pair already seen.
    qsizetype repeatedAnswerCount() const { return m_repeatedAnswers; }
    QString sourceName() const { return m_sourceName; }

private:
    friend class AnswerSetBuilder;

    QString m_sourceName;
    QStringList m_itemIds;
    QStringList m_workerIds;
    QStringList m_labelNames;
    QHash<QString, int> m_itemIndex;
    QHash<QString, int> m_labelIndex;
    bool m_integerLabels = false;
    std::vector<int> m_answerItems;
    std::vector<int> m_answerWorkers;
    std::vector<int> m_answerLabels;
    std::vector<qsizetype> m_itemOffsets{0};
    std::vector<double> m_answerValues;
    int m_firstNonNumericLine = 0;
    QString m_firstNonNumericAnswer;
    qsizetype m_repeatedAnswers = 0;
};

// Collects answers one by one (from a file or from code) and freezes them into an AnswerSet.
class AnswerSetBuilder
{
public:
    explicit AnswerSetBuilder(const QString &sourceName = QString());

    // line: where the answer was read, for messages; 0 means "the n-th answer added".
    void addAnswer(QByteArrayView item, QByteArrayView worker, QByteArrayView answer, int line = 0);
    void addAnswer(const QString &item, const QString &worker, const QString &answer, int line = 0);
    qsizetype answerCount() const { return static_cast<qsizetype>(m_rows.size()); }

    // Fails when no answer was added.
    Result<AnswerSet> build() const;

private:
    struct Row {
        int item;
        int worker;
        int label;
        int line;
    };

    static int intern(QHash<QByteArray, int> &index, std::vector<QByteArray> &names, QByteArrayView key);

    QString m_sourceName;
    QHash<QByteArray, int> m_itemIndex;
    QHash<QByteArray, int> m_workerIndex;
    QHash<QByteArray, int> m_labelIndex;
    std::vector<QByteArray> m_items;
    std::vector<QByteArray> m_workers;
    std::vector<QByteArray> m_labels;
    std::vector<Row> m_rows;
};

// Known true labels (or true values) of some items, as read from a truth file.
class TruthSet
{
public:
    void add(const QString &itemId, const QString &value);
    qsizetype size() const { return m_itemIds.size(); }
    const QStringList &itemIds() const { return m_itemIds; }
    const QStringList &values() const { return m_values; }
    bool contains(const QString &itemId) const { return m_index.contains(itemId); }
    QString value(const QString &itemId) const { return m_values.value(m_index.value(itemId, -1)); }

private:
    QStringList m_itemIds;
    QStringList m_values;
    QHash<QString, int> m_index;
};

// Reads `item,worker,answer` rows (comma, tab or whitespace separated; CRLF, LF or CR-only; BOM
// allowed). The first row is a header when its cells name the columns (question/task/item/id/q,
// worker/annotator/rater, answer/label/response): named columns may then come in any order.
// A first row whose answer cell is not a number, followed by one whose answer is, is also taken
// as a header. Errors name the file and line: a wrong number of cells, an empty cell, no rows.
Result<AnswerSet> loadAnswersCsv(const QString &path);
Result<AnswerSet> parseAnswers(const QByteArray &bytes, const QString &sourceName);

// Reads `item,truth` rows with the same rules (header names: question/task/item/id/q, and
// truth/label/gold/answer/value). An item listed again with the same truth is read once; with
// a different truth it is an error.
Result<TruthSet> loadTruthCsv(const QString &path);
Result<TruthSet> parseTruth(const QByteArray &bytes, const QString &sourceName);

} // namespace Chrysalis
