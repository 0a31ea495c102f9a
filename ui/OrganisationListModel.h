#pragma once
// All organisations with their contact person. Bounded (tens), read whole.

#include "domain/Domain.h"

#include <QAbstractTableModel>

class Database;

class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, City, Contact, Phone, Email, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole + 1 };

    explicit OrganisationListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Organisation organisation(int row) const;

public slots:
    // Reads the rows; nothing is read before, so a caller can connect to failed() first.
    void reload();

signals:
    void failed(const QString &message);

private:
    Database &m_db;
    QList<Organisation> m_organisations;
};
