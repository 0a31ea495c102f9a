// Retention: closing a family dates the end of its retention period (the database's setting,
// 20 years by default) however it is closed; the due list shows the families whose day has
// come; removing one deletes every row of it in every table, in one transaction, keeps the
// anonymous counts, and is logged, while only the coordinator may do it.

#include "TestSupport.h"

#include "storage/AccessLog.h"
#include "storage/ConsentStore.h"
#include "storage/RetentionStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void closingSetsTheRetentionDate();
    void everyWayOfClosingSetsIt();
    void periodIsASetting();
    void dueList();
    void removalDeletesEveryRowOfTheFamily();
    void removalKeepsCounts();
    void removalIsLogged();
    void removalRefused_data();
    void removalRefused();
    void removalIsAllOrNothing();

private:
    Status close(qint64 familyId, const QDate &day);
    // Gives the family rows in every table that holds a family's data.
    void fillEverything(qint64 familyId);
    // Rows that belong to the family, table by table, found through the schema itself: every
    // table with a family_id column, and the tables hanging off visits, goals and evaluations.
    QHash<QString, int> rowsOf(qint64 familyId, const QList<qint64> &visitIds,
                               const QList<qint64> &goalIds, const QList<qint64> &evaluationIds);
    QList<qint64> idsOf(const QString &table, qint64 familyId);
    QStringList tableNames();
    QStringList columnsOf(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_f;
    Actor m_coordinator;
};

void TestRetention::initTestCase_data()
{
    TestSupport::engines();
}

void TestRetention::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_coordinator.name = QStringLiteral("jdevries");
    m_coordinator.role = QStringLiteral("coordinator");
    m_coordinator.account = QStringLiteral("jdevries");
}

void TestRetention::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("retention.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
}

void TestRetention::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Status TestRetention::close(qint64 familyId, const QDate &day)
{
    auto family = FamilyStore(*m_db).get(familyId);
    if (!family)
        return family.error();
    Family closed = family.value();
    closed.status = FamilyStatus::Closed;
    closed.closedOn = day;
    closed.closingReason = QStringLiteral("Doelen bereikt");
    return FamilyStore(*m_db).update(closed);
}

void TestRetention::closingSetsTheRetentionDate()
{
    RetentionStore retention(*m_db);
    QCOMPARE(retention.years().value(), 20);
    QVERIFY(!retention.retainUntil(m_f.family.id).value().isValid());
    DC_VERIFY_OK(close(m_f.family.id, QDate(2026, 6, 30)));
    QCOMPARE(retention.retainUntil(m_f.family.id).value(), QDate(2046, 6, 30));
    // Editing something else of the closed file keeps the date.
    Family f = FamilyStore(*m_db).get(m_f.family.id).value();
    f.city = QStringLiteral("Nieuwegein");
    DC_VERIFY_OK(FamilyStore(*m_db).update(f));
    QCOMPARE(retention.retainUntil(m_f.family.id).value(), QDate(2046, 6, 30));
    // A corrected closing day moves it.
    DC_VERIFY_OK(close(m_f.family.id, QDate(2026, 7, 15)));
    QCOMPARE(retention.retainUntil(m_f.family.id).value(), QDate(2046, 7, 15));
    // Reopening (the undo of closing) clears it.
    f = FamilyStore(*m_db).get(m_f.family.id).value();
    f.status = FamilyStatus::Active;
    f.closedOn = QDate();
    f.closingReason.clear();
    DC_VERIFY_OK(FamilyStore(*m_db).update(f));
    QVERIFY(!retention.retainUntil(m_f.family.id).value().isValid());
}

