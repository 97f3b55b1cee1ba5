#include "ui/arbitration/mirrorrowsmodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString idOf(const QJsonObject &row)
{
    return row.value(u"id"_s).toString();
}

} // namespace

int MirrorRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MirrorRowsModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (idOf(m_rows.at(i)) == id)
            return static_cast<int>(i);
    }
    return -1;
}

void MirrorRowsModel::setRows(const QList<QJsonObject> &rows)
{
    QSet<QString> incoming;
    for (const QJsonObject &row : rows)
        incoming.insert(idOf(row));
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!incoming.contains(idOf(m_rows.at(i)))) {
            beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // What is left is a subsequence of `rows` in the same order: walk both and insert the new ones.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = static_cast<int>(i);
        if (i < m_rows.size() && idOf(m_rows.at(i)) == idOf(rows.at(i))) {
            if (m_rows.at(i) != rows.at(i)) {
                m_rows[i] = rows.at(i);
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(i, rows.at(i));
        endInsertRows();
    }
}

} // namespace Chrysalis
