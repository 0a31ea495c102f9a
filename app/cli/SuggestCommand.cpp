#include "SuggestCommand.h"

#include "services/Matcher.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int DefaultLimit = 10;
}

void SuggestCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("family"), tr("Case code of the family, e.g. G-2026-0042."),
                      QStringLiteral("CASECODE")});
    parser.addOption({QStringLiteral("limit"),
                      tr("Show at most N duos (default %1; 0 shows all).").arg(DefaultLimit),
                      QStringLiteral("N"), QString::number(DefaultLimit)});
    parser.addOption({QStringLiteral("today"),
                      tr("Rank as on this date (YYYY-MM-DD) instead of today."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), tr("Print the ranking as JSON.")});
}

int SuggestCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("family")))
        return usageError(err, tr("Usage: duocoach-cli %1 %2").arg(name(), usage()));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return usageError(err, tr("--limit needs a whole number of at least 0."));
    QDate day = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        day = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!day.isValid())
            return usageError(err, tr("--today needs a date like 2026-03-01."));
    }

    // Suggesting only reads: the file is opened read-only and never changed.
    const QString path = parser.positionalArguments().at(0);
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return fail(err, db.error());
    if (db.value()->schemaVersion() != Migrations::latestVersion())
        return fail(err, Error::refused(tr("The database %1 uses an older format; run "
                                           "\"duocoach-cli init %1\" to upgrade it first.")
                                            .arg(path)));
    auto family = FamilyStore(*db.value()).byCaseCode(parser.value(QStringLiteral("family")));
    if (!family)
        return fail(err, family.error());
    auto ranking = Matcher(*db.value()).rank(family.value(), day);
    if (!ranking)
        return fail(err, ranking.error());
    QList<MatchCandidate> candidates = ranking.value();
    if (limit > 0 && candidates.size() > limit)
        candidates.resize(limit);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        int rank = 0;
        for (const MatchCandidate &c : std::as_const(candidates)) {
            QJsonArray reasons;
            for (const MatchReason &r : c.reasons)
                reasons.append(QJsonObject{{QStringLiteral("code"), r.code},
                                           {QStringLiteral("points"), r.points},
                                           {QStringLiteral("text"), r.text}});
            list.append(QJsonObject{{QStringLiteral("rank"), ++rank},
                                    {QStringLiteral("duoId"), c.duo.id},
                                    {QStringLiteral("trustedPerson"), c.duo.trustedPersonName},
                                    {QStringLiteral("professional"), c.duo.professionalName},
                                    {QStringLiteral("score"), c.score},
                                    {QStringLiteral("reasons"), reasons}});
        }
        const QJsonObject root{{QStringLiteral("caseCode"), family->caseCode},
                               {QStringLiteral("date"), day.toString(Qt::ISODate)},
                               {QStringLiteral("candidates"), list}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented) << Qt::flush;
        return Success;
    }

    if (candidates.isEmpty()) {
        out << tr("No duo is available for %1: no duo works together on %2 with both members "
                  "active.")
                   .arg(family->caseCode, day.toString(Qt::ISODate))
            << Qt::endl;
        return Success;
    }
    out << tr("Duos for %1, best first:").arg(family->caseCode) << '\n';
    int rank = 0;
    for (const MatchCandidate &c : std::as_const(candidates)) {
        out << '\n'
            << QString::number(++rank).rightJustified(3) << ". " << c.duo.displayName() << "  "
            << tr("score %1").arg(c.score) << '\n';
        for (const MatchReason &r : c.reasons) {
            const QString points = r.points > 0 ? QLatin1Char('+') + QString::number(r.points)
                                                : QString::number(r.points);
            out << "      " << points.rightJustified(5) << "  " << r.text << '\n';
        }
    }
    out << Qt::flush;
    return Success;
}
