#pragma once
// Counts over a database: what `duocoach-cli stats` prints and what the demo generator
// reports, so the two can be compared.

#include "Result.h"

#include <QJsonObject>

class Database;

struct Counts
{
    int organisations = 0;
    int workers = 0;
    int trustedPersons = 0;
    int professionals = 0;
    int activeWorkers = 0;
    int duos = 0;
    int families = 0;
    int familiesReferred = 0;
    int familiesIntake = 0;
    int familiesActive = 0;
    int familiesClosed = 0;
    int householdMembers = 0;
    int assignments = 0;
    int visits = 0;
    int visitsPlanned = 0;
    int visitsDone = 0;
    int visitsCancelled = 0;
    int visitsNoShow = 0;
    int reports = 0;
    int goals = 0;
    int evaluations = 0;
    int followUps = 0;
    int followUpsOpen = 0;
    int safetyConcerns = 0;
    int safetyConcernsOpen = 0;
    // The network around the families (format 11).
    int support = 0;
    int supportStopped = 0; // ended by a review that found it did not help
    int referrals = 0;
    int referralsSpecialist = 0; // to specialist youth care
    int referralsDeclined = 0;
    int referralsUnanswered = 0;
    // Meetings, the network map and the care for workers (format 12).
    int meetings = 0;
    int familiesDiscussed = 0; // at case consultations, a family once per meeting
    int networkMapEntries = 0;
    int trainings = 0;
    int debriefs = 0;
    int debriefsOpen = 0;

    QJsonObject toJson() const;
    bool operator==(const Counts &other) const;
};

class Statistics
{
public:
    static Result<Counts> count(const Database &db);
    // Only families, workers, duos and visits (the status bar's), the rest left 0: on a server
    // every count reads its table.
    static Result<Counts> totals(const Database &db);
};
