#pragma once
// The form of the week planner: plan a home visit (family, date, time, duration, and whether
// it repeats weekly or every two weeks, N times), or move a planned one ("Edit…": date, time,
// duration, and for a visit of a series this one only or all following). Clashes of either
// member of the duo are asked from core as you type and listed in the form; planning then
// stays possible, with the button saying "Plan Anyway", so the user decides knowingly. A family
// without consent for home visits on a day of the plan is warned about the same way (the
// family's page says the consent is missing; the visit may be where it is asked for).

#include "EditDialog.h"
#include "domain/Domain.h"
#include "services/VisitPlanner.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTimeEdit;

class PlanVisitDialog : public EditDialog
{
    Q_OBJECT
public:
    enum Repeat { Once, Weekly, EveryTwoWeeks };

    // Plans a new visit from `start` for one of `duos` (the planner's duo, or the duos the
    // worker shown works in on that day).
    PlanVisitDialog(EditCommands &commands, const QList<Duo> &duos, const QDateTime &start,
                    QWidget *parent = nullptr);
    // Moves the planned visit `visit`.
    PlanVisitDialog(EditCommands &commands, const Visit &visit, QWidget *parent = nullptr);

    bool isMove() const { return m_visit.id > 0; }
    QDateTime start() const;
    // The clashes listed now (core's answer for what the form holds).
    const QList<Clash> &clashes() const { return m_clashes; }
    // The planned visit, or the series when repeating; 0 until saved.
    qint64 savedVisitId() const { return m_savedVisitId; }
    qint64 savedSeriesId() const { return m_savedSeriesId; }

    QComboBox *duoField() const { return m_duo; }
    QComboBox *familyField() const { return m_family; }
    QDateEdit *dateField() const { return m_date; }
    QTimeEdit *timeField() const { return m_time; }
    QSpinBox *durationField() const { return m_duration; }
    QComboBox *repeatField() const { return m_repeat; }
    QSpinBox *countField() const { return m_count; }
    QComboBox *scopeField() const { return m_scope; } // move of a series visit only
    QLabel *clashLabel() const { return m_clashLabel; }
    // Shown while the family has no consent for home visits on a day of the plan.
    QLabel *consentLabel() const { return m_consentLabel; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    void buildTimeFields(const QDateTime &start, int durationMinutes);
    void buildClashLabel();
    // Asks core on which days of the plan the family lacks consent for home visits.
    void updateConsentWarning();
    QList<QDate> plannedDays() const;
    // Reads the duo's families on the chosen day again when the duo or day changed.
    void fillFamilies();
    // Asks core for the clashes of what the form holds, shows them, then revalidates.
    void refresh();
    qint64 duoId() const;
    SeriesRequest seriesRequest() const;
    bool following() const;

    QList<Duo> m_duos;
    Visit m_visit; // the visit moved; id 0 when planning
    QList<Clash> m_clashes;
    QString m_clashError; // a time that does not exist, or a storage error
    qint64 m_familiesOfDuo = 0;
    QDate m_familiesOn;
    qint64 m_savedVisitId = 0;
    qint64 m_savedSeriesId = 0;

    QComboBox *m_duo = nullptr;
    QComboBox *m_family = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_repeat = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_clashLabel = nullptr;
    QLabel *m_consentLabel = nullptr;
};
