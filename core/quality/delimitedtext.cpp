#include "core/quality/delimitedtext.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView view)
{
    qsizetype begin = 0;
    qsizetype end = view.size();
    while (begin < end && isBlank(view[begin]))
        ++begin;
    while (end > begin && isBlank(view[end - 1]))
        --end;
    return view.sliced(begin, end - begin);
}

} // namespace

Result<DelimitedText> DelimitedText::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(u"%1: cannot open the file (%2)"_s.arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<DelimitedText> DelimitedText::parse(const QByteArray &bytes, const QString &sourceName)
{
    DelimitedText table;
    table.m_sourceName = sourceName;
    table.m_text.reserve(bytes.size());
    table.m_rowStarts.push_back(0);

    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);

    bool delimiterChosen = false;
    int line = 0;
    // Raw pointers: this loop sees every byte of files of several megabytes.
    const char *const data = rest.data();
    const qsizetype size = rest.size();
    qsizetype pos = 0;
    while (pos < size) {
        ++line;
        const int rowLine = line;
        qsizetype end = pos;
        while (end < size && data[end] != '\n' && data[end] != '\r')
            ++end;
        const char *content = data + pos;
        qsizetype length = end - pos;
        if (end < size && data[end] == '\r' && end + 1 < size && data[end + 1] == '\n')
            pos = end + 2;
        else
            pos = end + 1;

        if (trimmed(QByteArrayView(content, length)).isEmpty())
            continue;
        if (!delimiterChosen) {
            const QByteArrayView first(content, length);
            if (first.contains(','))
                table.m_delimiter = Delimiter::Comma;
            else if (first.contains('\t'))
                table.m_delimiter = Delimiter::Tab;
            else
                table.m_delimiter = Delimiter::Whitespace;
            delimiterChosen = true;
        }

        if (table.m_delimiter == Delimiter::Whitespace) {
            qsizetype i = 0;
            while (i < length) {
                while (i < length && isBlank(content[i]))
                    ++i;
                const qsizetype start = i;
                while (i < length && !isBlank(content[i]))
                    ++i;
                if (i > start) {
                    table.m_cells.push_back({table.m_text.size(), i - start});
                    table.m_text.append(content + start, i - start);
                }
            }
        } else {
            const char separator = table.m_delimiter == Delimiter::Comma ? ',' : '\t';
            qsizetype i = 0;
            while (true) {
                while (i < length && content[i] == ' ')
                    ++i;
                const qsizetype cellOffset = table.m_text.size();
                if (i < length && content[i] == '"') {
                    ++i;
                    const int quoteLine = line;
                    bool closed = false;
                    while (true) {
                        while (i < length) {
                            if (content[i] == '"') {
                                if (i + 1 < length && content[i + 1] == '"') {
                                    table.m_text.append('"');
                                    i += 2;
                                    continue;
                                }
                                closed = true;
                                ++i;
                                break;
                            }
                            table.m_text.append(content[i]);
                            ++i;
                        }
                        if (closed || end >= size)
                            break;
                        // A quoted cell goes on over the line break, which it keeps as written.
                        table.m_text.append(data + end, std::min(pos, size) - end);
                        ++line;
                        end = pos;
                        while (end < size && data[end] != '\n' && data[end] != '\r')
                            ++end;
                        content = data + pos;
                        length = end - pos;
                        pos = end < size && data[end] == '\r' && end + 1 < size && data[end + 1] == '\n' ? end + 2
                                                                                                         : end + 1;
                        i = 0;
                    }
                    if (!closed)
                        return Error::validation(table.located(quoteLine, u"unterminated quoted cell"_s));
                    while (i < length && content[i] == ' ')
                        ++i;
                    if (i < length && content[i] != separator)
                        return Error::validation(table.located(line, u"unexpected text after a closing quote"_s));
                } else {
                    const qsizetype start = i;
                    while (i < length && content[i] != separator)
                        ++i;
                    table.m_text.append(trimmed(QByteArrayView(content + start, i - start)));
                }
                table.m_cells.push_back({cellOffset, table.m_text.size() - cellOffset});
                if (i >= length)
                    break;
                ++i; // the separator
            }
        }
        table.m_rowStarts.push_back(static_cast<qsizetype>(table.m_cells.size()));
        table.m_rowLines.push_back(rowLine);
    }
    return table;
}

qsizetype DelimitedText::fieldCount(qsizetype row) const
{
    const auto r = static_cast<size_t>(row);
    return m_rowStarts[r + 1] - m_rowStarts[r];
}

QByteArrayView DelimitedText::field(qsizetype row, qsizetype column) const
{
    const Cell &cell = m_cells[static_cast<size_t>(m_rowStarts[static_cast<size_t>(row)] + column)];
    return QByteArrayView(m_text.constData() + cell.offset, cell.length);
}

QString DelimitedText::fieldText(qsizetype row, qsizetype column) const
{
    return QString::fromUtf8(field(row, column));
}

QString DelimitedText::located(int line, const QString &message) const
{
    return u"%1:%2: %3"_s.arg(m_sourceName).arg(line).arg(message);
}

} // namespace Chrysalis
