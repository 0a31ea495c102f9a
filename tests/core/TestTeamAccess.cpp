// A team on one server (issue 15): each person logs in as themselves and the server enforces
// need-to-know. Every check is made twice where it can be: through DuoCoach's stores, and on a
// plain SQL connection of the same login, as psql would reach the server — the client is not
// trusted. The world is set up as an organisation would: a database owned by a role that is
// not a superuser (with CREATEROLE), demo data, and logins added by that owner.

#include "TestSupport.h"

using namespace TestSupport;

#include "domain/Domain.h"
#include "services/ChangeNotifier.h"
#include "services/CurrentUser.h"
#include "services/DemoGenerator.h"
#include "services/ServerChanges.h"
#include "storage/AccessLog.h"
#include "storage/AssignmentStore.h"
#include "storage/ConfidentialNoteStore.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/GoalStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PostgresSchema.h"
#include "storage/SupportStore.h"
#include "storage/TeamLogins.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QString unique(const char *name)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(QCoreApplication::applicationPid());
}

// A plain connection of `role`, as psql would make it: nothing of DuoCoach in between.
class Connection
{
public:
    Connection(const QString &address, const QString &role, const QString &password = {})
        : m_name(QStringLiteral("raw-%1-%2").arg(role).arg(++counter()))
    {
        const auto parsed = DatabaseAddress::parse(address);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(parsed->hostName());
        db.setUserName(role);
        db.setDatabaseName(parsed->databaseName());
        db.setConnectOptions(parsed->connectOptions());
        if (!password.isEmpty())
            db.setPassword(password);
        db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return QSqlDatabase::database(m_name, false).isOpen(); }
    QString openError() const { return QSqlDatabase::database(m_name, false).lastError().text(); }
    // The first value of the first row, or an invalid QVariant; `error` gets the driver's text.
    QVariant value(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return {};
        }
        if (error)
            error->clear();
        return query.next() ? query.value(0) : QVariant(query.numRowsAffected());
    }
    QString error(const QString &sql) const
    {
        QString text;
        value(sql, &text);
        return text;
    }
    qint64 count(const QString &table, const QString &where = QStringLiteral("true")) const
    {
        QString text;
        const QVariant n =
            value(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where), &text);
        if (!text.isEmpty())
            qWarning("%s", qPrintable(text));
        return n.isValid() ? n.toLongLong() : -1;
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
};

QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts << QString::number(id);
    return texts.isEmpty() ? QStringLiteral("NULL") : texts.join(QLatin1Char(','));
}

const QString Denied = QStringLiteral("permission denied");
} // namespace

class TestTeamAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { failOnWarnings(); }

    void coachReadsOnlyWhatTheyNeed_data();
    void coachReadsOnlyWhatTheyNeed();
    void coachCannotWriteOutside_data();
    void coachCannotWriteOutside();
    void storesRefuseOutsideNeedToKnow();
    void coordinatorSeesAllButTrustedPersonNotes();
    void supervisorOnlyReads();
    void supervisionFeedbackReachesItsDuoAlone();
    void trustedPersonNotesAreTheAuthorsAlone();
    void logNamesTheRealUser();
    void noEscalationBySetRole();
    void emergencyAccessIsGrantedLoggedAndExpires();
    void loginsAreAddedListedAndEnded();
    void loginOutsideTheTeamIsRefused();
    void windowUserFollowsTheLogin();
    void assignmentReachesTheCoachLive();
    void formatEightIsUpgradedByItsOwner();
    void lostRaceIsRunAgain();

private:
    QString as(const QString &role) const { return asRole(m_uri, role); }
    std::unique_ptr<Database> open(const QString &role) const
    {
        auto db = Database::open(as(role));
        if (!db) {
            QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
            return nullptr;
        }
        return std::move(db.value());
    }

    QTemporaryDir m_dir;
    QString m_uri; // as the cluster's superuser
    QString m_owner, m_coordinator, m_supervisor, m_tp, m_pro, m_otherCoach;
    qint64 m_tpId = 0, m_proId = 0, m_otherId = 0;
    QList<qint64> m_myDuos, m_myFamilies;
    qint64 m_notMine = 0;                // a family of another duo
    qint64 m_unassigned = 0;             // a family on the waiting list
    std::unique_ptr<Connection> m_admin; // the superuser, who sees everything
};

void TestTeamAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_uri = newServerDatabase(m_dir, QStringLiteral("team"));
    QVERIFY(!m_uri.isEmpty());
    m_admin = std::make_unique<Connection>(m_uri, QStringLiteral("duocoach_test"));
    QVERIFY(m_admin->isOpen());
    const QString database = DatabaseAddress::parse(m_uri)->databaseName();

    // The organisation's set-up: an owner that is no superuser, as a DBA would make it.
    m_owner = unique("owner");
    for (const QString &statement :
         {QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(m_owner),
          QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, m_owner)})
        QCOMPARE(m_admin->error(statement), QString());
    {
        auto owner = open(m_owner);
        QVERIFY(owner);
        QCOMPARE(owner->schemaVersion(), PostgresSchema::Version);
        DemoGenerator::Options options;
        options.families = 40;
        DC_VERIFY_OK(DemoGenerator::generate(*owner, options));
    }

    // The coach: the duo with the most families now.
    const QString pick =
        m_admin
            ->value(QStringLiteral("SELECT d.trusted_person_id || ',' || d.professional_id FROM "
                                   "duos d JOIN assignments a ON a.duo_id = d.id WHERE a.to_date "
                                   "IS NULL GROUP BY d.id ORDER BY count(*) DESC, d.id LIMIT 1"))
            .toString();
    m_tpId = pick.section(QLatin1Char(','), 0, 0).toLongLong();
    m_proId = pick.section(QLatin1Char(','), 1, 1).toLongLong();
    QVERIFY(m_tpId > 0 && m_proId > 0);
    m_otherId = m_admin
                    ->value(QStringLiteral("SELECT trusted_person_id FROM duos WHERE "
                                           "trusted_person_id <> %1 AND professional_id <> %2 "
                                           "AND to_date IS NULL ORDER BY id LIMIT 1")
                                .arg(m_tpId)
                                .arg(m_proId))
                    .toLongLong();
    QVERIFY(m_otherId > 0);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    Connection reader(m_uri, QStringLiteral("duocoach_test"));
    const QString duos = QStringLiteral("SELECT string_agg(id::text, ',') FROM duos WHERE "
                                        "trusted_person_id = %1 OR professional_id = %1")
                             .arg(m_tpId);
    for (const QString &one : reader.value(duos).toString().split(QLatin1Char(',')))
        m_myDuos << one.toLongLong();
    const QString families =
        reader
            .value(QStringLiteral("SELECT string_agg(DISTINCT family_id::text, ',') FROM "
                                  "assignments WHERE duo_id IN (%1) AND (to_date IS NULL OR "
                                  "to_date > '%2')")
                       .arg(idList(m_myDuos), today))
            .toString();
    for (const QString &one : families.split(QLatin1Char(',')))
        m_myFamilies << one.toLongLong();
    QVERIFY(!m_myFamilies.isEmpty());
    m_notMine = reader
                    .value(QStringLiteral("SELECT family_id FROM assignments WHERE to_date IS "
                                          "NULL AND family_id NOT IN (%1) ORDER BY family_id "
                                          "LIMIT 1")
                               .arg(idList(m_myFamilies)))
                    .toLongLong();
    m_unassigned = reader
                       .value(QStringLiteral("SELECT id FROM families f WHERE status <> 'closed' "
                                             "AND NOT EXISTS (SELECT 1 FROM assignments a WHERE "
                                             "a.family_id = f.id) ORDER BY id LIMIT 1"))
                       .toLongLong();
    QVERIFY(m_notMine > 0);
    QVERIFY(m_unassigned > 0);

    // The logins, added by the owner as the README tells a coordinator to.
    m_coordinator = unique("coord");
    m_supervisor = unique("sup");
    m_tp = unique("tp");
    m_pro = unique("pro");
    m_otherCoach = unique("other");
    auto owner = open(m_owner);
    QVERIFY(owner);
    TeamLogins team(*owner);
    DC_VERIFY_OK(team.add(m_coordinator, TeamKind::Coordinator, 0, QString()));
    DC_VERIFY_OK(team.add(m_supervisor, TeamKind::Supervisor, 0, QString()));
    DC_VERIFY_OK(team.add(m_tp, TeamKind::Coach, m_tpId, QString()));
    DC_VERIFY_OK(team.add(m_pro, TeamKind::Coach, m_proId, QString()));
    DC_VERIFY_OK(team.add(m_otherCoach, TeamKind::Coach, m_otherId, QString()));

    // A note of the trusted person's own, and one of another trusted person.
    auto tp = open(m_tp);
    QVERIFY(tp);
    CurrentUser tpUser = CurrentUser::load(*tp);
    QCOMPARE(tpUser.kind, CurrentUser::Kind::Worker);
    QCOMPARE(tpUser.workerId, m_tpId);
    ConfidentialNote note;
    note.familyId = m_myFamilies.first();
    note.trustedPersonId = m_tpId;
    note.text = QStringLiteral("Moeder vertelde over schulden; nog niet delen.");
    DC_VERIFY_OK(ConfidentialNoteStore(*tp).add(note, tpUser));
    QVERIFY(m_admin->count(QStringLiteral("confidential_notes"),
                           QStringLiteral("trusted_person_id = %1").arg(m_tpId)) >= 1);
    QVERIFY(m_admin->count(QStringLiteral("confidential_notes"),
                           QStringLiteral("trusted_person_id <> %1").arg(m_tpId)) >= 1);
}

