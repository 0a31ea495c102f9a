#pragma once
// The Families page: the family list with a search that filters as you type (in core, not in
// memory), and the selected family's details beside it.

#include <QTimer>
#include <QWidget>

class Database;
class FamilyDetailPane;
class FamilyListModel;
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
    QTableView *table() const { return m_table; }

public slots:
    // Reads the list again, keeping the search; call once after connecting to failed().
    void reload();

signals:
    void failed(const QString &message);

private:
    void applySearch();
    void afterReset();
    void showCurrent(const QModelIndex &current);
    void updateCount();
    void sizeColumns();

    FamilyListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    FamilyDetailPane *m_detail = nullptr;
    QTimer m_searchTimer;
};
