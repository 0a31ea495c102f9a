#pragma once
// The visit report, opened by "Mark Done…" on a visit (or on a done visit to correct it): who
// was present, what the trusted person and the professional each did, the life domains and
// goals worked on, notes, the follow-up actions agreed (each with one of the duo as owner and a
// due date), a note only the duo's trusted person sees, and a safety concern when there are
// signals of unsafety. Checked as you type; saved as one undoable step.

#include "EditDialog.h"
#include "domain/Domain.h"
#include "services/CurrentUser.h"
#include "storage/VisitReportStore.h"

#include <QMap>

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

class VisitReportDialog : public EditDialog
{
    Q_OBJECT
public:
    enum FollowUpColumn { DescriptionColumn, OwnerColumn, DueColumn };

    VisitReportDialog(EditCommands &commands, qint64 visitId, const CurrentUser &user,
                      QWidget *parent = nullptr);

    // The visit was done already: the form corrects its report.
    bool isCorrecting() const { return m_correcting; }
    // What the form says now.
    VisitOutcome outcome() const;

    QCheckBox *trustedPersonPresent() const { return m_trustedPerson; }
    QCheckBox *professionalPresent() const { return m_professional; }
    QCheckBox *memberBox(qint64 memberId) const { return m_members.value(memberId); }
    QCheckBox *topicBox(LifeDomain domain) const { return m_topics.value(domain); }
    QListWidget *goalList() const { return m_goals; }
    QTableWidget *followUpTable() const { return m_followUps; }
    QPlainTextEdit *confidentialNoteField() const { return m_confidential; }
    QGroupBox *confidentialBox() const { return m_confidentialBox; }
    QCheckBox *concernBox() const { return m_raiseConcern; }
    QCheckBox *askDebriefBox() const { return m_askDebrief; }
    QPlainTextEdit *concernField() const { return m_concern; }

public slots:
    // A new row: the current user as owner when they are one of the duo, due a week after the
    // visit; the description field gets the focus.
    void addFollowUpRow();
    void removeFollowUpRow();

protected:
    Problem problem() const override;
    Status save() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool load(qint64 visitId);
    QWidget *buildPresence();
    QWidget *buildTasks();
    QWidget *buildTopics();
    QWidget *buildGoals();
    QWidget *buildNotes();
    QWidget *buildFollowUps();
    QWidget *buildConfidential();
    QWidget *buildConcern();
    void insertFollowUpRow(const FollowUp &followUp);
    void selectFollowUpRow(int row, int column);
    QList<FollowUp> followUps() const;
    void fill();

    CurrentUser m_user;
    QString m_loadProblem;
    bool m_correcting = false;
    bool m_writesNote = false; // the user is the duo's trusted person
    bool m_selectingRow = false;
    Visit m_visit;
    Duo m_duo;
    QList<HouseholdMember> m_household;
    QList<Goal> m_goalsOfDay;
    std::optional<VisitReport> m_report;
    QList<FollowUp> m_storedFollowUps;

    QCheckBox *m_trustedPerson = nullptr;
    QCheckBox *m_professional = nullptr;
    QMap<qint64, QCheckBox *> m_members;
    QPlainTextEdit *m_trustedPersonTasks = nullptr;
    QPlainTextEdit *m_professionalTasks = nullptr;
    QMap<LifeDomain, QCheckBox *> m_topics;
    QListWidget *m_goals = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_followUps = nullptr;
    QGroupBox *m_confidentialBox = nullptr;
    QPlainTextEdit *m_confidential = nullptr;
    QCheckBox *m_raiseConcern = nullptr;
    QCheckBox *m_askDebrief = nullptr;
    QPlainTextEdit *m_concern = nullptr;
};