void TestTeamAccess::coachReadsOnlyWhatTheyNeed_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("rows");  // the coach's rows, as the superuser finds them
    QTest::addColumn<bool>("partOnly"); // the rows are fewer than the table has
    const QString fam = QStringLiteral("family_id IN (%1)").arg(idList(m_myFamilies));
    const QString visits = QStringLiteral("(SELECT id FROM visits WHERE family_id IN (%1) OR "
                                          "duo_id IN (%2))")
                               .arg(idList(m_myFamilies), idList(m_myDuos));
    QTest::newRow("families") << "families"
                              << QStringLiteral("id IN (%1)").arg(idList(m_myFamilies)) << true;
    for (const char *table : {"household_members", "assignments", "visit_series", "goals",
                              "follow_ups", "safety_concerns", "evaluations", "consents"})
        QTest::newRow(table) << QString::fromLatin1(table) << fam << false;
    // The network around the families (format 11): the demo gives other families some too.
    for (const char *table : {"support", "support_reviews", "referrals"})
        QTest::newRow(table) << QString::fromLatin1(table) << fam << true;
    // Consultations, network maps and debriefs (format 12) by family; the meetings themselves,
    // who was there and the training of workers are the team's.
    for (const char *table : {"meeting_families", "meeting_decisions", "network_map", "debriefs"})
        QTest::newRow(table) << QString::fromLatin1(table) << fam << true;
    for (const char *table : {"meetings", "meeting_workers", "meeting_partners", "trainings"})
        QTest::newRow(table) << QString::fromLatin1(table) << QStringLiteral("true") << false;
    QTest::newRow("visits") << "visits"
                            << QStringLiteral("%1 OR duo_id IN (%2)").arg(fam, idList(m_myDuos))
                            << true;
    for (const char *table : {"visit_attendees", "visit_reports", "visit_goals"})
        QTest::newRow(table) << QString::fromLatin1(table)
                             << QStringLiteral("visit_id IN %1").arg(visits) << false;
    QTest::newRow("evaluation_scores")
        << "evaluation_scores"
        << QStringLiteral("evaluation_id IN (SELECT id FROM evaluations WHERE %1)").arg(fam)
        << false;
    QTest::newRow("confidential_notes")
        << "confidential_notes" << QStringLiteral("trusted_person_id = %1").arg(m_tpId) << false;
    QTest::newRow("team_logins") << "team_logins" << QStringLiteral("login = '%1'").arg(m_tp)
                                 << true;
    for (const char *table : {"organisations", "workers", "duos"})
        QTest::newRow(table) << QString::fromLatin1(table) << QStringLiteral("true") << false;
}

void TestTeamAccess::coachReadsOnlyWhatTheyNeed()
{
    QFETCH(QString, table);
    QFETCH(QString, rows);
    QFETCH(bool, partOnly);
    Connection coach(m_uri, m_tp);
    QVERIFY2(coach.isOpen(), qPrintable(coach.openError()));
    const qint64 expected = m_admin->count(table, rows);
    QCOMPARE(coach.count(table), expected);
    if (partOnly)
        QVERIFY2(expected < m_admin->count(table), "the data set must have rows to hide");
}

void TestTeamAccess::coachCannotWriteOutside_data()
{
    QTest::addColumn<QString>("statement");
    const QString other = QString::number(m_notMine);
    QTest::newRow("update family")
        << QStringLiteral("UPDATE families SET city = 'X' WHERE id = %1").arg(other);
    QTest::newRow("delete family")
        << QStringLiteral("DELETE FROM families WHERE id = %1").arg(other);
    for (const char *table :
         {"household_members", "goals", "follow_ups", "consents", "support_reviews", "support",
          "referrals", "meeting_decisions", "meeting_families", "network_map", "debriefs"})
        QTest::newRow(table) << QStringLiteral("DELETE FROM %1 WHERE family_id = %2")
                                    .arg(QLatin1String(table), other);
    QTest::newRow("update visits")
        << QStringLiteral("UPDATE visits SET status_reason = 'X' WHERE family_id = %1").arg(other);
    QTest::newRow("insert goal")
        << QStringLiteral("INSERT INTO goals (family_id, life_domain, description, start_score, "
                          "set_on) VALUES (%1, 'finances', 'x', 2, '2026-01-01')")
               .arg(other);
    QTest::newRow("support for another family")
        << QStringLiteral("INSERT INTO support (family_id, kind, provider, what, from_date) "
                          "VALUES (%1, 'relatives', 'Oma', 'Oppassen', '2026-01-01')")
               .arg(other);
    QTest::newRow("assign myself")
        << QStringLiteral("INSERT INTO assignments (family_id, duo_id, from_date) VALUES (%1, %2, "
                          "'2026-01-01')")
               .arg(m_unassigned)
               .arg(m_myDuos.first());
    QTest::newRow("change a worker") << QStringLiteral("UPDATE workers SET phone = '1'");
    QTest::newRow("record a meeting")
        << QStringLiteral("INSERT INTO meetings (kind, held_on) VALUES ('network', '2026-01-01')");
    QTest::newRow("change a meeting") << QStringLiteral("UPDATE meetings SET title = 'x'");
    QTest::newRow("attend a meeting")
        << QStringLiteral("INSERT INTO meeting_workers (meeting_id, worker_id) SELECT max(id), "
                          "%1 FROM meetings")
               .arg(m_tpId);
    QTest::newRow("change a training") << QStringLiteral("UPDATE trainings SET course = 'x'");
    QTest::newRow("map of another family")
        << QStringLiteral("INSERT INTO network_map (family_id, kind, name, closeness, tie) VALUES "
                          "(%1, 'relative', 'Fatma', 1, 'strong')")
               .arg(other);
    QTest::newRow("add a team login")
        << QStringLiteral("INSERT INTO team_logins (login, kind, added_at, added_by) VALUES "
                          "('x', 'coordinator', '', '')");
    QTest::newRow("end a team login") << QStringLiteral("UPDATE team_logins SET removed_at = 'x'");
}

