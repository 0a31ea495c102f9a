#pragma once
// All duos: who works together, since when and until when. Bounded (hundreds), read whole.

#include "domain/Domain.h"

#include <QAbstractTableModel>

class Database;

class DuoListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TrustedPerson, Professional, From, To, ColumnCount };
    // SortRole gives ISO dates: the displayed short dates do not sort chronologically.
    enum ItemRole { IdRole = Qt::UserRole + 1, SortRole };

    explicit DuoListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Duo duo(int row) const;

public slots:
    // Reads the rows; nothing is read before, so a caller can connect to failed() first.
    void reload();

signals:
    void failed(const QString &message);

private:
    Database &m_db;
    QList<Duo> m_duos;
};
