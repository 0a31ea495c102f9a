// The safety concern's life cycle (meldcode): raised on a visit or a family, shown as open,
// closed only with a note, never reopened, never deleted. The database's own triggers refuse
// an SQL DELETE or rewrite, whoever sends it; only removing the whole family (retention) takes
// its concerns along. Lists ask for the open-concern flag of a page of families in one query.

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/SafetyConcernStore.h"
#include "storage/VisitReportStore.h"
#include "storage/VisitStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QDateTime RaisedAt(QDate(2026, 3, 2), QTime(13, 15));
const QDateTime ClosedAt(QDate(2026, 3, 20), QTime(9, 30));
} // namespace

class TestSafetyConcern : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void lifeCycle();
    void raiseNeedsWhatAndWho_data();
    void raiseNeedsWhatAndWho();
    void withdrawKeepsTheRecord();
    void triggersRefuseDeleteAndRewrite_data();
    void triggersRefuseDeleteAndRewrite();
    void removingTheFamilyTakesItsConcerns();
    void openFlagsForAPageInOneQuery();

private:
    qint64 doneVisit();
    qint64
    raise(qint64 visitId,
          const QString &description = QStringLiteral("Rayan vertelde over harde klappen thuis."));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_f;
};

void TestSafetyConcern::initTestCase_data()
{
    TestSupport::engines();
}

void TestSafetyConcern::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSafetyConcern::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("concerns.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
}

void TestSafetyConcern::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestSafetyConcern::doneVisit()
{
    Visit v;
    v.familyId = m_f.family.id;
    v.duoId = m_f.duoA;
    v.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    v.status = VisitStatus::Done;
    v.trustedPersonPresent = true;
    v.professionalPresent = true;
    auto id = VisitStore(*m_db).add(v);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id ? id.value() : 0;
}

qint64 TestSafetyConcern::raise(qint64 visitId, const QString &description)
{
    SafetyConcern c;
    c.visitId = visitId;
    c.familyId = visitId > 0 ? 0 : m_f.family.id;
    c.description = description;
    c.raisedBy = QStringLiteral("Marieke van Dijk");
    c.raisedAt = RaisedAt;
    auto id = SafetyConcernStore(*m_db).raise(c);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id ? id.value() : 0;
}

void TestSafetyConcern::lifeCycle()
{
    const qint64 visitId = doneVisit();
    const qint64 id = raise(visitId);
    QVERIFY(id > 0);
    SafetyConcernStore store(*m_db);

    // Raised: open, on the visit and its family, with who and when.
    auto open = store.openFor(m_f.family.id);
    DC_VERIFY_OK(open);
    QCOMPARE(open->size(), 1);
    const SafetyConcern raised = open->at(0);
    QCOMPARE(raised.id, id);
    QCOMPARE(raised.familyId, m_f.family.id);
    QCOMPARE(raised.visitId, visitId);
    QCOMPARE(raised.raisedBy, QStringLiteral("Marieke van Dijk"));
    QCOMPARE(raised.raisedAt, RaisedAt);
    QVERIFY(raised.isOpen());
    QCOMPARE(store.forVisit(visitId)->size(), 1);
    QCOMPARE(store.familiesWithOpenConcern({m_f.family.id}).value(), QSet<qint64>{m_f.family.id});

    // Closing needs a note, and a name.
    const QByteArray before = contentHash(*m_db);
    const Status noNote = store.close(id, QStringLiteral("  "), QStringLiteral("Anna"), ClosedAt);
    QVERIFY(!noNote.ok());
    QVERIFY2(noNote.message().contains(QStringLiteral("note")), qPrintable(noNote.message()));
    QVERIFY(!store.close(id, QStringLiteral("Besproken"), QString(), ClosedAt).ok());
    QCOMPARE(contentHash(*m_db), before);
    QVERIFY(store.get(id)->isOpen());

    const QString note = QStringLiteral("Besproken met Veilig Thuis; gezin krijgt hulp.");
    DC_VERIFY_OK(store.close(id, note, QStringLiteral("Fatima El Amrani"), ClosedAt));
    auto closed = store.get(id);
    DC_VERIFY_OK(closed);
    QVERIFY(!closed->isOpen());
    QCOMPARE(closed->closingNote, note);
    QCOMPARE(closed->closedBy, QStringLiteral("Fatima El Amrani"));
    QCOMPARE(closed->closedAt, ClosedAt);
    QCOMPARE(closed->description, raised.description);
    QVERIFY(store.openFor(m_f.family.id)->isEmpty());
    QVERIFY(store.familiesWithOpenConcern({m_f.family.id})->isEmpty());
    // Still listed for the family, and still marking its visit.
    QCOMPARE(store.forFamily(m_f.family.id)->size(), 1);
    QCOMPARE(store.visitsWithConcern({visitId}).value(), QSet<qint64>{visitId});

    // Closed once: never again, never reopened.
    const QByteArray afterClosing = contentHash(*m_db);
    const Status again = store.close(id, QStringLiteral("Nog eens"), QStringLiteral("X"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Refused);
    QCOMPARE(contentHash(*m_db), afterClosing);
}

void TestSafetyConcern::raiseNeedsWhatAndWho_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("raisedBy");
    QTest::addColumn<int>("visitOffset"); // added to the id of a real visit
    QTest::addColumn<bool>("accepted");
    QTest::newRow("complete") << QStringLiteral("Blauwe plekken") << QStringLiteral("M") << 0
                              << true;
    QTest::newRow("no description") << QStringLiteral(" ") << QStringLiteral("M") << 0 << false;
    QTest::newRow("no name") << QStringLiteral("Blauwe plekken") << QString() << 0 << false;
    QTest::newRow("unknown visit")
        << QStringLiteral("Blauwe plekken") << QStringLiteral("M") << 100 << false;
}

