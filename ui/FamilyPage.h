#pragma once
// The Families page: the family list with a search that filters as you type (in core, not in
// memory), and the selected family's details beside it.

#include "services/CurrentUser.h"

#include <QTimer>
#include <QWidget>

class Database;
class EditCommands;
class FamilyActions;
class FamilyDetailPane;
class FamilyListModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

class FamilyPage : public QWidget
{
    Q_OBJECT
public:
    // Long enough to skip the queries between keystrokes of one word, short enough to feel live.
    static constexpr int SearchDelayMs = 150;

    explicit FamilyPage(Database &db, QWidget *parent = nullptr);

    FamilyListModel *model() const { return m_model; }
    FamilyDetailPane *detailPane() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    // "My families only": shown to a trusted person or professional, on when they start.
    QCheckBox *mineBox() const { return m_mine; }
    QTableView *table() const { return m_table; }
    FamilyActions *actions() const { return m_actions; }

    // Adds the editing actions (toolbar, double click) and keeps the list and the detail pane
    // in step with every change announced on the commands' notifier.
    void setCommands(EditCommands *commands);

public slots:
    // A worker sees their own families first (the box on), anyone else every family.
    void setCurrentUser(const CurrentUser &user);
    // Reads the list again, keeping the search; call once after connecting to failed().
    void reload();
    // Selects the family in the list and shows it, clearing a search that hides it and paging
    // in as far as needed. False when the family is not in the list (it is shown all the same).
    bool selectFamily(qint64 familyId);
    // Reads the list and the family shown again after a change, keeping the place in the list.
    void refresh();

signals:
    void failed(const QString &message);

protected:
    void customEvent(QEvent *event) override;

private:
    // The family's row, clearing a search that hides it and paging in as far as needed; -1 when
    // it is not in the list.
    int loadRowOf(qint64 familyId);
    void applySearch();
    void afterReset();
    void showCurrent(const QModelIndex &current);
    // After a search, the first match's details wait until the list has painted: the list then
    // answers a keystroke within a frame, and the details follow in the next (issue 7).
    void showCurrentLater();
    void showFamily(qint64 familyId);
    void updateCount();
    void sizeColumns();

    FamilyListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_mine = nullptr;
    CurrentUser m_user;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    FamilyDetailPane *m_detail = nullptr;
    FamilyActions *m_actions = nullptr;
    QTimer m_searchTimer;
    bool m_searching = false;     // a search is being applied: details come later
    bool m_detailsDue = false;    // the current row's details wait to be shown
    bool m_detailsPosted = false; // the event that shows them is queued
};