void TestRetention::everyWayOfClosingSetsIt()
{
    // Added closed (an import of old files does so), and put back by an undo.
    Family old = family(QStringLiteral("Mahabier"), QDate(2010, 3, 1));
    old.status = FamilyStatus::Closed;
    old.closedOn = QDate(2012, 2, 29);
    old.closingReason = QStringLiteral("Verhuisd");
    auto added = FamilyStore(*m_db).add(old);
    DC_VERIFY_OK(added);
    // 2032 is a leap year too; SQLite's date() keeps the 29th.
    QCOMPARE(RetentionStore(*m_db).retainUntil(added->id).value(), QDate(2032, 2, 29));
    DC_VERIFY_OK(FamilyStore(*m_db).remove(added->id));
    DC_VERIFY_OK(FamilyStore(*m_db).restore(added.value()));
    QCOMPARE(RetentionStore(*m_db).retainUntil(added->id).value(), QDate(2032, 2, 29));
    // Written by SQL of its own (the demo generator's batch insert does so).
    auto q = m_db->exec(QStringLiteral("INSERT INTO families (case_code, family_name, referred_on, "
                                       "status, closed_on, closing_reason) VALUES "
                                       "('G-2011-0001', 'Tahiri', '2011-01-01', 'closed', "
                                       "'2013-05-01', 'Klaar')"));
    DC_VERIFY_OK(q);
    const qint64 id = q->lastInsertId().toLongLong();
    QCOMPARE(RetentionStore(*m_db).retainUntil(id).value(), QDate(2033, 5, 1));
}

void TestRetention::periodIsASetting()
{
    RetentionStore retention(*m_db);
    DC_VERIFY_OK(close(m_f.family.id, QDate(2026, 6, 30)));
    QVERIFY(!retention.setYears(0));
    QVERIFY(!retention.setYears(101));
    DC_VERIFY_OK(retention.setYears(15));
    QCOMPARE(retention.years().value(), 15);
    // A file closed before keeps its date; one closed now gets the new period.
    QCOMPARE(retention.retainUntil(m_f.family.id).value(), QDate(2046, 6, 30));
    auto other = FamilyStore(*m_db).add(family(QStringLiteral("Haddou"), QDate(2026, 1, 7)));
    DC_VERIFY_OK(other);
    DC_VERIFY_OK(close(other->id, QDate(2026, 8, 1)));
    QCOMPARE(retention.retainUntil(other->id).value(), QDate(2041, 8, 1));
    // The period belongs to the file: another connection sees it.
    m_db.reset();
    auto reopened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("retention.duocoach")));
    DC_VERIFY_OK(reopened);
    m_db = std::move(reopened).value();
    QCOMPARE(RetentionStore(*m_db).years().value(), 15);
}

void TestRetention::dueList()
{
    FamilyStore families(*m_db);
    QList<qint64> ids;
    // Closed in 2001, 2003 and 2005; one stays open.
    for (int i = 0; i < 4; ++i) {
        auto f = families.add(family(QStringLiteral("Gezin %1").arg(i), QDate(2000, 1, 1)));
        DC_VERIFY_OK(f);
        ids << f->id;
        if (i < 3)
            DC_VERIFY_OK(close(f->id, QDate(2001 + 2 * i, 5, 1)));
    }
    RetentionStore retention(*m_db);
    QCOMPARE(retention.dueCount(QDate(2021, 4, 30)).value(), 0);
    QCOMPARE(retention.dueCount(QDate(2021, 5, 1)).value(), 1); // due on the day itself
    auto due = retention.due(QDate(2024, 1, 1));
    DC_VERIFY_OK(due);
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).id, ids.at(0)); // longest due first
    QCOMPARE(due->at(0).closedOn, QDate(2001, 5, 1));
    QCOMPARE(due->at(0).retainUntil, QDate(2021, 5, 1));
    QCOMPARE(due->at(1).id, ids.at(1));
    QCOMPARE(retention.due(QDate(2100, 1, 1))->size(), 3); // never the open one
    QCOMPARE(retention.due(QDate(2100, 1, 1), 2)->size(), 2);
    QCOMPARE(retention.dueCount(QDate(2100, 1, 1)).value(), 3);
}

