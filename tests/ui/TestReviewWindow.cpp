// Review mode as a supervisor uses it: a package made from the supervision test world opens
// (plaintext, or encrypted after the passphrase was asked, again after a wrong one); a changed
// package is refused with what differs; the figures shown are the package's; the filters narrow
// the visit log; feedback is written, saved beside the package and the package still verifies;
// closing with unsaved feedback asks first; the review is saved as a PDF.

#include "MessageBox.h"
#include "SupervisionWorld.h"
#include "UiTestSupport.h"
#include "exchange/KnownSenders.h"
#include "exchange/SigningKey.h"
#include "exchange/PackageCrypto.h"
#include "exchange/ReviewFeedback.h"
#include "exchange/SupervisionPackageWriter.h"
#include "review/DuoFiguresView.h"
#include "review/DuoNetworkTable.h"
#include "review/FeedbackPanel.h"
#include "review/PackageVisitModel.h"
#include "review/PassphrasePrompt.h"
#include "review/ReviewFilterBar.h"
#include "review/ReviewFilterProxy.h"
#include "review/ReviewWindow.h"
#include "review/VisitsPerMonthChart.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStackedBarSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>

#include <algorithm>

namespace {
const PackageCrypto::KdfCost Cheap{1, 8 * 1024 * 1024};
const QString Passphrase = QStringLiteral("supervisie-2026");
} // namespace

class TestReviewWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsThePackagesFigures_data();
    void showsThePackagesFigures();
    void showsTheNetworkPerDuo();
    void olderPackageSaysItHasNoNetwork();
    void wrongPassphraseIsAskedAgain();
    void cancellingThePassphraseOpensNothing();
    void changedPackageIsRefused();
    void strangersPackageIsOpenedOnlyWhenTrusted_data();
    void strangersPackageIsOpenedOnlyWhenTrusted();
    void bannerSaysWhoSigned();
    void filtersTheVisitLog();
    void feedbackIsSavedBesideThePackage_data();
    void feedbackIsSavedBesideThePackage();
    void closingAsksAboutUnsavedFeedback();
    void savesTheReviewAsPdf();
    // Issue 13, point 20: nothing asks to select a visit or duo once one is selected.
    void placeholdersFollowTheSelection();

private:
    QString exportPackage(const QString &passphrase);
    // Opens through ReviewWindow::open, answering the passphrase question in advance.
    ReviewWindow *openReview(const QString &path, const QString &passphrase = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SupervisionWorld::World m_world;
    QList<QPointer<ReviewWindow>> m_windows;
};

