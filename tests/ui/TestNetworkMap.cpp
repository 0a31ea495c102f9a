// The family's network map in the window (issue 16), as a duo coach draws it: a person added
// through the form (checked as it is typed), a node dragged with the mouse to another ring and
// place, opened and removed by keyboard, and the picture saved as PNG and PDF. Every step is
// undone and redone with the database exactly as before and after.

#include "MessageBox.h"
#include "NetworkMapPanel.h"
#include "NetworkMapView.h"
#include "UiTestSupport.h"
#include "commands/EditCommands.h"
#include "dialogs/MapEntryDialog.h"
#include "services/ChangeNotifier.h"
#include "storage/NetworkMapStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsItem>
#include <QImage>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace TestSupport;

class TestNetworkMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void personAddedThroughTheForm();
    void dragMovesToAnotherRing();
    void keyboardOpensAndRemoves();
    void savedAsPngAndPdf();

private:
    qint64 addEntry(const QString &role, const QString &name, int closeness, double angle);
    QPoint onScreen(int closeness, double angle) const;

    UiTestSupport::EditingSetup m_s;
    NetworkMapPanel *m_panel = nullptr;
};

void TestNetworkMap::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestNetworkMap::init()
{
    UiTestSupport::failOnWarnings();
    QCOMPARE(m_s.open(QStringLiteral("map.sqlite")), QString());
    auto *layout = new QVBoxLayout(m_s.window.get());
    m_panel = new NetworkMapPanel(*m_s.db);
    layout->addWidget(m_panel);
    m_panel->setCommands(m_s.commands.get());
    QVERIFY(m_panel->showFamily(m_s.fixture.family.id, m_s.fixture.family.caseCode));
    m_s.window->resize(700, 760);
    QVERIFY(m_s.show());
}

void TestNetworkMap::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_s.close();
}

qint64 TestNetworkMap::addEntry(const QString &role, const QString &name, int closeness,
                                double angle)
{
    NetworkMapEntry e;
    e.familyId = m_s.fixture.family.id;
    e.kind = role.isEmpty() ? MapKind::School : MapKind::Relative;
    e.role = role;
    e.name = name;
    e.closeness = closeness;
    e.angle = angle;
    auto id = NetworkMapStore(*m_s.db).add(e);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    m_panel->showFamily(m_s.fixture.family.id, m_s.fixture.family.caseCode);
    return id ? id.value() : 0;
}

QPoint TestNetworkMap::onScreen(int closeness, double angle) const
{
    return m_panel->view()->mapFromScene(NetworkMapView::place(closeness, angle));
}

void TestNetworkMap::personAddedThroughTheForm()
{
    QCOMPARE(m_panel->view()->entries().size(), 0);
    const QByteArray before = contentHash(*m_s.db);
    QTest::mouseClick(m_panel->addButton(), Qt::LeftButton);
    auto *dialog = UiTestSupport::waitForDialog<MapEntryDialog>(m_panel);
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(), QStringLiteral("Give the person's first name."));
    QTest::keyClicks(dialog->roleField(), QStringLiteral("oma"));
    QTest::keyClicks(dialog->nameField(), QStringLiteral("Fatma"));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->ringField()->setCurrentIndex(0);
    dialog->tieField()->setCurrentIndex(dialog->tieField()->findData(int(Tie::Strained)));
    dialog->supportiveField()->setFocus();
    QTest::keyClick(dialog->supportiveField(), Qt::Key_Space);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<MapEntryDialog *>());

    QCOMPARE(m_panel->view()->entries().size(), 1);
    const NetworkMapEntry drawn = m_panel->view()->entries().constFirst();
    QCOMPARE(drawn.name, QStringLiteral("Fatma"));
    QCOMPARE(drawn.closeness, 1);
    QCOMPARE(drawn.tie, Tie::Strained);
    QVERIFY(!drawn.supportive);
    const QByteArray after = contentHash(*m_s.db);

    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
    QCOMPARE(m_panel->view()->entries().size(), 0);
    m_s.commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_s.db), after);
    QCOMPARE(m_panel->view()->entries().size(), 1);
}