void TestTeamAccess::coachCannotWriteOutside()
{
    QFETCH(QString, statement);
    const QByteArray before = stateOf(m_uri);
    Connection coach(m_uri, m_tp);
    QString error;
    const QVariant affected = coach.value(statement, &error);
    // Refused outright (no privilege, or a row that breaks the policy), or it finds no row.
    if (error.isEmpty())
        QCOMPARE(affected.toInt(), 0);
    else
        QVERIFY2(error.contains(Denied) || error.contains(QLatin1String("row-level security")),
                 qPrintable(error));
    QCOMPARE(stateOf(m_uri), before);
}

void TestTeamAccess::storesRefuseOutsideNeedToKnow()
{
    auto coach = open(m_tp);
    QVERIFY(coach);
    QVERIFY(FamilyStore(*coach).get(m_myFamilies.first()));
    QVERIFY(!FamilyStore(*coach).get(m_notMine));
    Goal goal;
    goal.familyId = m_notMine;
    goal.description = QStringLiteral("Schulden op orde");
    goal.startScore = 2;
    goal.setOn = QDate::currentDate();
    auto added = GoalStore(*coach).add(goal);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QLatin1String("may not")) ||
                 added.error().message.contains(QLatin1String("no family")),
             qPrintable(added.error().message));
    QCOMPARE(
        m_admin->count(QStringLiteral("goals"), QStringLiteral("description = 'Schulden op orde'")),
        0);
}

void TestTeamAccess::coordinatorSeesAllButTrustedPersonNotes()
{
    Connection coordinator(m_uri, m_coordinator);
    QCOMPARE(coordinator.count(QStringLiteral("families")),
             m_admin->count(QStringLiteral("families")));
    QCOMPARE(coordinator.count(QStringLiteral("visits")), m_admin->count(QStringLiteral("visits")));
    QVERIFY(coordinator.error(QStringLiteral("SELECT * FROM confidential_notes")).contains(Denied));
    QCOMPARE(coordinator.error(
                 QStringLiteral("UPDATE families SET city = city WHERE id = %1").arg(m_notMine)),
             QString());
    auto db = open(m_coordinator);
    QVERIFY(db);
    QCOMPARE(CurrentUser::load(*db).kind, CurrentUser::Kind::Coordinator);
    auto notes = ConfidentialNoteStore(*db).forFamily(m_myFamilies.first(), CurrentUser::load(*db));
    QVERIFY(!notes || notes->isEmpty());
}

void TestTeamAccess::supervisorOnlyReads()
{
    Connection supervisor(m_uri, m_supervisor);
    QCOMPARE(supervisor.count(QStringLiteral("visits")), m_admin->count(QStringLiteral("visits")));
    QVERIFY(supervisor.error(QStringLiteral("UPDATE families SET city = 'X'")).contains(Denied));
    QVERIFY(supervisor.error(QStringLiteral("DELETE FROM goals")).contains(Denied));
    // The network around the families: read whole, never written.
    for (const char *table :
         {"support", "support_reviews", "referrals", "meetings", "meeting_families",
          "meeting_decisions", "network_map", "trainings", "debriefs"}) {
        const QString name = QLatin1String(table);
        QVERIFY2(m_admin->count(name) > 0, table);
        QCOMPARE(supervisor.count(name), m_admin->count(name));
        QVERIFY(supervisor.error(QStringLiteral("DELETE FROM %1").arg(name)).contains(Denied));
    }
    QVERIFY(supervisor.error(QStringLiteral("SELECT * FROM confidential_notes")).contains(Denied));
    auto db = open(m_supervisor);
    QVERIFY(db);
    QCOMPARE(CurrentUser::load(*db).kind, CurrentUser::Kind::Supervisor);
}