void TestReviewWindow::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestReviewWindow::init()
{
    UiTestSupport::failOnWarnings();
    const QString error =
        SupervisionWorld::makeInFolder(&m_dir, &m_db, &m_world, QStringLiteral("source.sqlite"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestReviewWindow::cleanup()
{
    for (const QPointer<ReviewWindow> &window : std::as_const(m_windows))
        delete window.data();
    m_windows.clear();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    PassphrasePrompt::setNextAnswers({});
    m_db.reset();
    m_dir.reset();
}

QString TestReviewWindow::exportPackage(const QString &passphrase)
{
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.request.pseudonymize = true;
    options.request.passphrase = passphrase;
    options.exportedBy = QStringLiteral("Coördinator");
    options.actor = Actor::commandLine();
    options.kdfCost = Cheap;
    const QString path = m_dir->filePath(QStringLiteral("feb-mrt.duosup"));
    auto written = SupervisionPackageWriter::write(*m_db, path, options);
    if (!written)
        qInfo("%s", qPrintable(written.message()));
    return written ? path : QString();
}

ReviewWindow *TestReviewWindow::openReview(const QString &path, const QString &passphrase)
{
    PassphrasePrompt::setNextAnswers(passphrase.isEmpty() ? QStringList()
                                                          : QStringList{passphrase});
    ReviewWindow *window = ReviewWindow::open(path);
    m_windows << window;
    return window;
}

void TestReviewWindow::showsThePackagesFigures_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("plaintext") << QString();
    QTest::newRow("encrypted") << Passphrase;
}

void TestReviewWindow::showsThePackagesFigures()
{
    QFETCH(QString, passphrase);
    const QString path = exportPackage(passphrase);
    QVERIFY(!path.isEmpty());
    ReviewWindow *window = openReview(path, passphrase);
    QVERIFY(window);
    QCOMPARE(PassphrasePrompt::askedCount(), passphrase.isEmpty() ? 0 : 1);
    QVERIFY(window->isVisible());
    QVERIFY(window->windowTitle().contains(QLatin1String("feb-mrt.duosup")));
    QAbstractItemModelTester tester(window->visitModel());

    auto expected = window->package().duoFigures();
    DC_VERIFY_OK(expected);
    QCOMPARE(expected.value().size(), 2);
    QTableWidget *table = window->figures()->figuresTable();
    QCOMPARE(table->rowCount(), int(expected.value().size()));
    int done = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const DuoFigures &f = expected.value().at(row);
        auto text = [&](int column) {
            return table->item(row, column)->text();
        };
        QCOMPARE(table->item(row, DuoFiguresView::DuoName)->data(Qt::UserRole).toLongLong(),
                 f.duo.id);
        QCOMPARE(text(DuoFiguresView::DuoName), f.duo.displayName());
        QCOMPARE(text(DuoFiguresView::Families), QString::number(f.families));
        QCOMPARE(text(DuoFiguresView::Done), QString::number(f.done));
        QCOMPARE(text(DuoFiguresView::Planned), QString::number(f.planned));
        QCOMPARE(text(DuoFiguresView::CancellationRate),
                 DuoFiguresView::percent(f.cancellationRate()));
        QCOMPARE(text(DuoFiguresView::NoShowRate), DuoFiguresView::percent(f.noShowRate()));
        QCOMPARE(text(DuoFiguresView::BothPresent), DuoFiguresView::percent(f.bothPresentShare()));
        QCOMPARE(text(DuoFiguresView::OverdueFollowUps), QString::number(f.overdueFollowUps));
        QCOMPARE(text(DuoFiguresView::AdjustOrStop), QString::number(f.adjustOrStopEvaluations));
        QCOMPARE(text(DuoFiguresView::SafetyConcerns), QString::number(f.safetyConcerns));
        done += f.done;
    }
    // Duo A: done 2 of 4 due, 1 cancelled and 1 no-show: 25% each.
    QCOMPARE(table->item(0, DuoFiguresView::CancellationRate)->text(), QStringLiteral("25%"));

    auto last = window->package().lastVisits();
    DC_VERIFY_OK(last);
    QCOMPARE(window->figures()->lastVisitsTable()->rowCount(), int(last.value().size()));

    // The chart of all duos together adds up to the done visits of the figures.
    QBarSet *doneSet = window->chart()->series()->barSets().at(0);
    QCOMPARE(doneSet->count(), 2); // February and March
    QCOMPARE(int(doneSet->sum()), done);
    // Selecting a duo in the figures shows that duo's months.
    table->selectRow(1);
    QCOMPARE(window->chart()->shownDuo(), expected.value().at(1).duo.id);
    QCOMPARE(int(window->chart()->series()->barSets().at(0)->sum()), expected.value().at(1).done);

    QCOMPARE(window->visitModel()->rowCount(), m_world.visitsInPeriod);
    QCOMPARE(window->filterBar()->countLabel()->text(),
             QStringLiteral("%1 visit(s)").arg(m_world.visitsInPeriod));
}

void TestReviewWindow::showsTheNetworkPerDuo()
{
    const QString path = exportPackage(QString());
    QVERIFY(!path.isEmpty());
    ReviewWindow *window = openReview(path);
    QVERIFY(window);
    QTabWidget *tabs = window->figures()->perDuoTabs();
    DuoNetworkTable *network = window->figures()->networkTable();
    // The supervisor turns to the second tab.
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(tabs->currentWidget(), network);
    QVERIFY(network->isVisible());
    QCOMPARE(network->rowCount(), 2);
    auto text = [&](int row, int column) {
        return network->item(row, column)->text();
    };
    // Duo A: a referral to specialist care, declined; its family's homework class stopped
    // because it did not help; a debrief still open. Duo B: a referral without an answer.
    QCOMPARE(network->item(0, DuoNetworkTable::DuoName)->data(Qt::UserRole).toLongLong(),
             m_world.fixture.duoA);
    QCOMPARE(text(0, DuoNetworkTable::Referrals), QStringLiteral("1"));
    QCOMPARE(text(0, DuoNetworkTable::ToSpecialistCare), QStringLiteral("1"));
    QCOMPARE(text(0, DuoNetworkTable::Declined), QStringLiteral("1"));
    QCOMPARE(text(0, DuoNetworkTable::DaysToAnswer), QStringLiteral("6"));
    QCOMPARE(text(0, DuoNetworkTable::SupportStopped), QStringLiteral("1"));
    QCOMPARE(text(0, DuoNetworkTable::OpenDebriefs), QStringLiteral("1"));
    QCOMPARE(text(1, DuoNetworkTable::ToOtherFormalCare), QStringLiteral("1"));
    QCOMPARE(text(1, DuoNetworkTable::Unanswered), QStringLiteral("1"));
    QCOMPARE(text(1, DuoNetworkTable::DaysToAnswer), QStringLiteral("–"));
    QCOMPARE(text(1, DuoNetworkTable::SupportStopped), QStringLiteral("0"));
}

void TestReviewWindow::olderPackageSaysItHasNoNetwork()
{
    // A package made before format 3, copied as a supervisor would receive it.
    const QString path = m_dir->filePath(QStringLiteral("voorjaar.duosup"));
    QVERIFY(QFile::copy(QStringLiteral(DUOCOACH_TEST_DATA "/format2.duosup"), path));
    ReviewWindow *window = openReview(path);
    QVERIFY(window);
    QVERIFY(window->figures()->figuresTable()->rowCount() > 0);
    DuoNetworkTable *network = window->figures()->networkTable();
    QCOMPARE(network->rowCount(), 1);
    QVERIFY(network->item(0, 0)->text().contains(QLatin1String("export the period again")));
}

void TestReviewWindow::wrongPassphraseIsAskedAgain()
{
    const QString path = exportPackage(Passphrase);
    PassphrasePrompt::setNextAnswers({QStringLiteral("niet-het-wachtwoord"), Passphrase});
    MessageBox::setNextAnswer(QMessageBox::Ok); // not asked: a message here fails the test
    ReviewWindow *window = ReviewWindow::open(path);
    m_windows << window;
    QVERIFY2(window, qPrintable(MessageBox::lastText()));
    QCOMPARE(PassphrasePrompt::askedCount(), 2);
    QVERIFY(window->package().isEncrypted());
}

void TestReviewWindow::cancellingThePassphraseOpensNothing()
{
    const QString path = exportPackage(Passphrase);
    PassphrasePrompt::setNextAnswers({QStringLiteral("niet-het-wachtwoord"), QString()});
    MessageBox::setNextAnswer(QMessageBox::Ok); // not asked: a message here fails the test
    QVERIFY2(!ReviewWindow::open(path), qPrintable(MessageBox::lastText()));
    QCOMPARE(PassphrasePrompt::askedCount(), 2);
    QVERIFY(!QApplication::activeWindow());
}

void TestReviewWindow::changedPackageIsRefused()
{
    const QString path = exportPackage({});
    const QString error = TestSupport::rawExec(
        path, {QStringLiteral("UPDATE visits SET duration_minutes = 90 WHERE id = "
                              "(SELECT min(id) FROM visits)")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!ReviewWindow::open(path));
    const QString said = MessageBox::lastText();
    QVERIFY2(said.contains(QLatin1String("was changed after it was exported")), qPrintable(said));
    // The differences are listed, one a line.
    QVERIFY2(said.contains(QStringLiteral("\n• ")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("visits")), qPrintable(said));
}

void TestReviewWindow::strangersPackageIsOpenedOnlyWhenTrusted_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<bool>("remembered");
    QTest::newRow("do not open") << int(QMessageBox::Cancel) << false << false;
    QTest::newRow("open once") << int(QMessageBox::Ignore) << true << false;
    QTest::newRow("trust this sender") << int(QMessageBox::Yes) << true << true;
}

// A package signed by a key this computer does not know (here: the exporting database's key
// file moved away, as on the supervisor's computer) is opened only on the user's word, and
// trusting its sender is remembered.
void TestReviewWindow::strangersPackageIsOpenedOnlyWhenTrusted()
{
    QFETCH(int, answer);
    QFETCH(bool, opens);
    QFETCH(bool, remembered);
    const QString path = exportPackage(QString());
    QVERIFY(!path.isEmpty());
    auto identity = m_db->scalar(QStringLiteral("SELECT identity FROM database_identity"));
    QVERIFY(identity);
    const QString keyFile =
        QDir(SigningKey::folder()).filePath(identity->toString() + QStringLiteral(".key"));
    QVERIFY(QFile::rename(keyFile, keyFile + QStringLiteral(".elders")));
    auto package = SupervisionPackage::open(path);
    QVERIFY(package);
    const QString fingerprint = package.value()->manifest().signer.fingerprint;
    QVERIFY(!KnownSenders::load().contains(fingerprint));

    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    ReviewWindow *window = openReview(path);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("does not know")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(fingerprint));
    QCOMPARE(window != nullptr, opens);
    QCOMPARE(KnownSenders::load().contains(fingerprint), remembered);
    if (window) {
        auto *banner = window->findChild<QLabel *>(QStringLiteral("senderText"));
        QVERIFY(banner);
        QVERIFY2(banner->text().startsWith(remembered ? QLatin1String("Signed by")
                                                      : QLatin1String("Unknown sender")),
                 qPrintable(banner->text()));
    }
}