void TestNetworkMap::dragMovesToAnotherRing()
{
    const qint64 id = addEntry(QStringLiteral("tante"), QStringLiteral("Leyla"), 1, 0);
    const QByteArray before = contentHash(*m_s.db);
    QWidget *viewport = m_panel->view()->viewport();
    const QPoint from = onScreen(1, 0);
    const QPoint to = onScreen(3, 90);
    UiTestSupport::dragWithMouse(viewport, from, to);

    auto moved = NetworkMapStore(*m_s.db).get(id);
    DC_VERIFY_OK(moved);
    QCOMPARE(moved->closeness, 3);
    QVERIFY2(std::abs(moved->angle - 90) <= 2, qPrintable(QString::number(moved->angle)));
    QCOMPARE(m_panel->view()->selectedId(), id);
    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
    QCOMPARE(m_panel->view()->entries().constFirst().closeness, 1);
}

void TestNetworkMap::keyboardOpensAndRemoves()
{
    addEntry(QStringLiteral("oma"), QStringLiteral("Fatma"), 1, 30);
    const qint64 school = addEntry(QString(), QStringLiteral("Basisschool De Zon"), 3, 200);
    const QByteArray before = contentHash(*m_s.db);
    m_panel->view()->setFocus();
    QVERIFY(!m_panel->editButton()->isEnabled());
    // By ring and then around it: the school comes second.
    QTest::keyClick(m_panel->view(), Qt::Key_Right);
    QTest::keyClick(m_panel->view(), Qt::Key_Right);
    QCOMPARE(m_panel->view()->selectedId(), school);
    QVERIFY(m_panel->editButton()->isEnabled());
    QTest::keyClick(m_panel->view(), Qt::Key_Return);
    auto *dialog = UiTestSupport::waitForDialog<MapEntryDialog>(m_panel);
    QVERIFY(dialog);
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Basisschool De Zon"));
    QVERIFY(!dialog->roleField()->isEnabled()); // an organisation has no role
    dialog->tieField()->setCurrentIndex(dialog->tieField()->findData(int(Tie::Broken)));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<MapEntryDialog *>());
    QCOMPARE(NetworkMapStore(*m_s.db).get(school)->tie, Tie::Broken);

    m_panel->view()->select(school);
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    QCOMPARE(m_panel->view()->entries().size(), 1);
    m_s.commands->undoStack()->undo();
    QCOMPARE(m_panel->view()->entries().size(), 2);
    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
}

void TestNetworkMap::savedAsPngAndPdf()
{
    addEntry(QStringLiteral("oma"), QStringLiteral("Fatma"), 1, 30);
    addEntry(QString(), QStringLiteral("Basisschool De Zon"), 2, 140);
    const QString png = m_s.dir->filePath(QStringLiteral("map.png"));
    DC_VERIFY_OK(m_panel->exportTo(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 600);
    // Something is drawn: not every pixel white.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    int dark = 0;
    for (int y = 0; y < grey.height(); y += 4)
        for (int x = 0; x < grey.width(); x += 4)
            dark += qGray(grey.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 100);

    const QString pdf = m_s.dir->filePath(QStringLiteral("map.pdf"));
    DC_VERIFY_OK(m_panel->exportTo(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // Owner-only, and each saved picture is in the access log as printed.
    QCOMPARE(permissions(pdf), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(m_s.db
                 ->scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE detail = "
                                         "'network_map' AND action = 'print'"))
                 ->toInt(),
             2);

    const QString nowhere = m_s.dir->filePath(QStringLiteral("missing/map.png"));
    auto refused = m_panel->exportTo(nowhere);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("map.png")), qPrintable(refused.message()));
    QVERIFY(!QFileInfo::exists(nowhere));
}

QTEST_MAIN(TestNetworkMap)
#include "TestNetworkMap.moc"