void TestTeamAccess::supervisionFeedbackReachesItsDuoAlone()
{
    // Feedback as an import stores it (format 14): a remark for the whole team, a note for the
    // coach's own duo and one for another duo.
    const qint64 otherDuo =
        m_admin
            ->value(QStringLiteral("SELECT id FROM duos WHERE id NOT IN (%1) ORDER BY id LIMIT 1")
                        .arg(idList(m_myDuos)))
            .toLongLong();
    QVERIFY(otherDuo > 0);
    const qint64 exportId =
        m_admin
            ->value(QStringLiteral("INSERT INTO supervision_exports (exported_at, exported_by, "
                                   "from_date, to_date, "
                                   "pseudonymized, encrypted, visits, families, file_name, "
                                   "content_sha256, status) "
                                   "VALUES ('2026-12-01T10:00:00', 'Coördinator', '2026-11-01', "
                                   "'2026-11-30', 1, 0, "
                                   "0, 0, 'nov.duosup', '%1', 'completed') RETURNING id")
                        .arg(QString(64, QLatin1Char('b'))))
            .toLongLong();
    QVERIFY(exportId > 0);
    const QString insert = QStringLiteral(
        "INSERT INTO supervision_feedback (export_id, kind, duo_id, note, written_at, "
        "imported_at, imported_by) VALUES (%1, '%2', %3, 'Notitie', '2026-12-01T11:00:00', "
        "'2026-12-02T09:00:00', 'Coördinator')");
    for (const auto &[kind, duo] : {std::pair{"general", QStringLiteral("NULL")},
                                    {"duo", QString::number(m_myDuos.constFirst())},
                                    {"duo", QString::number(otherDuo)}})
        QCOMPARE(m_admin->error(insert.arg(exportId).arg(QLatin1String(kind), duo)), QString());

    Connection coach(m_uri, m_tp);
    QCOMPARE(coach.count(QStringLiteral("supervision_feedback")), 2);
    QCOMPARE(coach.count(QStringLiteral("supervision_feedback"),
                         QStringLiteral("duo_id = %1").arg(otherDuo)),
             0);
    QVERIFY(coach.error(insert.arg(exportId).arg(QStringLiteral("general"), QStringLiteral("NULL")))
                .contains(Denied));
    QVERIFY(coach.error(QStringLiteral("DELETE FROM supervision_feedback")).contains(Denied));
    Connection supervisor(m_uri, m_supervisor);
    QCOMPARE(supervisor.count(QStringLiteral("supervision_feedback")), 3);
    QVERIFY(supervisor.error(QStringLiteral("DELETE FROM supervision_feedback")).contains(Denied));
    Connection coordinator(m_uri, m_coordinator);
    QCOMPARE(coordinator.count(QStringLiteral("supervision_feedback")), 3);
    QCOMPARE(coordinator.error(QStringLiteral("DELETE FROM supervision_feedback WHERE export_id "
                                              "= %1")
                                   .arg(exportId)),
             QString());
    QCOMPARE(m_admin->count(QStringLiteral("supervision_feedback")), 0);
}

void TestTeamAccess::trustedPersonNotesAreTheAuthorsAlone()
{
    // The professional of the same duo, another coach, the coordinator, and the owner.
    const auto notesOf = [this](qint64 worker) {
        return m_admin->count(QStringLiteral("confidential_notes"),
                              QStringLiteral("trusted_person_id = %1").arg(worker));
    };
    QCOMPARE(Connection(m_uri, m_tp).count(QStringLiteral("confidential_notes")), notesOf(m_tpId));
    QCOMPARE(Connection(m_uri, m_pro).count(QStringLiteral("confidential_notes")), 0);
    QCOMPARE(Connection(m_uri, m_otherCoach).count(QStringLiteral("confidential_notes")),
             notesOf(m_otherId));
    QCOMPARE(Connection(m_uri, m_owner).count(QStringLiteral("confidential_notes")), 0);
    // Nor can the professional write one in the trusted person's name.
    Connection pro(m_uri, m_pro);
    const QString error = pro.error(
        QStringLiteral("INSERT INTO confidential_notes (family_id, trusted_person_id, written_at, "
                       "text) VALUES (%1, %2, '2026-01-01T10:00:00', 'x')")
            .arg(m_myFamilies.first())
            .arg(m_tpId));
    QVERIFY2(error.contains(QLatin1String("row-level security")) || error.contains(Denied),
             qPrintable(error));
}

