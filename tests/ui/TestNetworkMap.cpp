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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<EditCommands> m_commands;
    std::unique_ptr<QWidget> m_window;
    NetworkMapPanel *m_panel = nullptr;
    Fixture m_f;
};

void TestNetworkMap::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestNetworkMap::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("map.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
    m_notifier = std::make_unique<ChangeNotifier>();
    m_commands = std::make_unique<EditCommands>(*m_db, m_notifier.get());
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_panel = new NetworkMapPanel(*m_db);
    layout->addWidget(m_panel);
    m_panel->setCommands(m_commands.get());
    QVERIFY(m_panel->showFamily(m_f.family.id, m_f.family.caseCode));
    m_window->resize(700, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNetworkMap::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_commands.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestNetworkMap::addEntry(const QString &role, const QString &name, int closeness,
                                double angle)
{
    NetworkMapEntry e;
    e.familyId = m_f.family.id;
    e.kind = role.isEmpty() ? MapKind::School : MapKind::Relative;
    e.role = role;
    e.name = name;
    e.closeness = closeness;
    e.angle = angle;
    auto id = NetworkMapStore(*m_db).add(e);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    m_panel->showFamily(m_f.family.id, m_f.family.caseCode);
    return id ? id.value() : 0;
}

QPoint TestNetworkMap::onScreen(int closeness, double angle) const
{
    return m_panel->view()->mapFromScene(NetworkMapView::place(closeness, angle));
}

void TestNetworkMap::personAddedThroughTheForm()
{
    QCOMPARE(m_panel->view()->entries().size(), 0);
    const QByteArray before = contentHash(*m_db);
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
    const QByteArray after = contentHash(*m_db);

    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(m_panel->view()->entries().size(), 0);
    m_commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_db), after);
    QCOMPARE(m_panel->view()->entries().size(), 1);
}

void TestNetworkMap::dragMovesToAnotherRing()
{
    const qint64 id = addEntry(QStringLiteral("tante"), QStringLiteral("Leyla"), 1, 0);
    const QByteArray before = contentHash(*m_db);
    QWidget *viewport = m_panel->view()->viewport();
    const QPoint from = onScreen(1, 0);
    const QPoint to = onScreen(3, 90);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    // QTest::mouseMove carries no buttons: a drag is sent as the window system would.
    for (int step = 1; step <= 4; ++step) {
        const QPointF at = from + (to - from) * step / 4.0;
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);

    auto moved = NetworkMapStore(*m_db).get(id);
    DC_VERIFY_OK(moved);
    QCOMPARE(moved->closeness, 3);
    QVERIFY2(std::abs(moved->angle - 90) <= 2, qPrintable(QString::number(moved->angle)));
    QCOMPARE(m_panel->view()->selectedId(), id);
    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(m_panel->view()->entries().constFirst().closeness, 1);
}

void TestNetworkMap::keyboardOpensAndRemoves()
{
    addEntry(QStringLiteral("oma"), QStringLiteral("Fatma"), 1, 30);
    const qint64 school = addEntry(QString(), QStringLiteral("Basisschool De Zon"), 3, 200);
    const QByteArray before = contentHash(*m_db);
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
    QCOMPARE(NetworkMapStore(*m_db).get(school)->tie, Tie::Broken);

    m_panel->view()->select(school);
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    QCOMPARE(m_panel->view()->entries().size(), 1);
    m_commands->undoStack()->undo();
    QCOMPARE(m_panel->view()->entries().size(), 2);
    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), before);
}

void TestNetworkMap::savedAsPngAndPdf()
{
    addEntry(QStringLiteral("oma"), QStringLiteral("Fatma"), 1, 30);
    addEntry(QString(), QStringLiteral("Basisschool De Zon"), 2, 140);
    const QString png = m_dir->filePath(QStringLiteral("map.png"));
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

    const QString pdf = m_dir->filePath(QStringLiteral("map.pdf"));
    DC_VERIFY_OK(m_panel->exportTo(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // Owner-only, and each saved picture is in the access log as printed.
    QCOMPARE(permissions(pdf), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE detail = "
                                         "'network_map' AND action = 'print'"))
                 ->toInt(),
             2);

    const QString nowhere = m_dir->filePath(QStringLiteral("missing/map.png"));
    auto refused = m_panel->exportTo(nowhere);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("map.png")), qPrintable(refused.message()));
    QVERIFY(!QFileInfo::exists(nowhere));
}

QTEST_MAIN(TestNetworkMap)
#include "TestNetworkMap.moc"
