#pragma once
// The "Today" start page of the current user: the day's visits, follow-up actions due or
// overdue, the supervisor's feedback for the user's duos, referrals that waited too long for an
// answer, and families without a visit for more than N days (N is a setting, changed right here).
// Everything is read for the user chosen under "Working as"; a coordinator sees all. Lists are
// small and bounded (one day, one user), so plain tree widgets hold them. A new database shows its
// first steps instead (FirstSteps), each a button to the dialog it needs; a visit to a family
// without consent for home visits is marked.

#include "services/CurrentUser.h"

#include <QDate>
#include <QMap>
#include <QTimer>
#include <QWidget>

class ChangeNotifier;
class Database;
class EmergencyAccessList;
class QGroupBox;
class SupervisionFeedbackList;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

class TodayPage : public QWidget
{
    Q_OBJECT
public:
    // The first steps of a new database, in the order they are taken.
    enum class FirstStep { Organisation, Workers, Duo, Family, DemoData };
    Q_ENUM(FirstStep)

    TodayPage(Database &db, ChangeNotifier *notifier, QWidget *parent = nullptr);

    // The day the page shows; a null date means the real today at every reload.
    void setDay(const QDate &day);
    void setUser(const CurrentUser &user);

    QTreeWidget *visitList() const { return m_visits; }
    QTreeWidget *followUpList() const { return m_followUps; }
    QTreeWidget *quietList() const { return m_quiet; }
    // Referrals of the user (everyone's for a coordinator) waiting too long for an answer.
    QTreeWidget *referralList() const { return m_referrals; }
    // A coordinator's: debriefs asked for and not held yet.
    QTreeWidget *debriefList() const { return m_debriefs; }
    QSpinBox *quietDays() const { return m_quietDays; }
    // The supervisor's feedback for the user's duos.
    SupervisionFeedbackList *feedback() const { return m_feedback; }
    QGroupBox *firstSteps() const { return m_firstSteps; }
    QPushButton *firstStepButton(FirstStep step) const { return m_stepButtons.value(step); }

public slots:
    void reload();

signals:
    void failed(const QString &message);
    void visitActivated(qint64 visitId);
    void familyActivated(qint64 familyId);
    void debriefActivated(qint64 debriefId);
    // A follow-up action was ticked off (done) or its tick taken away.
    void followUpDoneRequested(qint64 followUpId, bool done);
    // The user asked to change who they are working as.
    void changeUserRequested();
    // A first step's button was pressed: open its dialog (or load the demo data).
    void firstStepRequested(TodayPage::FirstStep step);

private:
    QDate day() const { return m_day.isValid() ? m_day : QDate::currentDate(); }
    QTreeWidget *makeList(const QString &name, const QStringList &headers);
    static void fitToRows(QTreeWidget *list);
    void fillVisits();
    void fillFollowUps();
    void fillReferrals();
    void fillDebriefs();
    void fillQuiet();
    QGroupBox *buildFirstSteps();
    // Shows the steps not taken yet; false when every step was taken.
    bool fillFirstSteps();
    void activate(QTreeWidgetItem *item);

    Database &m_db;
    CurrentUser m_user;
    QDate m_day;
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_visitsTitle = nullptr;
    QLabel *m_followUpsTitle = nullptr;
    QLabel *m_quietTitle = nullptr;
    QTreeWidget *m_visits = nullptr;
    QTreeWidget *m_followUps = nullptr;
    QTreeWidget *m_quiet = nullptr;
    QLabel *m_referralsTitle = nullptr;
    QTreeWidget *m_referrals = nullptr;
    QWidget *m_referralsSection = nullptr;
    SupervisionFeedbackList *m_feedback = nullptr;
    QLabel *m_debriefsTitle = nullptr;
    QTreeWidget *m_debriefs = nullptr;
    QWidget *m_debriefsSection = nullptr;
    QSpinBox *m_quietDays = nullptr;
    QWidget *m_quietSection = nullptr;
    EmergencyAccessList *m_emergency = nullptr;
    QGroupBox *m_firstSteps = nullptr;
    QMap<FirstStep, QPushButton *> m_stepButtons;
    QMap<FirstStep, QLabel *> m_stepDone;
    QMap<FirstStep, QLabel *> m_stepText;
    QTimer m_reloadTimer;
    // While the lists are filled, a tick set by the program is not the user's.
    bool m_filling = false;
};