void TestTeamAccess::logNamesTheRealUser()
{
    Connection coach(m_uri, m_tp);
    const QVariant account = coach.value(
        QStringLiteral("INSERT INTO access_log (at, user_name, user_role, account, action, "
                       "family_id, case_code, outcome, detail) VALUES "
                       "('2000-01-01T00:00:00.000Z', 'Iemand Anders', 'coordinator', 'iemand', "
                       "'read', %1, 'X', 'success', '') RETURNING account || '|' || user_name || "
                       "'|' || user_role || '|' || at")
            .arg(m_myFamilies.first()));
    const QStringList fields = account.toString().split(QLatin1Char('|'));
    QCOMPARE(fields.value(0), m_tp);
    QCOMPARE(fields.value(1),
             m_admin->value(QStringLiteral("SELECT name FROM workers WHERE id = %1").arg(m_tpId))
                 .toString());
    QCOMPARE(fields.value(2), QStringLiteral("trusted_person"));
    QVERIFY(!fields.value(3).startsWith(QLatin1String("2000")));
    for (const QString &statement :
         {QStringLiteral("UPDATE access_log SET detail = 'x'"),
          QStringLiteral("DELETE FROM access_log"), QStringLiteral("TRUNCATE access_log")})
        QVERIFY2(coach.error(statement).contains(Denied), qPrintable(statement));
    // The app's own entries carry the login too.
    auto db = open(m_tp);
    QVERIFY(db);
    DC_VERIFY_OK(AccessLog(*db).record(Actor::of(*db, CurrentUser::load(*db)), AccessAction::Read,
                                       m_myFamilies.first()));
    QCOMPARE(m_admin->count(QStringLiteral("access_log"),
                            QStringLiteral("account = '%1' AND action = 'read'").arg(m_tp)),
             2);
    // A coach reads their own entries, not the others'.
    auto pro = open(m_pro);
    QVERIFY(pro);
    DC_VERIFY_OK(AccessLog(*pro).record(Actor::of(*pro, CurrentUser::load(*pro)),
                                        AccessAction::Read, m_myFamilies.first()));
    QCOMPARE(
        coach.count(QStringLiteral("access_log")),
        m_admin->count(QStringLiteral("access_log"), QStringLiteral("account = '%1'").arg(m_tp)));
    QVERIFY(coach.count(QStringLiteral("access_log")) <
            m_admin->count(QStringLiteral("access_log")));
}

void TestTeamAccess::noEscalationBySetRole()
{
    Connection coach(m_uri, m_tp);
    const qint64 families = coach.count(QStringLiteral("families"));
    QVERIFY(coach.error(QStringLiteral("SET ROLE duocoach_coordinator")).contains(Denied));
    QVERIFY(coach.error(QStringLiteral("SET ROLE %1").arg(m_owner)).contains(Denied));
    QVERIFY(
        !coach.error(QStringLiteral("SET SESSION AUTHORIZATION %1").arg(m_coordinator)).isEmpty());
    // Its own group gives nothing more: the policies follow the login, not the role in use.
    QCOMPARE(coach.error(QStringLiteral("SET ROLE duocoach_coach")), QString());
    QCOMPARE(coach.count(QStringLiteral("families")), families);
    QVERIFY(coach
                .error(QStringLiteral("SELECT duocoach_add_login('x', 'coordinator', NULL, "
                                      "NULL)"))
                .contains(Denied));
    QVERIFY(
        !coach.error(QStringLiteral("ALTER TABLE families NO FORCE ROW LEVEL SECURITY")).isEmpty());
}

void TestTeamAccess::emergencyAccessIsGrantedLoggedAndExpires()
{
    auto other = open(m_otherCoach);
    QVERIFY(other);
    const qint64 family = m_myFamilies.first();
    QVERIFY(!FamilyStore(*other).get(family));
    const QString caseCode =
        m_admin->value(QStringLiteral("SELECT case_code FROM families WHERE id = %1").arg(family))
            .toString();
    TeamLogins team(*other);
    QVERIFY(!team.requestEmergencyAccess(caseCode, QStringLiteral("ziek"), 60));
    QVERIFY(!team.requestEmergencyAccess(QStringLiteral("G-0000-0000"),
                                         QStringLiteral("Collega ziek; zorgmelding opvolgen"), 60));
    auto granted = team.requestEmergencyAccess(
        caseCode, QStringLiteral("Collega ziek; zorgmelding vandaag opvolgen"), 60);
    DC_VERIFY_OK(granted);
    QCOMPARE(granted.value().familyId, family);
    QVERIFY(granted.value().expiresAt > QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QVERIFY(FamilyStore(*other).get(family));
    QCOMPARE(m_admin->count(QStringLiteral("access_log"),
                            QStringLiteral("account = '%1' AND detail = 'emergency_access' AND "
                                           "family_id = %2")
                                .arg(m_otherCoach)
                                .arg(family)),
             1);
    // The coordinator sees it; a coordinator cannot ask for one.
    auto coordinator = open(m_coordinator);
    QVERIFY(coordinator);
    auto listed = TeamLogins(*coordinator).emergencyAccesses(QStringLiteral("2000-01-01"));
    DC_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().login, m_otherCoach);
    QVERIFY(!TeamLogins(*coordinator)
                 .requestEmergencyAccess(caseCode, QStringLiteral("Even kijken hoe het gaat"), 60));
    // Once its time is over, the family is out of sight again.
    QCOMPARE(m_admin->error(QStringLiteral("UPDATE emergency_access SET granted_at = "
                                           "'2000-01-01T00:00:00.000Z', expires_at = "
                                           "'2000-01-01T01:00:00.000Z'")),
             QString());
    QVERIFY(!FamilyStore(*other).get(family));
}

