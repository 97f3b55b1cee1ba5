#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace Chrysalis {

// A table over rows of the local mirror (one JSON entity per row, keyed by "id"). setRows() merges
// a fresh read into the table with fine-grained signals: rows gone are removed, rows new are
// inserted, rows kept are updated in place, so a selection survives a sync.
// Contract: the rows passed are ordered by a key that never changes for one id.
class MirrorRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    const QJsonObject &rowData(int row) const { return m_rows.at(row); }
    // -1 when no row has that id.
    int rowOf(const QString &id) const;

protected:
    void setRows(const QList<QJsonObject> &rows);

private:
    QList<QJsonObject> m_rows;
};

} // namespace Chrysalis
