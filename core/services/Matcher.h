#pragma once
// Ranks the duos that could take on a family, and says why: shared language, district and
// city (a duo from another city never outranks a local one that fits), the family's wish about
// the trusted person's gender, room in both caseloads and earlier work with the family (points
// in MatchWeights). The assign dialog and `duocoach-cli suggest` both show this ranking, so
// they always agree.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <QDate>

class Database;

// One reason behind a candidate's score. `code` is stable (for JSON and tests); `text` is a
// translated sentence for the coordinator.
struct MatchReason
{
    QString code;
    int points = 0;
    QString text;
};

struct MatchCandidate
{
    Duo duo;       // with member names
    int score = 0; // the sum of the reasons' points
    QList<MatchReason> reasons;
};

class Matcher
{
    Q_DECLARE_TR_FUNCTIONS(Matcher)
public:
    explicit Matcher(Database &db) : m_db(db) {}

    // Duos working together on `day` whose members are both active, best first; equal scores
    // in the order of duo number, so the ranking is the same every time. A closed family is
    // refused.
    Result<QList<MatchCandidate>> rank(const Family &family,
                                       const QDate &day = QDate::currentDate()) const;

private:
    Database &m_db;
};
