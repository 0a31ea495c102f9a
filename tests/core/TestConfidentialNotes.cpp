// Notes for the trusted person only: written by the family's trusted person, read back by
// that trusted person alone. The professional of the same duo, another trusted person, a
// coordinator and a supervisor get nothing; nobody writes a note in someone else's name.
// (That no export carries them is checked against the bytes of `duocoach-cli export` output in
// the CLI suite once the export exists.)

#include "TestSupport.h"

#include "services/CurrentUser.h"
#include "storage/ConfidentialNoteStore.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
CurrentUser worker(qint64 id, const QString &name)
{
    CurrentUser user;
    user.kind = CurrentUser::Kind::Worker;
    user.workerId = id;
    user.name = name;
    return user;
}

CurrentUser profile(CurrentUser::Kind kind)
{
    CurrentUser user;
    user.kind = kind;
    user.name = user.displayName();
    return user;
}

const QString Secret = QStringLiteral("Moeder vertelde dat vader weer drinkt; niet doorvertellen.");
} // namespace

class TestConfidentialNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void onlyTheTrustedPersonReadsThem_data();
    void onlyTheTrustedPersonReadsThem();
    void whoMayWrite_data();
    void whoMayWrite();
    void undoAndRedo();
    void otherQueriesDoNotReturnThem();

private:
    qint64 addNote(const QString &text = Secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_f;
};

void TestConfidentialNotes::initTestCase_data()
{
    TestSupport::engines();
}

void TestConfidentialNotes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConfidentialNotes::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("notes.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
}

void TestConfidentialNotes::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestConfidentialNotes::addNote(const QString &text)
{
    ConfidentialNote note;
    note.familyId = m_f.family.id;
    note.trustedPersonId = m_f.trustedA;
    note.writtenAt = QDateTime(QDate(2026, 3, 2), QTime(19, 0));
    note.text = text;
    auto id =
        ConfidentialNoteStore(*m_db).add(note, worker(m_f.trustedA, QStringLiteral("Fatima")));
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id ? id.value() : 0;
}

void TestConfidentialNotes::onlyTheTrustedPersonReadsThem_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("reads");
    QTest::newRow("the family's trusted person") << QStringLiteral("trustedA") << true;
    QTest::newRow("the professional of the same duo") << QStringLiteral("professionalA") << false;
    QTest::newRow("another trusted person") << QStringLiteral("trustedB") << false;
    QTest::newRow("another professional") << QStringLiteral("professionalB") << false;
    QTest::newRow("coordinator") << QStringLiteral("coordinator") << false;
    QTest::newRow("supervisor") << QStringLiteral("supervisor") << false;
    // A profile that claims the trusted person's name but is not that worker.
    QTest::newRow("the name without the worker") << QStringLiteral("name only") << false;
}

void TestConfidentialNotes::onlyTheTrustedPersonReadsThem()
{
    QFETCH(QString, who);
    QFETCH(bool, reads);
    QVERIFY(addNote() > 0);
    QVERIFY(addNote(QStringLiteral("Tweede notitie")) > 0);
    CurrentUser asking;
    if (who == QLatin1String("trustedA"))
        asking = worker(m_f.trustedA, QStringLiteral("Fatima El Amrani"));
    else if (who == QLatin1String("professionalA"))
        asking = worker(m_f.professionalA, QStringLiteral("Marieke van Dijk"));
    else if (who == QLatin1String("trustedB"))
        asking = worker(m_f.trustedB, QStringLiteral("Ayşe Yılmaz"));
    else if (who == QLatin1String("professionalB"))
        asking = worker(m_f.professionalB, QStringLiteral("Joost Hendriks"));
    else if (who == QLatin1String("coordinator"))
        asking = profile(CurrentUser::Kind::Coordinator);
    else if (who == QLatin1String("supervisor"))
        asking = profile(CurrentUser::Kind::Supervisor);
    else {
        asking = profile(CurrentUser::Kind::Coordinator);
        asking.name = QStringLiteral("Fatima El Amrani");
    }

    auto notes = ConfidentialNoteStore(*m_db).forFamily(m_f.family.id, asking);
    DC_VERIFY_OK(notes);
    QCOMPARE(notes->size(), reads ? 2 : 0);
    if (reads) {
        QCOMPARE(notes->at(1).text, Secret);
        QCOMPARE(notes->at(1).trustedPersonId, m_f.trustedA);
    }
    auto may = ConfidentialNoteStore(*m_db).mayKeepNotes(m_f.family.id, asking);
    DC_VERIFY_OK(may);
    QCOMPARE(may.value(), reads);
}

