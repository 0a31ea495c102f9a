#pragma once
// The families waiting for a duo, from WaitingList: longest waiting first, with the days they
// have waited and what matching looks at (district, home languages, gender wish). The list is
// bounded by the families not yet matched, so it is read whole.

#include "storage/WaitingList.h"

#include <QAbstractTableModel>
#include <QDate>

class Database;

class WaitingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CaseCode,
        FamilyName,
        DaysWaiting,
        ReferredOn,
        Status,
        City,
        District,
        Languages,
        PreferredGender,
        ColumnCount
    };
    // SortRole gives dates and numbers where the display text would sort wrongly.
    enum ItemRole { IdRole = Qt::UserRole + 1, SortRole };

    explicit WaitingListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The day days are counted to; a null date means the day of each reload.
    void setDay(const QDate &day) { m_day = day; }
    QDate day() const;
    // The day the rows were counted on at the last reload (null before the first).
    QDate countedOn() const { return m_countedOn; }

    const QList<WaitingFamily> &rows() const { return m_rows; }
    WaitingFamily row(int row) const;

public slots:
    // Reads the list; nothing is read before, so a caller can connect to failed() first.
    void reload();

signals:
    void failed(const QString &message);

private:
    QVariant display(const WaitingFamily &family, int column) const;

    Database &m_db;
    QDate m_day;
    QDate m_countedOn;
    QList<WaitingFamily> m_rows;
};