void TestSafetyConcern::raiseNeedsWhatAndWho()
{
    QFETCH(QString, description);
    QFETCH(QString, raisedBy);
    QFETCH(int, visitOffset);
    QFETCH(bool, accepted);
    const qint64 visitId = doneVisit();
    SafetyConcern c;
    c.visitId = visitId + visitOffset;
    c.description = description;
    c.raisedBy = raisedBy;
    auto id = SafetyConcernStore(*m_db).raise(c);
    QCOMPARE(id.ok(), accepted);
    QCOMPARE(rowCount(*m_db, QStringLiteral("safety_concerns")), accepted ? 1 : 0);
    if (accepted) // a concern raised without a time was raised now
        QVERIFY(qAbs(SafetyConcernStore(*m_db)
                         .get(id.value())
                         ->raisedAt.secsTo(QDateTime::currentDateTime())) < 60);
}

void TestSafetyConcern::withdrawKeepsTheRecord()
{
    const qint64 id = raise(0, QStringLiteral("Per ongeluk aangevinkt"));
    QVERIFY(id > 0);
    SafetyConcernStore store(*m_db);
    DC_VERIFY_OK(store.withdraw(id, QStringLiteral("Marieke van Dijk"), ClosedAt));
    auto withdrawn = store.get(id);
    DC_VERIFY_OK(withdrawn);
    QVERIFY(!withdrawn->isOpen());
    QVERIFY2(withdrawn->closingNote.contains(QStringLiteral("Withdrawn")),
             qPrintable(withdrawn->closingNote));
    QCOMPARE(rowCount(*m_db, QStringLiteral("safety_concerns")), 1);
    QVERIFY(!store.withdraw(id, QStringLiteral("Marieke van Dijk")).ok());
}

void TestSafetyConcern::triggersRefuseDeleteAndRewrite_data()
{
    QTest::addColumn<bool>("closeFirst");
    QTest::addColumn<QString>("sql"); // %1: the concern's id
    QTest::newRow("delete open") << false
                                 << QStringLiteral("DELETE FROM safety_concerns WHERE id = %1");
    QTest::newRow("delete closed")
        << true << QStringLiteral("DELETE FROM safety_concerns WHERE id = %1");
    QTest::newRow("delete all") << true
                                << QStringLiteral("DELETE FROM safety_concerns WHERE id >= %1");
    QTest::newRow("rewrite description")
        << false
        << QStringLiteral("UPDATE safety_concerns SET description = 'niets' WHERE id = %1");
    QTest::newRow("rewrite who") << false
                                 << QStringLiteral("UPDATE safety_concerns SET raised_by = 'X' "
                                                   "WHERE id = %1");
    QTest::newRow("rewrite when") << false
                                  << QStringLiteral("UPDATE safety_concerns SET raised_at = "
                                                    "'2020-01-01T00:00:00' WHERE id = %1");
    QTest::newRow("move to another family")
        << false
        << QStringLiteral("UPDATE safety_concerns SET family_id = family_id + 1 "
                          "WHERE id = %1");
    QTest::newRow("reopen") << true
                            << QStringLiteral(
                                   "UPDATE safety_concerns SET closed_at = NULL, "
                                   "closed_by = NULL, closing_note = NULL WHERE id = %1");
    QTest::newRow("rewrite closing note")
        << true
        << QStringLiteral("UPDATE safety_concerns SET closing_note = 'anders' WHERE id = %1");
    QTest::newRow("close without note")
        << false
        << QStringLiteral("UPDATE safety_concerns SET closed_at = '2026-03-20T09:00:00', "
                          "closed_by = 'X' WHERE id = %1");
}

