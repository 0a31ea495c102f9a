#pragma once
// The right-hand side of the Families page: one family with its household, its duo (current
// and earlier) and its latest visits. Read-only; everything is read through the core stores.

#include <QWidget>

class ConfidentialNotesPanel;
class ConsentPanel;
class Database;
class FollowUpsPanel;
class GoalsPanel;
class ReferralsPanel;
class FamilyMeetingsPanel;
class NetworkMapPanel;
class SupportPanel;
class QFormLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QTableWidget;
class SafetyBanner;
class VisitActions;
struct Family;

class FamilyDetailPane : public QWidget
{
    Q_OBJECT
public:
    // How many visits the pane lists: enough to see the rhythm, few enough to read at a glance.
    static constexpr int RecentVisits = 10;

    explicit FamilyDetailPane(Database &db, QWidget *parent = nullptr);

    qint64 familyId() const { return m_familyId; }

    // What the pane says while no family is shown.
    void setHint(const QString &text);

    // The household list; each row's first item holds the member's id (Qt::UserRole).
    QTableWidget *householdTable() const { return m_household; }
    // The Goals section (goals, their scores over time, the latest evaluation).
    GoalsPanel *goalsPanel() const { return m_goals; }
    SupportPanel *supportPanel() const { return m_support; }
    NetworkMapPanel *networkMapPanel() const { return m_networkMap; }
    FamilyMeetingsPanel *meetingsPanel() const { return m_meetings; }
    ReferralsPanel *referralsPanel() const { return m_referrals; }
    // The visit report's parts (issue 4): open safety concerns on top, follow-up actions and
    // the trusted person's own notes under the visits, whose rows open the report (each row's
    // first item holds the visit's id, Qt::UserRole).
    SafetyBanner *safetyBanner() const { return m_banner; }
    FollowUpsPanel *followUpsPanel() const { return m_followUps; }
    ConfidentialNotesPanel *confidentialNotesPanel() const { return m_notes; }
    // Consent, retention and the family's access log (issue 6).
    ConsentPanel *consentPanel() const { return m_consent; }
    QTableWidget *visitsTable() const { return m_visits; }
    void setVisitActions(VisitActions *actions);

public slots:
    // 0 shows the hint.
    void showFamily(qint64 familyId);
    // Reads the family shown again after a change; one that no longer exists (an undone add)
    // gives way to the hint without an error.
    void refresh();

signals:
    void failed(const QString &message);
    // After every showFamily(): the family now shown, 0 for the hint (FamilyReadRecorder).
    void familyShown(qint64 familyId);

private:
    QWidget *createDetails();
    void fillHeader(const Family &family);
    // The rows of the facts box, in the order they are made.
    enum class Fact {
        Address,
        Phone,
        District,
        HomeLanguages,
        PreferredTrustedPerson,
        ReferredBy,
        Closed,
        Count
    };
    void fillFacts(const Family &family);
    bool fillHousehold(qint64 familyId);
    bool fillDuo(const Family &family);
    bool fillVisits(qint64 familyId);

    Database &m_db;
    qint64 m_familyId = 0;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_subtitle = nullptr;
    QFormLayout *m_facts = nullptr;
    QTableWidget *m_household = nullptr;
    QLabel *m_currentDuo = nullptr;
    QTableWidget *m_duoHistory = nullptr;
    GoalsPanel *m_goals = nullptr;
    SupportPanel *m_support = nullptr;
    NetworkMapPanel *m_networkMap = nullptr;
    FamilyMeetingsPanel *m_meetings = nullptr;
    ReferralsPanel *m_referrals = nullptr;
    SafetyBanner *m_banner = nullptr;
    FollowUpsPanel *m_followUps = nullptr;
    ConfidentialNotesPanel *m_notes = nullptr;
    ConsentPanel *m_consent = nullptr;
    VisitActions *m_visitActions = nullptr;
    QGroupBox *m_visitsBox = nullptr;
    QTableWidget *m_visits = nullptr;
    QLabel *m_noVisits = nullptr;
};
