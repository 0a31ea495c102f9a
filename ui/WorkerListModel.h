#pragma once
// All trusted persons and professionals with their current caseload. Workers number in the
// hundreds, so the list is read whole.

#include "domain/Domain.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class Database;

class WorkerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Organisation, Languages, District, Caseload, ColumnCount };
    // SortRole gives numbers where the display text would sort wrongly ("10 / 12" < "9 / 12").
    enum ItemRole { IdRole = Qt::UserRole + 1, SortRole };

    // Caseloads are counted on `day`.
    explicit WorkerListModel(Database &db, const QDate &day = QDate::currentDate(),
                             QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Worker worker(int row) const;
    int caseload(int row) const;

public slots:
    // Reads the rows; nothing is read before, so a caller can connect to failed() first.
    void reload();

signals:
    void failed(const QString &message);

private:
    Database &m_db;
    QDate m_day;
    QList<Worker> m_workers;
    QHash<qint64, int> m_caseloads;
};