void TestSafetyConcern::triggersRefuseDeleteAndRewrite()
{
    QFETCH(bool, closeFirst);
    QFETCH(QString, sql);
    // A second family, so "move to another family" has somewhere to go.
    DC_VERIFY_OK(FamilyStore(*m_db).add(family(QStringLiteral("Şahin"), QDate(2026, 1, 20))));
    const qint64 id = raise(doneVisit());
    QVERIFY(id > 0);
    if (closeFirst)
        DC_VERIFY_OK(SafetyConcernStore(*m_db).close(id, QStringLiteral("Afgerond"),
                                                     QStringLiteral("Fatima"), ClosedAt));
    const QByteArray before = contentHash(*m_db);
    // Straight to SQL, past every store: the database itself says no.
    auto q = m_db->exec(sql.arg(id));
    QVERIFY2(!q.ok(), qPrintable(sql));
    QCOMPARE(contentHash(*m_db), before);
}

void TestSafetyConcern::removingTheFamilyTakesItsConcerns()
{
    // One open and one closed concern on visits of the family: retention removes the family as
    // a whole (not possible in the app yet), and the triggers must not stand in its way.
    const qint64 visitId = doneVisit();
    const qint64 open = raise(visitId);
    const qint64 closed = raise(visitId, QStringLiteral("Eerdere zorg"));
    QVERIFY(open > 0 && closed > 0);
    DC_VERIFY_OK(SafetyConcernStore(*m_db).close(closed, QStringLiteral("Opgelost"),
                                                 QStringLiteral("Fatima"), ClosedAt));
    auto removed = m_db->exec(QStringLiteral("DELETE FROM families WHERE id = ?"), {m_f.family.id});
    DC_VERIFY_OK(removed);
    QCOMPARE(rowCount(*m_db, QStringLiteral("families")), 0);
    QCOMPARE(rowCount(*m_db, QStringLiteral("visits")), 0);
    QCOMPARE(rowCount(*m_db, QStringLiteral("safety_concerns")), 0);
    auto problems = m_db->integrityProblems();
    DC_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
}

void TestSafetyConcern::openFlagsForAPageInOneQuery()
{
    QList<qint64> families{m_f.family.id};
    for (int i = 0; i < 5; ++i) {
        auto f =
            FamilyStore(*m_db).add(family(QStringLiteral("Gezin %1").arg(i), QDate(2026, 1, 1)));
        DC_VERIFY_OK(f);
        families << f->id;
    }
    SafetyConcernStore store(*m_db);
    SafetyConcern c;
    c.description = QStringLiteral("Zorgen");
    c.raisedBy = QStringLiteral("Fatima");
    c.familyId = families.at(2);
    DC_VERIFY_OK(store.raise(c));
    c.familyId = families.at(4);
    auto closedLater = store.raise(c);
    DC_VERIFY_OK(closedLater);
    c.familyId = families.at(5);
    DC_VERIFY_OK(store.raise(c));
    DC_VERIFY_OK(store.raise(c)); // two open concerns, one flag
    DC_VERIFY_OK(store.close(closedLater.value(), QStringLiteral("Opgelost"), QStringLiteral("F")));

    int statements = 0;
    m_db->setStatementObserver([&](const QString &, const QVariantList &) { ++statements; });
    auto flagged = store.familiesWithOpenConcern(families);
    m_db->setStatementObserver({});
    DC_VERIFY_OK(flagged);
    QCOMPARE(statements, 1);
    QCOMPARE(flagged.value(), (QSet<qint64>{families.at(2), families.at(5)}));
    QVERIFY(store.familiesWithOpenConcern({})->isEmpty());

    // The family list's own page query carries the flag too.
    auto page = FamilyStore(*m_db).page(QString(), QString(), 100);
    DC_VERIFY_OK(page);
    for (const FamilySummary &s : page.value())
        QCOMPARE(s.openSafetyConcern, s.id == families.at(2) || s.id == families.at(5));
}

QTEST_GUILESS_MAIN(TestSafetyConcern)
#include "TestSafetyConcern.moc"