void TestReviewWindow::bannerSaysWhoSigned()
{
    // This computer's own export: no question, and the banner names the signer.
    const QString path = exportPackage(QString());
    MessageBox::setNextAnswer(QMessageBox::Ok); // not asked: a message here fails the test
    ReviewWindow *window = openReview(path);
    QVERIFY(window);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("senderText"));
    QVERIFY(banner);
    QVERIFY2(banner->text().contains(QLatin1String("Signed by the database \"source.sqlite\"")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(window->package().manifest().signer.fingerprint));

    // An older package opens, marked unsigned.
    const QString older = m_dir->filePath(QStringLiteral("voorjaar.duosup"));
    QVERIFY(QFile::copy(QStringLiteral(DUOCOACH_TEST_DATA "/format2.duosup"), older));
    ReviewWindow *old = openReview(older);
    QVERIFY(old);
    banner = old->findChild<QLabel *>(QStringLiteral("senderText"));
    QVERIFY(banner);
    QVERIFY2(banner->text().startsWith(QLatin1String("Unsigned")), qPrintable(banner->text()));
}

void TestReviewWindow::filtersTheVisitLog()
{
    const QString path = exportPackage({});
    ReviewWindow *window = openReview(path);
    QVERIFY(window);
    window->tabs()->setCurrentIndex(1);
    ReviewFilterBar *bar = window->filterBar();
    auto count = [&](const PackageVisitFilter &filter) {
        auto visits = window->package().visits(filter);
        return visits ? int(visits.value().size()) : -1;
    };
    QCOMPARE(window->proxy()->rowCount(), m_world.visitsInPeriod);

    // Duo B, chosen from the list with the keyboard as a user does.
    const int duoB = bar->duos()->findData(m_world.fixture.duoB);
    QVERIFY(duoB > 0);
    for (int i = 0; i < duoB; ++i)
        QTest::keyClick(bar->duos(), Qt::Key_Down);
    QCOMPARE(bar->duos()->currentIndex(), duoB);
    PackageVisitFilter filter;
    filter.duoId = m_world.fixture.duoB;
    QCOMPARE(window->proxy()->rowCount(), count(filter));
    QCOMPARE(window->proxy()->rowCount(), 3);
    QCOMPARE(bar->countLabel()->text(),
             QStringLiteral("3 of %1 visit(s)").arg(m_world.visitsInPeriod));

    // Cancelled only.
    bar->statuses()->setCurrentIndex(bar->statuses()->findData(int(VisitStatus::Cancelled)));
    filter.status = VisitStatus::Cancelled;
    QCOMPARE(window->proxy()->rowCount(), count(filter));
    QCOMPARE(window->proxy()->rowCount(), 1);

    // Back to all duos and statuses; the period narrowed to March.
    bar->duos()->setCurrentIndex(0);
    bar->statuses()->setCurrentIndex(0);
    bar->fromField()->setDate(QDate(2026, 3, 1));
    filter = {};
    filter.from = QDate(2026, 3, 1);
    filter.to = SupervisionWorld::to();
    QCOMPARE(window->proxy()->rowCount(), count(filter));
    QCOMPARE(window->proxy()->rowCount(), 3);

    // Only visits a safety concern was raised on, clicked.
    bar->fromField()->setDate(SupervisionWorld::from());
    QTest::mouseClick(bar->concernsBox(), Qt::LeftButton, {},
                      QPoint(8, bar->concernsBox()->height() / 2));
    QVERIFY(bar->concernsBox()->isChecked());
    filter = {};
    filter.onlyWithSafetyConcerns = true;
    QCOMPARE(window->proxy()->rowCount(), count(filter));
    QVERIFY(window->proxy()->rowCount() >= 1);
    for (int row = 0; row < window->proxy()->rowCount(); ++row)
        QVERIFY(window->proxy()->index(row, 0).data(PackageVisitModel::ConcernsRole).toInt() > 0);

    // Unchecked again, and sorted newest first: every visit, the last day's on top.
    QTest::mouseClick(bar->concernsBox(), Qt::LeftButton, {},
                      QPoint(8, bar->concernsBox()->height() / 2));
    QCOMPARE(window->proxy()->rowCount(), m_world.visitsInPeriod);
    window->visitTable()->sortByColumn(PackageVisitModel::Start, Qt::DescendingOrder);
    const QDate newest = window->proxy()->index(0, 0).data(PackageVisitModel::DateRole).toDate();
    QCOMPARE(newest, QDate(2026, 3, 31));
}

