#pragma once
// The supervisor's feedback on a duo's Today page: the notes imported in the last four weeks
// for the user's duos (and the remarks for the whole team); everyone's for a coordinator. A
// row says what the note is about and how it starts; opening it (double-click or Enter) shows
// the whole note and records the reading in the access log. Hidden when there is none.

#include "services/CurrentUser.h"
#include "storage/SupervisionFeedbackStore.h"

#include <QDate>
#include <QList>
#include <QWidget>

class Database;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

class SupervisionFeedbackList : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisionFeedbackList(Database &db, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

    // Reads the notes for `user` again, as of `day`.
    void reload(const CurrentUser &user, const QDate &day);
    // What a note is about, in words: "General remark", the duo, or the visit.
    static QString about(const SupervisionNote &note);

signals:
    void failed(const QString &message);

private:
    void open(QTreeWidgetItem *item);

    Database &m_db;
    CurrentUser m_user;
    QList<SupervisionNote> m_notes;
    QLabel *m_title = nullptr;
    QTreeWidget *m_list = nullptr;
};
