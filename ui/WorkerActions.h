#pragma once
// The editing actions of the Workers & duos page: add, edit and archive (or bring back)
// organisations, workers and duos, each through its form and the command façade. Archiving a
// worker or ending a duo that still has families goes through the handover dialog. A worker's
// training and the meetings of the network are recorded from here too.

#include <QObject>

class EditCommands;
class QAction;
class QTableView;
class WorkersPage;

class WorkerActions : public QObject
{
    Q_OBJECT
public:
    WorkerActions(WorkersPage *page, EditCommands *commands);

    QList<QAction *> workerActions() const
    {
        return {m_newWorker, m_editWorker, m_archiveWorker, m_recordTraining, m_recordMeeting};
    }
    QList<QAction *> duoActions() const { return {m_newDuo, m_editDuo, m_endDuo}; }
    QList<QAction *> organisationActions() const
    {
        return {m_newOrganisation, m_editOrganisation, m_archiveOrganisation};
    }

public slots:
    void newWorker();
    void editWorker();
    void archiveWorker(); // or brings an archived worker back
    // The care for workers (issue 16): a course the selected worker followed, and a meeting
    // without families (the volunteers' lunch, the organisations' interim meeting).
    void recordTraining();
    void recordMeeting();
    void newDuo();
    void editDuo();
    void endDuo(); // or lets an ended duo work on
    void newOrganisation();
    void editOrganisation();
    void archiveOrganisation(); // or restores an archived one

private:
    void updateActions();
    // Opens a form window-modal; once it has saved, its row is selected in `table`.
    template <typename Dialog> void openForm(Dialog *dialog, QTableView *table);
    void report(const QString &title, const QString &message);

    WorkersPage *m_page;
    EditCommands *m_commands;
    QAction *m_newWorker;
    QAction *m_editWorker;
    QAction *m_archiveWorker;
    QAction *m_recordTraining;
    QAction *m_recordMeeting;
    QAction *m_newDuo;
    QAction *m_editDuo;
    QAction *m_endDuo;
    QAction *m_newOrganisation;
    QAction *m_editOrganisation;
    QAction *m_archiveOrganisation;
};
