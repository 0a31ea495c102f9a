#pragma once
// The visit log as a table model, newest first, read from VisitStore a page at a time (keyset on
// start time and id). Rows appear as the view scrolls (fetchMore), but only the last few pages
// used are kept: scrolled from end to end, half a million visits never sit in memory at once.
// A page that was let go is read again, from where it started, when the view comes back to it.

#include "storage/SafetyConcernStore.h"
#include "storage/VisitStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

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
    // Starts the log again from its first page when rows are shown: pages are counted in rows.
    void setPageSize(int rows);
    Visit visit(int row) const;
    // Pages whose rows are held at most, the most recently used ones.
    static constexpr int CachedPages = 8;
    int cachedRows() const; // rows held in memory now

public slots:
    // Reads the rows; nothing is read before, so a caller can connect to failed() first.
    void reload();

signals:
    void failed(const QString &message);

private:
    // Appends the next page; returns the error message, empty on success.
    QString loadPage(bool resetting);
    // The row from the cache, reading its page again when it was let go; null on a problem.
    const Visit *row(int row) const;
    // Keeps `rows` as page `page`, letting the least recently used page go when full.
    void cache(int page, QList<Visit> rows) const;

    VisitStore m_store;
    // Visits a safety concern was raised on, of the pages read: asked once a page, and marked
    // in the log with the concern's icon.
    SafetyConcernStore m_concerns;
    mutable QSet<qint64> m_concernVisits;
    VisitFilter m_filter;
    int m_rowCount = 0; // rows the view has been given so far
    // Where each page read so far ends (its last row): page k + 1 starts after m_pageEnds[k].
    QList<VisitCursor> m_pageEnds;
    mutable QHash<int, QList<Visit>> m_pages;
    mutable QList<int> m_recentPages; // least recently used first
    int m_total = 0;
    int m_pageSize = 200;
    bool m_atEnd = true;
    // Set while rows are being reset or inserted: a view (or a tester) that reacts to those
    // signals by asking for more must not start a second change inside the first.
    bool m_changing = false;
};
