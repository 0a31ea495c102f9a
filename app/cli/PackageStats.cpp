#include "PackageStats.h"

#include "domain/DomainText.h"
#include "exchange/SupervisionPackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {
QString percent(double share)
{
    return std::isnan(share) ? QStringLiteral("-")
                             : QString::number(qRound(share * 100)) + QLatin1Char('%');
}

QJsonValue jsonShare(double share)
{
    return std::isnan(share) ? QJsonValue() : QJsonValue(std::round(share * 1000) / 1000);
}
QJsonObject referralsJson(const ReferralFigures &r)
{
    return {{QStringLiteral("total"), r.total()},
            {QStringLiteral("to_specialist_care"), r.toSpecialistCare},
            {QStringLiteral("to_other_formal_care"), r.toOtherFormalCare},
            {QStringLiteral("to_informal_partners"), r.toInformalPartners},
            {QStringLiteral("declined"), r.declined},
            {QStringLiteral("started"), r.started},
            {QStringLiteral("unanswered"), r.unanswered},
            {QStringLiteral("median_days_to_answer"),
             r.answered > 0 ? QJsonValue(r.medianDaysToAnswer) : QJsonValue()}};
}
} // namespace

Status PackageStats::print(const QString &path, const QString &passphrase, bool json,
                           QTextStream &out)
{
    auto opened = SupervisionPackage::open(path, passphrase);
    if (!opened)
        return opened.error();
    const SupervisionPackage &package = *opened.value();
    const PackageCheck check = package.verify();
    if (!check.intact())
        return Error::integrity(tr("The package %1 is not as it was exported:").arg(path) +
                                QStringLiteral("\n  ") +
                                check.problems.join(QStringLiteral("\n  ")));
    auto figures = package.duoFigures();
    if (!figures)
        return figures.error();
    auto evaluations = package.evaluations();
    if (!evaluations)
        return evaluations.error();
    auto followUps = package.followUps();
    if (!followUps)
        return followUps.error();
    auto concerns = package.safetyConcerns();
    if (!concerns)
        return concerns.error();

    const PackageManifest &m = package.manifest();
    DuoFigures total;
    for (const DuoFigures &f : figures.value()) {
        total.visits += f.visits;
        total.planned += f.planned;
        total.done += f.done;
        total.cancelled += f.cancelled;
        total.noShow += f.noShow;
        total.bothPresent += f.bothPresent;
        total.reports += f.reports;
    }
    const int families = int(m.rows.value(QStringLiteral("families")));

    if (json) {
        QJsonArray duos;
        for (const DuoFigures &f : figures.value())
            duos.append(QJsonObject{
                {QStringLiteral("duo"), f.duo.id},
                {QStringLiteral("trusted_person"), f.duo.trustedPersonName},
                {QStringLiteral("professional"), f.duo.professionalName},
                {QStringLiteral("visits"), f.visits},
                {QStringLiteral("planned"), f.planned},
                {QStringLiteral("done"), f.done},
                {QStringLiteral("cancelled"), f.cancelled},
                {QStringLiteral("no_show"), f.noShow},
                {QStringLiteral("both_present"), f.bothPresent},
                {QStringLiteral("families"), f.families},
                {QStringLiteral("reports"), f.reports},
                {QStringLiteral("overdue_follow_ups"), f.overdueFollowUps},
                {QStringLiteral("evaluations_adjust_or_stop"), f.adjustOrStopEvaluations},
                {QStringLiteral("safety_concerns"), f.safetyConcerns},
                {QStringLiteral("cancellation_rate"), jsonShare(f.cancellationRate())},
                {QStringLiteral("no_show_rate"), jsonShare(f.noShowRate())},
                {QStringLiteral("both_present_share"), jsonShare(f.bothPresentShare())},
                {QStringLiteral("referrals"), referralsJson(f.referrals)},
                {QStringLiteral("support_stopped_not_helping"), f.supportStoppedNotHelping},
                {QStringLiteral("open_debriefs"), f.openDebriefs},
            });
        const QJsonObject document{
            {QStringLiteral("package"), package.name()},
            {QStringLiteral("intact"), true},
            {QStringLiteral("encrypted"), package.isEncrypted()},
            {QStringLiteral("pseudonymized"), m.pseudonymized},
            {QStringLiteral("from"), m.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), m.to.toString(Qt::ISODate)},
            {QStringLiteral("exported_at"), m.values.value(QStringLiteral("exported_at"))},
            {QStringLiteral("exported_by"), m.exportedBy},
            {QStringLiteral("app_version"), m.appVersion},
            {QStringLiteral("families"), families},
            {QStringLiteral("visits"), total.visits},
            {QStringLiteral("planned"), total.planned},
            {QStringLiteral("done"), total.done},
            {QStringLiteral("cancelled"), total.cancelled},
            {QStringLiteral("no_show"), total.noShow},
            {QStringLiteral("reports"), total.reports},
            {QStringLiteral("evaluations"), int(evaluations->size())},
            {QStringLiteral("follow_ups"), int(followUps->size())},
            {QStringLiteral("safety_concerns"), int(concerns->size())},
            {QStringLiteral("content_sha256"), QString::fromLatin1(m.contentSha256)},
            {QStringLiteral("format_version"), m.formatVersion},
            // Who signed it (format 4 on; null for an older, unsigned package). Whether the
            // key is a known sender's is verify's question.
            {QStringLiteral("signer"),
             m.isSigned() ? QJsonValue(QJsonObject{
                                {QStringLiteral("fingerprint"), m.signer.fingerprint},
                                {QStringLiteral("database"), m.signer.database},
                                {QStringLiteral("database_name"), m.signer.databaseName},
                                {QStringLiteral("organisation"), m.signer.organisation}})
                          : QJsonValue()},
            {QStringLiteral("support"), m.rows.value(QStringLiteral("support"))},
            {QStringLiteral("referrals"), m.rows.value(QStringLiteral("referrals"))},
            {QStringLiteral("consultations"), m.rows.value(QStringLiteral("meetings"))},
            {QStringLiteral("network_map_entries"), m.rows.value(QStringLiteral("network_map"))},
            {QStringLiteral("debriefs"), m.rows.value(QStringLiteral("debriefs"))},
            {QStringLiteral("duos"), duos},
        };
        out << QJsonDocument(document).toJson(QJsonDocument::Indented) << Qt::flush;
        return {};
    }

    const QString yes = tr("yes");
    const QString no = tr("no");
    out << tr("Supervision package %1 (intact)").arg(package.name()) << '\n'
        << tr("Signed by:          %1")
               .arg(m.isSigned() ? SupervisionPackage::signerText(m.signer)
                                 : tr("nobody (an older package)"))
        << '\n'
        << tr("Period:             %1 to %2")
               .arg(m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate))
        << '\n'
        << tr("Exported:           %1 by %2 (DuoCoach %3)")
               .arg(m.values.value(QStringLiteral("exported_at")), m.exportedBy, m.appVersion)
        << '\n'
        << tr("Pseudonymised:      %1; encrypted: %2")
               .arg(m.pseudonymized ? yes : no, package.isEncrypted() ? yes : no)
        << '\n'
        << tr("Families:           %1").arg(families) << '\n'
        << tr("Visits:             %1 (%2 planned, %3 done, %4 cancelled, %5 no-show)")
               .arg(total.visits)
               .arg(total.planned)
               .arg(total.done)
               .arg(total.cancelled)
               .arg(total.noShow)
        << '\n'
        << tr("Visit reports:      %1").arg(total.reports) << '\n'
        << tr("Evaluations:        %1").arg(evaluations->size()) << '\n'
        << tr("Follow-up actions:  %1").arg(followUps->size()) << '\n'
        << tr("Safety concerns:    %1").arg(concerns->size()) << '\n';
    if (package.hasNetwork())
        out << tr("Support, referrals: %1, %2")
                   .arg(m.rows.value(QStringLiteral("support")))
                   .arg(m.rows.value(QStringLiteral("referrals")))
            << '\n'
            << tr("Consultations:      %1").arg(m.rows.value(QStringLiteral("meetings"))) << '\n'
            << tr("Network map:        %1 entries").arg(m.rows.value(QStringLiteral("network_map")))
            << '\n';
    else
        out << tr("Format %1: made before packages carried the network around the family.")
                   .arg(m.formatVersion)
            << '\n';
    for (const DuoFigures &f : figures.value()) {
        out << '\n'
            << tr("Duo %1: %2").arg(f.duo.id).arg(f.duo.displayName()) << '\n'
            << tr("  Visits:                %1 (%2 done, %3 planned, %4 cancelled, %5 no-show)")
                   .arg(f.visits)
                   .arg(f.done)
                   .arg(f.planned)
                   .arg(f.cancelled)
                   .arg(f.noShow)
            << '\n'
            << tr("  Cancelled, no-show:    %1, %2 of the visits due")
                   .arg(percent(f.cancellationRate()), percent(f.noShowRate()))
            << '\n'
            << tr("  Both present:          %1 of the done visits")
                   .arg(percent(f.bothPresentShare()))
            << '\n'
            << tr("  Families:              %1").arg(f.families) << '\n'
            << tr("  Visit reports:         %1").arg(f.reports) << '\n'
            << tr("  Overdue follow-ups:    %1").arg(f.overdueFollowUps) << '\n'
            << tr("  Evaluations adjust/stop: %1").arg(f.adjustOrStopEvaluations) << '\n'
            << tr("  Safety concerns:       %1").arg(f.safetyConcerns) << '\n';
        if (package.hasNetwork())
            out << tr("  Referrals:             %1 (%2 specialist youth care, %3 other formal "
                      "care, %4 informal; %5 declined, %6 started, %7 without an answer)")
                       .arg(f.referrals.total())
                       .arg(f.referrals.toSpecialistCare)
                       .arg(f.referrals.toOtherFormalCare)
                       .arg(f.referrals.toInformalPartners)
                       .arg(f.referrals.declined)
                       .arg(f.referrals.started)
                       .arg(f.referrals.unanswered)
                << '\n'
                << tr("  Support stopped, not helping: %1").arg(f.supportStoppedNotHelping) << '\n'
                << tr("  Open debriefs:         %1").arg(f.openDebriefs) << '\n';
    }
    out.flush();
    return {};
}
