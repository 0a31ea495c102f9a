#include "ServerChanges.h"

#include "ChangeNotifier.h"
#include "storage/Database.h"

#include <QHash>
#include <QPointer>

namespace {
enum class Scope {
    Organisations,
    Workers,
    Duos,
    Families,
    Household,
    Assignments,
    Visits,
    Goals,
    FollowUps,
    SafetyConcerns,
    ConfidentialNotes,
    Consents,
    Network,
    Meetings,
    Everything
};

// Which view each announced table concerns (see PostgresTeamSchema's list).
const QHash<QString, Scope> &scopes()
{
    static const QHash<QString, Scope> map = {
        {QStringLiteral("organisations"), Scope::Organisations},
        {QStringLiteral("workers"), Scope::Workers},
        {QStringLiteral("duos"), Scope::Duos},
        {QStringLiteral("families"), Scope::Families},
        // A coach's list gains the family of an emergency access.
        {QStringLiteral("emergency_access"), Scope::Families},
        {QStringLiteral("household_members"), Scope::Household},
        {QStringLiteral("assignments"), Scope::Assignments},
        {QStringLiteral("visits"), Scope::Visits},
        {QStringLiteral("visit_attendees"), Scope::Visits},
        {QStringLiteral("visit_reports"), Scope::Visits},
        {QStringLiteral("visit_goals"), Scope::Visits},
        {QStringLiteral("goals"), Scope::Goals},
        {QStringLiteral("evaluations"), Scope::Goals},
        {QStringLiteral("follow_ups"), Scope::FollowUps},
        {QStringLiteral("safety_concerns"), Scope::SafetyConcerns},
        {QStringLiteral("confidential_notes"), Scope::ConfidentialNotes},
        {QStringLiteral("consents"), Scope::Consents},
        {QStringLiteral("support"), Scope::Network},
        {QStringLiteral("support_reviews"), Scope::Network},
        {QStringLiteral("referrals"), Scope::Network},
        {QStringLiteral("network_map"), Scope::Network},
        // The family's consultations, the coordinator's open debriefs and the caseload page's
        // care column all follow meetingsChanged().
        {QStringLiteral("meetings"), Scope::Meetings},
        {QStringLiteral("meeting_families"), Scope::Meetings},
        {QStringLiteral("meeting_decisions"), Scope::Meetings},
        {QStringLiteral("debriefs"), Scope::Meetings},
        {QStringLiteral("meeting_workers"), Scope::Meetings},
        {QStringLiteral("trainings"), Scope::Meetings},
        {QStringLiteral("everything"), Scope::Everything},
    };
    return map;
}
} // namespace

ServerChanges::ServerChanges(Database &db, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent), m_db(db), m_notifier(notifier)
{
    if (!m_db.isServer())
        return;
    subscribe();
    // Guarded rather than removed in the destructor: a window rebuilt makes its new listener
    // before the old one goes, and the old one must not take the new one's place away.
    m_db.setReconnectedObserver([self = QPointer<ServerChanges>(this)] {
        if (!self)
            return;
        self->subscribe();
        self->m_keepAlive.start();
        emit self->m_notifier->databaseReset();
    });
    // Every 15 s, a statement: on a lost connection it reconnects (Database::withConnection),
    // and the observer above subscribes again. When even that fails (the server is down) it
    // stops, so the window says so once, not every 15 s; the next reconnect starts it again.
    m_keepAlive.setInterval(15000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (!m_db.scalar(QStringLiteral("SELECT 1")))
            m_keepAlive.stop();
    });
    m_keepAlive.start();
}

void ServerChanges::subscribe()
{
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver)
        return;
    connect(driver, &QSqlDriver::notification, this, &ServerChanges::received,
            Qt::UniqueConnection);
    // Fails only on a connection already lost; the reconnect subscribes again.
    driver->subscribeToNotification(QLatin1String(Channel));
}

void ServerChanges::received(const QString &name, QSqlDriver::NotificationSource source,
                             const QVariant &payload)
{
    if (name != QLatin1String(Channel) || source == QSqlDriver::SelfSource)
        return;
    announce(m_notifier, payload.toString());
}

void ServerChanges::announce(ChangeNotifier *notifier, const QString &notice)
{
    const qsizetype colon = notice.indexOf(QLatin1Char(':'));
    const auto scope = scopes().constFind(notice.left(colon));
    if (colon < 0 || scope == scopes().constEnd())
        return; // a notice of a later DuoCoach: its views are not here
    QList<qint64> ids;
    for (const QStringView id : QStringView(notice).mid(colon + 1).split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (ok)
            ids << value;
    }
    // No ids: too many to name, so possibly all of them.
    const auto perFamily = [&](void (ChangeNotifier::*signal)(qint64)) {
        if (ids.isEmpty())
            emit notifier->databaseReset();
        for (qint64 id : std::as_const(ids))
            emit(notifier->*signal)(id);
    };
    switch (*scope) {
    case Scope::Organisations:
        emit notifier->organisationsChanged(ids);
        break;
    case Scope::Workers:
        emit notifier->workersChanged(ids);
        break;
    case Scope::Duos:
        emit notifier->duosChanged(ids);
        break;
    case Scope::Families:
        emit notifier->familiesChanged(ids);
        break;
    case Scope::Household:
        perFamily(&ChangeNotifier::householdChanged);
        break;
    case Scope::Assignments:
        emit notifier->assignmentsChanged(ids);
        break;
    case Scope::Visits:
        emit notifier->visitsChanged(ids);
        break;
    case Scope::Goals:
        perFamily(&ChangeNotifier::goalsChanged);
        break;
    case Scope::FollowUps:
        perFamily(&ChangeNotifier::followUpsChanged);
        break;
    case Scope::SafetyConcerns:
        perFamily(&ChangeNotifier::safetyConcernsChanged);
        break;
    case Scope::ConfidentialNotes:
        perFamily(&ChangeNotifier::confidentialNotesChanged);
        break;
    case Scope::Consents:
        perFamily(&ChangeNotifier::consentsChanged);
        break;
    case Scope::Network:
        perFamily(&ChangeNotifier::networkChanged);
        break;
    case Scope::Meetings:
        emit notifier->meetingsChanged();
        break;
    case Scope::Everything:
        emit notifier->databaseReset();
        break;
    }
}