void TestRetention::fillEverything(qint64 familyId)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO visit_series (family_id, interval_days, occurrences) "
                       "VALUES (%1, 14, 4)"),
        QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, duration_minutes, "
                       "status, series_id) VALUES (%1, %2, '2026-03-02T10:00:00', 60, 'done', "
                       "(SELECT max(id) FROM visit_series))"),
        QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, duration_minutes, "
                       "status, status_reason) VALUES (%1, %2, '2026-03-16T10:00:00', 60, "
                       "'cancelled', 'Ziek')"),
        QStringLiteral("INSERT INTO visit_attendees (visit_id, member_id) SELECT max(v.id), "
                       "m.id FROM visits v, household_members m WHERE v.family_id = %1 AND "
                       "m.family_id = %1 AND v.status = 'done' GROUP BY m.id"),
        QStringLiteral("INSERT INTO visit_reports (visit_id, topics, written_by, written_at) "
                       "SELECT id, 'School', 'Fatima', '2026-03-02T12:00:00' FROM visits "
                       "WHERE family_id = %1 AND status = 'done'"),
        QStringLiteral("INSERT INTO goals (family_id, life_domain, description, start_score, "
                       "set_on) VALUES (%1, 'finances', 'Schulden op een rij', 2, '2026-02-15')"),
        QStringLiteral("INSERT INTO visit_goals (visit_id, goal_id) SELECT v.id, g.id FROM "
                       "visits v, goals g WHERE v.family_id = %1 AND g.family_id = %1 AND "
                       "v.status = 'done'"),
        QStringLiteral("INSERT INTO evaluations (family_id, held_on, helps, decision, reason) "
                       "VALUES (%1, '2026-04-01', 'partly', 'adjust', 'Meer tijd nodig')"),
        QStringLiteral("INSERT INTO evaluation_scores (evaluation_id, goal_id, score) SELECT "
                       "e.id, g.id, 3 FROM evaluations e, goals g WHERE e.family_id = %1 AND "
                       "g.family_id = %1"),
        QStringLiteral("INSERT INTO follow_ups (family_id, visit_id, description, owner_id, "
                       "due_on) SELECT %1, id, 'Bellen met school', %3, '2026-03-09' FROM visits "
                       "WHERE family_id = %1 AND status = 'done'"),
        QStringLiteral("INSERT INTO safety_concerns (family_id, visit_id, description, raised_by, "
                       "raised_at) SELECT %1, id, 'Zorgen', 'Fatima', '2026-03-02T12:00:00' "
                       "FROM visits WHERE family_id = %1 AND status = 'done'"),
        QStringLiteral("INSERT INTO safety_concerns (family_id, visit_id, description, raised_by, "
                       "raised_at, closed_by, closed_at, closing_note) SELECT %1, id, 'Eerder', "
                       "'Fatima', '2026-03-02T12:00:00', 'Marieke', '2026-03-20T09:00:00', "
                       "'Opgelost' FROM visits WHERE family_id = %1 AND status = 'done'"),
        QStringLiteral("INSERT INTO confidential_notes (family_id, trusted_person_id, written_at, "
                       "text) VALUES (%1, %3, '2026-03-02T12:00:00', 'Vertrouwelijk')"),
        QStringLiteral("INSERT INTO consents (family_id, purpose, given_by, given_on) "
                       "VALUES (%1, 'home_visits', 'parents', '2026-01-10')"),
        // The network around the family (format 11).
        QStringLiteral("INSERT INTO consents (family_id, purpose, given_by, given_on) "
                       "VALUES (%1, 'share_with_partner', 'parents', '2026-01-10')"),
        QStringLiteral("INSERT INTO support (family_id, kind, provider, organisation_id, what, "
                       "from_date) VALUES (%1, 'youth_care', 'Gezinskracht', %4, 'Opvoedsteun', "
                       "'2026-02-01')"),
        QStringLiteral("INSERT INTO support_reviews (support_id, family_id, held_on, helps, "
                       "decision, reason, evaluation_id) SELECT max(s.id), %1, '2026-04-01', "
                       "'partly', 'adjust', 'Vaker langs', max(e.id) FROM support s, evaluations "
                       "e WHERE s.family_id = %1 AND e.family_id = %1"),
        QStringLiteral("INSERT INTO referrals (family_id, visit_id, duo_id, sent_by, "
                       "organisation_id, contact_name, care_kind, reason, consent_id, sent_on) "
                       "SELECT %1, v.id, %2, %3, %4, 'Anna de Wit', 'specialist_youth_care', "
                       "'Trauma', c.id, '2026-03-02' FROM visits v, consents c WHERE "
                       "v.family_id = %1 AND v.status = 'done' AND c.family_id = %1 AND "
                       "c.purpose = 'share_with_partner'"),
        // Consultations, the network map and debriefs (format 12).
        QStringLiteral("INSERT INTO meetings (kind, held_on) VALUES ('consultation', "
                       "'2026-04-10')"),
        QStringLiteral("INSERT INTO meeting_families (meeting_id, family_id, question, advice) "
                       "SELECT max(id), %1, 'Helpt het?', 'Stoppen' FROM meetings"),
        QStringLiteral("INSERT INTO meeting_decisions (meeting_id, family_id, kind, what) "
                       "SELECT max(id), %1, 'goal', 'Nieuw doel' FROM meetings"),
        QStringLiteral("INSERT INTO support_reviews (support_id, family_id, held_on, helps, "
                       "decision, reason, meeting_id) SELECT max(s.id), %1, '2026-04-10', 'no', "
                       "'stop', 'Helpt niet', max(m.id) FROM support s, meetings m WHERE "
                       "s.family_id = %1"),
        QStringLiteral("INSERT INTO follow_ups (family_id, meeting_id, description, owner_id, "
                       "due_on) SELECT %1, max(id), 'Budgetcoach bellen', %3, '2026-04-17' FROM "
                       "meetings"),
        QStringLiteral("INSERT INTO network_map (family_id, kind, role, name, closeness, tie) "
                       "VALUES (%1, 'relative', 'oma', 'Fatma', 1, 'strong')"),
        QStringLiteral("INSERT INTO debriefs (visit_id, family_id, worker_id, asked_on) SELECT "
                       "id, %1, %3, '2026-03-03' FROM visits WHERE family_id = %1 AND "
                       "status = 'done'"),
        // The supervisor's feedback on one of its visits (format 14).
        QStringLiteral("INSERT INTO supervision_exports (exported_at, exported_by, from_date, "
                       "to_date, pseudonymized, encrypted, visits, families, file_name, "
                       "content_sha256, status) VALUES ('2026-04-02T09:00:00', 'Coördinator', "
                       "'2026-02-01', '2026-03-31', 1, 0, 1, 1, 'q1.duosup', "
                       "'0000000000000000000000000000000000000000000000000000000000000000', "
                       "'completed')"),
        QStringLiteral("INSERT INTO supervision_feedback (export_id, kind, duo_id, visit_id, "
                       "family_id, note, written_at, imported_at, imported_by) SELECT "
                       "max(e.id), 'visit', %2, max(v.id), %1, 'Goed gedaan', "
                       "'2026-04-03T10:00:00', '2026-04-04T09:00:00', 'Coördinator' FROM "
                       "supervision_exports e, visits v WHERE v.family_id = %1"),
    };
    QStringList all = statements;
    // A server also has the emergency accesses of coaches (format 9).
    if (m_db->isServer())
        all << QStringLiteral("INSERT INTO emergency_access (login, family_id, reason, "
                              "granted_at, expires_at) VALUES ('invaller', %1, 'Collega is ziek', "
                              "'2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z')");
    for (const QString &statement : std::as_const(all)) {
        // Not arg(): most statements use only some of the four.
        QString sql = statement;
        sql.replace(QStringLiteral("%1"), QString::number(familyId))
            .replace(QStringLiteral("%2"), QString::number(m_f.duoA))
            .replace(QStringLiteral("%3"), QString::number(m_f.trustedA))
            .replace(QStringLiteral("%4"), QString::number(m_f.provider));
        auto q = m_db->exec(sql);
        QVERIFY2(q.ok(), qPrintable(statement + QStringLiteral(": ") + q.message()));
    }
}

