#pragma once
// The "Referrals" section of a family's details: where the duo referred the family, for what,
// and how far each referral got (sent, accepted or declined, started, ended), with the days a
// sent one has waited for an answer. With the duo coach's actions attached it sends referrals
// and records their next steps (undoable); without, it only reads.

#include "domain/Network.h"

#include <QGroupBox>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;
class VisitActions;

class ReferralsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReferralsPanel(Database &db, QWidget *parent = nullptr);

    // Shows the buttons and follows the notifier's networkChanged.
    void setActions(VisitActions *actions);

    qint64 familyId() const { return m_familyId; }
    // One row per referral, newest first; each row's first item holds its id (Qt::UserRole).
    QTableWidget *table() const { return m_table; }
    QPushButton *referButton() const { return m_refer; }
    QPushButton *stepButton() const { return m_step; }

public slots:
    // Reads and shows the family's referrals; 0 empties the panel. False when reading failed.
    bool showFamily(qint64 familyId, const QDate &today = QDate::currentDate());

signals:
    void failed(const QString &message);

private:
    int selectedRow() const;
    void updateButtons();

    Database &m_db;
    VisitActions *m_actions = nullptr;
    qint64 m_familyId = 0;
    QList<Referral> m_referrals;
    QTableWidget *m_table = nullptr;
    QLabel *m_none = nullptr;
    QPushButton *m_refer = nullptr;
    QPushButton *m_step = nullptr;
};
