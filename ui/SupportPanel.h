#pragma once
// The "Support deployed" section of a family's details, beside the goals: a timeline of every
// form of support (SupportTimeline) and the same in a table — what, by whom, since and until
// when, and the last judgement of whether it helps. With the command façade attached it adds
// support and records reviews (undoable); without, it only reads.

#include "domain/Network.h"

#include <QGroupBox>

class Database;
class EditCommands;
class QLabel;
class QPushButton;
class QTableWidget;
class SupportTimeline;

class SupportPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit SupportPanel(Database &db, QWidget *parent = nullptr);

    // Shows the buttons and follows the notifier's networkChanged.
    void setCommands(EditCommands *commands);

    qint64 familyId() const { return m_familyId; }
    SupportTimeline *timeline() const { return m_timeline; }
    // One row per form of support, in the timeline's order; each row's first item holds its id.
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *reviewButton() const { return m_review; }

public slots:
    // Reads and shows the family's support; 0 empties the panel. False when reading failed.
    bool showFamily(qint64 familyId, const QString &caseCode = QString());
    // The dialogs behind the buttons; each opens and returns at once.
    void addSupport();
    void reviewSupport();

signals:
    void failed(const QString &message);

private:
    int selectedRow() const;
    void updateButtons();

    Database &m_db;
    EditCommands *m_commands = nullptr;
    qint64 m_familyId = 0;
    QString m_caseCode;
    QList<Support> m_support;
    SupportTimeline *m_timeline = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_none = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_review = nullptr;
};
