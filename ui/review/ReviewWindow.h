#pragma once
// Review mode: one supervision package, read-only, in a window of its own. The figures per duo
// with a chart of visits per month and the days since each family's last visit; the visit log,
// sortable and filterable; and the supervisor's feedback, saved beside the package (never in
// it, so it stays verifiable) and printed with the figures as a PDF.
//
// open() is the way in: it asks the passphrase of an encrypted package (again after a wrong
// one), and refuses a package that verify() finds changed, listing what differs, because the
// figures of a changed package would mislead. A package signed by an unknown key is opened only
// when the user says so (SenderCheck); the window's top line says who signed it.

#include "exchange/SupervisionPackage.h"

#include <QMainWindow>

#include <memory>

class DuoFiguresView;
class FeedbackPanel;
class PackageVisitModel;
class QAction;
class QTabWidget;
class QTableView;
class QTextBrowser;
class ReviewFilterBar;
class ReviewFilterProxy;
class VisitsPerMonthChart;

class ReviewWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the package at `path` in a new window, shown, which deletes itself when closed.
    // Null when the user cancelled or the package was refused (then a message box said why).
    static ReviewWindow *open(const QString &path, QWidget *parent = nullptr);
    // The message and the package's problems, as open() shows them for a changed package.
    static QString changedMessage(const QString &name, const PackageCheck &check);

    ReviewWindow(std::unique_ptr<SupervisionPackage> package, const QString &path,
                 QWidget *parent = nullptr);
    ~ReviewWindow() override;

    const SupervisionPackage &package() const { return *m_package; }
    QString path() const { return m_path; }

    DuoFiguresView *figures() const { return m_figures; }
    VisitsPerMonthChart *chart() const { return m_chart; }
    ReviewFilterBar *filterBar() const { return m_filterBar; }
    QTableView *visitTable() const { return m_table; }
    ReviewFilterProxy *proxy() const { return m_proxy; }
    PackageVisitModel *visitModel() const { return m_model; }
    FeedbackPanel *feedbackPanel() const { return m_feedback; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    // Saves the feedback beside the package; true when saved (a failure is shown).
    bool saveFeedback();
    // Writes the review as a PDF to `pdfPath`, or asks where when empty; true when written.
    bool saveAsPdf(const QString &pdfPath = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void load();
    void createMenus();
    void updateTitle();
    void updateCount();
    void showVisit(const QModelIndex &proxyIndex);
    void duoSelected();

    std::unique_ptr<SupervisionPackage> m_package;
    QString m_path;
    QTabWidget *m_tabs = nullptr;
    DuoFiguresView *m_figures = nullptr;
    VisitsPerMonthChart *m_chart = nullptr;
    ReviewFilterBar *m_filterBar = nullptr;
    PackageVisitModel *m_model = nullptr;
    ReviewFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_report = nullptr;
    FeedbackPanel *m_feedback = nullptr;
    QAction *m_saveAction = nullptr;
};