void TestConfidentialNotes::whoMayWrite_data()
{
    QTest::addColumn<QString>("author");     // who works with the database
    QTest::addColumn<QString>("nameOfNote"); // whose note it claims to be
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    const QString trustedA = QStringLiteral("trustedA");
    const QString trustedB = QStringLiteral("trustedB");
    const QString professionalA = QStringLiteral("professionalA");
    QTest::newRow("own note") << trustedA << trustedA << Secret << true;
    QTest::newRow("empty") << trustedA << trustedA << QStringLiteral("  ") << false;
    QTest::newRow("in another's name") << professionalA << trustedA << Secret << false;
    QTest::newRow("the professional's own") << professionalA << professionalA << Secret << false;
    QTest::newRow("trusted person of another family") << trustedB << trustedB << Secret << false;
    QTest::newRow("coordinator") << QStringLiteral("coordinator") << trustedA << Secret << false;
}

void TestConfidentialNotes::whoMayWrite()
{
    QFETCH(QString, author);
    QFETCH(QString, nameOfNote);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const QHash<QString, qint64> ids{{QStringLiteral("trustedA"), m_f.trustedA},
                                     {QStringLiteral("trustedB"), m_f.trustedB},
                                     {QStringLiteral("professionalA"), m_f.professionalA}};
    const CurrentUser user = author == QLatin1String("coordinator")
                                 ? profile(CurrentUser::Kind::Coordinator)
                                 : worker(ids.value(author), author);
    ConfidentialNote note;
    note.familyId = m_f.family.id;
    note.trustedPersonId = ids.value(nameOfNote);
    note.text = text;
    const QByteArray before = contentHash(*m_db);
    auto added = ConfidentialNoteStore(*m_db).add(note, user);
    QCOMPARE(added.ok(), accepted);
    if (!accepted)
        QCOMPARE(contentHash(*m_db), before);
}

void TestConfidentialNotes::undoAndRedo()
{
    const QByteArray before = contentHash(*m_db);
    const qint64 id = addNote();
    QVERIFY(id > 0);
    const CurrentUser fatima = worker(m_f.trustedA, QStringLiteral("Fatima El Amrani"));
    auto notes = ConfidentialNoteStore(*m_db).forFamily(m_f.family.id, fatima);
    DC_VERIFY_OK(notes);
    const QByteArray after = contentHash(*m_db);
    // Nobody else takes it back, not even the professional of the duo.
    QVERIFY(!ConfidentialNoteStore(*m_db)
                 .remove(id, worker(m_f.professionalA, QStringLiteral("Marieke")))
                 .ok());
    QCOMPARE(contentHash(*m_db), after);
    DC_VERIFY_OK(ConfidentialNoteStore(*m_db).remove(id, fatima));
    QCOMPARE(contentHash(*m_db), before);
    DC_VERIFY_OK(ConfidentialNoteStore(*m_db).restore(notes->constFirst(), fatima));
    QCOMPARE(contentHash(*m_db), after);
    QVERIFY(!ConfidentialNoteStore(*m_db).restore(notes->constFirst(), fatima).ok());
}

void TestConfidentialNotes::otherQueriesDoNotReturnThem()
{
    // Every store read a professional's, coordinator's or supervisor's screen makes for the
    // family: none of them may carry the note's text.
    QVERIFY(addNote() > 0);
    QStringList texts;
    m_db->setStatementObserver([&](const QString &sql, const QVariantList &) { texts << sql; });
    const CurrentUser professional = worker(m_f.professionalA, QStringLiteral("Marieke van Dijk"));
    auto notes = ConfidentialNoteStore(*m_db).forFamily(m_f.family.id, professional);
    auto coordinator = ConfidentialNoteStore(*m_db).forFamily(
        m_f.family.id, profile(CurrentUser::Kind::Coordinator));
    m_db->setStatementObserver({});
    DC_VERIFY_OK(notes);
    DC_VERIFY_OK(coordinator);
    QVERIFY(notes->isEmpty());
    QVERIFY(coordinator->isEmpty());
    // Not even asked: for anyone but a worker the table is not read at all.
    for (const QString &sql : texts)
        QVERIFY2(!sql.contains(QStringLiteral("confidential_notes")) ||
                     sql.contains(QStringLiteral("trusted_person_id = ?")),
                 qPrintable(sql));
}

QTEST_GUILESS_MAIN(TestConfidentialNotes)
#include "TestConfidentialNotes.moc"
