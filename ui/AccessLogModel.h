#pragma once
// The rows of the access log for a view: one query (AccessQuery) read a page at a time as the
// view scrolls (fetchMore), so a log of millions of rows never sits in memory whole.

#include "storage/AccessLog.h"

#include <QAbstractTableModel>

class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, Role, Action, CaseCode, Outcome, Detail, ColumnCount };
    static constexpr int PageSize = 200;

    explicit AccessLogModel(Database &db, QObject *parent = nullptr);

    // Reads the first page of `query` (its afterId and limit are the model's own).
    void setQuery(const AccessQuery &query);
    const AccessQuery &query() const { return m_query; }
    // Shows nothing (the opening of the log could not be recorded).
    void clear();
    const AccessEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const QString &message);

private:
    Result<QList<AccessEntry>> nextPage() const;

    Database &m_db;
    AccessQuery m_query;
    QList<AccessEntry> m_entries;
    bool m_more = false;
};
