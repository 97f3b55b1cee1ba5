#include "core/diff/textdiff.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <vector>

namespace Chrysalis {

namespace {

enum class TokenClass { Word, Space, Single };

constexpr char32_t kZeroWidthJoiner = 0x200D;
// How far one middle-snake search goes before the range is taken as replaced outright; keeps two
// long unrelated texts to a fraction of a second.
constexpr int kMaxSearchDepth = 2000;

// Scripts written without spaces between words: each character is its own token there, so one
// changed character does not turn a whole sentence into one edit.
bool isUnspacedScript(char32_t codePoint)
{
    switch (QChar::script(codePoint)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

TokenClass classOf(char32_t codePoint)
{
    if (codePoint < 0x80) { // most text: no Unicode tables needed
        if (codePoint == u' ' || (codePoint >= 0x09 && codePoint <= 0x0D))
            return TokenClass::Space;
        const bool alphanumeric = (codePoint >= u'a' && codePoint <= u'z') ||
                                  (codePoint >= u'A' && codePoint <= u'Z') || (codePoint >= u'0' && codePoint <= u'9');
        return alphanumeric ? TokenClass::Word : TokenClass::Single;
    }
    if (QChar::isSpace(codePoint))
        return TokenClass::Space;
    if (QChar::isLetterOrNumber(codePoint) && !isUnspacedScript(codePoint))
        return TokenClass::Word;
    return TokenClass::Single;
}

// Combining marks, joiners and emoji modifiers belong to the character before them.
bool extendsPrevious(char32_t codePoint, char32_t previous)
{
    if (codePoint < 0x80)
        return previous == kZeroWidthJoiner;
    return QChar::isMark(codePoint) || codePoint == kZeroWidthJoiner || previous == kZeroWidthJoiner ||
           (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
}

// A point or comma between digits ("0.40", "1,234") and an apostrophe between letters ("don't")
// belong to the word around them.
bool joinsWord(char32_t codePoint, char32_t previous, QStringView text, qsizetype next)
{
    if (next >= text.size())
        return false;
    const QChar following = text.at(next);
    if (codePoint == u'.' || codePoint == u',')
        return QChar::isDigit(previous) && following.isDigit();
    if (codePoint == u'\'' || codePoint == 0x2019)
        return QChar::isLetter(previous) && following.isLetter();
    return false;
}

QList<QStringView> tokenize(QStringView text)
{
    QList<QStringView> tokens;
    const qsizetype size = text.size();
    tokens.reserve(size / 3);
    qsizetype start = 0;
    std::optional<TokenClass> current;
    char32_t previous = 0;
    qsizetype i = 0;
    while (i < size) {
        char32_t codePoint = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const TokenClass tokenClass = classOf(codePoint);
        const bool extends = (current && extendsPrevious(codePoint, previous)) ||
                             (current == TokenClass::Word && joinsWord(codePoint, previous, text, i + width));
        const bool continues = current && *current == tokenClass && tokenClass != TokenClass::Single;
        if (!extends && !continues) {
            if (current)
                tokens.append(text.mid(start, i - start));
            start = i;
            current = tokenClass;
        }
        previous = codePoint;
        i += width;
    }
    if (current)
        tokens.append(text.mid(start, size - start));
    return tokens;
}

// Myers' O(ND) diff with the linear-space middle-snake split, over interned tokens.
class TokenDiff
{
public:
    TokenDiff(std::vector<int> a, std::vector<int> b, QList<QStringView> aTokens, QList<QStringView> bTokens)
        : m_a(std::move(a)), m_b(std::move(b)), m_aTokens(std::move(aTokens)), m_bTokens(std::move(bTokens))
    { }

    // Tokens of one op that follow each other in their text are one run: a text of a million tokens
    // with a few changes makes a few thousand runs, not a million.
    struct Run {
        DiffOp op;
        QStringView text;
    };

    std::vector<Run> run()
    {
        diff(0, static_cast<int>(m_a.size()), 0, static_cast<int>(m_b.size()));
        return std::move(m_runs);
    }

private:
    void emit(DiffOp op, QStringView token)
    {
        if (!m_runs.empty()) {
            Run &last = m_runs.back();
            if (last.op == op && last.text.data() + last.text.size() == token.data()) {
                last.text = QStringView(last.text.data(), last.text.size() + token.size());
                return;
            }
        }
        m_runs.push_back({op, token});
    }

    void diff(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[static_cast<size_t>(aLo)] == m_b[static_cast<size_t>(bLo)]) {
            emit(DiffOp::Equal, m_aTokens.at(aLo));
            ++aLo;
            ++bLo;
        }
        int suffix = 0;
        while (aLo < aHi - suffix && bLo < bHi - suffix &&
               m_a[static_cast<size_t>(aHi - 1 - suffix)] == m_b[static_cast<size_t>(bHi - 1 - suffix)])
            ++suffix;
        aHi -= suffix;
        bHi -= suffix;

        if (aLo == aHi) {
            for (int j = bLo; j < bHi; ++j)
                emit(DiffOp::Insert, m_bTokens.at(j));
        } else if (bLo == bHi) {
            for (int i = aLo; i < aHi; ++i)
                emit(DiffOp::Delete, m_aTokens.at(i));
        } else if (const std::optional<std::pair<int, int>> split = bisect(aLo, aHi, bLo, bHi)) {
            diff(aLo, aLo + split->first, bLo, bLo + split->second);
            diff(aLo + split->first, aHi, bLo + split->second, bHi);
        } else {
            for (int i = aLo; i < aHi; ++i)
                emit(DiffOp::Delete, m_aTokens.at(i));
            for (int j = bLo; j < bHi; ++j)
                emit(DiffOp::Insert, m_bTokens.at(j));
        }

        for (int k = 0; k < suffix; ++k)
            emit(DiffOp::Equal, m_aTokens.at(aHi + k));
    }

    // The middle snake of a[aLo, aHi) against b[bLo, bHi), as offsets into both ranges.
    std::optional<std::pair<int, int>> bisect(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const auto a = [&](int i) { return m_a[static_cast<size_t>(aLo + i)]; };
        const auto b = [&](int j) { return m_b[static_cast<size_t>(bLo + j)]; };
        const int maxD = (n + m + 1) / 2;
        // The search stops at kMaxSearchDepth, so no diagonal beyond it is ever reached: the band
        // needs no more slots than that, however long the range. A slot outside the band counts as
        // not reached, which it is.
        const int band = std::min(maxD, kMaxSearchDepth);
        const int vOffset = band;
        // Diagonals -band - 1 … band + 1 are read: the ends of the band need a slot each.
        const int vLength = 2 * band + 2;
        std::vector<int> &v1 = m_v1;
        std::vector<int> &v2 = m_v2;
        v1.assign(static_cast<size_t>(vLength), -1);
        v2.assign(static_cast<size_t>(vLength), -1);
        const auto at = [](std::vector<int> &v, int index) -> int & { return v[static_cast<size_t>(index)]; };
        at(v1, vOffset + 1) = 0;
        at(v2, vOffset + 1) = 0;
        const int delta = n - m;
        const bool front = delta % 2 != 0;
        int k1Start = 0, k1End = 0, k2Start = 0, k2End = 0;
        // A fixed bound on the search, never a clock: both machines must find the same hunks.
        for (int d = 0; d < band; ++d) {
            for (int k1 = -d + k1Start; k1 <= d - k1End; k1 += 2) {
                const int k1Offset = vOffset + k1;
                int x1 = (k1 == -d || (k1 != d && at(v1, k1Offset - 1) < at(v1, k1Offset + 1)))
                                 ? at(v1, k1Offset + 1)
                                 : at(v1, k1Offset - 1) + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a(x1) == b(y1)) {
                    ++x1;
                    ++y1;
                }
                at(v1, k1Offset) = x1;
                if (x1 > n) {
                    k1End += 2;
                } else if (y1 > m) {
                    k1Start += 2;
                } else if (front) {
                    const int k2Offset = vOffset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < vLength && at(v2, k2Offset) != -1 && x1 >= n - at(v2, k2Offset))
                        return std::pair{x1, y1};
                }
            }
            for (int k2 = -d + k2Start; k2 <= d - k2End; k2 += 2) {
                const int k2Offset = vOffset + k2;
                int x2 = (k2 == -d || (k2 != d && at(v2, k2Offset - 1) < at(v2, k2Offset + 1)))
                                 ? at(v2, k2Offset + 1)
                                 : at(v2, k2Offset - 1) + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a(n - x2 - 1) == b(m - y2 - 1)) {
                    ++x2;
                    ++y2;
                }
                at(v2, k2Offset) = x2;
                if (x2 > n) {
                    k2End += 2;
                } else if (y2 > m) {
                    k2Start += 2;
                } else if (!front) {
                    const int k1Offset = vOffset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < vLength && at(v1, k1Offset) != -1) {
                        const int x1 = at(v1, k1Offset);
                        const int y1 = vOffset + x1 - k1Offset;
                        if (x1 >= n - x2)
                            return std::pair{x1, y1};
                    }
                }
            }
        }
        return std::nullopt;
    }

