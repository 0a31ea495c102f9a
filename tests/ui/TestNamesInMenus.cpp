// Names in menus, actions, buttons, check boxes and buddy labels (issue 13, point 19): Qt reads
// "&" there as the mark of a shortcut, so a duo "Hatice Doğan & Marieke de Graaf" showed as
// "Hatice Doğan _Marieke de Graaf" in Edit > Undo. Every place a name reaches such a text is
// gone over here with names that hold "&", and what the user sees (the text with Qt's shortcut
// marks taken out) must hold the name as written.

#include "DisplayText.h"
#include "FamilyDetailPane.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "VisitActions.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/VisitReportDialog.h"
#include "review/FeedbackPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace TestSupport;

namespace {
// What Qt draws of a mnemonic text: "&&" is one "&", a single "&" only marks the next letter.
QString shown(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                out += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        out += text.at(i);
    }
    return out;
}

enum class Step {
    AddOrganisation,
    AddWorker,
    AddDuo,
    EditDuo,
    EndDuo,
    AssignDuo,
    AddFamily,
    AddMember
};
} // namespace

Q_DECLARE_METATYPE(Step)

class TestNamesInMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helperEscapesEveryAmpersand_data();
    void helperEscapesEveryAmpersand();
    void undoAndRedoTexts_data();
    void undoAndRedoTexts();
    void householdContextMenu();
    void visitReportCheckBoxes();
    void reviewFeedbackLabels();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Fixture m_f;
    qint64 m_pairWorker = 0; // "Lotte & Bram Jansen", a professional
};

void TestNamesInMenus::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestNamesInMenus::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("names.sqlite")));
    DC_VERIFY_OK(db);
    m_f = Fixture();
    QCOMPARE(makeFixture(*db.value(), &m_f), QString());
    auto pair = WorkerStore(*db.value())
                    .add(worker(QStringLiteral("Lotte & Bram Jansen"), WorkerRole::Professional,
                                m_f.provider));
    DC_VERIFY_OK(pair);
    m_pairWorker = pair.value();
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNamesInMenus::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->inherits("QDialog"))
            widget->close();
    m_window.reset();
    m_dir.reset();
}

void TestNamesInMenus::helperEscapesEveryAmpersand_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("duo") << QStringLiteral("Hatice Doğan & Marieke de Graaf");
    QTest::newRow("two in a row") << QStringLiteral("A && B");
    QTest::newRow("at the end") << QStringLiteral("Kind &");
    QTest::newRow("none") << QStringLiteral("Öztürk-Yılmaz");
}

void TestNamesInMenus::helperEscapesEveryAmpersand()
{
    QFETCH(QString, name);
    QCOMPARE(shown(DisplayText::noMnemonic(name)), name);
    QAction probe(DisplayText::noMnemonic(name));
    QCOMPARE(shown(probe.text()), name);
}

void TestNamesInMenus::undoAndRedoTexts_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("name");
    const QString newDuo = QStringLiteral("Fatima El Amrani & Lotte & Bram Jansen");
    const QString duoA = QStringLiteral("Fatima El Amrani & Marieke van Dijk");
    QTest::newRow("add organisation") << Step::AddOrganisation << QStringLiteral("Kind & Gezin");
    QTest::newRow("add worker") << Step::AddWorker << QStringLiteral("Sara & Sem Bakker");
    QTest::newRow("add duo") << Step::AddDuo << newDuo;
    QTest::newRow("edit duo") << Step::EditDuo << duoA;
    QTest::newRow("end duo") << Step::EndDuo << QStringLiteral("Ayşe Yılmaz & Joost Hendriks");
    QTest::newRow("assign duo") << Step::AssignDuo << duoA;
    QTest::newRow("add family") << Step::AddFamily << QStringLiteral("Janssen & Zn");
    QTest::newRow("add household member") << Step::AddMember << QStringLiteral("Noor & Sem");
}