QStringList TestRetention::tableNames()
{
    // On either engine: a file's tables, or those of the server database's schema.
    QSqlQuery tables(m_db->connection());
    tables.exec(m_db->isServer()
                    ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                     "WHERE table_schema = current_schema() AND "
                                     "table_type = 'BASE TABLE'")
                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                     "'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    return names;
}

QStringList TestRetention::columnsOf(const QString &table)
{
    QSqlQuery shape(m_db->connection());
    shape.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    QStringList names;
    for (int i = 0; i < shape.record().count(); ++i)
        names << shape.record().fieldName(i);
    return names;
}

QList<qint64> TestRetention::idsOf(const QString &table, qint64 familyId)
{
    QList<qint64> ids;
    auto q =
        m_db->exec(QStringLiteral("SELECT id FROM %1 WHERE family_id = ?").arg(table), {familyId});
    while (q && q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

QHash<QString, int> TestRetention::rowsOf(qint64 familyId, const QList<qint64> &visitIds,
                                          const QList<qint64> &goalIds,
                                          const QList<qint64> &evaluationIds)
{
    QHash<QString, int> rows;
    const QStringList names = tableNames();
    [&] {
        QVERIFY(names.contains(QStringLiteral("families")));
    }();
    auto inList = [](const QList<qint64> &ids) {
        QStringList texts;
        for (qint64 id : ids)
            texts << QString::number(id);
        return texts.isEmpty()
                   ? QStringLiteral("(0)")
                   : QStringLiteral("(") + texts.join(QLatin1Char(',')) + QLatin1Char(')');
    };
    for (const QString &table : names) {
        QStringList conditions;
        for (const QString &column : columnsOf(table)) {
            if (column == QLatin1String("family_id"))
                conditions << QStringLiteral("family_id = %1").arg(familyId);
            else if (column == QLatin1String("visit_id"))
                conditions << QStringLiteral("visit_id IN %1").arg(inList(visitIds));
            else if (column == QLatin1String("goal_id"))
                conditions << QStringLiteral("goal_id IN %1").arg(inList(goalIds));
            else if (column == QLatin1String("evaluation_id"))
                conditions << QStringLiteral("evaluation_id IN %1").arg(inList(evaluationIds));
        }
        if (table == QLatin1String("families"))
            conditions << QStringLiteral("id = %1").arg(familyId);
        // The log keeps naming the family by id and case code, by design.
        if (conditions.isEmpty() || table == QLatin1String("access_log"))
            continue;
        auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                  .arg(table, conditions.join(QStringLiteral(" OR "))));
        rows.insert(table, n ? n->toInt() : -1);
    }
    return rows;
}

void TestRetention::removalDeletesEveryRowOfTheFamily()
{
    // Two families with everything; the second must stay whole.
    auto other = FamilyStore(*m_db).add(family(QStringLiteral("Haddou"), QDate(2026, 1, 7)));
    DC_VERIFY_OK(other);
    HouseholdMember m;
    m.familyId = other->id;
    m.firstName = QStringLiteral("Samira");
    m.role = MemberRole::Parent;
    DC_VERIFY_OK(FamilyStore(*m_db).addMember(m));
    fillEverything(m_f.family.id);
    fillEverything(other->id);
    DC_VERIFY_OK(close(m_f.family.id, QDate(2026, 6, 30)));
    DC_VERIFY_OK(close(other->id, QDate(2026, 6, 30)));

    const QList<qint64> visits = idsOf(QStringLiteral("visits"), m_f.family.id);
    const QList<qint64> goals = idsOf(QStringLiteral("goals"), m_f.family.id);
    const QList<qint64> evaluations = idsOf(QStringLiteral("evaluations"), m_f.family.id);
    const QHash<QString, int> before = rowsOf(m_f.family.id, visits, goals, evaluations);
    // Every table that holds a family's data has rows of it, so the check below means something.
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() == QLatin1String("supervision_exports") ||
            it.key() == QLatin1String("removed_family_counts"))
            continue;
        QVERIFY2(it.value() > 0, qPrintable(it.key()));
    }
    const QList<qint64> otherVisits = idsOf(QStringLiteral("visits"), other->id);
    const QHash<QString, int> otherBefore =
        rowsOf(other->id, otherVisits, idsOf(QStringLiteral("goals"), other->id),
               idsOf(QStringLiteral("evaluations"), other->id));

    DC_VERIFY_OK(RetentionStore(*m_db).remove(m_f.family.id, m_coordinator, QDate(2046, 7, 1)));

    const QHash<QString, int> after = rowsOf(m_f.family.id, visits, goals, evaluations);
    for (auto it = after.begin(); it != after.end(); ++it)
        QVERIFY2(it.value() == 0,
                 qPrintable(QStringLiteral("%1: %2 rows left").arg(it.key()).arg(it.value())));
    QCOMPARE(rowsOf(other->id, otherVisits, idsOf(QStringLiteral("goals"), other->id),
                    idsOf(QStringLiteral("evaluations"), other->id)),
             otherBefore);
    // No text of the family is left anywhere: not its name, nor its members' names.
    const QString dump = [&] {
        QString text;
        for (const QString &table : tableNames()) {
            QSqlQuery rows(m_db->connection());
            rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            while (rows.next())
                for (int i = 0; i < rows.record().count(); ++i)
                    text += rows.value(i).toString() + QLatin1Char('\x1f');
        }
        return text;
    }();
    QVERIFY(!dump.contains(QStringLiteral("Bouzid")));
    QVERIFY(!dump.contains(QStringLiteral("Rayan")));
    QVERIFY(!dump.contains(QStringLiteral("Nora")));
    auto problems = m_db->integrityProblems();
    DC_VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestRetention::removalKeepsCounts()
{
    fillEverything(m_f.family.id);
    DC_VERIFY_OK(close(m_f.family.id, QDate(2026, 6, 30)));
    auto second = FamilyStore(*m_db).add(family(QStringLiteral("Haddou"), QDate(2026, 1, 7)));
    DC_VERIFY_OK(second);
    DC_VERIFY_OK(close(second->id, QDate(2026, 9, 1)));
    RetentionStore retention(*m_db);
    DC_VERIFY_OK(retention.remove(m_f.family.id, m_coordinator, QDate(2047, 1, 1)));
    DC_VERIFY_OK(retention.remove(second->id, m_coordinator, QDate(2047, 1, 1)));
    auto counts = retention.removedCounts();
    DC_VERIFY_OK(counts);
    QCOMPARE(counts->size(), 2); // the second had no duo: a row of its own
    const RemovedCounts &none = counts->at(0);
    QCOMPARE(none.closedYear, 2026);
    QCOMPARE(none.duoId, 0);
    QCOMPARE(none.families, 1);
    QCOMPARE(none.householdMembers, 0);
    const RemovedCounts &withDuo = counts->at(1);
    QCOMPARE(withDuo.duoId, m_f.duoA);
    QCOMPARE(withDuo.families, 1);
    QCOMPARE(withDuo.householdMembers, 2);
    QCOMPARE(withDuo.children, 1);
    QCOMPARE(withDuo.visitsDone, 1);
    QCOMPARE(withDuo.visitsNotDone, 1);
    QCOMPARE(withDuo.reports, 1);
    QCOMPARE(withDuo.goals, 1);
    QCOMPARE(withDuo.evaluations, 1);
    QCOMPARE(withDuo.followUps, 2); // of the visit and of the consultation
    QCOMPARE(withDuo.safetyConcerns, 2);

    // A third family of the same year and duo adds to the same row.
    auto third = FamilyStore(*m_db).add(family(QStringLiteral("Osei"), QDate(2026, 1, 9)));
    DC_VERIFY_OK(third);
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(third->id, m_f.duoA, QDate(2026, 2, 1)));
    DC_VERIFY_OK(close(third->id, QDate(2026, 12, 1)));
    DC_VERIFY_OK(retention.remove(third->id, m_coordinator, QDate(2047, 1, 1)));
    QCOMPARE(retention.removedCounts()->size(), 2);
    QCOMPARE(retention.removedCounts()->at(1).families, 2);
    QCOMPARE(retention.removedCounts()->at(1).householdMembers, 2);
}