    std::vector<int> m_a;
    std::vector<int> m_b;
    QList<QStringView> m_aTokens;
    QList<QStringView> m_bTokens;
    std::vector<Run> m_runs;
    // The two frontiers of bisect, kept between calls so a deep recursion allocates them once.
    std::vector<int> m_v1;
    std::vector<int> m_v2;
};

// Joins runs of one op, drops empty segments and puts each change's Delete before its Insert.
QList<TextSegment> mergeSegments(const QList<TextSegment> &segments)
{
    QList<TextSegment> merged;
    QString deleted;
    QString inserted;
    const auto flush = [&] {
        if (!deleted.isEmpty())
            merged.append({DiffOp::Delete, deleted});
        if (!inserted.isEmpty())
            merged.append({DiffOp::Insert, inserted});
        deleted.clear();
        inserted.clear();
    };
    for (const TextSegment &segment : segments) {
        if (segment.text.isEmpty())
            continue;
        if (segment.op == DiffOp::Delete) {
            deleted += segment.text;
        } else if (segment.op == DiffOp::Insert) {
            inserted += segment.text;
        } else {
            flush();
            if (!merged.isEmpty() && merged.last().op == DiffOp::Equal)
                merged.last().text += segment.text;
            else
                merged.append(segment);
        }
    }
    flush();
    return merged;
}

