#pragma once
// What a new database still lacks before duo coaching can start: an organisation, a trusted
// person and a professional, a duo, a family. Today shows the steps not taken while any is
// missing (instead of "every family was visited recently" over an empty file), and offers the
// demo data only while the file holds no worker and no family (real and fictitious people
// must never mix, as DemoDataOffer says).

#include "Result.h"

class Database;

struct FirstSteps
{
    bool organisation = false;
    bool trustedPerson = false;
    bool professional = false;
    bool duo = false;
    bool family = false;

    bool workers() const { return trustedPerson && professional; }
    // Every step was taken: Today no longer shows them.
    bool done() const { return organisation && workers() && duo && family; }
    // Nothing that would mix with demo data: no worker and no family.
    bool demoDataPossible() const { return !trustedPerson && !professional && !family; }

    // One statement, cheap enough for every reload of Today.
    static Result<FirstSteps> of(const Database &db);
};
