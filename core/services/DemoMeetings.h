#pragma once
// Meetings and the care for workers in the demo data (issue 16): each city's monthly case
// consultation with its partners, the two organisations' quarterly meeting on their
// collaboration, the volunteers' lunch every six weeks with the trusted persons who came, the
// courses trusted persons followed, and debriefs after a few heavy visits. Part of
// DemoGenerator. Draws come from generators of their own, seeded by the city, worker or family,
// so the rest of the demo data is the same with or without them. All text is fictitious.

#include "DemoNetworkWork.h"
#include "Result.h"
#include "Statistics.h"
#include "storage/BatchInserter.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <optional>

class Database;

class DemoMeetings
{
public:
    // A case consultation of a city, where families are brought in.
    struct Consultation
    {
        qint64 id = 0;
        QDate day;
    };

    DemoMeetings(Database &db, quint32 seed, Counts &counts);
    // Rows here refer to these tables' rows, which must be written first.
    void writeAfter(const QList<BatchInserter *> &parents);
    void setToday(const QDate &today) { m_today = today; }
    Status startIds();

    // The city's meetings from `from` until today, with its partners at the table.
    Status city(int city, const DemoNetworkWork::CityPartners &partners, const QDate &from);
    // A trusted person working in the city from `from` until `to` (null: still): the courses
    // followed and the lunches attended.
    Status trustedPerson(int city, qint64 workerId, const QDate &from, const QDate &to);
    // The city's first consultation on or after `day`, when one is held by `until`.
    std::optional<Consultation> consultation(int city, const QDate &day, const QDate &until) const;
    // The family brought in at a consultation by its duo; a second time at the same meeting
    // adds nothing. `stops` is true when the meeting stopped a form of its support.
    Status discuss(const Consultation &meeting, const DemoNetworkWork::Family &family, bool stops);
    // A done visit of the family now being written: perhaps a heavy one, with a debrief.
    Status doneVisit(qint64 visitId, qint64 familyId, int city, const QDate &day,
                     qint64 trustedPersonId, qint64 professionalId);
    Status flush();
    // The meetings' own rows, for what refers to them.
    BatchInserter *meetingRows() { return &m_meetingRows; }

private:
    Status attend(qint64 meetingId, qint64 workerId);
    Result<qint64> meeting(const char *kind, const QDate &day, const QString &title,
                           qint64 organiserId, const QString &notes);

    quint32 m_seed;
    Counts &m_counts;
    QDate m_today;
    QHash<int, QList<Consultation>> m_consultations; // by city, oldest first
    QHash<int, QList<Consultation>> m_lunches;
    QHash<int, QString> m_debriefsHeldBy;    // by city: the community organisation's contact
    QSet<QPair<qint64, qint64>> m_attended;  // (meeting, worker)
    QSet<QPair<qint64, qint64>> m_discussed; // (meeting, family)
    qint64 m_nextMeeting = 1;

    BatchInserter m_meetingRows;
    BatchInserter m_workerRows;
    BatchInserter m_partnerRows;
    BatchInserter m_familyRows;
    BatchInserter m_decisionRows;
    BatchInserter m_trainingRows;
    BatchInserter m_debriefRows;
};