void TestNamesInMenus::undoAndRedoTexts()
{
    QFETCH(Step, step);
    QFETCH(QString, name);
    EditCommands *commands = m_window->workspace()->commands();
    Database &db = m_window->database();
    switch (step) {
    case Step::AddOrganisation:
        DC_VERIFY_OK(commands->addOrganisation(organisation(name, OrganisationKind::Community)));
        break;
    case Step::AddWorker:
        DC_VERIFY_OK(commands->addWorker(worker(name, WorkerRole::TrustedPerson, m_f.community)));
        break;
    case Step::AddDuo: {
        Duo duo;
        duo.trustedPersonId = m_f.trustedA;
        duo.professionalId = m_pairWorker;
        duo.from = QDate(2026, 1, 1);
        DC_VERIFY_OK(commands->addDuo(duo));
        break;
    }
    case Step::EditDuo: {
        auto duo = DuoStore(db).get(m_f.duoA);
        DC_VERIFY_OK(duo);
        Duo changed = duo.value();
        changed.from = QDate(2024, 6, 1);
        DC_VERIFY_OK(commands->editDuo(changed));
        break;
    }
    case Step::EndDuo:
        DC_VERIFY_OK(commands->endDuo(m_f.duoB, QDate(2026, 6, 1), {}));
        break;
    case Step::AssignDuo: {
        auto other = FamilyStore(db).add(family(QStringLiteral("Kaya"), QDate(2026, 1, 21)));
        DC_VERIFY_OK(other);
        DC_VERIFY_OK(commands->assignDuo(other->id, m_f.duoA, QDate(2026, 2, 1)));
        break;
    }
    case Step::AddFamily:
        DC_VERIFY_OK(commands->addFamily(family(name, QDate(2026, 2, 1))));
        break;
    case Step::AddMember: {
        HouseholdMember member;
        member.familyId = m_f.family.id;
        member.firstName = name;
        member.role = MemberRole::Child;
        member.birthYear = 2019;
        DC_VERIFY_OK(commands->addMember(member));
        break;
    }
    }
    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(shown(undo->text()).contains(name), qPrintable(undo->text()));
    commands->undoStack()->undo();
    QVERIFY(redo->isEnabled());
    QVERIFY2(shown(redo->text()).contains(name), qPrintable(redo->text()));
    // The step's own text, used in sentences (a failed undo), keeps the name as written.
    QVERIFY2(commands->undoStack()->text(commands->undoStack()->index()).contains(name),
             qPrintable(commands->undoStack()->text(commands->undoStack()->index())));
}

void TestNamesInMenus::householdContextMenu()
{
    HouseholdMember member;
    member.familyId = m_f.family.id;
    member.firstName = QStringLiteral("Noor & Sem");
    member.role = MemberRole::Child;
    member.birthYear = 2019;
    DC_VERIFY_OK(m_window->workspace()->commands()->addMember(member));
    m_window->workspace()->showFamily(m_f.family.id);
    QTableWidget *household = m_window->workspace()->familyPage()->detailPane()->householdTable();
    QTRY_VERIFY(household->rowCount() == 3);
    int row = -1;
    for (int r = 0; r < household->rowCount(); ++r)
        if (household->item(r, 0)->text() == member.firstName)
            row = r;
    QVERIFY(row >= 0);

    QStringList texts;
    QTimer::singleShot(0, this, [&texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                texts << shown(a->text());
        menu->close();
    });
    emit household->customContextMenuRequested(
        household->visualItemRect(household->item(row, 0)).center());
    QVERIFY(!texts.isEmpty());
    int naming = 0;
    for (const QString &text : std::as_const(texts))
        if (text.contains(member.firstName))
            ++naming;
    QVERIFY2(naming == 2, qPrintable(texts.join(QLatin1String(" | "))));
}

void TestNamesInMenus::visitReportCheckBoxes()
{
    Database &db = m_window->database();
    Duo duo;
    duo.trustedPersonId = m_f.trustedA;
    duo.professionalId = m_pairWorker;
    duo.from = QDate(2025, 1, 1);
    auto duoId = DuoStore(db).add(duo);
    DC_VERIFY_OK(duoId);
    auto kaya = FamilyStore(db).add(family(QStringLiteral("Kaya"), QDate(2026, 1, 21)));
    DC_VERIFY_OK(kaya);
    DC_VERIFY_OK(AssignmentStore(db).assign(kaya->id, duoId.value(), QDate(2026, 2, 1)));
    HouseholdMember member;
    member.familyId = kaya->id;
    member.firstName = QStringLiteral("Noor & Sem");
    member.role = MemberRole::Child;
    member.birthYear = 2019;
    DC_VERIFY_OK(FamilyStore(db).addMember(member));
    Visit v;
    v.duoId = duoId.value();
    v.familyId = kaya->id;
    v.start = QDateTime(QDate(2026, 3, 11), QTime(10, 0));
    auto visit = VisitStore(db).add(v);
    DC_VERIFY_OK(visit);

    m_window->workspace()->visitActions()->openVisit(visit.value());
    VisitReportDialog *dialog = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *widget : QApplication::allWidgets())
            if (auto *found = qobject_cast<VisitReportDialog *>(widget))
                dialog = found;
        return dialog != nullptr;
    }());
    QStringList seen;
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
        seen << shown(box->text());
    const QString all = seen.join(QLatin1String(" | "));
    QVERIFY2(all.contains(QLatin1String("Lotte & Bram Jansen")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Noor & Sem")), qPrintable(all));
}

void TestNamesInMenus::reviewFeedbackLabels()
{
    FeedbackPanel panel{ReviewFeedback()};
    const QString duo = QStringLiteral("Hatice Doğan & Marieke de Graaf");
    panel.setDuo(7, duo);
    panel.setVisit(9, QStringLiteral("G-2026-0042, Kind & Gezin"));
    QStringList seen;
    for (QLabel *label : panel.findChildren<QLabel *>())
        if (label->buddy())
            seen << shown(label->text());
    const QString all = seen.join(QLatin1String(" | "));
    QVERIFY2(all.contains(duo), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Kind & Gezin")), qPrintable(all));
}

QTEST_MAIN(TestNamesInMenus)
#include "TestNamesInMenus.moc"