void TestReviewWindow::feedbackIsSavedBesideThePackage_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("plaintext") << QString();
    // Issue 13, point 9: feedback on an encrypted package is encrypted the same way.
    QTest::newRow("encrypted") << Passphrase;
}

void TestReviewWindow::feedbackIsSavedBesideThePackage()
{
    QFETCH(QString, passphrase);
    const QString path = exportPackage(passphrase);
    const QByteArray before = TestSupport::sha256(path);
    ReviewWindow *window = openReview(path, passphrase);
    QVERIFY(window);
    FeedbackPanel *panel = window->feedbackPanel();
    QVERIFY(!panel->duoEditor()->isEnabled());
    QVERIFY(!panel->visitEditor()->isEnabled());

    QTest::keyClicks(panel->generalEditor(), QStringLiteral("Regelmatig bezocht, goed zo."));
    QVERIFY(window->isWindowModified());

    // The second duo, selected in the figures.
    QTableWidget *figures = window->figures()->figuresTable();
    figures->selectRow(1);
    const qint64 duo = figures->item(1, DuoFiguresView::DuoName)->data(Qt::UserRole).toLongLong();
    QVERIFY(panel->duoEditor()->isEnabled());
    // The duo's name reads as written above its field: its "&" is no shortcut marker.
    const QString duoName = figures->item(1, DuoFiguresView::DuoName)->text();
    QVERIFY(duoName.contains(QLatin1Char('&')));
    const QList<QLabel *> labels = panel->findChildren<QLabel *>();
    const auto label = std::find_if(labels.begin(), labels.end(), [panel](QLabel *l) {
        return l->buddy() == panel->duoEditor();
    });
    QVERIFY(label != labels.end());
    QVERIFY2(
        (*label)->text().contains(QString(duoName).replace(QLatin1Char('&'), QLatin1String("&&"))),
        qPrintable((*label)->text()));
    QTest::keyClicks(panel->duoEditor(), QStringLiteral("Let op de afwezigheid van de VP."));

    // The first visit of the log, selected there.
    window->tabs()->setCurrentIndex(1);
    window->visitTable()->selectRow(0);
    const qint64 visit = window->proxy()->index(0, 0).data(PackageVisitModel::IdRole).toLongLong();
    QVERIFY(panel->visitEditor()->isEnabled());
    QTest::keyClicks(panel->visitEditor(), QStringLiteral("Mooi verslag."));
    // The visit is marked in the log.
    QVERIFY(!window->proxy()->index(0, 0).data(Qt::DecorationRole).isNull());

    QAction *save = window->findChild<QAction *>(QStringLiteral("saveFeedbackAction"));
    QVERIFY(save && save->isEnabled());
    save->trigger();
    QVERIFY(!window->isWindowModified());
    QVERIFY(!save->isEnabled());

    QVERIFY(QFile::exists(path + QStringLiteral(".feedback.json")));
    QCOMPARE(ReviewFeedback::pathFor(path), path + QStringLiteral(".feedback.json"));
    QCOMPARE(TestSupport::permissions(ReviewFeedback::pathFor(path)), TestSupport::OwnerOnly);
    QFile written(ReviewFeedback::pathFor(path));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    if (!passphrase.isEmpty()) {
        // Not one word of the notes readable on the disk, and nothing without the passphrase.
        QVERIFY(PackageCrypto::isEncrypted(bytes));
        for (const char *text : {"Regelmatig", "afwezigheid", "Mooi verslag", "general"})
            QVERIFY2(!bytes.contains(text), text);
        QVERIFY(!ReviewFeedback::load(path, window->package().manifest().contentSha256));
    } else {
        QVERIFY(bytes.contains("Mooi verslag."));
    }
    auto saved = ReviewFeedback::load(path, window->package().manifest().contentSha256, passphrase);
    DC_VERIFY_OK(saved);
    QCOMPARE(saved.value().general(), QStringLiteral("Regelmatig bezocht, goed zo."));
    QCOMPARE(saved.value().forDuo(duo), QStringLiteral("Let op de afwezigheid van de VP."));
    QCOMPARE(saved.value().forVisit(visit), QStringLiteral("Mooi verslag."));

    // The package itself is untouched and still verifies.
    QCOMPARE(TestSupport::sha256(path), before);
    auto reopened = SupervisionPackage::open(path, passphrase);
    DC_VERIFY_OK(reopened);
    QVERIFY(reopened.value()->verify().intact());

    // Opened again, the window shows the feedback saved.
    window->close();
    ReviewWindow *again = openReview(path, passphrase);
    QVERIFY(again);
    QCOMPARE(again->feedbackPanel()->generalEditor()->toPlainText(),
             QStringLiteral("Regelmatig bezocht, goed zo."));
    QVERIFY(!again->isWindowModified());
}

