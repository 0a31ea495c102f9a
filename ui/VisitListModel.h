#pragma once
// The visit log as a table model, newest first, read from VisitStore a page at a time (keyset on
// start time and id), so half a million visits never sit in memory at once.

#include "storage/VisitStore.h"

#include <QAbstractTableModel>

class VisitListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, CaseCode, FamilyName, Duo, Status, Duration, Present, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit VisitListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    VisitFilter filter() const { return m_filter; }
    void setFilter(const VisitFilter &filter);
    int totalCount() const { return m_total; } // visits matching the filter, loaded or not
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    Visit visit(int row) const;

public slots:
    // Reads the rows; nothing is read before, so a caller can connect to failed() first.
    void reload();

signals:
    void failed(const QString &message);

private:
    // Appends the next page; returns the error message, empty on success.
    QString loadPage(bool resetting);

    VisitStore m_store;
    VisitFilter m_filter;
    QList<Visit> m_rows;
    int m_total = 0;
    int m_pageSize = 200;
    bool m_atEnd = true;
    // Set while rows are being reset or inserted: a view (or a tester) that reacts to those
    // signals by asking for more must not start a second change inside the first.
    bool m_changing = false;
};
