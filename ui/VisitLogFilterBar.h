#pragma once
// The filters above the visit log, like the review window's: a coach's own visits (on by
// default for a trusted person or professional), duo, status and period. The period ends today
// when the log opens, so it opens at today rather than at the furthest visit planned; a later
// end shows what is planned.

#include "services/CurrentUser.h"
#include "storage/VisitStore.h"

#include <QWidget>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;

class VisitLogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit VisitLogFilterBar(Database &db, QWidget *parent = nullptr);

    VisitFilter filter() const;
    // A worker's own visits first; everyone's for anyone else. The period ends today again.
    void setCurrentUser(const CurrentUser &user);
    // Reads the duos again (keeping the one chosen); false with `failed` emitted on an error.
    bool reloadDuos();

    // Not laid out by the bar: its page places it (beside the title).
    QCheckBox *mineBox() const { return m_mine; }
    QComboBox *duos() const { return m_duos; }       // item data: duo id, 0 for all
    QComboBox *statuses() const { return m_status; } // item data: int(VisitStatus), -1 for all
    QDateEdit *fromField() const { return m_from; }  // its minimum: from the start
    QDateEdit *toField() const { return m_to; }

signals:
    void filterChanged();
    void failed(const QString &message);

private:
    Database &m_db;
    CurrentUser m_user;
    QCheckBox *m_mine = nullptr;
    QComboBox *m_duos = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};
