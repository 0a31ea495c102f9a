#pragma once
// The red banner at the top of a family's details while a safety concern (meldcode) is open:
// each open concern with who raised it and when, and "Close Concern…", which asks for the
// note. Hidden when the family has no open concern. Also the one icon and colour that mark a
// concern in every list, so it looks the same everywhere.

#include <QFrame>
#include <QIcon>

class Database;
class QLayout;
class QVBoxLayout;
class VisitActions;

class SafetyBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SafetyBanner(Database &db, QWidget *parent = nullptr);

    // Closing needs the actions; without them the banner only shows.
    void setActions(VisitActions *actions) { m_actions = actions; }
    // Open concerns shown now.
    int concernCount() const { return m_count; }

    static QIcon icon();
    static QColor colour();     // text and border
    static QColor background(); // a row or a box that carries a concern

public slots:
    // Reads the family's open concerns; false (and failed()) when they could not be read.
    bool showFamily(qint64 familyId);

signals:
    void failed(const QString &message);

private:
    static void clear(QLayout *layout);

    Database &m_db;
    VisitActions *m_actions = nullptr;
    QVBoxLayout *m_rows = nullptr;
    int m_count = 0;
};
