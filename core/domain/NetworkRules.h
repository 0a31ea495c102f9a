#pragma once
// The rules of support, reviews and referrals that need no database, for forms that check as
// the user types and for the stores alike: each refusal is one sentence naming what is wrong.

#include "Network.h"

#include <QCoreApplication>

class NetworkRules
{
    Q_DECLARE_TR_FUNCTIONS(NetworkRules)
public:
    // Who gives it, what it is, a start, and no end before the start.
    static QString checkSupport(const Support &support);
    // Of `support`: a day not to come, within the time the support ran, and a reason.
    static QString checkReview(const SupportReview &review, const Support &support,
                               const QDate &today);
    // An organisation, a sender, a reason and a day of sending not to come.
    static QString checkReferral(const Referral &referral, const QDate &today);
    // A referral's next step: `to` on `on` must follow its status now (sent → accepted or
    // declined → started → ended), on or after the step before and not on a day to come; an
    // ended referral needs its outcome.
    static QString checkStep(const Referral &referral, ReferralStatus to, const QDate &on,
                             const QString &outcome, const QDate &today);
    // The refusals that need the database, in words the form and the store share.
    static QString noContactPerson(const QString &organisation);
    static QString noConsentToShare(const QDate &sentOn);
};