// diff-match-patch's cleanupSemantic without its character-level overlap step: an equality no
// longer than the edits on either side of it becomes part of those edits.
QList<TextSegment> cleanupSemantic(QList<TextSegment> diffs)
{
    bool changed = false;
    QList<qsizetype> equalities;
    std::optional<QString> lastEquality;
    qsizetype insertedBefore = 0, deletedBefore = 0, insertedAfter = 0, deletedAfter = 0;
    qsizetype pointer = 0;
    while (pointer < diffs.size()) {
        const TextSegment &segment = diffs.at(pointer);
        if (segment.op == DiffOp::Equal) {
            equalities.append(pointer);
            insertedBefore = insertedAfter;
            deletedBefore = deletedAfter;
            insertedAfter = 0;
            deletedAfter = 0;
            lastEquality = segment.text;
        } else {
            if (segment.op == DiffOp::Insert)
                insertedAfter += segment.text.size();
            else
                deletedAfter += segment.text.size();
            if (lastEquality && lastEquality->size() <= std::max(insertedBefore, deletedBefore) &&
                lastEquality->size() <= std::max(insertedAfter, deletedAfter)) {
                const qsizetype at = equalities.last();
                diffs.insert(at, {DiffOp::Delete, *lastEquality});
                diffs[at + 1].op = DiffOp::Insert;
                equalities.removeLast();
                if (!equalities.isEmpty())
                    equalities.removeLast();
                pointer = equalities.isEmpty() ? -1 : equalities.last();
                insertedBefore = deletedBefore = insertedAfter = deletedAfter = 0;
                lastEquality.reset();
                changed = true;
            }
        }
        ++pointer;
    }
    return changed ? mergeSegments(diffs) : diffs;
}

// A plain space after a character that neither is white space nor a joiner always starts a token.
bool startsTokenAtSpace(QStringView text, qsizetype at)
{
    if (at <= 0 || at >= text.size() || text.at(at) != u' ')
        return false;
    const char16_t before = text.at(at - 1).unicode();
    return !QChar::isSpace(before) && before != kZeroWidthJoiner && !QChar::isSurrogate(before);
}

