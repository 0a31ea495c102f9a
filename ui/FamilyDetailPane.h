#pragma once
// The right-hand side of the Families page: one family with its household, its duo (current
// and earlier) and its latest visits. Read-only; everything is read through the core stores.

#include <QWidget>

class Database;
class QFormLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QTableWidget;
struct Family;

class FamilyDetailPane : public QWidget
{
    Q_OBJECT
public:
    // How many visits the pane lists: enough to see the rhythm, few enough to read at a glance.
    static constexpr int RecentVisits = 10;

    explicit FamilyDetailPane(Database &db, QWidget *parent = nullptr);

    qint64 familyId() const { return m_familyId; }

    // What the pane says while no family is shown.
    void setHint(const QString &text);

    // The household list; each row's first item holds the member's id (Qt::UserRole).
    QTableWidget *householdTable() const { return m_household; }

public slots:
    // 0 shows the hint.
    void showFamily(qint64 familyId);
    // Reads the family shown again after a change; one that no longer exists (an undone add)
    // gives way to the hint without an error.
    void refresh();

signals:
    void failed(const QString &message);

private:
    QWidget *createDetails();
    void fillHeader(const Family &family);
    void fillFacts(const Family &family);
    bool fillHousehold(qint64 familyId);
    bool fillDuo(const Family &family);
    bool fillVisits(qint64 familyId);

    Database &m_db;
    qint64 m_familyId = 0;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_subtitle = nullptr;
    QFormLayout *m_facts = nullptr;
    QTableWidget *m_household = nullptr;
    QLabel *m_currentDuo = nullptr;
    QTableWidget *m_duoHistory = nullptr;
    QGroupBox *m_visitsBox = nullptr;
    QTableWidget *m_visits = nullptr;
    QLabel *m_noVisits = nullptr;
};