void TestTeamAccess::loginsAreAddedListedAndEnded()
{
    const QString login = unique("coach_with_password");
    const QString password = QStringLiteral("Geheim-wachtwoord-7");
    auto coordinator = open(m_coordinator);
    QVERIFY(coordinator);
    TeamLogins team(*coordinator);
    // A worker has one login at a time.
    QVERIFY(!team.add(login, TeamKind::Coach, m_otherId, password));
    const qint64 worker =
        m_admin
            ->value(QStringLiteral("SELECT id FROM workers WHERE active = 1 AND id NOT IN "
                                   "(%1, %2, %3) ORDER BY id LIMIT 1")
                        .arg(m_tpId)
                        .arg(m_proId)
                        .arg(m_otherId))
            .toLongLong();
    DC_VERIFY_OK(team.add(login, TeamKind::Coach, worker, password));
    QVERIFY(
        m_admin
            ->value(
                QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(login))
            .toString()
            .startsWith(QLatin1String("SCRAM-SHA-256$")));
    // The test cluster's pg_hba.conf asks members of password_logins for their password.
    m_admin->error(QStringLiteral("CREATE ROLE password_logins NOLOGIN"));
    QCOMPARE(m_admin->error(QStringLiteral("GRANT password_logins TO %1").arg(login)), QString());
    QVERIFY(!Connection(m_uri, login).isOpen());
    QVERIFY(Connection(m_uri, login, password).isOpen());
    auto listed = team.list();
    DC_VERIFY_OK(listed);
    bool found = false;
    for (const TeamLogin &one : std::as_const(listed.value()))
        found = found || (one.login == login && one.isActive() && one.kind == TeamKind::Coach);
    QVERIFY(found);
    // A coach adds no logins; names that are not a login's are refused before the server.
    auto coach = open(m_tp);
    QVERIFY(coach);
    QVERIFY(!TeamLogins(*coach).add(unique("sneaky"), TeamKind::Coordinator, 0, QString()));
    QVERIFY(!team.add(QStringLiteral("pg_monitor"), TeamKind::Supervisor, 0, QString()));
    QVERIFY(!team.add(QStringLiteral("a b"), TeamKind::Supervisor, 0, QString()));
    QVERIFY(!team.add(QStringLiteral("duocoach_test"), TeamKind::Supervisor, 0, QString()));

    DC_VERIFY_OK(team.remove(login));
    QVERIFY(!Connection(m_uri, login, password).isOpen());
    listed = team.list();
    DC_VERIFY_OK(listed);
    for (const TeamLogin &one : std::as_const(listed.value()))
        if (one.login == login)
            QVERIFY(!one.isActive());
    QVERIFY(!team.remove(login));
}

void TestTeamAccess::loginOutsideTheTeamIsRefused()
{
    const QString stranger = unique("stranger");
    QCOMPARE(m_admin->error(QStringLiteral("CREATE ROLE %1 LOGIN").arg(stranger)), QString());
    const QByteArray before = stateOf(m_uri);
    auto db = Database::open(as(stranger));
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("not one of the team")),
             qPrintable(db.error().message));
    QCOMPARE(stateOf(m_uri), before);
    // Nor does a team login read anything of another DuoCoach database on the same server.
    QTemporaryDir otherDir;
    const QString otherUri = newServerDatabase(otherDir, QStringLiteral("elsewhere"));
    QVERIFY(Database::open(otherUri)); // set up by the superuser
    QVERIFY(!Database::open(asRole(otherUri, m_coordinator)));
    QCOMPARE(Connection(otherUri, m_coordinator).count(QStringLiteral("families")), 0);
}

void TestTeamAccess::windowUserFollowsTheLogin()
{
    auto db = open(m_pro);
    QVERIFY(db);
    QVERIFY(!CurrentUser::isChoosable(*db));
    QVERIFY(CurrentUser::isChosen(*db));
    const CurrentUser user = CurrentUser::load(*db);
    QCOMPARE(user.kind, CurrentUser::Kind::Worker);
    QCOMPARE(user.workerId, m_proId);
    // Saving another choice changes nothing: the login decides.
    CurrentUser coordinator;
    CurrentUser::save(*db, coordinator);
    QCOMPARE(CurrentUser::load(*db).workerId, m_proId);
    const Actor actor = Actor::of(*db, user);
    QCOMPARE(actor.account, m_pro);
    QCOMPARE(actor.role, QStringLiteral("professional"));
}

