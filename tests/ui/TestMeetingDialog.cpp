// A case consultation recorded through the window (issue 16), as a coordinator does it from a
// family's page: the form says in one sentence what is still missing (who was there, the
// question, the reason of a stop, the owner of a follow-up, a partner without a contact
// person, an unknown case code); recorded, the family's page lists the consultation, the stopped
// support has ended and the follow-up is on its owner's list; undo and redo take all of it back
// and bring it again.

#include "FamilyMeetingsPanel.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "commands/EditCommands.h"
#include "dialogs/MeetingDialog.h"
#include "dialogs/MeetingFamilyEditor.h"
#include "services/ChangeNotifier.h"
#include "storage/FollowUpStore.h"
#include "storage/SupportStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace TestSupport;

class TestMeetingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void consultationStopsSupport();
    void partnerWithoutContactAndUnknownFamily();

private:
    MeetingDialog *openDialog();
    void check(QListWidget *list, qint64 id);

    UiTestSupport::EditingSetup m_s;
    FamilyMeetingsPanel *m_panel = nullptr;
    qint64 m_support = 0;
};

void TestMeetingDialog::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestMeetingDialog::init()
{
    UiTestSupport::failOnWarnings();
    QCOMPARE(m_s.open(QStringLiteral("meeting.sqlite")), QString());
    Support s;
    s.familyId = m_s.fixture.family.id;
    s.kind = SupportKind::SocialDistrictTeam;
    s.provider = QStringLiteral("Wijkteam Overvecht");
    s.what = QStringLiteral("Schuldhulp");
    s.from = QDate::currentDate().addMonths(-3);
    auto added = SupportStore(*m_s.db).add(s);
    DC_VERIFY_OK(added);
    m_support = added.value();

    auto *layout = new QVBoxLayout(m_s.window.get());
    m_panel = new FamilyMeetingsPanel(*m_s.db);
    layout->addWidget(m_panel);
    m_panel->setCommands(m_s.commands.get());
    QVERIFY(m_panel->showFamily(m_s.fixture.family.id));
    m_s.window->resize(900, 400);
    QVERIFY(m_s.show());
}

void TestMeetingDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_s.close();
}

MeetingDialog *TestMeetingDialog::openDialog()
{
    QTest::mouseClick(m_panel->recordButton(), Qt::LeftButton);
    return UiTestSupport::waitForDialog<MeetingDialog>(m_panel);
}

void TestMeetingDialog::check(QListWidget *list, qint64 id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id)
            list->item(i)->setCheckState(Qt::Checked);
}

void TestMeetingDialog::consultationStopsSupport()
{
    QVERIFY(!m_panel->table()->isVisible());
    const QByteArray before = contentHash(*m_s.db);
    MeetingDialog *dialog = openDialog();
    QVERIFY(dialog);
    // The family's tab is there; the form asks for the rest, one sentence at a time.
    QCOMPARE(dialog->familyTabs()->count(), 1);
    QCOMPARE(dialog->familyTabs()->tabText(0), m_s.fixture.family.caseCode);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(), QStringLiteral("Say who was at the meeting."));
    check(dialog->workersField(), m_s.fixture.trustedA);
    check(dialog->partnersField(), m_s.fixture.provider);
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Give the question brought in for the family %1.")
                 .arg(m_s.fixture.family.caseCode));
    MeetingFamilyEditor *family = dialog->familyEditor(0);
    QTest::keyClicks(family->questionField(), QStringLiteral("Helpt de schuldhulp nog?"));
    QTest::keyClicks(family->adviceField(), QStringLiteral("Stoppen, buurtsteun versterken"));
    QCOMPARE(family->supportTable()->rowCount(), 1);
    auto *decision = qobject_cast<QComboBox *>(family->supportTable()->cellWidget(0, 2));
    decision->setCurrentIndex(decision->findData(int(Decision::Stop)));
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Give the reason for the decision on \"Schuldhulp\" (%1).")
                 .arg(m_s.fixture.family.caseCode));
    QTest::keyClicks(qobject_cast<QLineEdit *>(family->supportTable()->cellWidget(0, 3)),
                     QStringLiteral("Helpt niet"));
    QTest::keyClicks(family->followUpField(), QStringLiteral("Budgetcoach bellen"));
    QCOMPARE(dialog->problemText(),
             QStringLiteral("The follow-up action \"Budgetcoach bellen\" needs an owner."));
    family->ownerField()->setCurrentIndex(family->ownerField()->findData(m_s.fixture.trustedA));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<MeetingDialog *>());

    // Listed on the family's page; the support has ended; the follow-up is the owner's.
    QCOMPARE(m_panel->table()->rowCount(), 1);
    QVERIFY(m_panel->table()->item(0, 1)->text().startsWith(QStringLiteral("Helpt de")));
    QCOMPARE(m_panel->table()->item(0, 2)->text(), QStringLiteral("1"));
    QCOMPARE(SupportStore(*m_s.db).get(m_support)->until, QDate::currentDate());
    auto due =
        FollowUpStore(*m_s.db).dueFor(m_s.fixture.trustedA, QDate::currentDate().addDays(30));
    DC_VERIFY_OK(due);
    QCOMPARE(due->size(), 1);
    const QByteArray after = contentHash(*m_s.db);

    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
    QCOMPARE(m_panel->table()->rowCount(), 0);
    QVERIFY(!SupportStore(*m_s.db).get(m_support)->until.isValid());
    m_s.commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_s.db), after);
    QCOMPARE(m_panel->table()->rowCount(), 1);
}

void TestMeetingDialog::partnerWithoutContactAndUnknownFamily()
{
    Organisation school =
        organisation(QStringLiteral("Basisschool De Zon"), OrganisationKind::Community);
    school.contactName.clear();
    auto added = OrganisationStore(*m_s.db).add(school);
    DC_VERIFY_OK(added);
    MeetingDialog *dialog = openDialog();
    QVERIFY(dialog);
    check(dialog->partnersField(), added.value());
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Say who came to the meeting for Basisschool De Zon: the "
                            "organisation has no contact person."));
    QTest::keyClicks(dialog->caseCodeField(), QStringLiteral("G-1999-0001"));
    QTest::mouseClick(dialog->addFamilyButton(), Qt::LeftButton);
    QCOMPARE(dialog->problemText(),
             QStringLiteral("There is no family with case code G-1999-0001."));
    QCOMPARE(dialog->familyTabs()->count(), 1);
    // A network meeting has no families: the box goes, and so does the question.
    dialog->kindField()->setCurrentIndex(dialog->kindField()->findData(int(MeetingKind::Network)));
    dialog->caseCodeField()->clear();
    QVERIFY(!dialog->familyTabs()->isVisibleTo(dialog));
    const QByteArray before = contentHash(*m_s.db);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(!m_panel->findChild<MeetingDialog *>());
    QCOMPARE(contentHash(*m_s.db), before);
}

QTEST_MAIN(TestMeetingDialog)
#include "TestMeetingDialog.moc"
