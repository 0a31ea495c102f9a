#pragma once
// The network around each family in the demo data (issue 16): support deployed, informal and
// formal, reviewed every three months (and stopped when it does not help), some of the reviews
// at the city's case consultation, referrals from the duo with their answers, some still
// waiting, and the family's network map. Part of DemoGenerator. Each family draws
// from a generator of its own, seeded by the family, so the rest of the demo data is the same
// with or without the network. All text is fictitious; no name of a person appears in it.

#include "Result.h"
#include "Statistics.h"
#include "storage/BatchInserter.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>

class Database;
class DemoMeetings;

class DemoNetworkWork
{
public:
    // The partners of a city: its community organisations, its care provider, its municipality.
    struct Partner
    {
        qint64 id = 0;
        QString name;
        QString contactName;
    };
    struct CityPartners
    {
        QList<Partner> community;
        Partner careProvider;
        Partner municipality;
    };
    struct Family
    {
        qint64 id = 0;
        int city = 0;
        QString district;
        QDate from;  // first day with a duo
        QDate until; // last day of coaching, or the reference day while it goes on
        qint64 duoId = 0;
        qint64 trustedPersonId = 0;
        qint64 professionalId = 0;
        qint64 shareConsentId = 0; // consent to share with a partner, given on `from`
    };

    DemoNetworkWork(Database &db, quint32 seed, Counts &counts);
    // Rows here refer to these tables' rows, which must be written first.
    void writeAfter(const QList<BatchInserter *> &parents);
    void setToday(const QDate &today) { m_today = today; }
    void addCity(int city, const CityPartners &partners) { m_cities.insert(city, partners); }
    // Where a review may be held at a case consultation; set before the first family.
    void setMeetings(DemoMeetings *meetings);
    Status startIds();

    Status family(const Family &family);
    Status flush();

private:
    Status support(const Family &family);
    Status referrals(const Family &family);
    Status networkMap(const Family &family);

    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }

    quint32 m_seed;
    Counts &m_counts;
    QDate m_today;
    QRandomGenerator m_rng;
    QHash<int, CityPartners> m_cities;
    DemoMeetings *m_meetings = nullptr;
    qint64 m_nextSupport = 1;

    BatchInserter m_supportRows;
    BatchInserter m_reviewRows;
    BatchInserter m_referralRows;
    BatchInserter m_mapRows;
};