// The length of the text both share at their start, ending where a token starts in both.
qsizetype sharedHead(QStringView a, QStringView b)
{
    qsizetype shared = 0;
    const qsizetype most = std::min(a.size(), b.size());
    while (shared < most && a.at(shared) == b.at(shared))
        ++shared;
    while (shared > 0 && !startsTokenAtSpace(a, shared - 1))
        --shared;
    return shared > 0 ? shared - 1 : 0;
}

// The length of the text both share at their end, starting where a token starts in both.
qsizetype sharedTail(QStringView a, QStringView b)
{
    qsizetype shared = 0;
    const qsizetype most = std::min(a.size(), b.size());
    while (shared < most && a.at(a.size() - 1 - shared) == b.at(b.size() - 1 - shared))
        ++shared;
    for (; shared > 0; --shared) {
        if (startsTokenAtSpace(a, a.size() - shared) && startsTokenAtSpace(b, b.size() - shared))
            return shared;
    }
    return 0;
}

// Each line with its line break; the last one may have none.
QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            lines.append(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(text.mid(start));
    return lines;
}

// The runs of a diff of two sequences of views (lines or tokens), each view interned to an integer.
std::vector<TokenDiff::Run> diffSequences(QList<QStringView> before, QList<QStringView> after)
{
    QHash<QStringView, int> ids;
    ids.reserve(std::min<qsizetype>(before.size() + after.size(), 1 << 16));
    const auto intern = [&ids](const QList<QStringView> &views) {
        std::vector<int> out;
        out.reserve(static_cast<size_t>(views.size()));
        for (const QStringView view : views) {
            auto it = ids.constFind(view);
            if (it == ids.constEnd())
                it = ids.insert(view, static_cast<int>(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    std::vector<int> a = intern(before);
    std::vector<int> b = intern(after);
    return TokenDiff(std::move(a), std::move(b), std::move(before), std::move(after)).run();
}

} // namespace

QList<TextSegment> diffText(const QString &before, const QString &after)
{
    if (before == after)
        return before.isEmpty() ? QList<TextSegment>{} : QList<TextSegment>{{DiffOp::Equal, before}};
    // Lines first, as git's word diff does: lines both texts keep unchanged stay whole, and only each
    // stretch of changed lines is diffed word by word.
    QList<TextSegment> segments;
    const std::vector<TokenDiff::Run> lines = diffSequences(splitLines(before), splitLines(after));
    for (size_t i = 0; i < lines.size();) {
        if (lines[i].op == DiffOp::Equal) {
            segments.append({DiffOp::Equal, lines[i].text.toString()});
            ++i;
            continue;
        }
        // Deleted runs of one stretch are adjacent in `before`, inserted ones in `after`.
        QStringView removed;
        QStringView added;
        for (; i < lines.size() && lines[i].op != DiffOp::Equal; ++i) {
            QStringView &side = lines[i].op == DiffOp::Delete ? removed : added;
            side = side.isEmpty() ? lines[i].text
                                  : QStringView(side.data(), lines[i].text.data() + lines[i].text.size() - side.data());
        }
        if (removed.isEmpty() || added.isEmpty()) {
            segments.append({removed.isEmpty() ? DiffOp::Insert : DiffOp::Delete,
                             (removed.isEmpty() ? added : removed).toString()});
            continue;
        }
        // What both ends of the stretch share is kept whole, cut where a space starts a token on both
        // sides, so only the middle is tokenized.
        const qsizetype head = sharedHead(removed, added);
        const qsizetype tail = sharedTail(removed.mid(head), added.mid(head));
        if (head > 0)
            segments.append({DiffOp::Equal, removed.first(head).toString()});
        const QStringView removedMiddle = removed.mid(head, removed.size() - head - tail);
        const QStringView addedMiddle = added.mid(head, added.size() - head - tail);
        for (const TokenDiff::Run &run : diffSequences(tokenize(removedMiddle), tokenize(addedMiddle)))
            segments.append({run.op, run.text.toString()});
        if (tail > 0)
            segments.append({DiffOp::Equal, removed.last(tail).toString()});
    }
    return cleanupSemantic(mergeSegments(segments));
}

} // namespace Chrysalis
