#pragma once
// The one place that announces what changed in the database, so every view (family list,
// detail pane, caseload, waiting list, planner) refreshes itself without knowing the others.
// Whoever writes (the command façade, an import) emits; models and views subscribe.

#include <QList>
#include <QObject>

class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // Ids of the rows added, changed or removed; an empty list means "possibly all".
    void organisationsChanged(const QList<qint64> &ids);
    void workersChanged(const QList<qint64> &ids);
    void duosChanged(const QList<qint64> &ids);
    void familiesChanged(const QList<qint64> &ids);
    void householdChanged(qint64 familyId);
    // Assignments of these families changed (caseloads and waiting list follow).
    void assignmentsChanged(const QList<qint64> &familyIds);
    void visitsChanged(const QList<qint64> &ids);
    // Goals or evaluations of this family changed (added, edited, ended, reopened).
    void goalsChanged(qint64 familyId);
    // Follow-up actions, safety concerns or trusted-person-only notes of this family changed.
    void followUpsChanged(qint64 familyId);
    void safetyConcernsChanged(qint64 familyId);
    void confidentialNotesChanged(qint64 familyId);
    // Consent records of this family changed (recorded, withdrawn, or either undone).
    void consentsChanged(qint64 familyId);
    // The network around this family changed: its support, their reviews, its referrals.
    void networkChanged(qint64 familyId);
    // Meetings, the training of workers or debrief requests changed (the meetings list, the
    // coordinator's open debriefs and the caseload page's care column follow).
    void meetingsChanged();
    // The supervisor's feedback was imported (SupervisionFeedbackImport).
    void supervisionFeedbackChanged();
    // The whole database was replaced (another file opened, demo data loaded).
    void databaseReset();
};