void TestRetention::removalIsLogged()
{
    DC_VERIFY_OK(close(m_f.family.id, QDate(2026, 6, 30)));
    const QString caseCode = m_f.family.caseCode;
    DC_VERIFY_OK(RetentionStore(*m_db).remove(m_f.family.id, m_coordinator, QDate(2046, 6, 30)));
    AccessQuery query;
    query.familyId = m_f.family.id;
    auto entries = AccessLog(*m_db).entries(query);
    DC_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    const AccessEntry &e = entries->first();
    QCOMPARE(e.action, AccessAction::Remove);
    QCOMPARE(e.outcome, AccessOutcome::Success);
    QCOMPARE(e.caseCode, caseCode);
    QCOMPARE(e.userName, m_coordinator.name);
    QCOMPARE(e.userRole, QStringLiteral("coordinator"));
    QCOMPARE(e.detail, QStringLiteral("retention_period_ended"));
}

void TestRetention::removalRefused_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("closeIt");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("logged"); // an access refused is on record; a wrong moment is not
    QTest::newRow("trusted person")
        << QStringLiteral("trusted_person") << true << QDate(2050, 1, 1) << true;
    QTest::newRow("supervisor") << QStringLiteral("supervisor") << true << QDate(2050, 1, 1)
                                << true;
    QTest::newRow("command line") << QStringLiteral("cli") << true << QDate(2050, 1, 1) << true;
    QTest::newRow("not yet due") << QStringLiteral("coordinator") << true << QDate(2046, 6, 29)
                                 << false;
    QTest::newRow("open file") << QStringLiteral("coordinator") << false << QDate(2050, 1, 1)
                               << false;
}

