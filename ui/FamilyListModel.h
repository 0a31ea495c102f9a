#pragma once
// The family list as a table model that reads from FamilyStore a page at a time (keyset on case
// code), so 10,000 families never sit in memory at once. A search narrows the list in core.

#include "storage/FamilyStore.h"

#include <QAbstractTableModel>

class Database;

class FamilyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CaseCode, FamilyName, City, District, Status, Duo, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit FamilyListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString search() const { return m_search; }
    // "My families": only those assigned now to a duo of this worker; 0 shows every family.
    qint64 worker() const { return m_workerId; }
    void setWorker(qint64 workerId);
    // Families matching the search, loaded or not.
    int totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    qint64 familyId(int row) const;
    int rowOf(qint64 familyId) const; // -1 when not loaded

public slots:
    // Starts the list again with this search (case code, name or district) and its first page.
    void setSearch(const QString &text);
    // Reads the first page; nothing is read before, so a caller can connect to failed() first.
    void reload();
    // Reads the list again after a change, as many rows as are loaded now (at least a page),
    // so the row being worked on stays loaded and the view keeps its place.
    void refresh();

signals:
    void failed(const QString &message);

private:
    // Appends the next page; returns the error message, empty on success.
    QString loadPage(bool resetting, int limit);
    void readAgain(int limit);

    FamilyStore m_store;
    QString m_search;
    qint64 m_workerId = 0;
    bool m_loaded = false;
    QList<FamilySummary> m_rows;
    int m_total = 0;
    int m_pageSize = 200;
    bool m_atEnd = true;
    // Set while rows are being reset or inserted: a view (or a tester) that reacts to those
    // signals by asking for more must not start a second change inside the first.
    bool m_changing = false;
};
