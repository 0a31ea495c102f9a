#include "NetworkRules.h"

#include "Validation.h"

#include <QLocale>

namespace {
QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

// The first of `texts` with a character no form should hold.
QString controlCharacters(std::initializer_list<const QString *> texts)
{
    for (const QString *text : texts)
        if (QString problem = Validation::checkControlCharacters(*text); !problem.isEmpty())
            return problem;
    return {};
}
} // namespace

QString NetworkRules::checkSupport(const Support &support)
{
    if (QString problem = controlCharacters({&support.provider, &support.what, &support.endReason});
        !problem.isEmpty())
        return problem;
    const QString what = support.what.trimmed();
    if (what.isEmpty())
        return tr("Say what the support is.");
    if (support.provider.trimmed().isEmpty())
        return tr("Say who gives the support \"%1\".").arg(what);
    if (!support.from.isValid())
        return tr("The support \"%1\" needs the day it started.").arg(what);
    if (support.until.isValid() && support.until < support.from)
        return tr("The support \"%1\" ends on %2, before it starts on %3.")
            .arg(what, shortDate(support.until), shortDate(support.from));
    return {};
}

QString NetworkRules::checkReview(const SupportReview &review, const Support &support,
                                  const QDate &today)
{
    if (QString problem = Validation::checkControlCharacters(review.reason); !problem.isEmpty())
        return problem;
    const QString what = support.what.trimmed();
    if (!review.heldOn.isValid())
        return tr("The review of \"%1\" needs the day it was held.").arg(what);
    if (review.heldOn > today)
        return tr("The review of \"%1\" is dated %2, a day still to come.")
            .arg(what, shortDate(review.heldOn));
    if (review.heldOn < support.from)
        return tr("The review of \"%1\" is dated %2, before the support started on %3.")
            .arg(what, shortDate(review.heldOn), shortDate(support.from));
    if (support.until.isValid() && review.heldOn > support.until)
        return tr("The support \"%1\" ended on %2; it cannot be reviewed after that.")
            .arg(what, shortDate(support.until));
    if (review.reason.trimmed().isEmpty()) {
        switch (review.decision) {
        case Decision::Stop:
            return tr("Say why the support \"%1\" stops.").arg(what);
        case Decision::Adjust:
            return tr("Say how and why the support \"%1\" is adjusted.").arg(what);
        case Decision::Continue:
            break;
        }
        return tr("Say why the support \"%1\" continues.").arg(what);
    }
    return {};
}

QString NetworkRules::checkReferral(const Referral &referral, const QDate &today)
{
    if (QString problem = controlCharacters({&referral.reason, &referral.outcome});
        !problem.isEmpty())
        return problem;
    if (referral.organisationId <= 0)
        return tr("Choose the organisation the referral goes to.");
    if (referral.sentById <= 0)
        return tr("Choose who of the duo sends the referral.");
    if (referral.reason.trimmed().isEmpty())
        return tr("Say why the family is referred.");
    if (!referral.sentOn.isValid())
        return tr("The referral needs the day it was sent.");
    if (referral.sentOn > today)
        return tr("The referral is dated %1, a day still to come.").arg(shortDate(referral.sentOn));
    return {};
}

QString NetworkRules::checkStep(const Referral &referral, ReferralStatus to, const QDate &on,
                                const QString &outcome, const QDate &today)
{
    if (QString problem = Validation::checkControlCharacters(outcome); !problem.isEmpty())
        return problem;
    const ReferralStatus from = referral.status;
    const bool follows = (from == ReferralStatus::Sent &&
                          (to == ReferralStatus::Accepted || to == ReferralStatus::Declined)) ||
                         (from == ReferralStatus::Accepted && to == ReferralStatus::Started) ||
                         (from == ReferralStatus::Started && to == ReferralStatus::Ended);
    if (!follows)
        return tr("A referral that is %1 cannot become %2.")
            .arg(NetworkText::display(from).toLower(), NetworkText::display(to).toLower());
    if (!on.isValid())
        return tr("Give the day the referral was %1.").arg(NetworkText::display(to).toLower());
    if (on > today)
        return tr("The day %1 is still to come.").arg(shortDate(on));
    const QDate before = from == ReferralStatus::Sent       ? referral.sentOn
                         : from == ReferralStatus::Accepted ? referral.answeredOn
                                                            : referral.startedOn;
    if (on < before)
        return tr("The referral was %1 on %2; the next step cannot come before that.")
            .arg(NetworkText::display(from).toLower(), shortDate(before));
    if (to == ReferralStatus::Ended && outcome.trimmed().isEmpty())
        return tr("Say what the referral brought the family.");
    return {};
}

QString NetworkRules::noContactPerson(const QString &organisation)
{
    return tr("%1 has no contact person: add one to the organisation before referring a family "
              "to it.")
        .arg(organisation);
}

QString NetworkRules::noConsentToShare(const QDate &sentOn)
{
    return tr("The family has not consented to sharing with a partner organisation on %1; "
              "record that consent before referring it.")
        .arg(shortDate(sentOn));
}