void TestRetention::removalRefused()
{
    QFETCH(QString, role);
    QFETCH(bool, closeIt);
    QFETCH(QDate, today);
    QFETCH(bool, logged);
    if (closeIt)
        DC_VERIFY_OK(close(m_f.family.id, QDate(2026, 6, 30)));
    Actor actor = m_coordinator;
    actor.role = role;
    const Status removed = RetentionStore(*m_db).remove(m_f.family.id, actor, today);
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, logged ? Error::Kind::Refused : Error::Kind::Invalid);
    QVERIFY(FamilyStore(*m_db).get(m_f.family.id).ok());
    QCOMPARE(rowCount(*m_db, QStringLiteral("household_members")), 2);
    QCOMPARE(rowCount(*m_db, QStringLiteral("removed_family_counts")), 0);
    AccessQuery query;
    auto entries = AccessLog(*m_db).entries(query);
    DC_VERIFY_OK(entries);
    QCOMPARE(entries->size(), logged ? 1 : 0);
    if (logged) {
        QCOMPARE(entries->first().action, AccessAction::Remove);
        QCOMPARE(entries->first().outcome, AccessOutcome::Refused);
        QCOMPARE(entries->first().userRole, role);
        QCOMPARE(entries->first().caseCode, m_f.family.caseCode);
    }
}

void TestRetention::removalIsAllOrNothing()
{
    fillEverything(m_f.family.id);
    DC_VERIFY_OK(close(m_f.family.id, QDate(2026, 6, 30)));
    const QByteArray before = contentHash(*m_db);
    // A table added by someone with a row that refers to the family without a cascade: the
    // deletion fails at the end, and nothing of the step stays (no counts, no log entry).
    QCOMPARE(execDirect(*m_db, QStringLiteral("CREATE TABLE extra (family_id INTEGER "
                                              "REFERENCES families(id))")),
             QString());
    DC_VERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO extra VALUES (?)"), {m_f.family.id}));
    const int logBefore = rowCount(*m_db, QStringLiteral("access_log"));
    const Status removed =
        RetentionStore(*m_db).remove(m_f.family.id, m_coordinator, QDate(2047, 1, 1));
    QVERIFY(!removed);
    QCOMPARE(rowCount(*m_db, QStringLiteral("access_log")), logBefore);
    QCOMPARE(rowCount(*m_db, QStringLiteral("removed_family_counts")), 0);
    QCOMPARE(execDirect(*m_db, QStringLiteral("DROP TABLE extra")), QString());
    QCOMPARE(contentHash(*m_db), before);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
