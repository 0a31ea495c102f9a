#pragma once
// Care for the people who do the work (issue 16): the training a trusted person followed, and
// the debrief a worker may ask for after a heavy visit. A debrief records that it took place and
// who held it, never what was said.

#include <QCoreApplication>
#include <QDate>
#include <QString>

struct Training
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString course;
    QDate startedOn;
    QDate endedOn; // null while it runs
    bool completed = false;
    QDate certificateOn; // null without a certificate
    qint64 version = 0;  // the row as read (RowVersions); 0: not read from the database
};

struct Debrief
{
    qint64 id = 0;
    qint64 visitId = 0;
    qint64 familyId = 0; // filled from the visit
    qint64 workerId = 0; // who asks for it: one of the visit's duo
    QDate askedOn;
    QDate heldOn;       // null while open
    QString heldBy;     // who held it (a coordinator)
    QString workerName; // filled by queries that join
    QString caseCode;
    QDate visitDay;
};

// What the caseload page shows of the care for one worker.
struct WorkerCareSummary
{
    QDate lastTraining;       // the last completed course ended
    QDate lastNetworkMeeting; // the last network meeting attended
    QDate lastDebrief;        // the last debrief held
    int openDebriefs = 0;     // asked for, not held yet

    // Flagged on the caseload page: no training, network meeting or debrief within
    // RecentMonths, or a debrief asked for and not held.
    bool needsAttention(const QDate &today) const;
};

class WorkerCare
{
    Q_DECLARE_TR_FUNCTIONS(WorkerCare)
public:
    // Without recent training or debrief: a trusted person whose last training ended, or whose
    // last debrief was held, longer ago than this is flagged on the caseload page.
    static constexpr int RecentMonths = 12;

    // One sentence for what is wrong with a training, or empty: a course, a start, no end
    // before it, a certificate only for a completed course and not before its start, no day
    // to come.
    static QString check(const Training &training, const QDate &today);
};