void TestReviewWindow::closingAsksAboutUnsavedFeedback()
{
    const QString path = exportPackage({});
    QPointer<ReviewWindow> window = openReview(path);
    QVERIFY(window);
    QTest::keyClicks(window->feedbackPanel()->generalEditor(), QStringLiteral("Nog niet af"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Save it before closing?")));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window->close());
    QTRY_VERIFY(!window); // deleted on close
    QVERIFY(!QFile::exists(ReviewFeedback::pathFor(path)));

    // Save: closes and keeps the feedback.
    window = openReview(path);
    QVERIFY(window);
    QTest::keyClicks(window->feedbackPanel()->generalEditor(), QStringLiteral("Bewaard"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(window->close());
    auto saved = ReviewFeedback::load(path);
    DC_VERIFY_OK(saved);
    QCOMPARE(saved.value().general(), QStringLiteral("Bewaard"));
}

void TestReviewWindow::savesTheReviewAsPdf()
{
    const QString path = exportPackage(Passphrase);
    ReviewWindow *window = openReview(path, Passphrase);
    QVERIFY(window);
    const QString pdf = m_dir->filePath(QStringLiteral("review.pdf"));
    QVERIFY(window->saveAsPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
}

void TestReviewWindow::placeholdersFollowTheSelection()
{
    ReviewWindow *window = openReview(exportPackage({}));
    QVERIFY(window);
    FeedbackPanel *panel = window->feedbackPanel();
    auto *report = window->findChild<QTextEdit *>(QStringLiteral("visitDetails"));
    QVERIFY(report);
    QVERIFY(panel->visitEditor()->placeholderText().contains(QLatin1String("Select")));
    QVERIFY(panel->duoEditor()->placeholderText().contains(QLatin1String("Select")));

    window->tabs()->setCurrentIndex(1);
    window->visitTable()->selectRow(0);
    QVERIFY(panel->visitEditor()->isEnabled());
    QVERIFY(panel->visitEditor()->toPlainText().isEmpty());
    QVERIFY2(!panel->visitEditor()->placeholderText().contains(QLatin1String("Select")),
             qPrintable(panel->visitEditor()->placeholderText()));
    QVERIFY(!report->toPlainText().isEmpty());
    QVERIFY2(!report->placeholderText().contains(QLatin1String("Select")),
             qPrintable(report->placeholderText()));

    window->figures()->figuresTable()->selectRow(0);
    QVERIFY(panel->duoEditor()->isEnabled());
    QVERIFY2(!panel->duoEditor()->placeholderText().contains(QLatin1String("Select")),
             qPrintable(panel->duoEditor()->placeholderText()));

    // Nothing selected (a filter leaves no visit): the hints come back.
    window->visitTable()->clearSelection();
    window->visitTable()->setCurrentIndex(QModelIndex());
    QVERIFY(panel->visitEditor()->placeholderText().contains(QLatin1String("Select")));
}

QTEST_MAIN(TestReviewWindow)
#include "TestReviewWindow.moc"