void TestTeamAccess::assignmentReachesTheCoachLive()
{
    auto coach = open(m_otherCoach);
    QVERIFY(coach);
    ChangeNotifier notifier;
    ServerChanges changes(*coach, &notifier);
    QSignalSpy assigned(&notifier, &ChangeNotifier::assignmentsChanged);
    QSignalSpy families(&notifier, &ChangeNotifier::familiesChanged);
    QVERIFY(!FamilyStore(*coach).get(m_unassigned));

    auto coordinator = open(m_coordinator);
    QVERIFY(coordinator);
    const qint64 duo = m_admin
                           ->value(QStringLiteral("SELECT id FROM duos WHERE trusted_person_id = "
                                                  "%1 AND to_date IS NULL ORDER BY id LIMIT 1")
                                       .arg(m_otherId))
                           .toLongLong();
    DC_VERIFY_OK(AssignmentStore(*coordinator).assign(m_unassigned, duo, QDate::currentDate()));
    QTRY_VERIFY_WITH_TIMEOUT(!assigned.isEmpty(), 1000);
    QCOMPARE(assigned.first().first().value<QList<qint64>>(), QList<qint64>{m_unassigned});
    QVERIFY(FamilyStore(*coach).get(m_unassigned));

    // Support the coordinator records for the family reaches the coach's window too.
    QSignalSpy network(&notifier, &ChangeNotifier::networkChanged);
    Support support;
    support.familyId = m_unassigned;
    support.kind = SupportKind::Relatives;
    support.provider = QStringLiteral("Oma");
    support.what = QStringLiteral("Haalt de kinderen uit school");
    support.from = QDate::currentDate();
    DC_VERIFY_OK(SupportStore(*coordinator).add(support));
    QTRY_VERIFY_WITH_TIMEOUT(!network.isEmpty(), 1000);
    QCOMPARE(network.first().first().toLongLong(), m_unassigned);
    QCOMPARE(SupportStore(*coach).forFamily(m_unassigned)->size(), 1);

    // The coach's own change is not announced back to the coach's window.
    families.clear();
    auto family = FamilyStore(*coach).get(m_unassigned);
    DC_VERIFY_OK(family);
    family.value().city = QStringLiteral("Rotterdam");
    DC_VERIFY_OK(FamilyStore(*coach).update(family.value()));
    QTest::qWait(300);
    QVERIFY(families.isEmpty());
}

void TestTeamAccess::formatEightIsUpgradedByItsOwner()
{
    QTemporaryDir dir;
    const QString uri = newServerDatabase(dir, QStringLiteral("eight"));
    QCOMPARE(rawExec(uri, PostgresSchema::statements()), QString());
    // Not by a reader, nor by a login that is not its owner.
    QVERIFY(!Database::open(uri, Database::Access::ReadOnly));
    auto db = Database::open(uri);
    DC_VERIFY_OK(db);
    QCOMPARE(db.value()->schemaVersion(), PostgresSchema::Version);
    QCOMPARE(Connection(uri, QStringLiteral("duocoach_test"))
                 .value(QStringLiteral("SELECT version FROM duocoach_schema"))
                 .toInt(),
             PostgresSchema::Version);
    QVERIFY(TeamLogins(*db.value()).list());
}

void TestTeamAccess::lostRaceIsRunAgain()
{
    // A transaction that loses a race (here: a trigger that says so, SQLSTATE 40001, on its
    // first attempt only; the sequence counts the attempts, as it is not rolled back) is run
    // again and succeeds; one that loses every time gives up after four, in one sentence.
    QTemporaryDir dir;
    const QString uri = newServerDatabase(dir, QStringLiteral("race"));
    auto db = Database::open(uri);
    DC_VERIFY_OK(db);
    for (const QString &statement :
         {QStringLiteral("CREATE SEQUENCE attempts"),
          QStringLiteral("CREATE FUNCTION lose_first() RETURNS trigger LANGUAGE plpgsql AS $$ "
                         "BEGIN IF nextval('attempts') = 1 OR NEW.name LIKE 'Altijd%' THEN "
                         "RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; "
                         "END IF; RETURN NEW; END $$"),
          QStringLiteral("CREATE TRIGGER lose_first BEFORE INSERT ON organisations FOR EACH ROW "
                         "EXECUTE FUNCTION lose_first()")})
        QCOMPARE(execDirect(*db.value(), statement), QString());
    Database &database = *db.value();
    DC_VERIFY_OK(database.transaction([&]() -> Status {
        auto added = OrganisationStore(database).add(
            organisation(QStringLiteral("Stichting Tweede Poging"), OrganisationKind::Community));
        return added ? Status() : Status(added.error());
    }));
    QCOMPARE(database.scalar(QStringLiteral("SELECT last_value FROM attempts"))->toInt(), 2);

    const Status lost = database.transaction([&]() -> Status {
        auto added = OrganisationStore(database).add(
            organisation(QStringLiteral("Altijd Te Laat"), OrganisationKind::Community));
        return added ? Status() : Status(added.error());
    });
    QVERIFY(!lost);
    QVERIFY2(lost.message().contains(QLatin1String("in use by another user")),
             qPrintable(lost.message()));
    QCOMPARE(database.scalar(QStringLiteral("SELECT last_value FROM attempts"))->toInt(), 6);
    QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM organisations"))->toInt(), 1);
}

QTEST_GUILESS_MAIN(TestTeamAccess)
#include "TestTeamAccess.moc"
