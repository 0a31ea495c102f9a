#pragma once
// The Waiting list page: families referred or in intake that have no duo yet, longest waiting
// first. Opening a family (double-click or Enter) asks for it on the Families page; "Assign
// Duo…" (the button, or the context menu) asks for the ranked assign dialog right here. Follows
// the change notifier, so a family leaves the list as soon as a duo is assigned.

#include <QDate>
#include <QTimer>
#include <QWidget>

class ChangeNotifier;
class Database;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class WaitingListModel;

class WaitingListPage : public QWidget
{
    Q_OBJECT
public:
    WaitingListPage(Database &db, ChangeNotifier *notifier, QWidget *parent = nullptr);

    WaitingListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *assignButton() const { return m_assign; }
    // The family of the current row; 0 when none.
    qint64 currentFamilyId() const;
    // Counts days to this day from the next reload on; a null date means the day of each reload.
    void setDay(const QDate &day);

public slots:
    // Reads the list again; call once after connecting to failed().
    void reload();

signals:
    void failed(const QString &message);
    // The user opened this family from the list.
    void familyActivated(qint64 familyId);
    // The user asked to assign a duo to this family (the same ranked dialog as on its page).
    void assignDuoRequested(qint64 familyId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sizeColumns();
    void afterReset();
    void open(const QModelIndex &index);
    void updateButtons();

    WaitingListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_assign = nullptr;
    QTableView *m_table = nullptr;
    // Collects a burst of change signals (an import, an undo of many steps) into one reload.
    QTimer m_reloadTimer;
    // A hidden table measures no rows, so sizing waits until the page is shown with rows.
    bool m_columnsSized = false;
};
